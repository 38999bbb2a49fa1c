"""An SOP as a Word document: identity block, then the flow table with each performer cell's drawing
as a 300 dpi picture as tall as the row is expected to be (Word cannot draw a line to a row's bottom).

Word decides its own page breaks, which the document cannot see; so the flow table is cut into pages
here, from the rows' expected heights, one table per page with its header rows, and the flow leaves
and enters each cut through numbered off-page connectors, as in the PDF. Each row is exactly as tall
as its pictures (their paragraphs have no room below the picture), so the lines meet at the rows'
borders."""

from __future__ import annotations

import io

import cairosvg
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Mm, Pt

from ..page import LINE_HEIGHT, TABLE, PageSpec
from ..render.docx import oxml, styles
from ..render.docx.blocks import Flow, UraianWriter
from ..render.docx.emblem import emblem_picture
from ..render.docx.package import finish, new_document, pin_properties
from ..render.html import PageContext, page_context
from ..textmetrics import MM_PER_PT, metrics
from .document import ActivityRow, SopDocument, with_page_breaks
from .drawing import BAND
from .render import document_of
from .svg import cell_svg

TABLE_SIZE = 0.85  # the flow table's type size against the body size, as the PDF
TABEL_SOP = "SK Tabel SOP"
PADDING_MM = 1.2
DPI = 300
SLACK_MM = 6.0  # room kept free on every page of the flow table, against estimates that fall short


def sop_docx(job) -> bytes:
    """The DOCX bytes of an SOP job; equal input, equal bytes."""
    doc = document_of(job.region, job.sop)
    return render_sop_docx(doc, page_context(job), job.date)


def render_sop_docx(doc: SopDocument, context: PageContext, when) -> bytes:
    """The DOCX of an SOP document on the region's paper turned landscape."""
    page = PageSpec.of(context.profil, landscape=True)
    document = new_document(context.profil, page)
    size = context.profil.huruf.ukuran * TABLE_SIZE
    _table_style(document, size)
    writer = SopWriter(document, context, page.text_width)
    writer.identity(doc)
    breaks = page_breaks(doc, page, size)
    writer.flow(with_page_breaks(doc, breaks), breaks)
    pin_properties(document, doc.title, f"{context.profil.unit} {context.profil.nama}", when, category="SOP")
    return finish(document)


