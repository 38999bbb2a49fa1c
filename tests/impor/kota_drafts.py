"""The Kota Pasuruan decree (seed 001) typed three ways drafters type it, as Word files.

The words come from the bundled records of seed 001 as the decree prints them, with the seed's
own habits kept: the title and the lampiran header broken over several lines, "Pada tanggal",
the last two diktum both named KETIGA, the signature after every standard. The layout is the
drafter's:

- ``ketik``: numbering typed by hand with tabs and hanging indents, the kop as a table in the
  body, empty paragraphs for spacing, tracked changes left in the file, a comment;
- ``otomatis``: Word's automatic numbering (one list per list, nested levels, bullets), labels
  on lines of their own, the kop as plain paragraphs with the emblem, the signature in a table;
- ``tabel``: Menimbang, Mengingat and the diktum as a borderless label | : | text table, the kop
  in the first page's header, one lampiran table split at a page (header row repeated, a row
  cut in two), numbering typed with spaces, the signature in a text box.

Run ``python tests/impor/kota_drafts.py OUT`` to write the three files for a look in LibreOffice.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # run as a script: make this checkout's tests/ importable
    import types

    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    sys.modules["tests"] = types.ModuleType("tests")
    sys.modules["tests"].__path__ = [str(ROOT / "tests")]

from sk_builder.document import DecreeDocument, StandardTable, decree_document  # noqa: E402
from sk_builder.sources.loader import load_or_fail  # noqa: E402
from tests.impor import drafting as d  # noqa: E402

REGION = ROOT / "sources" / "kota-pasuruan"
STYLES = ("ketik", "otomatis", "tabel")
SEED_DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KETIGA")  # the seed names its last two diktum KETIGA
HEADING = ("KEPUTUSAN", "SEKRETARIS DAERAH KOTA PASURUAN", "NOMOR 167 TAHUN 2024", "TENTANG", "STANDAR PELAYANAN",
           "DI LINGKUNGAN SEKRETARIAT DAERAH KOTA PASURUAN")
LAMPIRAN_HEADER = ("LAMPIRAN", "KEPUTUSAN SEKRETARIS DAERAH", "KOTA PASURUAN", "NOMOR 167 TAHUN 2024",
                   "TENTANG STANDAR PELAYANAN", "DI LINGKUNGAN SEKRETARIAT", "DAERAH KOTA PASURUAN")
COLUMNS = (11.0, 45.0, 109.0)


def seed_decree() -> tuple[DecreeDocument, bytes]:
    """The decree as it prints, from the bundled records, and the emblem as PNG."""
    project, _ = load_or_fail(REGION)
    region = project.regions[0]
    return decree_document(region, region.decrees[0]), d.png_of_svg(REGION / "lambang.svg")


class Drafter:
    """The parts every style shares; each style types the kop, the konsiderans, lists and signature its way."""

    def __init__(self, doc: DecreeDocument, emblem: bytes):
        self.doc, self.emblem = doc, emblem
        self.word = Document()
        self.numbering = d.Numbering(self.word)
        normal = self.word.styles["Normal"]
        normal.font.name, normal.font.size = "Bookman Old Style", Pt(12)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hAnsi", "Bookman Old Style")
        normal.paragraph_format.space_after = Pt(0)
        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(215), Mm(330)
        section.top_margin, section.bottom_margin = Mm(20), Mm(25)
        section.left_margin, section.right_margin = Mm(30), Mm(20)
        d.page_number_header(section)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.word.core_properties.author = "Bagian Hukum"
        self.word.core_properties.title = ""
        self.word.save(out)
        return out.getvalue()

    def write(self) -> bytes:
        self.kop()
        self.heading()
        self.konsiderans()
        self.diktum()
        self.signature(self.word)
        d.page_break(self.word)
        self.lampiran()
        return self.save()

    # --- shared parts ---------------------------------------------------------------------------

    def para(self, text: str = "", container=None, bold: bool = False, centre: bool = False):
        paragraph = (container or self.word).add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def kop_lines(self, container) -> None:
        kop = self.doc.kop
        first = self.para(kop.pemerintah, container, centre=True)
        first.runs[0].font.size, first.runs[0].font.name = Pt(14), "Arial"
        unit = self.para(kop.unit, container, bold=True, centre=True)
        unit.runs[0].font.size, unit.runs[0].font.name = Pt(16), "Arial"
        for line in kop.lines:
            small = self.para(line, container, centre=True)
            small.runs[0].font.size, small.runs[0].font.name = Pt(9.5), "Arial"

    def heading(self) -> None:
        self.para()
        for line in HEADING:
            self.para(line, bold=True, centre=True)
        self.para()
        self.para(self.doc.official, centre=True)
        self.para()

    def diktum_names(self) -> tuple[str, ...]:
        return SEED_DIKTUM[: len(self.doc.diktum)]

    def signature_lines(self) -> list[tuple[str, bool]]:
        sign = self.doc.signature
        return [(sign.place_line, False), (sign.date_line.replace("pada", "Pada", 1), False), ("", False),
                (sign.jabatan, False), ("", False), ("", False), ("", False), (sign.nama, True)]

    def lampiran(self) -> None:
        for line in LAMPIRAN_HEADER:
            paragraph = self.para(line)
            paragraph.paragraph_format.left_indent = Mm(95)
        self.para()
        for s_index, section in enumerate(self.doc.sections):
            if s_index:
                d.page_break(self.word)
            self.para(section.heading, bold=True, centre=True)
            for t_index, standard in enumerate(section.standards):
                if t_index:
                    d.page_break(self.word)
                self.para()
                self.para(" ".join(standard.title), bold=True, centre=True)
                self.para()
                self.table(standard)
                self.para()
                self.signature(self.word)

    def table(self, standard: StandardTable):
        table = self.word.add_table(rows=1, cols=3)
        d.borders(table, 4)
        d.widths(table, COLUMNS)
        d.repeat_header(table.rows[0])
        for cell, text in zip(table.rows[0].cells, ("No.", "Komponen", "Uraian")):
            self.para(text, cell, bold=True, centre=True)
            cell._tc.remove(cell.paragraphs[0]._p)
        for group in standard.groups:
            row = table.add_row()
            merged = d.merge_across(row)
            merged.paragraphs[0].add_run(group.label).bold = True
            for component in group.rows:
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(component.number)
                cells[1].paragraphs[0].add_run(component.label)
                self.uraian(cells[2], component.text)
        return table

    def uraian(self, cell, text: str) -> None:
        raise NotImplementedError

    def first_paragraph(self, cell):
        """A cell's own empty first paragraph, used once, then new ones."""
        paragraph = cell.paragraphs[0]
        if not paragraph.text and not getattr(cell, "_used", False):
            cell._used = True
            return paragraph
        return cell.add_paragraph()


