"""The house-style parts of a decree in Word (tatanaskah.py, kop.py decide them): the kop's lines with their
sizes, the kop as one picture, the decree's number kept on one line, the signature block's lines."""

from __future__ import annotations

import io

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ...kop import Kop
from ...tatanaskah import Signature
from . import oxml, styles
from .blocks import Flow

NO_BREAK = {" ": "\u00a0", "/": "/\u2060", "-": "\u2011"}
"""What keeps a number on one line in Word and LibreOffice: a no-break space, a word joiner after a slash (both
would break a line there), a non-breaking hyphen."""
KOP_PIXELS = 2400  # an SVG kop drawn this wide: about 350 dpi across an F4 page's text


def unbroken(line: str, nomor: str) -> str:
    """A line with the decree's number in it written so that no line break falls inside the number."""
    if not nomor or nomor not in line:
        return line
    before, _, after = line.partition(nomor)
    return before + "".join(NO_BREAK.get(ch, ch) for ch in nomor) + after


def sized(run, size: float | None, bold: bool = False):
    """A run in its own size (points) and weight when the kop sets one; else the style's."""
    if size is not None:
        run.font.size = Pt(size)
    if bold:
        run.bold = True
    return run


def kop_lines(flow: Flow, kop: Kop) -> None:
    """The unit's name (its balanced lines) and the lines under it, each in its size and weight."""
    unit = flow.paragraph(styles.KOP_UNIT)
    for index, part in enumerate(kop.unit_broken):
        run = sized(unit.add_run(part), kop.unit_size)
        if index < len(kop.unit_broken) - 1:
            run.add_break()
    for line in kop.styled:
        sized(flow.paragraph(styles.KOP_ALAMAT).add_run(line.text), line.size, line.bold)


def kop_picture(paragraph, kop: Kop, width_mm: float, top) -> None:
    """The kop as one picture across the text width in ``paragraph`` (the first page's header, ``top`` below its
    start, as the text kop): it draws its own rule. With its description for screen readers."""
    assert kop.picture is not None
    data = kop.picture.data if kop.picture.kind != "svg" else _svg_png(kop.picture.data)
    paragraph.style = styles.KOP
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = top
    paragraph.paragraph_format.space_after = Mm(2)
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=Mm(width_mm))
    oxml.image_description(shape, kop.alt)


def _svg_png(svg: bytes) -> bytes:
    import cairosvg

    return cairosvg.svg2png(bytestring=svg, output_width=KOP_PIXELS, unsafe=False)


def signature_lines(signature: Signature) -> list[tuple[str, str, float | None]]:
    """The lines of a signature block: (style, text, space before in mm): 8 mm above the block, 2 mm above
    the title (or the "a.n." line over it) after place and date, the signing room above the name (its style)."""
    head = [line for line in (signature.place_line, signature.date_line) if line]
    title = [line for line in (signature.atas_nama, signature.jabatan) if line]
    lines: list[tuple[str, str, float | None]] = []
    for index, text in enumerate(head + title):
        gap = 8.0 if index == 0 else 2.0 if head and index == len(head) else None
        lines.append((styles.TANDA_TANGAN, text, gap))
    lines.append((styles.TANDA_TANGAN_NAMA, signature.nama, None))
    extra = (signature.pangkat, signature.golongan, signature.nip_line)
    return lines + [(styles.TANDA_TANGAN, text, None) for text in extra if text]
