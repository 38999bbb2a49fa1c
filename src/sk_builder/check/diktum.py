"""References between diktum: "sebagaimana dimaksud pada diktum KESATU" must name a diktum that exists."""

from __future__ import annotations

import re
from typing import Iterator

from ..project import Decree
from ..text.ordinal import diktum as diktum_name
from .finding import Finding, line_col, rules

RULES = rules("SK371", "SK372")
_NUMBER_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")

_LIMIT = 100
_NAMES = {diktum_name(n): n for n in range(1, _LIMIT + 1)}
_REFERENCE = re.compile(
    r"\bdiktum\s+(?P<name>" + "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def keputusan(decree: Decree) -> Iterator[Finding]:
    """Each diktum reference that names no diktum or the diktum itself."""
    count = len(decree.record.diktum)
    for position, item in enumerate(decree.record.diktum, start=1):
        text = item.teks or ""
        for match in _REFERENCE.finditer(text):
            name = " ".join(match["name"].upper().split())
            target = _NAMES.get(name)
            at = line_col(text, match.start("name"))
            if target is None or target > count:
                yield Finding("SK371", ("diktum", position - 1, "teks"),
                              f'merujuk diktum {name}, padahal keputusan hanya memuat {count} diktum', at)
            elif target == position:
                yield Finding("SK371", ("diktum", position - 1, "teks"),
                              f"diktum {name} merujuk dirinya sendiri", at)


def pencabutan(decree: Decree) -> Iterator[Finding]:
    """Each revoked decree that is this one, is later than this one, or whose number names another year."""
    record = decree.record
    for d, item in enumerate(record.diktum):
        for c, revoked in enumerate(item.mencabut):
            field = ("diktum", d, "mencabut", c)
            number = _NUMBER_YEAR.search(revoked.nomor)
            if str(revoked.nomor).strip() == str(record.nomor).strip() and revoked.tahun == record.tahun:
                yield Finding("SK372", field, f'keputusan ini mencabut dirinya sendiri (Nomor {revoked.nomor} Tahun '
                                              f"{revoked.tahun}); periksa nomor keputusan yang dicabut")
            elif revoked.tahun > record.tahun:
                yield Finding("SK372", field, f"keputusan yang dicabut bertahun {revoked.tahun}, sesudah keputusan ini "
                                              f"({record.tahun})")
            elif number and int(number[1]) != revoked.tahun:
                yield Finding("SK372", field, f'nomor "{revoked.nomor}" berakhir dengan tahun {number[1]}, padahal '
                                              f"tahunnya {revoked.tahun}")
