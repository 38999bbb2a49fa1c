"""The archival PDF: PDF/A-3b identification and output intent, the source records attached, a PDF/UA-1 tag tree.

What is checked here is the structure a validator looks at first (read with pikepdf); a full veraPDF run is not
possible on this machine (see README, "Exports").
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sk_builder.ekspor import arsip

pikepdf = pytest.importorskip("pikepdf")


@pytest.fixture(scope="module")
def rendered(sembada):
    region = sembada.regions[0]
    decree = next(d for d in region.decrees if d.id == "bupati-2025")
    return region, decree, arsip.archival_pdf(region, decree)


@pytest.fixture(scope="module")
def pdf(rendered, tmp_path_factory):
    path = tmp_path_factory.mktemp("arsip") / "bupati-2025.pdf"
    path.write_bytes(rendered[2])
    with pikepdf.open(path) as document:
        yield document


def _elements(node, found: list) -> list:
    """Every structure element under ``node`` in reading order: (type, element)."""
    found.append((str(node.get("/S")), node))
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            _elements(kid, found)
    return found


@pytest.fixture(scope="module")
def tags(pdf):
    return _elements(pdf.Root.StructTreeRoot.K[0], [])


def test_identified_as_pdf_a_3b_and_pdf_ua_1(pdf):
    assert pdf.pdf_version == "1.7"
    xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert 'pdfuaid:part="1"' in xmp and "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in xmp
    assert "Keputusan Bupati Sembada Nomor 470/35/Kep/2025 tentang Standar" in xmp  # dc:title: no "Tahun" added
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1" and int(intent.DestOutputProfile.N) == 3


def test_source_records_attached_byte_for_byte(rendered, pdf):
    region, decree, _ = rendered
    attached = {name: bytes(spec.get_file().read_bytes()) for name, spec in pdf.attachments.items()}
    expected = {name: Path(path).read_bytes() for name, path in arsip.sources_of(region, decree)}
    assert attached == expected
    assert set(expected) == {"profil.yaml", "keputusan/bupati-2025.yaml", "standar/akta-kelahiran.yaml",
                             "standar/ktp-el.yaml"}
    assert {str(spec.get("/AFRelationship")) for spec in pdf.Root.AF} == {"/Source"}


def test_document_language_title_and_marking(pdf):
    assert str(pdf.Root.Lang) == "id"
    assert bool(pdf.Root.MarkInfo.Marked) and bool(pdf.Root.ViewerPreferences.DisplayDocTitle)


def test_headings_tables_lists_in_the_tag_tree(tags):
    kinds = Counter(kind for kind, _ in tags)
    assert kinds["/H1"] == 1 and kinds["/H2"] >= 1 and kinds["/H3"] >= 2
    assert kinds["/Table"] >= 2 and kinds["/TH"] >= 2 * 3 and kinds["/TD"] >= 2 * 14
    assert kinds["/L"] >= 2 and kinds["/LI"] >= 5
    tables = [element for kind, element in tags if kind == "/Table"]
    standards = [table for table in tables if any(kind == "/TH" for kind, _ in _elements(table, []))]
    assert len(standards) >= 2  # the standards' tables, one element per page they span (layout tables have no TH)
    cells = [element for table in standards for kind, element in _elements(table, []) if kind == "/TD"]
    assert len(cells) >= 2 * 14 and all(len(cell.A.Headers) >= 2 for cell in cells)  # column and row header


def test_emblem_and_chart_have_alternate_text(tags):
    figures = [str(element.Alt) for kind, element in tags if kind == "/Figure"]
    assert "Lambang Kabupaten Sembada" in figures
    assert "Bagan alur Alur Penerbitan Akta" in figures


def test_the_same_records_give_the_same_bytes(rendered):
    region, decree, data = rendered
    assert arsip.archival_pdf(region, decree) == data


def test_titled_charts_escapes_nothing_twice():
    html = '<p><svg class="bagan-gambar" role="img" aria-label="A &amp; B &lt;c&gt;" width="1"><g/></svg></p>'
    assert arsip.titled_charts(html) == ('<p><svg class="bagan-gambar" role="img" aria-label="A &amp; B &lt;c&gt;" '
                                         'width="1"><title>A &amp; B &lt;c&gt;</title><g/></svg></p>')
