"""The letterhead as a document prints it, decided once for every format: the government and unit lines (the
unit's name broken into balanced lines when it does not fit on one, so no word is left alone), the lines
under them as the region writes them, each with its size, or the region's picture of its whole kop."""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import choose
from .images import Picture
from .model import KOP_FIELDS, GayaKop, Profil
from .page import PageSpec
from .text.pola import fill
from .textmetrics import metrics

EMBLEM_COLUMN_MM = 24.0
"""The emblem's column beside the kop's text (the stylesheet's ``.kop-teks`` margin, the DOCX kop table)."""
BOLD_WIDER = 1.1
"""How much wider a bold line may set than the regular face's metrics say (a margin, not a measurement)."""
DEFAULT = GayaKop()


@dataclass(frozen=True)
class KopLine:
    """A line under the unit's name: its text, its size in points (None: the stylesheet's) and weight."""

    text: str
    size: float | None = None
    bold: bool = False


@dataclass(frozen=True)
class Kop:
    """The letterhead: text lines, or a picture of the whole kop (``picture``, with ``alt`` for readers)."""

    pemerintah: str
    unit: str
    lines: tuple[str, ...]
    line_styles: tuple[KopLine, ...] = ()
    pemerintah_size: float | None = None
    unit_size: float | None = None
    unit_lines: tuple[str, ...] = ()
    picture: Picture | None = None
    alt: str = ""

    @property
    def styled(self) -> tuple[KopLine, ...]:
        """The lines under the unit's name with their size and weight."""
        return self.line_styles or tuple(KopLine(line) for line in self.lines)

    @property
    def unit_broken(self) -> tuple[str, ...]:
        """The unit's name as printed, line by line."""
        return self.unit_lines or (self.unit,)


def _default_lines(profil: Profil) -> list[str]:
    """Address; telephone, fax; website, e-mail: each line but the last ending with a comma."""
    lines = []
    contact = [f"Telepon {profil.telepon}" if profil.telepon else "",
               f"Faksimile {profil.faksimile}" if profil.faksimile else ""]
    web = [f"Laman {profil.laman}" if profil.laman else "", f"Pos-el {profil.pos_el}" if profil.pos_el else ""]
    for part in ([profil.alamat or ""], contact, web):
        text = ", ".join(p for p in part if p)
        if text:
            lines.append(text)
    return [line + "," for line in lines[:-1]] + lines[-1:]


def _size(size: float, default: float) -> float | None:
    return None if size == default else size


def _lines(profil: Profil, gaya: GayaKop) -> tuple[KopLine, ...]:
    if gaya.baris is None:
        size = _size(gaya.ukuran_baris, DEFAULT.ukuran_baris)
        return tuple(KopLine(text, size) for text in _default_lines(profil))
    values = {name: getattr(profil, name) or "" for name in KOP_FIELDS}
    return tuple(KopLine(fill(line.teks, values), _size(line.ukuran or gaya.ukuran_baris, DEFAULT.ukuran_baris),
                         line.tebal) for line in gaya.baris)


def balanced(text: str, family: str, size: float, width_mm: float) -> tuple[str, ...]:
    """A bold line that does not fit ``width_mm`` broken into balanced lines (``Metrics.even_lines``); () when it
    fits on one."""
    lines = metrics(family).even_lines(text, width_mm, size, BOLD_WIDER)
    return lines if len(lines) > 1 else ()


def kop(profil: Profil, gaya: GayaKop | None = None, picture: Picture | None = None) -> Kop:
    """The letterhead of a region (``gaya``: a decree's own kop settings, else the profile's)."""
    gaya = gaya or profil.kop
    unit = profil.unit.upper()
    family = choose("kop", profil.huruf.kop).family or profil.huruf.kop[0]
    width = PageSpec.of(profil).text_width - EMBLEM_COLUMN_MM
    lines = _lines(profil, gaya)
    styled = () if all(line.size is None and not line.bold for line in lines) else lines
    return Kop(profil.pemerintah.upper(), unit, tuple(line.text for line in lines), styled,
               _size(gaya.ukuran_pemerintah, DEFAULT.ukuran_pemerintah), _size(gaya.ukuran_unit, DEFAULT.ukuran_unit),
               balanced(unit, family, gaya.ukuran_unit, width), picture if gaya.gambar else None,
               f"Kop surat {profil.pemerintah} {profil.unit}" if picture and gaya.gambar else "")
