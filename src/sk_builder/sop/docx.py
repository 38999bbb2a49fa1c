"""An SOP as a Word document: identity block, then the flow table with each performer cell's drawing
as a 300 dpi picture as tall as the row is expected to be (Word cannot draw a line to a row's bottom)."""

from __future__ import annotations

import io

import cairosvg
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.shared import Mm, Pt

from ..page import LINE_HEIGHT, TABLE, PageSpec
from ..render.docx import oxml, styles
from ..render.docx.blocks import Flow, UraianWriter
from ..render.docx.emblem import emblem_picture
from ..render.docx.package import finish, new_document, pin_properties
from ..render.html import PageContext, page_context
from ..textmetrics import MM_PER_PT, metrics
from .document import ActivityRow, SopDocument
from .drawing import BAND
from .render import document_of
from .svg import cell_svg

TABLE_SIZE = 0.85  # the flow table's type size against the body size, as the PDF
TABEL_SOP = "SK Tabel SOP"
PADDING_MM = 1.2
DPI = 300


def sop_docx(job) -> bytes:
    """The DOCX bytes of an SOP job; equal input, equal bytes."""
    doc = document_of(job.region, job.sop)
    return render_sop_docx(doc, page_context(job), job.date)


def render_sop_docx(doc: SopDocument, context: PageContext, when) -> bytes:
    """The DOCX of an SOP document on the region's paper turned landscape."""
    page = PageSpec.of(context.profil, landscape=True)
    document = new_document(context.profil, page)
    _table_style(document, context.profil.huruf.ukuran * TABLE_SIZE)
    writer = SopWriter(document, context, page.text_width)
    writer.identity(doc)
    writer.flow(doc)
    pin_properties(document, doc.title, f"{context.profil.unit} {context.profil.nama}", when, category="SOP")
    return finish(document)


