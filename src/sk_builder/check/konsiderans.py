"""Menimbang and Mengingat: "bahwa ...;" points, the closing "berdasarkan pertimbangan" point, and
legal bases ordered by hierarchy then year (also in the Dasar Hukum component)."""

from __future__ import annotations

import re
from typing import Iterator

from ..project import Decree, Service
from ..text.penomoran import huruf
from .daftar import ending
from .finding import Finding, rules
from .hukum import Entry, duplicate_positions, mengingat
from .hukum import dasar_hukum as hukum_dasar_hukum
from .rujukan import Citation, entry

RULES = rules("SK321", "SK322", "SK323")

_PENUTUP = re.compile(r"bahwa berdasarkan pertimbangan sebagaimana dimaksud (?:dalam|pada) (?P<refs>.+?),")


def legal_basis(text: str) -> Citation | None:
    """The instrument a legal basis cites ("Pasal 17 ayat (3) Undang-Undang Dasar ..." is the UUD)."""
    return entry(text)


def order(entries: list[Entry]) -> Iterator[Finding]:
    """Legal bases out of order: each one compared with the furthest one before it (repeats left out)."""
    repeated = duplicate_positions(entries)
    previous: Citation | None = None
    for i, item in enumerate(entries):
        basis = item.citation
        if basis is None or i in repeated:
            continue
        if previous is not None and basis.order_key < previous.order_key:
            yield Finding("SK323", item.field, f"{basis.canonical} Nomor {basis.nomor} Tahun {basis.tahun} ditulis "
                          f"sesudah {previous.canonical} Nomor {previous.nomor} Tahun {previous.tahun}; urutkan "
                          "menurut hierarki, lalu tahun", item.at)
        elif previous is None or basis.order_key >= previous.order_key:
            previous = basis


def keputusan(decree: Decree) -> Iterator[Finding]:
    """Menimbang, Mengingat and Memperhatikan of a decree."""
    record = decree.record
    yield from _menimbang(list(record.menimbang))
    yield from _points("mengingat", list(record.mengingat))
    yield from _points("memperhatikan", list(record.memperhatikan))
    yield from order(mengingat(decree))


def _end(text: str) -> tuple[int, int]:
    lines = text.rstrip().split("\n")
    return len(lines) - 1, max(0, len(lines[-1]) - 1)


def _menimbang(points: list[str]) -> Iterator[Finding]:
    for i, text in enumerate(points):
        field, marker = ("menimbang", i), f"{huruf(i + 1)}."
        if not text.startswith("bahwa "):
            yield Finding("SK321", field, f'butir Menimbang "{marker}" harus diawali "bahwa"', (0, 0))
        if ending(text) != "semi":
            yield Finding("SK301", field, f'butir Menimbang "{marker}" harus diakhiri ";"', _end(text))
    if len(points) > 1:
        yield from _closing(points[-1], len(points))


def _closing(text: str, count: int) -> Iterator[Finding]:
    """The last Menimbang point refers back to every point before it."""
    field = ("menimbang", count - 1)
    wanted = [huruf(i) for i in range(1, count)]
    match = _PENUTUP.match(text)
    if match is None:
        yield Finding("SK322", field, 'butir Menimbang terakhir harus diawali "bahwa berdasarkan pertimbangan '
                                      f'sebagaimana dimaksud dalam {_refs(wanted)}, ..."', (0, 0))
        return
    refs = match["refs"]
    named = re.findall(r"\bhuruf ([a-z]{1,2})\b", refs)
    if "sampai dengan" in refs and named[:1] == wanted[:1] and named[-1:] == wanted[-1:]:
        return
    if named != wanted:
        yield Finding("SK322", field, f'butir Menimbang terakhir merujuk "{refs}"; seharusnya "{_refs(wanted)}"',
                      (0, match.start("refs")))


def _refs(letters: list[str]) -> str:
    names = [f"huruf {letter}" for letter in letters]
    if len(names) <= 2:
        return " dan ".join(names)
    return ", ".join(names[:-1]) + ", dan " + names[-1]


def _points(name: str, points: list[str]) -> Iterator[Finding]:
    for i, text in enumerate(points):
        field, marker, kind = (name, i), f"{i + 1}.", ending(text)
        if i == len(points) - 1:
            if kind != "period":
                yield Finding("SK303", field, f'butir {name.capitalize()} terakhir "{marker}" harus diakhiri "."',
                              _end(text))
        elif kind != "semi":
            yield Finding("SK301", field, f'butir {name.capitalize()} "{marker}" harus diakhiri ";"', _end(text))


def dasar_hukum(service: Service) -> Iterator[Finding]:
    """The Dasar Hukum component of a standard, ordered like Mengingat."""
    yield from order(hukum_dasar_hukum(service))
