"""A region profile from the kop, the page, the fonts and what the decree's layout shows."""

from __future__ import annotations

import re

from ..model import GRUP, Profil
from .context import Context
from .kop import KopFound, emblem_file, fonts, paper
from .reader import WordDocument
from .report import PICTURE

_DEFAULTS = Profil(nama="-", pemerintah="-", unit="-")


def profile_record(kop: KopFound, doc: WordDocument, ctx: Context, target: str) -> tuple[dict, tuple | None]:
    """(profile fields, (emblem file name, bytes) or None)."""
    data: dict = {}
    _names(kop, ctx, target, data)
    for key in ("alamat", "telepon", "faksimile", "laman", "pos_el"):
        if key in kop.contact:
            value, at = kop.contact[key]
            data[key] = value
            ctx.report.mapped(ctx.place(at), f'{key} "{value}" dari kop', target, (key,))
    emblem = None
    if kop.emblem is not None:
        picture, at = kop.emblem
        emblem = emblem_file(picture)
        if emblem is None:
            ctx.report.unmapped(ctx.place(at), f"lambang di kop ({picture.name}) berformat yang tidak dapat dibaca; "
                                "simpan lambang sebagai SVG atau PNG di folder wilayah", PICTURE)
        else:
            data["lambang"] = emblem[0]
            ctx.report.mapped(ctx.place(at), f"lambang dari gambar kop → {emblem[0]}", target, ("lambang",))
    _page(doc, ctx, target, data)
    return data, emblem


def _names(kop: KopFound, ctx: Context, target: str, data: dict) -> None:
    unit_lines = kop.unit
    if kop.pemerintah is not None:
        text, at = kop.pemerintah
        data["pemerintah"] = ctx.cased(text, at, target, ("pemerintah",), "pemerintah")
        nama = re.sub(r"^Pemerintah\s+", "", data["pemerintah"], flags=re.I)
        data["nama"] = nama[:1].upper() + nama[1:]
    if unit_lines:
        text = " ".join(line for line, _ in unit_lines)
        data["unit"] = ctx.cased(text, unit_lines[0][1], target, ("unit",), "unit")
    if "nama" not in data:
        found = re.search(r"\b(Kabupaten|Kota|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?",
                          " ".join(text for texts in ctx.vocabulary.sources for text in texts))
        if found:
            data["nama"] = found.group(0)
            data["pemerintah"] = f"Pemerintah {found.group(0)}"
            ctx.report.guessed(ctx.place(unit_lines[0][1] if unit_lines else None),
                               f'kop tanpa baris "PEMERINTAH ..."; nama wilayah "{found.group(0)}" ditebak dari teks',
                               target, ("nama",))


def _page(doc: WordDocument, ctx: Context, target: str, data: dict) -> None:
    section = doc.section
    kertas, known = paper(section.width, section.height)
    if section.width and not known:
        ctx.report.guessed(ctx.place(None), f"ukuran kertas {section.width:g} × {section.height:g} mm tidak dikenal; "
                           f"dipakai {kertas}", target, ("kertas",))
    if kertas != _DEFAULTS.kertas:
        data["kertas"] = kertas
    margins = {"atas": "top", "bawah": "bottom", "kiri": "left", "kanan": "right"}
    found = {ours: section.margins[theirs] for ours, theirs in margins.items() if theirs in section.margins}
    default = _DEFAULTS.margin.model_dump()
    if found and any(abs(found[k] - default[k]) > 0.05 for k in found):
        data["margin"] = {k: _number(found.get(k, default[k])) for k in margins}
    normal = doc.styles.look(None)
    isi = fonts(normal.font, _DEFAULTS.huruf.isi[0])
    huruf: dict = {}
    if isi != _DEFAULTS.huruf.isi:
        huruf["isi"] = isi
    if normal.size and abs(normal.size - _DEFAULTS.huruf.ukuran) > 0.01:
        huruf["ukuran"] = _number(normal.size)
    if huruf:
        data["huruf"] = huruf


def kop_font(data: dict, family: str | None) -> None:
    """The kop's font, when the kop names one other than the body's."""
    kop = fonts(family, _DEFAULTS.huruf.kop[0])
    if kop != _DEFAULTS.huruf.kop:
        data.setdefault("huruf", {})["kop"] = kop


def layout_facts(data: dict, facts: dict) -> None:
    """What the decree's layout says about the profile: number pattern, page numbers, labels, signatures."""
    for key in ("format_nomor", "nomor_halaman"):
        if facts.get(key) and facts[key] != getattr(_DEFAULTS, key):
            data[key] = facts[key]
    for key in ("tanda_tangan_per_standar", "tanggal_di_lampiran"):
        if key in facts and facts[key] != getattr(_DEFAULTS, key):
            data[key] = facts[key]
    if facts.get("label_komponen"):
        data["label_komponen"] = dict(facts["label_komponen"])
    groups = facts.get("label_grup")
    if groups and list(groups) != list(GRUP):
        data["label_grup"] = list(groups)


def _number(value: float) -> float | int:
    return int(value) if abs(value - round(value)) < 1e-9 else round(value, 1)
