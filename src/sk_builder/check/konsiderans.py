"""Menimbang and Mengingat: "bahwa ...;" points, the closing "berdasarkan pertimbangan" point, and
legal bases ordered by hierarchy then year (also in the Dasar Hukum component)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..project import Decree, Service
from ..text.penomoran import huruf
from .daftar import ending, enumerations
from .finding import FieldPath, Finding, Rule

RULES = (
    Rule("SK321", 'butir Menimbang diawali "bahwa"'),
    Rule("SK322", 'butir Menimbang terakhir: "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, ..."'),
    Rule("SK323", "dasar hukum diurutkan menurut hierarki peraturan, lalu tahun"),
)

# (rank, name, pattern): the hierarchy of UU 12/2011 Pasal 7 and 8, most specific patterns first.
_JENIS = (
    (0, "Undang-Undang Dasar", r"Undang-Undang Dasar"),
    (1, "Ketetapan MPR", r"Ketetapan (?:Majelis Permusyawaratan Rakyat|MPR)"),
    (2, "Peraturan Pemerintah Pengganti Undang-Undang", r"Peraturan Pemerintah Pengganti Undang-Undang|Perp?pu\b"),
    (2, "Undang-Undang", r"Undang-Undang|UU\b"),
    (3, "Peraturan Pemerintah", r"Peraturan Pemerintah|PP\b"),
    (4, "Peraturan Presiden", r"Peraturan Presiden|Perpres\b"),
    (5, "Peraturan Menteri", r"Peraturan (?:Menteri|Badan|Lembaga|Kepala (?:Badan|Lembaga))|Perme[nm]\w*"),
    (6, "Peraturan Daerah Provinsi", r"Peraturan Daerah Provinsi|Perda Provinsi"),
    (7, "Peraturan Gubernur", r"Peraturan Gubernur|Pergub\b"),
    (8, "Peraturan Daerah", r"Peraturan Daerah|Perda\b"),
    (9, "Peraturan Bupati/Wali Kota", r"Peraturan (?:Bupati|Wali ?kota)|Perbup\b|Perwal\w*"),
    (10, "Keputusan", r"Keputusan"),
)
_JENIS_RE = tuple((rank, name, re.compile(r"\b(?:" + pattern + ")", re.IGNORECASE)) for rank, name, pattern in _JENIS)
_TAHUN = re.compile(r"\bTahun\s+(\d{4})\b", re.IGNORECASE)
_NOMOR = re.compile(r"\b(?:Nomor|No\.?)\s*(\d+)", re.IGNORECASE)
_PENUTUP = re.compile(r"bahwa berdasarkan pertimbangan sebagaimana dimaksud (?:dalam|pada) (?P<refs>.+?),")


@dataclass(frozen=True)
class LegalBasis:
    """A legal basis as far as ordering needs it: rank in the hierarchy, type name, year, number."""

    rank: int
    jenis: str
    tahun: int
    nomor: int

    @property
    def key(self) -> tuple[int, int, int]:
        return self.rank, self.tahun, self.nomor


def legal_basis(text: str) -> LegalBasis | None:
    """Classify a legal basis by the type named first ("Pasal 17 ayat (3) Undang-Undang Dasar ..." is UUD)."""
    found = [(m.start(), -len(m.group(0)), rank, name, m) for rank, name, regex in _JENIS_RE
             if (m := regex.search(text)) is not None]
    if not found:
        return None
    _, _, rank, name, match = min(found, key=lambda f: f[:3])
    rest = text[match.end():]
    tahun = _TAHUN.search(rest)
    if rank == 0:
        return LegalBasis(0, name, int(tahun[1]) if tahun else 1945, 0)
    if tahun is None:
        return None
    nomor = _NOMOR.search(rest[: tahun.start()])
    return LegalBasis(rank, name, int(tahun[1]), int(nomor[1]) if nomor else 0)


def order(field_of, texts: list[str], where_of) -> Iterator[Finding]:
    """Legal bases out of order: each one compared with the last classified one before it."""
    previous: LegalBasis | None = None
    for i, text in enumerate(texts):
        basis = legal_basis(text)
        if basis is None:
            continue
        if previous is not None and basis.key < previous.key:
            yield Finding("SK323", field_of(i), f"{basis.jenis} Tahun {basis.tahun} ditulis sesudah "
                          f"{previous.jenis} Tahun {previous.tahun}; urutkan menurut hierarki, lalu tahun", where_of(i))
        previous = basis if previous is None or basis.key >= previous.key else previous


def keputusan(decree: Decree) -> Iterator[Finding]:
    """Menimbang, Mengingat and Memperhatikan of a decree."""
    record = decree.record
    yield from _menimbang(list(record.menimbang))
    yield from _points("mengingat", list(record.mengingat))
    yield from _points("memperhatikan", list(record.memperhatikan))
    yield from order(lambda i: ("mengingat", i), list(record.mengingat), lambda i: (0, 0))


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
    text = service.record.komponen.dasar_hukum or ""
    field: FieldPath = ("komponen", "dasar_hukum")
    for items in enumerations(text):
        yield from order(lambda i: field, [item.lead for item in items], lambda i: (items[i].line, items[i].col))
