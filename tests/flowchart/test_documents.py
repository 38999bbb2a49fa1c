"""A standard with a branching procedure chart, built to HTML, PDF and DOCX (tests/flowchart/sumber)."""

from __future__ import annotations

import re
import zipfile

import pdfplumber

BOXES = ("a. Pemohon menyerahkan", "b. Berkas lengkap?", "c. Kepala Bagian memproses", "e. Berkas dikembalikan",
         "Mulai", "Selesai", "Ya", "Tidak")


def _svg_texts(html: str) -> str:
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", html))


def test_html_draws_the_chart_in_the_uraian_cell_then_the_lettered_explanations(fixture_build):
    html = (fixture_build / "standar" / "izin-keramaian.html").read_text()
    cell = html[html.index('id="izin-keramaian-prosedur"'):html.index('id="izin-keramaian-jangka_waktu"')]
    assert cell.count('<figure class="bagan"') == 1 and "Alur Rekomendasi Izin Keramaian" in cell
    texts = _svg_texts(cell)
    assert all(box in texts for box in BOXES)
    explanations = re.findall(r'<span class="penanda">([a-e]\.)</span><div class="isi"><p>([^<]*)', cell)
    assert [m for m, _ in explanations] == ["a.", "b.", "c.", "d.", "e."]
    assert explanations[1][1] == "Petugas memeriksa kelengkapan berkas sesuai persyaratan."


def test_the_decree_prints_the_same_chart_in_its_lampiran(fixture_build):
    html = (fixture_build / "sekda-1-2025.html").read_text()
    assert all(box in _svg_texts(html) for box in BOXES)


def test_pdf_prints_the_chart_as_real_text(fixture_build):
    with pdfplumber.open(fixture_build / "standar" / "izin-keramaian.pdf") as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
        sizes = {round(c["size"], 1) for page in pdf.pages for c in page.chars if c["text"] == "M"}
    squeezed = re.sub(r"\s+", "", text)  # the SVG's words are placed one by one, without space glyphs
    for box in BOXES:
        assert box.replace(" ", "") in squeezed
    assert 9.0 in sizes  # the box text, at three quarters of the body size


def test_docx_holds_the_chart_as_a_picture_referenced_from_the_document(fixture_build):
    with zipfile.ZipFile(fixture_build / "standar" / "izin-keramaian.docx") as package:
        media = [n for n in package.namelist() if re.fullmatch(r"word/media/[^/]+\.png", n)]
        rels = package.read("word/_rels/document.xml.rels").decode()
        document = package.read("word/document.xml").decode()
    assert media
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="(media/[^"]+)"', rels)
                   + [(i, t) for t, i in re.findall(r'Target="(media/[^"]+)"[^>]*Id="(rId\d+)"', rels)])
    embedded = set(re.findall(r'r:embed="(rId\d+)"', document))
    assert {"word/" + targets[r] for r in embedded if r in targets} & set(media)
    assert 'descr="Bagan alur Alur Rekomendasi Izin Keramaian"' in document
    assert "Petugas memeriksa kelengkapan berkas sesuai persyaratan." in document


def test_a_28_step_chart_is_printed_in_parts_each_on_its_own_page(fixture_build):
    html = (fixture_build / "standar" / "bagan-panjang.html").read_text()
    parts = re.findall(r'aria-label="Bagan alur prosedur \(bagian (\d+) dari (\d+)\)"', html)
    count = int(parts[0][1])
    assert count > 1 and [int(n) for n, _ in parts] == list(range(1, count + 1))
    with pdfplumber.open(fixture_build / "standar" / "bagan-panjang.pdf") as pdf:
        pages = [re.sub(r"\s+", "", page.extract_text()) for page in pdf.pages]
    holding = [i for i, text in enumerate(pages) if "Petugasmengerjakan" in text]
    assert len(holding) >= count
    with zipfile.ZipFile(fixture_build / "standar" / "bagan-panjang.docx") as package:
        assert len([n for n in package.namelist() if n.startswith("word/media/")]) == count
