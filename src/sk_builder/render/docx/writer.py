"""The decree as a Word document: walks the DecreeDocument and says kop, heading, konsiderans,
diktum, signature, lampiran header, standard table; python-docx and raw OOXML stay in oxml.py."""

from __future__ import annotations

import io

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt

from ...document import DecreeDocument, Point, Row, Signature, StandardTable
from ...page import TABLE, PageSpec
from ...uraian import tree as uraian_tree
from ..html import PageContext
from . import acuan, oxml, styles
from .blocks import Flow, UraianWriter
from .emblem import EMBLEM_WIDTH_MM, emblem_picture
from .house import kop_lines, kop_picture, signature_lines, sized, unbroken
from .package import finish, new_document, pin_properties

KOP_COLUMNS_MM = (24.0,)
KONSIDERANS_COLUMNS_MM = (30.0, 5.0)


def first_top(page: PageSpec) -> float:
    """Where the first page's text begins in the PDF (the stylesheet's ``first_top``)."""
    return min(page.top, 12)


def render_docx(doc: DecreeDocument, context: PageContext) -> bytes:
    """The DOCX bytes of a decree (or of one standard's lampiran extract); equal input, equal bytes."""
    page = PageSpec.of(context.profil)
    kept = acuan.Kept(kop=False, header=False)
    if context.acuan is None:
        document = new_document(context.profil, page)
        styles.exact_lines(document, context.profil)
    else:  # the region's Word reference document: its styles, page, kop and headers (render/docx/acuan.py)
        document, page = acuan.from_reference(context.acuan, context.profil, page)
        kept = acuan.headers(document.sections[0], kop=doc.body and not context.kop_sendiri)
    _page_numbers(document.sections[0], page, kept)
    DecreeWriter(document, context, page, kop=not kept.kop).write(doc)
    pin_properties(document, doc.title, f"{context.profil.unit} {context.profil.nama}", doc.date)
    return finish(document)


def _page_numbers(section, page: PageSpec, kept: acuan.Kept) -> None:
    """"- n -" centred at the top of every page but the first (unless a reference's ``kept`` headers say so)."""
    section.different_first_page_header_footer = True
    first = section.first_page_header
    if not kept.kop:
        first.is_linked_to_previous = False
        first.paragraphs[0].style = styles.NOMOR_HALAMAN
    if kept.header:
        return
    paragraph = section.header.paragraphs[0]
    paragraph.style = styles.NOMOR_HALAMAN
    paragraph.add_run(page.number_before)
    oxml.page_field(paragraph)
    paragraph.add_run(page.number_after)


