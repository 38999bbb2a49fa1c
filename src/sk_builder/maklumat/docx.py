"""A Maklumat Pelayanan as a Word document: the decree's letterhead, the title, the picture, the pledge in a
double-ruled frame at the size the poster decided, and the signature centred in the right half."""

from __future__ import annotations

import io
from typing import cast

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..document import DecreeDocument
from ..model import Profil
from ..page import LINE_HEIGHT
from ..render.docx import oxml, styles
from ..render.docx.blocks import Flow, UraianWriter
from ..render.docx.emblem import emblem_picture
from ..render.docx.package import finish, new_document, pin_properties
from ..render.docx.writer import DecreeWriter
from ..render.html import PageContext, page_context
from .document import PADDING_MM, PARAGRAPH_GAP, PledgeDocument, paper_profile

JUDUL = "SK Maklumat Judul"
UNIT = "SK Maklumat Unit"
GAMBAR = "SK Maklumat Gambar"
JANJI = "SK Maklumat Janji"
TANDA_TANGAN = "SK Maklumat Tanda Tangan"
def maklumat_docx(job) -> bytes:
    """The DOCX bytes of a Maklumat job; equal input, equal bytes."""
    return render_pledge_docx(job.document, page_context(job), paper_profile(job.region.profil, job.pledge))


def render_pledge_docx(doc: PledgeDocument, context: PageContext, profil: Profil) -> bytes:
    """The DOCX of a Maklumat poster; ``profil`` is the region's with the poster's paper."""
    document = new_document(profil, doc.page)
    _styles(document, doc)
    # The decree's letterhead, drawn by the decree's writer: it reads nothing of the document but ``kop``.
    DecreeWriter(document, context, doc.page).kop(cast(DecreeDocument, doc))
    title = document.add_paragraph(doc.heading, style=JUDUL)
    oxml.outline_level(title._p.get_or_add_pPr(), 0)
    last = document.add_paragraph(doc.unit, style=UNIT)
    last = _picture(document, doc) or last
    last.paragraph_format.space_after = Mm(5 + doc.space_above)
    _pledge(document, doc)
    _signature(document, doc)
    pin_properties(document, doc.title, f"{context.profil.unit} {context.profil.nama}", doc.date,
                   category="Maklumat Pelayanan")
    return finish(document)


def _style(document, name: str, base: str, size: float | None = None, bold: bool | None = None):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return style


def _styles(document, doc: PledgeDocument) -> None:
    judul = _style(document, JUDUL, styles.ISI, 26, True)
    judul.paragraph_format.space_before = Mm(7)
    judul.font.spacing = Pt(2)
    unit = _style(document, UNIT, styles.ISI, 14, True)
    unit.paragraph_format.space_before, unit.paragraph_format.space_after = Mm(2), Mm(5)
    unit.paragraph_format.keep_with_next = True
    _style(document, GAMBAR, styles.ISI).paragraph_format.space_after = Mm(5)
    janji = _style(document, JANJI, styles.ISI, doc.size)
    fmt = janji.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY  # as the PDF's line-height, not the font's taller own
    fmt.line_spacing = Pt(round(doc.size * LINE_HEIGHT, 1))
    fmt.space_after = Pt(round(doc.size * LINE_HEIGHT * PARAGRAPH_GAP, 1))
    signer = _style(document, TANDA_TANGAN, styles.TANDA_TANGAN)
    signer.paragraph_format.keep_with_next = True


def _pledge(document, doc: PledgeDocument) -> None:
    """The pledge in a one-cell table ruled twice above and below (one frame, whatever its paragraphs); a list
    in it starts at the left, as in the PDF."""
    table = document.add_table(rows=1, cols=1)
    oxml.table_geometry(table, (doc.page.text_width,))
    oxml.table_borders(table, None)
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    for side in ("top", "bottom"):
        rule = borders.find(qn(f"w:{side}"))
        for name, value in (("val", "double"), ("sz", "6"), ("space", "0"), ("color", "000000")):
            rule.set(qn(f"w:{name}"), value)
    oxml.cell_margins(table, 5, PADDING_MM, 5, PADDING_MM)
    oxml.row_flags(table.rows[0])
    cell = table.rows[0].cells[0]
    UraianWriter(oxml.Numbering(document)).text(Flow(cell, JANJI), doc.text)
    for paragraph in cell.paragraphs:
        if paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell.paragraphs[-1].paragraph_format.space_after = Pt(0)


def _picture(document, doc: PledgeDocument):
    """The picture centred, as tall as the poster allows and never wider than the text; its paragraph."""
    data = emblem_picture(doc.picture)
    if data is None:
        return None
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        width_px, height_px = image.size
    height = doc.picture_height
    width = min(doc.page.text_width, height * width_px / max(height_px, 1))
    height = width * height_px / max(width_px, 1)
    paragraph = document.add_paragraph(style=GAMBAR)
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=Mm(round(width, 1)), height=Mm(round(height, 1)))
    oxml.image_description(shape, doc.picture_alt)
    return paragraph


def _signature(document, doc: PledgeDocument) -> None:
    """Place and date, the title, room to sign, the name (bold, underlined), rank and NIP."""
    sign = doc.signature
    lines = [sign.place_date, sign.jabatan, sign.nama, *(line for line in (sign.pangkat, sign.nip_line) if line)]
    for index, text in enumerate(lines):
        paragraph = document.add_paragraph(style=TANDA_TANGAN)
        run = paragraph.add_run(text)
        fmt = paragraph.paragraph_format
        if index == 0:
            fmt.space_before = Mm(10)
        elif index == 2:
            fmt.space_before = Mm(22)
            run.bold = run.underline = True
        if index == len(lines) - 1:
            fmt.keep_with_next = False
