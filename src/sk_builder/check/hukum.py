"""Legal bases as data (Mengingat and the Dasar Hukum component): the jenis written in full and in its
standard form, no instrument listed twice, and one instrument cited alike across a region's records."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..project import Decree, Region, Service
from .daftar import enumerations
from .finding import FieldPath, Finding, line_col, rules
from .rujukan import Citation, citations, entry

RULES = rules("SK324", "SK325")

_LOWER_JENIS = re.compile(r"^[a-z]")


@dataclass(frozen=True)
class Entry:
    """One legal basis of a record: the field it is in, its text, where it starts, the instrument it cites."""

    field: FieldPath
    text: str
    at: tuple[int, int]
    citation: Citation | None


Cited = tuple[Decree | Service, Entry, Citation]
"""An entry that cites an instrument, with its record and its citation (known not to be None)."""


def mengingat(decree: Decree) -> list[Entry]:
    """The Mengingat points of a decree as entries."""
    return [Entry(("mengingat", i), text, (0, 0), entry(text)) for i, text in enumerate(decree.record.mengingat)]


def dasar_hukum(service: Service) -> list[Entry]:
    """The items of a standard's Dasar Hukum as entries (its lines when it is not a list)."""
    return list(_dasar_hukum(service.record.komponen.dasar_hukum or ""))


@lru_cache(maxsize=4096)
def _dasar_hukum(text: str) -> tuple[Entry, ...]:
    """The entries of one Dasar Hukum text (read by three rules, and alike in many standards)."""
    field: FieldPath = ("komponen", "dasar_hukum")
    lists = enumerations(text)
    if lists:
        return tuple(Entry(field, item.lead, (item.line, item.col), entry(item.lead))
                     for items in lists for item in items)
    lines = text.split("\n")
    return tuple(Entry(field, line, (i, 0), entry(line)) for i, line in enumerate(lines) if line.strip())


def form(field: FieldPath, text: str, in_full: bool) -> Iterator[Finding]:
    """Each cited jenis not in its standard form ("Undang - Undang", "Peraturan Walikota"); with ``in_full``
    (Mengingat) also abbreviations ("UU", "Permendagri")."""
    for citation in citations(text):
        for cited in (citation, *citation.perubahan):
            yield from _jenis_form(field, text, cited, in_full)
            if cited.tentang[:1].islower():
                shown = cited.tentang if len(cited.tentang) <= 40 else cited.tentang[:40].rsplit(" ", 1)[0] + " ..."
                yield Finding("SK344", field, f'judul peraturan "{shown}" diawali huruf kapital: '
                                              f'"{shown[:1].upper()}{shown[1:]}"', line_col(text, cited.tentang_start))


def _jenis_form(field: FieldPath, text: str, cited: Citation, in_full: bool) -> Iterator[Finding]:
    written, at = cited.written, line_col(text, cited.start)
    if cited.abbreviated:
        if in_full:
            yield Finding("SK343", field, f'jenis peraturan "{written}" ditulis lengkap ("{cited.canonical} ...")', at)
        return
    wanted = _standard_form(cited)
    if written == "Undang-undang":
        return  # reported by the text rule of SK343 wherever it is written
    if wanted is not None and written != wanted:
        yield Finding("SK343", field, f'jenis peraturan ditulis "{wanted}", bukan "{written}"', at)


def _standard_form(cited: Citation) -> str | None:
    """How the written jenis should read, keeping the words the drafter chose ("Peraturan Badan ...")."""
    written = " ".join(cited.written.split())
    written = re.sub(r"\s*-\s*", "-", written)
    written = re.sub(r"(?i)\bundang undang\b", "Undang-Undang", written)
    written = re.sub(r"(?i)\bwali\s*kota\b", "Wali Kota", written)
    return " ".join(word if word.isupper() else word[:1].upper() + word[1:] for word in
                    re.split(r" ", written)).replace("Undang-undang", "Undang-Undang")


def duplicates(entries: list[Entry]) -> Iterator[Finding]:
    """Each entry citing an instrument an earlier entry of the same list already cites."""
    seen: dict[tuple, int] = {}
    for i, item in enumerate(entries):
        if item.citation is None or item.citation.jenis == "UUD":
            continue
        first = seen.setdefault(item.citation.identity, i)
        if first != i:
            cited = item.citation
            yield Finding("SK324", item.field, f"{cited.canonical} Nomor {cited.nomor} Tahun {cited.tahun} sudah "
                                               f"dicantumkan pada butir {first + 1}; hapus salah satunya", item.at)