class Ketik(Drafter):
    """Numbering typed by hand with tabs; kop table in the body; tracked changes and a comment."""

    def kop(self) -> None:
        table = self.word.add_table(rows=1, cols=2)
        d.borders(table, None)
        d.widths(table, (25, 140))
        d.picture(table.rows[0].cells[0].paragraphs[0], self.emblem, 22, "Lambang Kota Pasuruan")
        self.kop_lines(table.rows[0].cells[1])
        table.rows[0].cells[1]._tc.remove(table.rows[0].cells[1].paragraphs[0]._p)
        d.bottom_rule(self.para())

    def konsiderans(self) -> None:
        for label, points in (("Menimbang", self.doc.menimbang), ("Mengingat", self.doc.mengingat)):
            for index, point in enumerate(points):
                lead = f"{label}\t:\t" if index == 0 else "\t\t"
                paragraph = self.para()
                d.indent(paragraph, 41, 41, (30, 35, 41))
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                paragraph.add_run(f"{lead}{point.marker}\t")
                if label == "Menimbang" and index == 0:
                    self._tracked_point(paragraph, point.text)
                else:
                    paragraph.add_run(point.text)
                if label == "Mengingat" and index == 6:
                    d.deleted_paragraph(self.word, "\t\t8.\tPeraturan Daerah Kota Pasuruan Nomor 9 Tahun 2009 "
                                                   "tentang Retribusi yang Telah Dicabut;")
            self.para()

    @staticmethod
    def _tracked_point(paragraph, text: str) -> None:
        """The first point as the legal section left it: one word struck out, one phrase inserted."""
        head, sep, tail = text.partition("yang mewajibkan ")
        paragraph.add_run(head)
        d.tracked(paragraph, "del", "yang mengharuskan ")
        d.tracked(paragraph, "ins", sep)
        paragraph.add_run(tail)

    def diktum(self) -> None:
        self.para("MEMUTUSKAN :", bold=True, centre=True)
        self.para()
        paragraph = self.para("Menetapkan\t:\t")
        d.indent(paragraph, 35, 35, (30, 35))
        for name, part in zip(self.diktum_names(), self.doc.diktum):
            self.para()
            paragraph = self.para()
            d.indent(paragraph, 35, 35, (30, 35))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.add_run(f"{name}\t:\t")
            run = paragraph.add_run(part.text)
            if name == "KEDUA":
                self.word.add_comment(runs=[run], text="Cek lagi dengan Bagian Organisasi.", author="Kabag Hukum",
                                      initials="KH")
            for item in part.items:
                line = self.para()
                d.indent(line, 41, 6, (41,))
                line.add_run(f"\t{item.marker}\t{item.text.replace(chr(92), '')}")

    def signature(self, container) -> None:
        self.para()
        for text, bold in self.signature_lines():
            paragraph = self.para(text, container, bold=bold)
            paragraph.paragraph_format.left_indent = Mm(95)
            if bold:
                paragraph.runs[0].underline = True

    def uraian(self, cell, text: str) -> None:
        previous = None
        for line in d.markdown_lines(text):
            if previous is not None and (line.marker is None) != (previous.marker is None):
                self.first_paragraph(cell)  # an empty paragraph as spacing
            paragraph = self.first_paragraph(cell)
            if line.marker:
                left = 6.5 * (line.depth + 1)
                d.indent(paragraph, left, 6.5, (left,))
                paragraph.add_run(f"{line.marker}\t")
            else:
                d.indent(paragraph, 6.5 * line.depth)
            d.add_runs(paragraph, line.runs)
            previous = line