class DecreeWriter:
    """Writes the parts of a decree, in reading order, into a python-docx Document."""

    def __init__(self, document, context: PageContext, page: PageSpec, kop: bool = True):
        self.document, self.context, self.page = document, context, page
        self.writes_kop = kop  # False: the reference document's kop stands in the first page's header
        self.uraian = UraianWriter(oxml.Numbering(document))
        self._break_next = False

    def write(self, doc: DecreeDocument) -> None:
        """The body (unless this is a lampiran extract), then the lampiran."""
        if doc.body:
            if self.writes_kop:
                self.kop(doc)
            self.opening(doc)
            self.konsiderans(doc)
            self.diktum(doc)
            self.signature(doc.signature)
            self.tembusan(doc.tembusan)
            self._break_next = True
        if doc.sections:
            self.lampiran(doc)

    # --- body ---------------------------------------------------------------------------------

    def kop(self, doc: DecreeDocument) -> None:
        """The letterhead in the first page's header, where Word keeps one: emblem at the left, the government
        and unit centred beside it, address lines, then the closing rule. The header starts where the PDF's
        first page does (``min(top, 12)`` mm), so the kop stands at the same height as in the PDF."""
        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        header = section.first_page_header
        top = Mm(round(max(first_top(self.page) - self.page.header_distance, 0), 2))
        if doc.kop.picture is not None:  # a picture of the whole kop, its rule included
            kop_picture(header.paragraphs[0], doc.kop, self.page.text_width, top)
            return
        widths = KOP_COLUMNS_MM + (self.page.text_width - sum(KOP_COLUMNS_MM),)
        table = self._table(1, widths, borders=False, container=header)
        rule = header.paragraphs[0]
        rule._p.addprevious(table._tbl)  # the header's own paragraph, after the table, draws the rule
        rule.style = styles.KOP_GARIS
        emblem_cell, text_cell = table.rows[0].cells
        picture = emblem_picture(self.context.emblem)
        holder = Flow(emblem_cell, styles.KOP).paragraph()
        holder.paragraph_format.space_before = top
        if picture is not None:
            holder.alignment = WD_ALIGN_PARAGRAPH.LEFT
            run = holder.add_run()
            shape = run.add_picture(io.BytesIO(picture), width=Mm(EMBLEM_WIDTH_MM))
            oxml.image_description(shape, f"Lambang {self.context.region_name}")
        emblem_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        text_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        flow = Flow(text_cell, styles.KOP)
        first = flow.paragraph()
        first.paragraph_format.space_before = top
        sized(first.add_run(doc.kop.pemerintah), doc.kop.pemerintah_size)
        kop_lines(flow, doc.kop)

    def opening(self, doc: DecreeDocument) -> None:
        """KEPUTUSAN ... / NOMOR ... / TENTANG / title, then the official's line."""
        heading = self.document.add_paragraph(style=styles.JUDUL)
        lines = (*(doc.heading_lines or doc.heading), "TENTANG", *(doc.tentang_lines or (doc.tentang,)))
        for index, line in enumerate(lines):
            run = heading.add_run(unbroken(line, doc.nomor))
            if index < len(lines) - 1:
                run.add_break()
        if doc.dengan_rahmat:
            self.document.add_paragraph("DENGAN RAHMAT TUHAN YANG MAHA ESA", style=styles.TENGAH)
        self.document.add_paragraph(doc.official, style=styles.TENGAH)

    def konsiderans(self, doc: DecreeDocument) -> None:
        """Menimbang, Mengingat and (Memperhatikan) as label | ":" | hanging-indented points."""
        rows = [("Menimbang", doc.menimbang), ("Mengingat", doc.mengingat)]
        if doc.memperhatikan:
            rows.append(("Memperhatikan", doc.memperhatikan))
        table = self._konsiderans_table([label for label, _ in rows])
        for row, (label, points) in zip(table.rows, rows):
            text_cell = self._label(row, label)
            self.uraian.points(Flow(text_cell, styles.DIKTUM), _pairs(points))

    def diktum(self, doc: DecreeDocument) -> None:
        """MEMUTUSKAN, Menetapkan and every diktum with its generated name."""
        heading = self.document.add_paragraph("MEMUTUSKAN :", style=styles.TENGAH)
        heading.paragraph_format.space_before = Pt(11)
        heading.paragraph_format.space_after = Pt(11)
        heading.paragraph_format.keep_with_next = True
        table = self._konsiderans_table(["Menetapkan"] + [part.name for part in doc.diktum])
        first = self._label(table.rows[0], "Menetapkan")
        Flow(first, styles.DIKTUM).paragraph().add_run(doc.menetapkan)
        for row, part in zip(table.rows[1:], doc.diktum):
            flow = Flow(self._label(row, part.name), styles.DIKTUM)
            self.uraian.text(flow, part.text)
            if part.items:
                self.uraian.points(flow, _pairs(part.items))

    def signature(self, signature: Signature | None) -> None:
        """Place and date, the title, room to sign, name, rank and NIP, in the right half of the page."""
        if signature is None:
            return
        lines = signature_lines(signature)
        for index, (style, text, before) in enumerate(lines):
            paragraph = self.document.add_paragraph(text, style=style)
            if before is not None:
                paragraph.paragraph_format.space_before = Mm(before)
            if index == len(lines) - 1:
                paragraph.paragraph_format.keep_with_next = False

    def tembusan(self, points: tuple[Point, ...]) -> None:
        """The optional "Tembusan :" list after the signature."""
        if not points:
            return
        heading = self.document.add_paragraph("Tembusan :", style=styles.ISI)
        heading.paragraph_format.space_before = Mm(8)
        heading.paragraph_format.keep_with_next = True
        self.uraian.points(Flow(self.document, styles.ISI), _pairs(points))

    # --- lampiran -----------------------------------------------------------------------------

    def lampiran(self, doc: DecreeDocument) -> None:
        """The header block top right, then per Bagian its heading and standards, each on a new page."""
        for index, line in enumerate(doc.lampiran_header):
            paragraph = self._paragraph(unbroken(line, doc.nomor), styles.LAMPIRAN)
            if index == len(doc.lampiran_header) - 1:
                paragraph.paragraph_format.space_after = Mm(8)
        for s_index, section in enumerate(doc.sections):
            if s_index:
                self._break_next = True
            if section.heading:
                self._paragraph(section.heading, styles.BAGIAN)
            for t_index, table in enumerate(section.standards):
                if t_index:
                    self._break_next = True
                self.standard(table)
                if doc.repeat_signature:
                    self.signature(doc.lampiran_signature or doc.signature)
        if not doc.repeat_signature:
            self.signature(doc.lampiran_signature or doc.signature)

    def standard(self, standard: StandardTable) -> None:
        """"STANDAR PELAYANAN" and the service centred, the draft note, then the component table."""
        title = self._paragraph(standard.title[0], styles.JUDUL_STANDAR)
        for line in standard.title[1:]:
            title.runs[-1].add_break()
            title.add_run(line)
        if standard.draft:
            self.document.add_paragraph("DRAF — standar ini belum lengkap", style=styles.DRAF)
        widths = (TABLE.number, TABLE.label, TABLE.uraian_width(self.page))
        table = self._table(1, widths, borders=True)
        header = table.rows[0]
        oxml.row_flags(header, header=True)
        for cell, text in zip(header.cells, standard.header):
            Flow(cell, styles.TABEL_KEPALA).paragraph().add_run(text)
        for group in standard.groups:
            row = table.add_row()
            oxml.row_flags(row)
            Flow(oxml.merge_row(row), styles.TABEL_GRUP).paragraph().add_run(group.label)
            for component in group.rows:
                row = table.add_row()
                oxml.row_flags(row, keep_whole=component.keep_whole)
                number, label, text = row.cells
                Flow(number, styles.TABEL_NOMOR).paragraph().add_run(component.number)
                Flow(label, styles.TABEL).paragraph().add_run(_breakable(component.label))
                self._uraian_cell(text, component)

    def _uraian_cell(self, cell, row: Row) -> None:
        """The Uraian of a component: its text, each chart right after the item it follows (``setelah``)."""
        flow = Flow(cell, styles.TABEL)
        if not (row.text or row.charts):
            flow.paragraph().add_run("(belum diisi)").italic = True
        for index, piece in enumerate(row.blocks):
            if piece.text:  # the text after a chart keeps a gap from its explanations, as in the PDF
                self.uraian.blocks(flow, uraian_tree(piece.text).children, 0.0, 0, "paragraph" if index else None)
            for figure in piece.charts:
                self._chart(flow, figure)

    def _chart(self, flow: Flow, figure) -> None:
        """A procedure flowchart: its title, a 300 dpi picture per part, then its lettered explanations."""
        if figure.title:
            caption = flow.paragraph(styles.TABEL_KEPALA)
            caption.add_run(figure.title)
            caption.paragraph_format.keep_with_next = True  # never a caption alone at a page's foot
        for picture in figure.pictures():
            paragraph = flow.paragraph(styles.TENGAH)
            paragraph.paragraph_format.keep_with_next = False
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # exact lines would cut it
            shape = paragraph.add_run().add_picture(io.BytesIO(picture.png), width=Pt(picture.width),
                                                    height=Pt(picture.height))
            oxml.image_description(shape, f"Bagan alur {figure.title or 'prosedur'}")
        if figure.heading and figure.explanations:
            heading = flow.paragraph()
            heading.add_run(figure.heading)
            heading.paragraph_format.keep_with_next = True  # never a heading alone at a page's foot
        self.uraian.points(flow, [(item.marker, item.text) for item in figure.explanations])

    def _text_width_mm(self, text: str) -> float:
        """A generous estimate of a line's width in the body font (capitals 0.72 em, others 0.6 em)."""
        ems = sum(0.32 if ch == " " else 0.72 if ch.isupper() else 0.6 for ch in text)
        return ems * self.context.profil.huruf.ukuran * 25.4 / 72

    # --- shared -------------------------------------------------------------------------------

    def _paragraph(self, text: str, style: str):
        paragraph = self.document.add_paragraph(text, style=style)
        if self._break_next:
            paragraph.paragraph_format.page_break_before = True
            self._break_next = False
        return paragraph

    def _table(self, rows: int, widths_mm: tuple[float, ...], borders: bool, container=None):
        """A fixed-width table in the body (or ``container``); a ruled one indented by its cell padding, so its
        left rule stands on the text margin as in the PDF (Word 2010 layout shifts a table left by it)."""
        if container is None:
            table = self.document.add_table(rows=rows, cols=len(widths_mm))
        else:
            table = container.add_table(rows, len(widths_mm), Mm(sum(widths_mm)))
        oxml.table_geometry(table, widths_mm)
        oxml.table_borders(table, TABLE.rule_pt if borders else None)
        if borders:
            oxml.cell_margins(table, TABLE.padding_vertical, TABLE.padding_horizontal, TABLE.padding_vertical,
                              TABLE.padding_horizontal)
            oxml.table_indent(table, TABLE.padding_horizontal)
        else:
            oxml.cell_margins(table, 0, 0, 0, 0)
        return table

    def _konsiderans_table(self, labels: list[str]):
        """A borderless label | ":" | text table whose label column fits its longest label, as in the PDF."""
        label_mm, colon_mm = KONSIDERANS_COLUMNS_MM
        label_mm = max(label_mm, max(self._text_width_mm(label) for label in labels) + 1)
        widths = (label_mm, colon_mm, self.page.text_width - label_mm - colon_mm)
        table = self._table(len(labels), widths, borders=False)
        oxml.cell_margins(table, 0, 0, 2, 0)
        return table

    @staticmethod
    def _label(row, label: str):
        """Fill the label and colon cells of a konsiderans row; the text cell."""
        label_cell, colon_cell, text_cell = row.cells
        Flow(label_cell, styles.LABEL).paragraph().add_run(label)
        Flow(colon_cell, styles.LABEL).paragraph().add_run(":")
        return text_cell


def _breakable(label: str) -> str:
    """A narrow-column label that may wrap after "/" as the PDF does ("Masukan/" | "Apresiasi")."""
    return label.replace("/", "/\u200b")


def _pairs(points: tuple[Point, ...]) -> list[tuple[str, str]]:
    return [(point.marker, point.text) for point in points]
