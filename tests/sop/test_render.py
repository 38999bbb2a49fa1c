"""Seed 004's SOP rendered to HTML, PDF and DOCX; the fixture SOP's decisions in all three."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from sk_builder.jobs import plan
from sk_builder.page import PageSpec
from sk_builder.sop.docx import TABLE_SIZE, page_breaks
from sk_builder.sop.document import with_page_breaks
from sk_builder.sop.render import document_of
from sk_builder.sop.svg import cell_svg
from sk_builder.sources.loader import load_or_fail
from tests.flowchart.built import LUMAJANG
from tests.office import office_pdfs

MM = 25.4 / 72

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
    assert document.count("<w:tblHeader/>") == 4 and 'w:orient="landscape"' in document  # a flow table per page
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


@pytest.fixture(scope="module")
def lumajang_office(lumajang_build, tmp_path_factory) -> Path:
    """Seed 004's SOP DOCX laid out by LibreOffice."""
    source = lumajang_build / "sop" / "koordinasi-kegiatan-pimpinan.docx"
    return office_pdfs(source, work=tmp_path_factory.mktemp("lo-sop"))[0]


def test_docx_flow_table_is_cut_into_pages_joined_by_numbered_connectors(lumajang_build, lumajang_office):
    """Word breaks pages where it likes; the DOCX cuts the flow table itself, one table per page with its header
    rows, and the flow leaves and enters the cut through connector 1, drawn in the cells' pictures."""
    project, _ = load_or_fail(LUMAJANG)
    job = next(job for job in plan(project) if job.kind == "sop")
    doc = document_of(job.region, job.sop)
    size = job.region.profil.huruf.ukuran * TABLE_SIZE
    breaks = page_breaks(doc, PageSpec.of(job.region.profil, landscape=True), size)
    with pdfplumber.open(lumajang_office) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
    assert len(pages) == 2 + len(breaks) and all("Uraian Kegiatan" in page for page in pages[1:])
    for page, number in zip(pages[2:], breaks):  # each cut starts its page, below the header rows
        assert re.search(rf"Output\s*\n{number} ", page), page[:300]
    with zipfile.ZipFile(lumajang_build / "sop" / "koordinasi-kegiatan-pimpinan.docx") as package:
        document = package.read("word/document.xml").decode()
    assert document.count("<w:tblHeader/>") == 2 * (1 + len(breaks))
    joined = with_page_breaks(doc, breaks)
    before, after = joined.rows[breaks[0] - 2], joined.rows[breaks[0] - 1]
    exits = [cell_svg(c, doc.font, 30.0) for c in before.cells if c.exit]
    entries = [cell_svg(c, doc.font, 30.0) for c in after.cells if c.entry]
    assert len(exits) == len(entries) == 1 and all(">1</text>" in svg for svg in exits + entries)


def test_docx_lines_meet_at_every_row_border(lumajang_office):
    """Each performer cell's picture fills its row from border to border, so the flow's lines run on unbroken."""
    with pdfplumber.open(lumajang_office) as pdf:
        for page in pdf.pages[1:]:
            rules = sorted({round(e["top"] * MM, 2) for e in page.edges if e["orientation"] == "h"})
            pictures = [(i["top"] * MM, i["bottom"] * MM) for i in page.images]
            assert pictures
            for top, bottom in pictures:
                assert min(abs(top - r) for r in rules) < 0.3, (top, rules)
                assert min(abs(bottom - r) for r in rules) < 0.3, (bottom, rules)
