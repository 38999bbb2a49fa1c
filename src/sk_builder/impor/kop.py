"""The region's profile read from a decree: the kop (in the body or the page header), the page and fonts.

The kop's lines are "PEMERINTAH ...", the unit in capitals, then address lines in which the
telephone, fax, website and e-mail follow their keywords ("Telepon", "Telp.", "Faksimile",
"Fax", "Laman", "Website", "Pos-el", "E-mail"). The emblem is the first picture of the kop.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field

from ..fonts import free_twin, office_twin
from .blocks import Paragraph, Picture

_FIELDS = (
    ("telepon", r"Telepon|Telp\.?|Tlp\.?|Telpon"),
    ("faksimile", r"Faksimile|Faksimili|Faks\.?|Fax\.?"),
    ("laman", r"Laman|Website|Web|Situs"),
    ("pos_el", r"Pos-el|Pos\s+el|E-?mail|Surel"),
)
_KEYWORD = re.compile(r"(?<![A-Za-z])(" + "|".join(f"(?P<{key}>{words})" for key, words in _FIELDS)
                      + r")(?![A-Za-z])\s*:?\s*", re.I)
_STAND_INS = {"bookman old style": "TeX Gyre Bonum", "arial": "Liberation Sans", "times new roman": "Liberation Serif",
              "calibri": "Carlito", "cambria": "Caladea", "helvetica": "Liberation Sans", "tahoma": "DejaVu Sans",
              "verdana": "DejaVu Sans", "courier new": "Liberation Mono", "century gothic": "TeX Gyre Adventor",
              "bookman": "TeX Gyre Bonum", "palatino linotype": "TeX Gyre Pagella", "garamond": "EB Garamond"}
PAPERS = {"F4": (215.0, 330.0), "A4": (210.0, 297.0)}


@dataclass
class KopFound:
    """What the kop says, line by line, with the paragraphs it came from."""

    pemerintah: tuple[str, Paragraph] | None = None
    unit: list[tuple[str, Paragraph]] = field(default_factory=list)
    contact: dict[str, tuple[str, Paragraph]] = field(default_factory=dict)
    emblem: tuple[Picture, Paragraph] | None = None
    strays: list[Paragraph] = field(default_factory=list)


def read_kop(paragraphs: list[Paragraph]) -> KopFound:
    """The kop's parts from its paragraphs (in the body before the heading, or in the page header)."""
    found = KopFound()
    address: list[tuple[str, Paragraph]] = []
    for paragraph in paragraphs:
        for picture in paragraph.pictures:
            if found.emblem is None and picture.data:
                found.emblem = (picture, paragraph)
        for line in (" ".join(part.split()) for part in paragraph.text.split("\n")):
            if not line or re.fullmatch(r"[\W\d_]*", line):
                continue
            if found.pemerintah is None and re.match(r"PEMERINTAH\b", line, re.I) and not address:
                found.pemerintah = (line, paragraph)
            elif line.isupper() and not address and not _KEYWORD.search(line):
                found.unit.append((line, paragraph))
            else:
                address.append((line, paragraph))
    _contact(address, found)
    return found


def _contact(lines: list[tuple[str, Paragraph]], found: KopFound) -> None:
    """Split the address lines into alamat, telepon, faksimile, laman and pos_el."""
    if not lines:
        return
    text = " ".join(line for line, _ in lines)
    at = lines[0][1]
    marks = list(_KEYWORD.finditer(text))
    alamat = text[: marks[0].start()] if marks else text
    if alamat.strip(" ,;"):
        found.contact["alamat"] = (alamat.strip(" ,;"), at)
    for index, mark in enumerate(marks):
        key = next(k for k, _ in _FIELDS if mark.group(k))
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        value = text[mark.end():end].strip(" ,;")
        if value and key not in found.contact:
            found.contact[key] = (value, _line_paragraph(lines, mark.group(0)))


def _line_paragraph(lines: list[tuple[str, Paragraph]], keyword: str) -> Paragraph:
    return next((p for line, p in lines if keyword.strip() in line), lines[0][1])


def fonts(family: str | None, default: str) -> list[str]:
    """A font list for the profile: an office font's free twin alone (the PDF embeds it, the DOCX names the office
    font again by itself: ``fonts.word_font``), else the document's font first, then a free stand-in."""
    if family and (twin := free_twin(family)) is not None and office_twin(twin) == family:
        return [twin]
    if not family or family == default:
        return [default]
    stand_in = _STAND_INS.get(family.lower(), default)
    return [family, stand_in] if stand_in != family else [family]


def paper(width: float | None, height: float | None) -> tuple[str, bool]:
    """("F4" or "A4", whether the size was recognised)."""
    if width is None or height is None:
        return "F4", False
    short, long_ = sorted((width, height))
    for name, (w, h) in PAPERS.items():
        if abs(short - w) <= 2.5 and abs(long_ - h) <= 2.5:
            return name, True
    return ("A4" if long_ < 313 else "F4"), False


def emblem_file(picture: Picture) -> tuple[str, bytes] | None:
    """(file name, bytes) of the emblem as PNG or JPEG, converting other bitmaps; None when it cannot be."""
    data = picture.data or b""
    if data.startswith(b"\x89PNG"):
        return "lambang.png", data
    if data.startswith(b"\xff\xd8"):
        return "lambang.jpg", data
    if b"<svg" in data[:2048]:
        return "lambang.svg", data
    try:
        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a decompression-bomb warning refuses the picture
            with Image.open(io.BytesIO(data)) as image:
                out = io.BytesIO()
                image.save(out, format="PNG")
        return "lambang.png", out.getvalue()
    except Exception:  # noqa: BLE001 - any picture Pillow cannot read (EMF, WMF, broken, huge) is left out
        return None
