"""A decree in a house style unlike Kota Pasuruan's, written for the importer's tests.

Kabupaten Tirta Wangi (an invented region) drafts its DPRD secretariat's decree its own way: A4
and Arial, an archive-code number ("NOMOR : 188.4/27/KPTS/435.106/2025"), "DENGAN RAHMAT TUHAN
YANG MAHA ESA", Memperhatikan, a named Menetapkan, a revoking diktum, a signer with a degree,
pangkat and NIP, Tembusan, a dated lampiran header with no Bagian, upper-case "A. PENYAMPAIAN
LAYANAN" group rows, its own component labels, numbers without dots, Word bullets, a flowchart
pasted as a picture, one standard without its last row, and the signature once at the end. The
konsiderans sits in a two-column table ("Menimbang :" | points). The expected records are written
by hand in ``expected/kabupaten-tirta-wangi`` (not produced by the importer).

Run ``python tests/impor/house_draft.py OUT`` to write the file for a look in LibreOffice.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    import types

    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    sys.modules["tests"] = types.ModuleType("tests")
    sys.modules["tests"].__path__ = [str(ROOT / "tests")]

from tests.impor import drafting as d  # noqa: E402

EXPECTED = Path(__file__).resolve().parent / "expected" / "kabupaten-tirta-wangi"
JABATAN = "SEKRETARIS DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN TIRTA WANGI"
TENTANG = "STANDAR PELAYANAN PADA SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN TIRTA WANGI"
MENIMBANG = [
    "bahwa untuk meningkatkan kualitas dan menjamin penyediaan pelayanan publik sesuai dengan asas umum "
    "pemerintahan yang baik, perlu disusun standar pelayanan;",
    "bahwa Standar Pelayanan yang ditetapkan dengan Keputusan Sekretaris Dewan Perwakilan Rakyat Daerah "
    "Nomor 188.4/12/KPTS/435.106/2019 sudah tidak sesuai dengan perkembangan kebutuhan pelayanan;",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan "
    "Sekretaris Dewan Perwakilan Rakyat Daerah tentang Standar Pelayanan pada Sekretariat Dewan Perwakilan "
    "Rakyat Daerah Kabupaten Tirta Wangi;",
]
MENGINGAT = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 "
    "Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038);",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, "
    "terakhir dengan Undang-Undang Nomor 6 Tahun 2023;",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang "
    "Pelayanan Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang "
    "Pedoman Standar Pelayanan;",
    "Peraturan Bupati Tirta Wangi Nomor 41 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi "
    "serta Tata Kerja Sekretariat Dewan Perwakilan Rakyat Daerah.",
]
MEMPERHATIKAN = "Hasil forum konsultasi publik Sekretariat DPRD Kabupaten Tirta Wangi tanggal 12 Februari 2025."
MENETAPKAN = ("KEPUTUSAN SEKRETARIS DEWAN PERWAKILAN RAKYAT DAERAH TENTANG STANDAR PELAYANAN PADA SEKRETARIAT "
              "DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN TIRTA WANGI.")
SERVICES = ("Fasilitasi Rapat Alat Kelengkapan DPRD", "Penerimaan Aspirasi Masyarakat")

# A block of an Uraian cell: ("p", text), ("lines", [..]) with soft breaks, ("bullets", [..]),
# ("numbers", [(text, [sub-items])]) with sub-items "a)", ("picture", description), ("italic", (before, word, after)).
FASILITASI = [
    ("Persyaratan", [("bullets", ["Surat permohonan dari pimpinan alat kelengkapan DPRD;",
                                  "Jadwal kegiatan yang telah ditetapkan Badan Musyawarah; dan",
                                  "Daftar peserta rapat."])]),
    ("Sistem, Mekanisme dan Prosedur", [
        ("picture", "Bagan alir fasilitasi rapat"),
        ("numbers", [("Pemohon menyampaikan surat permohonan kepada Sekretaris DPRD;", []),
                     ("Sekretaris DPRD mendisposisikan kepada Kepala Bagian Persidangan:",
                      ["memeriksa jadwal ruang rapat;", "menyiapkan sarana rapat; dan"]),
                     ("Rapat dilaksanakan sesuai jadwal dan dicatat dalam risalah.", [])]),
    ]),
    ("Jangka Waktu Penyelesaian", [("p", "3 (tiga) hari kerja sejak permohonan diterima lengkap.")]),
    ("Biaya/Tarif", [("p", "Tidak dipungut biaya.")]),
    ("Produk Layanan", [("p", "Rapat alat kelengkapan DPRD yang terfasilitasi beserta risalah rapat.")]),
    ("Penanganan Pengaduan, Saran dan Masukan", [("lines", [
        "Kotak saran di ruang tunggu Sekretariat DPRD;", "Telepon/WhatsApp: 0812-3456-7890;",
        "Pos-el: setwan@tirtawangikab.go.id"])]),
    ("Dasar Hukum", [("numbers", [
        ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", []),
        ("Peraturan Dewan Perwakilan Rakyat Daerah Kabupaten Tirta Wangi Nomor 1 Tahun 2024 tentang Tata Tertib.",
         [])])]),
    ("Sarana dan Prasarana", [("p", "Ruang rapat, pengeras suara, komputer dan proyektor.")]),
    ("Kompetensi Pelaksana", [("p", "Memahami tata tertib DPRD dan mampu menyusun risalah rapat.")]),
    ("Pengawasan Internal", [("p", "Dilakukan oleh Kepala Bagian Persidangan secara berjenjang.")]),
    ("Jumlah Pelaksana", [("p", "4 (empat) orang.")]),
    ("Jaminan Pelayanan", [("p", "Rapat difasilitasi sesuai jadwal yang ditetapkan.")]),
    ("Jaminan Keamanan dan Keselamatan Pelayanan", [("p", "Dokumen rapat disimpan dan dijaga kerahasiaannya.")]),
    ("Evaluasi Kinerja Pelaksana", [("p", "Evaluasi dilakukan setiap 6 (enam) bulan sekali.")]),
]
ASPIRASI = [
    ("Persyaratan", [("p", "Identitas diri pemohon (KTP)."), ("italic", ("Aspirasi tertulis dalam bentuk ",
                                                                          "hardcopy", " atau surat elektronik."))]),
    ("Sistem, Mekanisme dan Prosedur", [
        ("p", "A. Aspirasi Tertulis"),
        ("numbers", [("Masyarakat menyampaikan aspirasi kepada Sekretariat DPRD;", []),
                     ("Petugas mencatat aspirasi dalam buku agenda;", []),
                     ("Aspirasi diteruskan kepada pimpinan DPRD.", [])]),
        ("p", "B. Aspirasi Lisan"),
        ("numbers", [("Masyarakat diterima oleh alat kelengkapan DPRD sesuai jadwal;", []),
                     ("Hasil pertemuan dituangkan dalam notulen.", [])]),
    ]),
    ("Jangka Waktu Penyelesaian", [("p", "14 (empat belas) hari kerja.")]),
    ("Biaya/Tarif", [("p", "Tidak dipungut biaya.")]),
    ("Produk Layanan", [("p", "Tanda terima dan tindak lanjut aspirasi.")]),
    ("Penanganan Pengaduan, Saran dan Masukan", [("p", "Layanan aspirasi daring: https://aspirasi.tirtawangikab.go.id")]),
    ("Dasar Hukum", [("p", "Undang-Undang Nomor 17 Tahun 2014 tentang MPR, DPR, DPD, dan DPRD.")]),
    ("Sarana dan Prasarana", [("p", "Ruang penerimaan tamu dan buku agenda.")]),
    ("Kompetensi Pelaksana", [("p", "Mampu berkomunikasi dengan baik.")]),
    ("Pengawasan Internal", [("p", "Kepala Bagian Umum.")]),
    ("Jumlah Pelaksana", [("p", "2 (dua) orang.")]),
    ("Jaminan Pelayanan", [("p", "Setiap aspirasi diberi tanda terima.")]),
    ("Jaminan Keamanan dan Keselamatan Pelayanan", [("p", "Identitas pemohon dirahasiakan.")]),
]


class HouseDraft:
    """Writes the Tirta Wangi decree."""

    def __init__(self):
        self.word = Document()
        self.numbering = d.Numbering(self.word)
        normal = self.word.styles["Normal"]
        normal.font.name, normal.font.size = "Arial", Pt(11)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hAnsi", "Arial")
        normal.paragraph_format.space_after = Pt(0)
        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(25), Mm(25)
        section.left_margin, section.right_margin = Mm(30), Mm(25)
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.page_number_header(section, "", "")
        self.shapes = 0

    def para(self, text: str = "", container=None, bold=False, centre=False, left_mm=0.0):
        paragraph = (container or self.word).add_paragraph()
        if text:
            paragraph.add_run(text).bold = bold or None
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if left_mm:
            paragraph.paragraph_format.left_indent = Mm(left_mm)
        return paragraph

    def write(self) -> bytes:
        self.kop()
        for line in ("KEPUTUSAN " + JABATAN, "NOMOR : 188.4/27/KPTS/435.106/2025", "TENTANG", TENTANG):
            self.para(line, bold=True, centre=True)
        self.para()
        self.para("DENGAN RAHMAT TUHAN YANG MAHA ESA", bold=True, centre=True)
        self.para()
        self.para(JABATAN + ",", bold=True, centre=True)
        self.konsiderans()
        self.diktum()
        self.signature()
        self.tembusan()
        d.page_break(self.word)
        self.lampiran()
        out = io.BytesIO()
        self.word.core_properties.author = "Operator Setwan"
        self.word.save(out)
        return out.getvalue()

    def kop(self) -> None:
        table = self.word.add_table(rows=1, cols=2)
        d.borders(table, None)
        d.widths(table, (28, 127))
        d.picture(table.rows[0].cells[0].paragraphs[0], _emblem(), 24, "Logo Kabupaten Tirta Wangi")
        cell = table.rows[0].cells[1]
        cell.paragraphs[0].add_run("PEMERINTAH KABUPATEN TIRTA WANGI").font.size = Pt(14)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        unit = self.para("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", cell, bold=True, centre=True)
        unit.runs[0].font.size = Pt(13)
        for line in ("Jalan Veteran Nomor 12 Tirta Wangi 65111 Telp. (0341) 551234 Fax. (0341) 551235",
                     "Website: dprd.tirtawangikab.go.id E-mail: setwan@tirtawangikab.go.id"):
            self.para(line, cell, centre=True).runs[0].font.size = Pt(9)
        d.bottom_rule(self.para())

    def konsiderans(self) -> None:
        table = self.word.add_table(rows=0, cols=2)
        d.borders(table, None)
        for label, points, fmt in (("Menimbang :", MENIMBANG, ("lowerLetter", "%1.", 1)),
                                   ("Mengingat :", MENGINGAT, ("decimal", "%1.", 1))):
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label)
            num_id = self.numbering.add([fmt], 0, 7, 7)
            for index, text in enumerate(points):
                paragraph = cells[1].paragraphs[0] if index == 0 else cells[1].add_paragraph()
                paragraph.add_run(text)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                d.number(paragraph, num_id, 0)
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run("Memperhatikan :")
        cells[1].paragraphs[0].add_run(MEMPERHATIKAN)
        d.widths(table, (35, 120))

    def diktum(self) -> None:
        self.para()
        self.para("MEMUTUSKAN :", bold=True, centre=True)
        self.para()
        rows = [("Menetapkan", [MENETAPKAN]),
                ("KESATU", ["Standar Pelayanan pada Sekretariat Dewan Perwakilan Rakyat Daerah Kabupaten Tirta Wangi "
                            "sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari "
                            "Keputusan ini."]),
                ("KEDUA", ["Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU meliputi:", "LIST"]),
                ("KETIGA", ["Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU wajib:", "SUB"]),
                ("KEEMPAT", ["Pada saat Keputusan ini mulai berlaku, Keputusan Sekretaris Dewan Perwakilan Rakyat "
                             "Daerah Kabupaten Tirta Wangi Nomor 188.4/12/KPTS/435.106/2019 tentang Standar "
                             "Pelayanan Sekretariat DPRD dicabut dan dinyatakan tidak berlaku."]),
                ("KELIMA", ["Keputusan ini mulai berlaku pada tanggal ditetapkan."])]
        for label, texts in rows:
            for index, text in enumerate(texts):
                paragraph = self.para()
                d.indent(paragraph, 35, 35 if index == 0 else 0, (28, 35))
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                if text == "LIST":
                    self._list(paragraph, [f"Standar Pelayanan {name}" + ("; dan" if i == 0 else ".")
                                           for i, name in enumerate(SERVICES)], ("lowerLetter", "%1.", 1))
                elif text == "SUB":
                    self._list(paragraph, ["dipublikasikan pada papan informasi dan laman resmi;",
                                           "dievaluasi paling sedikit 1 (satu) kali dalam setahun; dan",
                                           "dijadikan acuan penilaian kinerja pelayanan."], ("decimal", "%1)", 1))
                else:
                    paragraph.add_run(f"{label}\t:\t{text}" if index == 0 else text)

    def _list(self, first, items: list[str], fmt) -> None:
        num_id = self.numbering.add([fmt], 35, 7, 7)
        paragraph = first
        for index, text in enumerate(items):
            if index:
                paragraph = self.para()
            paragraph.paragraph_format.left_indent = None
            paragraph.paragraph_format.first_line_indent = None
            paragraph.add_run(text)
            d.number(paragraph, num_id, 0)

    def signature(self, extra_space: bool = True) -> None:
        self.para()
        for text, bold in (("Ditetapkan di Tirta Wangi", False), ("pada tanggal 3 Maret 2025", False),
                           ("SEKRETARIS DEWAN PERWAKILAN RAKYAT DAERAH", True), ("KABUPATEN TIRTA WANGI,", True),
                           ("", False), ("", False), ("", False), ("DRS. AHMAD FAUZI, M.Si.", True),
                           ("Pembina Utama Muda (IV/c)", False), ("NIP. 19680412 199303 1 007", False)):
            paragraph = self.para(text, bold=bold, left_mm=85)
            if text.startswith("DRS"):
                paragraph.runs[0].underline = True

    def tembusan(self) -> None:
        self.para()
        self.para("Tembusan Yth.:")
        for index, text in enumerate(("Bupati Tirta Wangi (sebagai laporan);", "Ketua DPRD Kabupaten Tirta Wangi;",
                                      "Inspektur Kabupaten Tirta Wangi."), start=1):
            paragraph = self.para(f"{index}.\t{text}")
            d.indent(paragraph, 6, 6, (6,))

    def lampiran(self) -> None:
        for line in ("LAMPIRAN", "KEPUTUSAN " + JABATAN, "NOMOR : 188.4/27/KPTS/435.106/2025",
                     "TANGGAL 3 MARET 2025", "TENTANG " + TENTANG):
            self.para(line, left_mm=80)
        for index, (name, rows) in enumerate(zip(SERVICES, (FASILITASI, ASPIRASI))):
            if index:
                d.page_break(self.word)
            self.para()
            self.para("STANDAR PELAYANAN", bold=True, centre=True)
            self.para(name.upper(), bold=True, centre=True)
            self.para()
            self.table(rows)
        self.signature()

    def table(self, rows) -> None:
        table = self.word.add_table(rows=1, cols=3)
        d.borders(table, 6)
        d.repeat_header(table.rows[0])
        for cell, text in zip(table.rows[0].cells, ("NO", "KOMPONEN", "URAIAN")):
            cell.paragraphs[0].add_run(text).bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for group, members in (("A. PENYAMPAIAN LAYANAN", rows[:6]), ("B. PENGELOLAAN PELAYANAN", rows[6:])):
            merged = d.merge_across(table.add_row())
            merged.paragraphs[0].add_run(group).bold = True
            for number, (label, blocks) in enumerate(members, start=1):
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(str(number))
                cells[1].paragraphs[0].add_run(label)
                self.uraian(cells[2], blocks)
        d.widths(table, (10, 45, 100))

    def uraian(self, cell, blocks) -> None:
        first = [True]

        def paragraph():
            if first[0]:
                first[0] = False
                return cell.paragraphs[0]
            return cell.add_paragraph()

        for kind, value in blocks:
            if kind == "p":
                paragraph().add_run(value)
            elif kind == "italic":
                target = paragraph()
                target.add_run(value[0])
                target.add_run(value[1]).italic = True
                target.add_run(value[2])
            elif kind == "lines":
                target = paragraph()
                for index, line in enumerate(value):
                    if index:
                        target.add_run().add_break()
                    target.add_run(line)
            elif kind == "picture":
                self.shapes += 1
                d.picture(paragraph(), _flowchart(), 60, value)
            elif kind == "bullets":
                num_id = self.numbering.add([("bullet", "\uf0b7", 1)], 0, 6, 5)
                for text in value:
                    target = paragraph()
                    target.add_run(text)
                    d.number(target, num_id, 0)
            elif kind == "numbers":
                num_id = self.numbering.add([("decimal", "%1.", 1), ("lowerLetter", "%2)", 1)], 0, 6, 6)
                for text, subs in value:
                    target = paragraph()
                    target.add_run(text)
                    d.number(target, num_id, 0)
                    for sub in subs:
                        inner = paragraph()
                        inner.add_run(sub)
                        d.number(inner, num_id, 1)


def _emblem() -> bytes:
    """A simple shield as PNG (the invented region's emblem)."""
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120"><path d="M5 5h90v60q0 40-45 50q-45-10'
           b'-45-50z" fill="#1a6b3a" stroke="#000" stroke-width="3"/><circle cx="50" cy="50" r="18" fill="#f2c400"/>'
           b'</svg>')
    import cairosvg

    return cairosvg.svg2png(bytestring=svg, output_width=240)


def _flowchart() -> bytes:
    """A small flowchart picture, as drafters paste one from Visio."""
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160"><rect x="50" y="5" width="100" height="30" '
           b'rx="15" fill="#fff" stroke="#000"/><rect x="50" y="65" width="100" height="30" fill="#fff" stroke="#000"/>'
           b'<rect x="50" y="125" width="100" height="30" rx="15" fill="#fff" stroke="#000"/>'
           b'<path d="M100 35v30M100 95v30" stroke="#000"/></svg>')
    import cairosvg

    return cairosvg.svg2png(bytestring=svg, output_width=400)


def draft() -> bytes:
    """The DOCX bytes of the Tirta Wangi decree."""
    return HouseDraft().write()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "kpts-setwan-27-2025.docx").write_bytes(draft())
    print(out / "kpts-setwan-27-2025.docx")