def _table_style(document, size: float) -> None:
    style = document.styles.add_style(TABEL_SOP, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[styles.TABEL]
    style.font.size = Pt(round(size * 2) / 2)


def estimated_height(row: ActivityRow, widths: tuple[float, ...], size_pt: float, family: str) -> float:
    """A generous estimate (mm) of a flow row's height: its tallest text cell, at least the drawing band."""
    measure = metrics(family)
    line_mm = size_pt * MM_PER_PT * measure.line * LINE_HEIGHT
    texts = (row.uraian, row.kelengkapan, row.waktu, row.output, row.keterangan)
    columns = (widths[1], *widths[-4:])
    tallest = 0.0
    for text, width in zip(texts, columns):
        lines = measure.lines(text, (width - 2 * 1.6) * 0.96, size_pt)
        tallest = max(tallest, lines * line_mm + 2 * PADDING_MM + 1.0)
    return round(max(BAND, tallest), 1)


class SopWriter:
    """Writes the identity block and the flow table of an SOP."""

    def __init__(self, document, context: PageContext, text_width: float):
        self.document, self.context, self.text_width = document, context, text_width
        self.uraian = UraianWriter(oxml.Numbering(document))

    def _table(self, rows: int, widths: tuple[float, ...]):
        table = self.document.add_table(rows=rows, cols=len(widths))
        oxml.table_geometry(table, widths)
        oxml.table_borders(table, TABLE.rule_pt)
        oxml.cell_margins(table, PADDING_MM, 1.6, PADDING_MM, 1.6)
        return table

    def _text(self, cell, text: str, style: str = styles.TABEL, bold: bool = False) -> None:
        flow = Flow(cell, style)
        if text:
            flow.paragraph().add_run(text).bold = bold or None
        else:
            flow.paragraph().add_run("(belum diisi)").italic = True

    def _markdown(self, cell, text: str, style: str = styles.TABEL, empty: str = "(belum diisi)") -> None:
        flow = Flow(cell, style)
        if text:
            self.uraian.text(flow, text)
        elif empty:
            flow.paragraph().add_run(empty).italic = True

    def identity(self, doc: SopDocument) -> None:
        """The unit at the left; number, dates, approval and name at the right; then six fields in pairs."""
        if doc.draft:
            self.document.add_paragraph("DRAF — SOP ini belum disahkan", style=styles.DRAF)
        widths = tuple(round(self.text_width * share, 2) for share in (0.42, 0.18, 0.40))
        table = self._table(len(doc.identity), widths)
        unit = table.cell(0, 0).merge(table.cell(len(doc.identity) - 1, 0))
        unit.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        flow = Flow(unit, styles.TENGAH)
        picture = emblem_picture(self.context.emblem)
        if picture is not None:
            shape = flow.paragraph().add_run().add_picture(io.BytesIO(picture), width=Mm(24))
            oxml.image_description(shape, f"Lambang {self.context.region_name}")
        for line in (doc.pemerintah, doc.unit):
            flow.paragraph().add_run(line).bold = True
        for row, entry in zip(table.rows, doc.identity):
            self._text(row.cells[1], entry.label)
            if entry.label == "Disahkan oleh":
                self._approval(row.cells[2], doc)
            elif entry.label == "Nama SOP":
                self._text(row.cells[2], entry.text.upper(), bold=True)
            else:
                self._text(row.cells[2], entry.text)
        pairs = self._table(2 * len(doc.sections), (self.text_width / 2,) * 2)
        for index, (left, right) in enumerate(doc.sections):
            heads, bodies = pairs.rows[2 * index], pairs.rows[2 * index + 1]
            for cell, entry in zip(heads.cells, (left, right)):
                self._text(cell, entry.label + ":", bold=True)
            for cell, entry in zip(bodies.cells, (left, right)):
                self._markdown(cell, entry.text)

    def _approval(self, cell, doc: SopDocument) -> None:
        person = doc.approval
        if person is None:
            self._text(cell, "")
            return
        flow = Flow(cell, styles.TABEL)
        flow.paragraph().add_run(person.jabatan)
        flow.paragraph().paragraph_format.space_before = Mm(12)
        name = flow.paragraph().add_run(person.nama)
        name.bold, name.underline = True, True
        for line in (person.pangkat, person.nip_line):
            if line:
                flow.paragraph().add_run(line)

    def flow(self, doc: SopDocument) -> None:
        """The SOP's name on a new page, then the flow table with its two repeating header rows."""
        title = self.document.add_paragraph(doc.nama.upper(), style=styles.JUDUL_STANDAR)
        title.paragraph_format.page_break_before = True
        widths = doc.columns.all
        count = len(doc.performers)
        table = self._table(2, widths)
        self._header(table, doc, count)
        size = self.context.profil.huruf.ukuran * TABLE_SIZE
        for activity in doc.rows:
            self._activity(table, activity, widths, size, doc.font)

    def _header(self, table, doc: SopDocument, count: int) -> None:
        top, below = table.rows
        for row in (top, below):
            oxml.row_flags(row, header=True)
        last = len(top.cells) - 1
        spans = ((0, 0, "No"), (1, 1, "Uraian Kegiatan"), (last, last, "Keterangan"))
        for start, end, text in spans:
            cell = table.cell(0, start).merge(table.cell(1, end))
            self._head(cell, text)
        self._head(table.cell(0, 2).merge(table.cell(0, 1 + count)), "Pelaksana")
        self._head(table.cell(0, 2 + count).merge(table.cell(0, 4 + count)), "Mutu Baku")
        names = (*doc.performers, "Kelengkapan", "Waktu", "Output")
        for offset, text in enumerate(names):
            self._head(table.cell(1, 2 + offset), text)

    def _head(self, cell, text: str) -> None:
        """A header cell, centred, in the flow table's smaller type (performer names must fit narrow columns)."""
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        run = Flow(cell, styles.TABEL_KEPALA).paragraph().add_run(text)
        run.font.size = Pt(round(self.context.profil.huruf.ukuran * TABLE_SIZE * 2) / 2)

    def _activity(self, table, activity: ActivityRow, widths, size: float, font: str) -> None:
        row = table.add_row()
        oxml.row_flags(row)
        height = estimated_height(activity, widths, size, font)
        row.height, row.height_rule = Mm(height), WD_ROW_HEIGHT_RULE.AT_LEAST
        cells = row.cells
        self._text(cells[0], str(activity.number), styles.TABEL_NOMOR)
        self._markdown(cells[1], activity.uraian, TABEL_SOP)
        for cell, drawing in zip(cells[2:], activity.cells):
            self._drawing(cell, drawing, height, font)
        tail = (activity.kelengkapan, activity.waktu, activity.output, activity.keterangan)
        for cell, text in zip(cells[-4:], tail):
            self._markdown(cell, text, TABEL_SOP, empty="")

    def _drawing(self, cell, drawing, height: float, font: str) -> None:
        if not (drawing.symbol or drawing.lines or drawing.rails or drawing.entry):
            return  # nothing passes through this cell
        margins = oxml.element("w:tcMar")
        for side in ("top", "left", "bottom", "right"):
            margins.append(oxml.element(f"w:{side}", w=0, type="dxa"))
        cell._tc.get_or_add_tcPr().append(margins)
        svg = cell_svg(drawing, font, height)
        png = cairosvg.svg2png(bytestring=svg.encode("utf-8"), dpi=DPI, output_width=round((drawing.width - 0.26) / 25.4 * DPI))
        paragraph = Flow(cell, TABEL_SOP).paragraph()
        paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(drawing.width - 0.26), height=Mm(height))
        oxml.image_description(shape, drawing.title or "")
        for side in ("distT", "distB", "distL", "distR"):
            shape._inline.set(side, "0")  # LibreOffice otherwise keeps 0.32 cm around the picture