class Otomatis(Drafter):
    """Word's automatic numbering; labels on lines of their own; signature in a table."""

    def kop(self) -> None:
        first = self.para()
        d.picture(first, self.emblem, 20, "Lambang")
        self.kop_lines(self.word)
        d.bottom_rule(self.word.paragraphs[-1])

    def konsiderans(self) -> None:
        for label, points, fmt in (("Menimbang", self.doc.menimbang, ("lowerLetter", "%1.", 1)),
                                   ("Mengingat", self.doc.mengingat, ("decimal", "%1.", 1))):
            self.para(f"{label} :")
            num_id = self.numbering.add([fmt], 35, 6, 6)
            for point in points:
                paragraph = self.para(point.text)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                d.number(paragraph, num_id, 0)
            self.para()

    def diktum(self) -> None:
        self.para("M E M U T U S K A N :", bold=True, centre=True)
        self.para("Menetapkan :")
        for name, part in zip(self.diktum_names(), self.doc.diktum):
            paragraph = self.para(f"{name}\t:\t{part.text}")
            d.indent(paragraph, 35, 35, (30, 35))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if part.items:
                num_id = self.numbering.add([("lowerLetter", "%1.", 1)], 35, 6, 6)
                for item in part.items:
                    d.number(self.para(item.text.replace("\\", "")), num_id, 0)

    def signature(self, container) -> None:
        table = container.add_table(rows=1, cols=2)
        d.borders(table, None)
        d.widths(table, (85, 80))
        cell = table.rows[0].cells[1]
        for text, bold in self.signature_lines():
            paragraph = self.first_paragraph(cell)
            if text:
                paragraph.add_run(text).bold = bold or None

    def uraian(self, cell, text: str) -> None:
        lines = d.markdown_lines(text)
        nums = self._lists(lines)
        for line in lines:
            paragraph = self.first_paragraph(cell)
            if line.marker and nums.get(line.list_id):
                d.number(paragraph, nums[line.list_id], 0)
            elif line.marker:
                left = 6.5 * (line.depth + 1)
                d.indent(paragraph, left, 6.5, (left,))
                paragraph.add_run(f"{line.marker}\t")
            else:
                d.indent(paragraph, 6.5 * line.depth)
            d.add_runs(paragraph, line.runs, hyperlinks=True)

    def _lists(self, lines) -> dict[int, int]:
        """One Word list per written list whose markers Word can count; the others stay typed."""
        found: dict[int, list] = {}
        for line in lines:
            if line.marker:
                found.setdefault(line.list_id, []).append(line)
        nums = {}
        for list_id, items in found.items():
            levels = [d.word_level(item.marker) for item in items]
            if None in levels or len({(lv[0], lv[1]) for lv in levels}) > 1:
                continue
            fmt, text, start = levels[0]
            if fmt != "bullet" and [lv[2] for lv in levels] != list(range(start, start + len(levels))):
                continue
            depth = items[0].depth
            nums[list_id] = self.numbering.add([(fmt, text, start)], 6.5 * depth, 6.5, 6.5)
        return nums