def _table_style(document, size: float) -> None:
    """The flow table's text: smaller, its lines exactly as tall as the PDF's (so a row's height is foreseen)."""
    style = document.styles.add_style(TABEL_SOP, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[styles.TABEL]
    style.font.size = Pt(_half(size))
    style.paragraph_format.line_spacing = Pt(round(_half(size) * LINE_HEIGHT, 1))
    style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _half(size: float) -> float:
    return round(size * 2) / 2


def _line_mm(size_pt: float) -> float:
    """The height of a line of the flow table's text (exact, as its style sets it)."""
    return round(_half(size_pt) * LINE_HEIGHT, 1) * MM_PER_PT


def _body_line_mm(size_pt: float, family: str) -> float:
    """The height of a line in the body style ("at least" the line height, or the font's own taller line)."""
    return size_pt * MM_PER_PT * max(LINE_HEIGHT, metrics(family).line)


def header_height(doc: SopDocument, size_pt: float) -> float:
    """The expected height (mm) of the flow table's two header rows: performer names may wrap in narrow columns."""
    measure, line_mm = metrics(doc.font), _body_line_mm(size_pt / TABLE_SIZE, doc.font)
    names = (*doc.performers, "Kelengkapan", "Waktu", "Output")
    widths = doc.columns.all[2:-1]
    lines = max(measure.lines(name, (width - 2 * 1.6) * 0.92, size_pt) for name, width in zip(names, widths))
    return (1 + lines) * line_mm + 4 * PADDING_MM + 1.0


def page_breaks(doc: SopDocument, page: PageSpec, size_pt: float) -> tuple[int, ...]:
    """The activities that begin a new page of the flow table in the DOCX, from the rows' expected heights:
    the first page holds the SOP's name too, every page the two header rows."""
    body = size_pt / TABLE_SIZE
    title = _body_line_mm(body, doc.font) * metrics(doc.font).lines(doc.nama.upper(), page.text_width * 0.9, body) + 7
    room = page.text_height - header_height(doc, size_pt) - SLACK_MM
    used, free, breaks = 0.0, room - title, []
    for row in doc.rows:
        height = estimated_height(row, doc.columns.all, size_pt, doc.font)
        if used and used + height > free:
            breaks.append(row.number)
            used, free = 0.0, room
        used += height
    return tuple(breaks)


def estimated_height(row: ActivityRow, widths: tuple[float, ...], size_pt: float, family: str) -> float:
    """A generous estimate (mm) of a flow row's height: its tallest text cell, at least the drawing band."""
    measure = metrics(family)
    line_mm = _line_mm(size_pt)
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

    def _table(self, rows: int, widths: tuple[float, ...], flow: bool = False):
        """A ruled table on the text margin; the flow table's cells have no top or bottom margin (a drawing
        fills its cell; text cells are padded by their paragraphs, see ``_padded``), because LibreOffice
        keeps a table's top and bottom cell margins whatever a cell says."""
        table = self.document.add_table(rows=rows, cols=len(widths))
        oxml.table_geometry(table, widths)
        oxml.table_borders(table, TABLE.rule_pt)
        padding = 0 if flow else PADDING_MM
        oxml.cell_margins(table, padding, 1.6, padding, 1.6)
        oxml.table_indent(table, 1.6)
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

    def flow(self, doc: SopDocument, breaks: tuple[int, ...] = ()) -> None:
        """The SOP's name on a new page, then the flow table with its two header rows: one table per page,
        cut before the activities in ``breaks`` (each next table starts a new page)."""
        title = self.document.add_paragraph(doc.nama.upper(), style=styles.JUDUL_STANDAR)
        title.paragraph_format.page_break_before = True
        widths = doc.columns.all
        size = self.context.profil.huruf.ukuran * TABLE_SIZE
        table = None
        for activity in doc.rows:
            if table is None or activity.number in breaks:
                if table is not None:
                    _page_break(self.document)
                table = self._table(2, widths, flow=True)
                self._header(table, doc, len(doc.performers))
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
        _padded(cell)

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
        for cell in (cells[0], cells[1], *cells[-4:]):
            _padded(cell)

    def _drawing(self, cell, drawing, height: float, font: str) -> None:
        if not (drawing.symbol or drawing.lines or drawing.rails or drawing.entry or drawing.exit):
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
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(png), width=Mm(drawing.width - 0.26), height=Mm(height))
        _no_room_below(paragraph, run)
        oxml.image_description(shape, drawing.title or "")
        for side in ("distT", "distB", "distL", "distR"):
            shape._inline.set(side, "0")  # LibreOffice otherwise keeps 0.32 cm around the picture


def _padded(cell) -> None:
    """A text cell's padding above and below, as space before its first and after its last paragraph."""
    first = cell.paragraphs[0].paragraph_format
    first.space_before = Mm(round(PADDING_MM + (first.space_before.mm if first.space_before else 0), 2))
    cell.paragraphs[-1].paragraph_format.space_after = Mm(PADDING_MM)


def _no_room_below(paragraph, run) -> None:
    """A picture's line is the picture alone: the run and the paragraph mark at 1 pt, so the font's descent
    adds nothing below the picture and the row is as tall as the picture (its lines meet the row's border)."""
    run.font.size = Pt(1)
    oxml.mark_size(paragraph, 1)


def _page_break(document) -> None:
    """A paragraph that starts a new page between two tables, as low as a paragraph can be."""
    paragraph = document.add_paragraph(style=TABEL_SOP)
    paragraph.paragraph_format.page_break_before = True
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(1)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    oxml.mark_size(paragraph, 1)
