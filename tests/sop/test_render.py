"""Seed 004's SOP rendered to HTML, PDF and DOCX; the fixture SOP's decisions in all three."""

from __future__ import annotations

import re
import zipfile

import pdfplumber

HEADERS = ("No", "Uraian Kegiatan", "Pelaksana", "Kabag", "Kasubag", "Staf", "Mutu Baku", "Kelengkapan", "Waktu",
           "Output", "Keterangan")


def test_html_is_the_official_form(lumajang_build):
    html = (lumajang_build / "sop" / "koordinasi-kegiatan-pimpinan.html").read_text()
    head = html[html.index("<thead>"):html.index("</thead>")]
    assert re.findall(r"<th [^>]*>([^<]+)</th>", head) == ["No", "Uraian Kegiatan", "Pelaksana", "Mutu Baku",
                                                           "Keterangan", "Kabag", "Kasubag", "Staf",
                                                           "Kelengkapan", "Waktu", "Output"]
    assert len(re.findall(r'<tr id="kegiatan-\d+">', html)) == 11
    symbols = re.findall(r'aria-label="(Mulai|Proses|Selesai|Keputusan): (\w+)"', html)
    assert symbols[0] == ("Mulai", "Kabag") and symbols[-1] == ("Selesai", "Kasubag") and len(symbols) == 11
    assert "Nomor SOP" in html and "Disahkan oleh" in html and "Pencatatan dan Pendataan" in html


def _connectors(page) -> list[str]:
    """The numbers printed in the performers' columns (off-page connectors) of a flow-table page."""
    words = page.extract_words()
    left = min(w["x0"] for w in words if w["text"] == "Kabag")
    right = max(w["x1"] for w in words if w["text"] == "Staf")
    return [w["text"] for w in words if w["text"].isdigit() and left - 5 < w["x0"] < right + 5]


def test_pdf_prints_identity_then_the_flow_table_with_a_connector_across_the_page_break(lumajang_build):
    with pdfplumber.open(lumajang_build / "sop" / "koordinasi-kegiatan-pimpinan.pdf") as pdf:
        pages = [page.extract_text() for page in pdf.pages]
        landscape = all(page.width > page.height for page in pdf.pages)
        connectors = [_connectors(page) for page in pdf.pages[1:]]
    assert landscape and "Nomor SOP" in pages[0] and "Uraian Kegiatan" not in pages[0]
    text = "\n".join(pages[1:])
    assert all(header in text for header in HEADERS)
    assert "Distribusi SOP" in text and "Perinjauan" in text and "Koreksi dan Revisi SOP Protokol" in text
    assert len(connectors) == 2 and connectors == [["1"], ["1"]]  # leaving page 2, entering page 3


def test_docx_holds_identity_and_flow_tables_with_a_picture_per_drawn_cell(lumajang_build):
    with zipfile.ZipFile(lumajang_build / "sop" / "koordinasi-kegiatan-pimpinan.docx") as package:
        document = package.read("word/document.xml").decode()
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document)
    assert all(header in texts for header in HEADERS)
    assert "Nomor SOP" in texts and "KOORDINASI KEGIATAN KEDINASAN PIMPINAN DAERAH" in texts
    assert document.count("<w:tblHeader/>") == 2 and 'w:orient="landscape"' in document
    assert len(re.findall(r'descr="(?:Mulai|Proses|Selesai): ', document)) == 11
    assert len(media) >= 12  # the emblem and the drawn performer cells


def test_the_fixture_sops_decisions_render_in_every_format(fixture_build):
    html = (fixture_build / "sop" / "permohonan-cuti.html").read_text()
    assert len(re.findall(r'aria-label="Keputusan: ', html)) == 2
    assert len(re.findall(r">Ya</text>", html)) == 2 and len(re.findall(r">Tidak</text>", html)) == 2
    with pdfplumber.open(fixture_build / "sop" / "permohonan-cuti.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Kabag menyetujui cuti?" in text and "NIP. 19750101 200003 2 001" in text
    with zipfile.ZipFile(fixture_build / "sop" / "permohonan-cuti.docx") as package:
        document = package.read("word/document.xml").decode()
    assert len(re.findall(r'descr="Keputusan: ', document)) == 2
