"""A decree written after the importer, to measure it on a style it was not written from.

Kabupaten Lembah Hijau's population office (an invented region) types its decree with spaces
instead of tabs ("Menimbang : a. bahwa"), its kop in the page header as plain paragraphs, the
services of the diktum numbered 1., 2., the signature in a two-column table, the lampiran
header in a table ("LAMPIRAN :" | lines), component numbers as "I."/"II." group rows with an
English gloss, a row that is not a component ("Maklumat Pelayanan"), a standard split over two
tables at a page, hyperlinks, and nested items typed "a)" after a tab. Its expected records are
in ``expected/kabupaten-lembah-hijau``, written by hand before the first import; the figures of
the first import are recorded in README ("Memulai dari keputusan yang sudah ada").

Run ``python tests/impor/held_out.py OUT`` to write the file for a look in LibreOffice.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    import types

    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    sys.modules["tests"] = types.ModuleType("tests")
    sys.modules["tests"].__path__ = [str(ROOT / "tests")]

from tests.impor import drafting as d  # noqa: E402

EXPECTED = Path(__file__).resolve().parent / "expected" / "kabupaten-lembah-hijau"
JABATAN = "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN LEMBAH HIJAU"
SERVICES = ("Penerbitan Kartu Keluarga", "Penerbitan Akta Kelahiran")
KK = [
    ("Persyaratan", ["a)\tFormulir permohonan F-1.02;", "b)\tKartu Keluarga lama; dan",
                     "c)\tsurat keterangan pindah bagi penduduk pendatang."]),
    ("Sistem, Mekanisme, dan Prosedur", ["1. Pemohon mengambil nomor antrean;",
                                         "2. Petugas memeriksa berkas:", "\ta) berkas lengkap diproses;",
                                         "\tb) berkas tidak lengkap dikembalikan;",
                                         "3. Kartu Keluarga dicetak dan diserahkan kepada pemohon."]),
    ("Jangka Waktu Pelayanan", ["1 (satu) hari kerja."]),
    ("Biaya/Tarif", ["Gratis (tidak dipungut biaya)."]),
    ("Produk Pelayanan", ["Kartu Keluarga."]),
    ("Penanganan Pengaduan, Saran dan Masukan/Apresiasi",
     ["Layanan pengaduan: LINK:https://lapor.lembahhijaukab.go.id", "Pos-el: disdukcapil@lembahhijaukab.go.id"]),
    ("Maklumat Pelayanan", ["Kami siap melayani dengan sepenuh hati."]),
    ("Dasar Hukum", ["1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 "
                     "tentang Administrasi Kependudukan;",
                     "2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                     "Penduduk dan Pencatatan Sipil."]),
    ("Sarana, Prasarana, dan/atau Fasilitas", ["Ruang tunggu, komputer, printer kartu, mesin antrean."]),
    ("Kompetensi Pelaksana", ["Memahami administrasi kependudukan."]),
    ("Pengawasan Internal", ["Kepala Bidang Pelayanan Pendaftaran Penduduk."]),
    ("Jumlah Pelaksana", ["5 (lima) orang."]),
    ("Jaminan Pelayanan", ["Pelayanan diberikan sesuai standar."]),
    ("Jaminan Keamanan dan Keselamatan Pelayanan", ["Data kependudukan dijaga kerahasiaannya."]),
    ("Evaluasi Kinerja Pelaksana", ["Survei kepuasan masyarakat setiap semester."]),
]
AKTA = [
    ("Persyaratan", ["a)\tsurat keterangan kelahiran dari rumah sakit atau bidan;", "b)\tKartu Keluarga orang tua."]),
    ("Sistem, Mekanisme, dan Prosedur", ["1. Pemohon menyerahkan berkas;", "2. Petugas mencatat kelahiran;",
                                         "3. Akta dicetak."]),
    ("Jangka Waktu Pelayanan", ["1 (satu) hari kerja."]),
    ("Biaya/Tarif", ["Gratis (tidak dipungut biaya)."]),
    ("Produk Pelayanan", ["Kutipan Akta Kelahiran."]),
    ("Penanganan Pengaduan, Saran dan Masukan/Apresiasi", ["Kotak pengaduan di ruang pelayanan."]),
    ("Dasar Hukum", ["Undang-Undang Nomor 24 Tahun 2013."]),
    ("Sarana, Prasarana, dan/atau Fasilitas", ["Ruang tunggu dan komputer."]),
    ("Kompetensi Pelaksana", ["Memahami pencatatan sipil."]),
    ("Pengawasan Internal", ["Kepala Bidang Pelayanan Pencatatan Sipil."]),
    ("Jumlah Pelaksana", ["3 (tiga) orang."]),
    ("Jaminan Pelayanan", ["Akta terbit pada hari yang sama."]),
    ("Jaminan Keamanan dan Keselamatan Pelayanan", ["Blangko akta disimpan di lemari terkunci."]),
    ("Evaluasi Kinerja Pelaksana", ["Survei kepuasan masyarakat setiap semester."]),
]


class HeldOut:
    """Writes the Lembah Hijau decree."""

    def __init__(self):
        self.word = Document()
        normal = self.word.styles["Normal"]
        normal.font.name, normal.font.size = "Times New Roman", Pt(12)
        normal.paragraph_format.space_after = Pt(0)
        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(215), Mm(330)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(25), Mm(20)

    def para(self, text="", bold=False, centre=False, container=None):
        paragraph = (container or self.word).add_paragraph()
        if text:
            paragraph.add_run(text).bold = bold or None
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def write(self) -> bytes:
        header = self.word.sections[0].header
        first = header.paragraphs[0]
        d.picture(first, d.png_of_svg(ROOT / "sources" / "kabupaten-lumajang" / "lambang.svg"), 18, "Lambang")
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text, bold in (("PEMERINTAH KABUPATEN LEMBAH HIJAU", False),
                           ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", True),
                           ("Jalan Merdeka Nomor 4, Lembah Hijau 68111, Telepon (0331) 777100", False)):
            self.para(text, bold, True, header)
        d.bottom_rule(header.paragraphs[-1])
        for line in ("KEPUTUSAN " + JABATAN, "NOMOR 470/112/KPTS/2024", "TENTANG",
                     "STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN", "", JABATAN + ","):
            self.para(line, bold=bool(line), centre=True)
        self.typed("Menimbang", ["a.", "b."], [
            "bahwa untuk menjamin kepastian pelayanan administrasi kependudukan perlu ditetapkan standar pelayanan;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala "
            "Dinas tentang Standar Pelayanan Administrasi Kependudukan;"])
        self.typed("Mengingat", ["1.", "2."], [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang "
            "Pedoman Standar Pelayanan."])
        self.para("MEMUTUSKAN:", bold=True, centre=True)
        self.para("Menetapkan : KEPUTUSAN KEPALA DINAS TENTANG STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN.")
        self.para("KESATU : Menetapkan Standar Pelayanan Administrasi Kependudukan sebagaimana tercantum dalam Lampiran.")
        self.para("KEDUA : Standar Pelayanan sebagaimana dimaksud dalam diktum KESATU terdiri atas:")
        for index, name in enumerate(SERVICES, start=1):
            self.para(f"             {index}. Standar Pelayanan {name}" + ("; dan" if index == 1 else "."))
        self.para("KETIGA : Keputusan ini mulai berlaku sejak tanggal ditetapkan.")
        self.signature()
        self.para().add_run().add_break(WD_BREAK.PAGE)
        self.lampiran()
        out = io.BytesIO()
        self.word.save(out)
        return out.getvalue()

    def typed(self, label: str, markers: list[str], texts: list[str]) -> None:
        for index, (marker, text) in enumerate(zip(markers, texts)):
            lead = f"{label} : " if index == 0 else " " * (len(label) + 3)
            self.para(f"{lead}{marker} {text}")

    def signature(self) -> None:
        table = self.word.add_table(rows=1, cols=2)
        d.borders(table, None)
        cell = table.rows[0].cells[1]
        lines = ("Ditetapkan di Lembah Hijau", "pada tanggal 20 Mei 2024", "KEPALA DINAS,", "", "", "SITI RAHAYU, S.H.",
                 "Pembina Tingkat I", "NIP 19750315 200003 2 004")
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            if line:
                paragraph.add_run(line).bold = line.isupper() or None
        d.widths(table, (80, 90))

    def lampiran(self) -> None:
        table = self.word.add_table(rows=1, cols=2)
        d.borders(table, None)
        table.rows[0].cells[0].paragraphs[0].add_run("LAMPIRAN :")
        cell = table.rows[0].cells[1]
        for index, line in enumerate(("KEPUTUSAN " + JABATAN, "NOMOR 470/112/KPTS/2024",
                                      "TENTANG STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN")):
            (cell.paragraphs[0] if index == 0 else cell.add_paragraph()).add_run(line)
        d.widths(table, (30, 140))
        for index, (name, rows) in enumerate(zip(SERVICES, (KK, AKTA))):
            if index:
                self.para().add_run().add_break(WD_BREAK.PAGE)
            self.para()
            self.para(f"STANDAR PELAYANAN {name.upper()}", bold=True, centre=True)
            self.table(rows, split=index == 0)

    def table(self, rows, split: bool) -> None:
        table = self._new_table()
        extra = [r for r in rows if r[0] == "Maklumat Pelayanan"]
        body = [r for r in rows if r[0] != "Maklumat Pelayanan"]
        first, second = body[:6], body[6:]
        for label, members in (("I. PENYAMPAIAN LAYANAN (SERVICE DELIVERY)", first),
                               ("II. PENGELOLAAN PELAYANAN (MANUFACTURING)", extra + second)):
            if split and label.startswith("II"):
                self.para().add_run().add_break(WD_BREAK.PAGE)
                table = self._new_table()
            merged = d.merge_across(table.add_row())
            merged.paragraphs[0].add_run(label).bold = True
            number = 0
            for component, lines in members:
                number += component != "Maklumat Pelayanan"
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run("" if component == "Maklumat Pelayanan" else f"{number}.")
                cells[1].paragraphs[0].add_run(component)
                for position, line in enumerate(lines):
                    paragraph = cells[2].paragraphs[0] if position == 0 else cells[2].add_paragraph()
                    if "LINK:" in line:
                        before, url = line.split("LINK:")
                        paragraph.add_run(before)
                        d.hyperlink(paragraph, url, url)
                    else:
                        paragraph.add_run(line)

    def _new_table(self):
        table = self.word.add_table(rows=1, cols=3)
        d.borders(table, 4)
        d.repeat_header(table.rows[0])
        for cell, text in zip(table.rows[0].cells, ("NO", "KOMPONEN", "URAIAN")):
            cell.paragraphs[0].add_run(text).bold = True
        d.widths(table, (12, 48, 110))
        return table


def draft() -> bytes:
    """The DOCX bytes of the Lembah Hijau decree."""
    return HeldOut().write()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "kpts-disdukcapil-112-2024.docx").write_bytes(draft())
    print(out / "kpts-disdukcapil-112-2024.docx")
