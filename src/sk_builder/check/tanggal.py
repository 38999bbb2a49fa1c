"""Dates: written dates that exist and are spelled right, "pada tanggal" without a comma, and the
decree's year equal to the year it is enacted."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import lru_cache
from typing import Iterator

from ..project import Decree
from ..text.tanggal import NAMA_BULAN
from .finding import FieldPath, Finding, line_col, rules

RULES = rules("SK361", "SK362", "SK363", "SK364")
_TITLE_YEAR = re.compile(r"\bTahun\s+(?P<year>(?:19|20)\d\d)\s*$", re.IGNORECASE)
_NUMBER_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*$")

_DATE = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})\b")
_COMMA = re.compile(r"\btanggal\s*,(?=\s*\d)", re.IGNORECASE)
_MONTHS = {name.lower(): i for i, name in enumerate(NAMA_BULAN, start=1)}


@lru_cache(maxsize=4096)
def _month(word: str) -> tuple[int | None, str | None]:
    """The month number of a word, or the standard name it misspells, or neither."""
    if word.lower() in _MONTHS and word[0].isupper():
        return _MONTHS[word.lower()], None
    close = difflib.get_close_matches(word.capitalize(), NAMA_BULAN, n=1, cutoff=0.75)
    return None, (close[0] if close else None)


def check_text(field: FieldPath, text: str) -> Iterator[Finding]:
    """Dates in one text."""
    for match in _DATE.finditer(text):
        month, spelled = _month(match["month"])
        at = line_col(text, match.start())
        if spelled is not None:
            yield Finding("SK361", field, f'"{match.group(0)}": nama bulan ditulis "{spelled}"', at)
        elif month is not None:
            try:
                dt.date(int(match["year"]), month, int(match["day"]))
            except ValueError:
                yield Finding("SK361", field, f'tanggal "{match.group(0)}" tidak ada', at)
    for match in _COMMA.finditer(text):
        yield Finding("SK362", field, 'koma sesudah "tanggal" dihapus: "pada tanggal 3 Agustus 2023"',
                      line_col(text, match.end() - 1))


def keputusan(decree: Decree) -> Iterator[Finding]:
    """The year in the decree's number against its date of enactment."""
    record = decree.record
    if record.tahun != record.ditetapkan.tanggal.year:
        yield Finding("SK363", ("tahun",), f"nomor keputusan bertahun {record.tahun}, tetapi ditetapkan pada "
                                           f"tahun {record.ditetapkan.tanggal.year}")


def years(decree: Decree) -> Iterator[Finding]:
    """A year closing the title ("... Tahun 2022") or the number ("470/12/2023") unlike the decree's year."""
    record = decree.record
    title = _TITLE_YEAR.search(record.tentang)
    if title and int(title["year"]) != record.tahun:
        yield Finding("SK364", ("tentang",), f'judul menyebut "Tahun {title["year"]}", padahal keputusan bertahun '
                                             f"{record.tahun}", (0, title.start()))
    number = _NUMBER_YEAR.search(record.nomor)
    if number and int(number["year"]) != record.tahun:
        yield Finding("SK364", ("nomor",), f'nomor "{record.nomor}" berakhir dengan tahun {number["year"]}, padahal '
                                           f"keputusan bertahun {record.tahun}", (0, number.start()))