class Tabel(Drafter):
    """Konsiderans and diktum in a borderless table, kop in the page header, a lampiran table split at a page."""

    def __init__(self, doc: DecreeDocument, emblem: bytes):
        super().__init__(doc, emblem)
        self.split_done = False

    def kop(self) -> None:
        section = self.word.sections[0]
        header = section.first_page_header
        header.is_linked_to_previous = False
        table = header.add_table(rows=1, cols=2, width=Mm(165))
        d.borders(table, None)
        d.picture(table.rows[0].cells[0].paragraphs[0], self.emblem, 22, "Lambang Kota Pasuruan")
        self.kop_lines(table.rows[0].cells[1])
        table.rows[0].cells[1]._tc.remove(table.rows[0].cells[1].paragraphs[0]._p)
        d.bottom_rule(header.add_paragraph())

    def _rows(self, rows: list[tuple[str, list[tuple[str, str]], list[str]]]):
        table = self.word.add_table(rows=0, cols=3)
        d.borders(table, None)
        for label, points, plain in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label)
            cells[1].paragraphs[0].add_run(":")
            for text in plain:
                paragraph = self.first_paragraph(cells[2])
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                paragraph.add_run(text)
            for marker, text in points:
                paragraph = self.first_paragraph(cells[2])
                d.indent(paragraph, 6, 6, (6,))
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                paragraph.add_run(f"{marker}\t{text}")
        d.widths(table, (30, 5, 130))

    def konsiderans(self) -> None:
        self._rows([(label, [(p.marker, p.text) for p in points], [])
                    for label, points in (("Menimbang", self.doc.menimbang), ("Mengingat", self.doc.mengingat))])

    def diktum(self) -> None:
        self.para("MEMUTUSKAN :", bold=True, centre=True)
        rows = [("Menetapkan", [], [])]
        for name, part in zip(self.diktum_names(), self.doc.diktum):
            rows.append((name, [(i.marker, i.text.replace("\\", "")) for i in part.items], [part.text]))
        self._rows(rows)

    def signature(self, container) -> None:
        anchor = self.para()
        self.boxes = getattr(self, "boxes", 0) + 1
        d.text_box(anchor, self.signature_lines(), 75, 55, 90, 100 + self.boxes)

    def uraian(self, cell, text: str) -> None:
        for line in d.markdown_lines(text):
            paragraph = self.first_paragraph(cell)
            tabs = "\t" * line.depth
            if line.marker:
                paragraph.add_run(f"{tabs}{line.marker}  ")
            elif tabs:
                d.indent(paragraph, 12.7 * line.depth)
            d.add_runs(paragraph, line.runs)

    def table(self, standard: StandardTable):
        if self.split_done or sum(len(r.text) for g in standard.groups for r in g.rows) < 3500:
            return super().table(standard)
        self.split_done = True
        first = super().table(standard)
        self._split(first)

    def _split(self, table) -> None:
        """Move the rows after the longest Uraian into a second table after a page break, cutting that row."""
        rows = list(table.rows)
        longest = max(range(2, len(rows)), key=lambda i: len(rows[i].cells[2].paragraphs))
        cut_row = rows[longest]
        paragraphs = cut_row.cells[2].paragraphs
        moved = paragraphs[len(paragraphs) // 2:]
        breaker = self.word.add_paragraph()
        breaker.add_run().add_break(WD_BREAK.PAGE)
        second = self.word.add_table(rows=1, cols=3)
        d.borders(second, 4)
        d.repeat_header(second.rows[0])
        for cell, text in zip(second.rows[0].cells, ("No.", "Komponen", "Uraian")):
            cell.paragraphs[0].add_run(text).bold = True
        carry = second.add_row().cells
        carry[2]._tc.remove(carry[2].paragraphs[0]._p)
        for paragraph in moved:
            carry[2]._tc.append(paragraph._p)
        for row in rows[longest + 1:]:
            second._tbl.append(row._tr)
        d.widths(second, COLUMNS)


def draft(style: str) -> bytes:
    """The DOCX bytes of the seed decree typed in one style."""
    doc, emblem = seed_decree()
    return {"ketik": Ketik, "otomatis": Otomatis, "tabel": Tabel}[style](doc, emblem).write()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name in STYLES:
        (out / f"sk-167-2024-{name}.docx").write_bytes(draft(name))
        print(out / f"sk-167-2024-{name}.docx")