def duplicate_positions(entries: list[Entry]) -> set[int]:
    """Positions of entries that repeat an earlier one (left out of the order check)."""
    seen, repeated = set(), set()
    for i, item in enumerate(entries):
        if item.citation is not None and item.citation.jenis != "UUD":
            if item.citation.identity in seen:
                repeated.add(i)
            seen.add(item.citation.identity)
    return repeated


def keputusan(decree: Decree) -> Iterator[Finding]:
    """Mengingat: jenis in full and standard form, nothing twice."""
    for i, text in enumerate(decree.record.mengingat):
        yield from form(("mengingat", i), text, in_full=True)
    yield from duplicates(mengingat(decree))


def standar(service: Service) -> Iterator[Finding]:
    """Dasar Hukum: jenis in standard form, nothing twice."""
    text = service.record.komponen.dasar_hukum or ""
    yield from form(("komponen", "dasar_hukum"), text, in_full=False)
    yield from duplicates(dasar_hukum(service))


def wilayah(region: Region) -> Iterator[tuple[Decree | Service, Finding]]:
    """Every citation of one instrument whose number, year or title differs from how most records cite it."""
    cited: list[Cited] = []
    for decree in region.decrees:
        cited += [(decree, item, item.citation) for item in mengingat(decree) if item.citation is not None]
    for service in region.services:
        cited += [(service, item, item.citation) for item in dasar_hukum(service) if item.citation is not None]
    cited = [(owner, item, c) for owner, item, c in cited if c.jenis != "UUD"]
    yield from _titles(cited)
    yield from _numbers(cited)


def _winner(variants: list[tuple[str, int, Decree | Service]]) -> str:
    """The variant most records use; on a tie, the decree's, then the first met."""
    counts = Counter(variant for variant, _, _ in variants)
    best = max(counts.values())
    tied = [v for v, _, owner in variants if counts[v] == best]
    decreed = [v for v, _, owner in variants if counts[v] == best and isinstance(owner, Decree)]
    return (decreed or tied)[0]


def _titles(cited: list[Cited]) -> Iterator[tuple[Decree | Service, Finding]]:
    groups: dict[tuple, list[Cited]] = {}
    for owner, item, c in cited:
        if c.tentang:
            groups.setdefault(c.identity, []).append((owner, item, c))
    for members in groups.values():
        keyed = [(c.title_key(), i, owner) for i, (owner, _, c) in enumerate(members)]
        if len({key for key, _, _ in keyed}) < 2:
            continue
        winner = _winner(keyed)
        shown = next(c.tentang for _, _, c in members if c.title_key() == winner)
        for owner, item, c in members:
            if c.title_key() != winner:
                yield owner, Finding("SK325", item.field, f"{c.canonical} Nomor {c.nomor} Tahun {c.tahun} berjudul "
                                                          f'"{shown}" di rujukan lain, di sini "{c.tentang}"', item.at)


def _numbers(cited: list[Cited]) -> Iterator[tuple[Decree | Service, Finding]]:
    groups: dict[tuple, list[Cited]] = {}
    for owner, item, c in cited:
        if c.tentang:
            groups.setdefault((c.jenis, c.identity[1], c.title_key()), []).append((owner, item, c))
    for members in groups.values():
        keyed = [(f"{c.identity[2]}/{c.tahun}", i, owner) for i, (owner, _, c) in enumerate(members)]
        if len({key for key, _, _ in keyed}) < 2:
            continue
        winner = _winner(keyed)
        number, year = winner.split("/")
        for owner, item, c in members:
            mine = f"{c.identity[2]}/{c.tahun}"
            if mine != winner and (c.identity[2] == number or str(c.tahun) == year):
                yield owner, Finding("SK325", item.field, f'"{c.canonical} ... tentang {c.tentang}" dirujuk sebagai '
                                                          f"Nomor {number} Tahun {year} di rujukan lain, di sini "
                                                          f"Nomor {c.nomor} Tahun {c.tahun}", item.at)
