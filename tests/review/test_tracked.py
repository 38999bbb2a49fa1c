"""The tracked-changes DOCX: real w:ins/w:del with author and date, both texts kept, opened by LibreOffice."""

import datetime as dt
import io
import zipfile
from xml.etree import ElementTree as ET

import pdfplumber
import pytest

from sk_builder.review.canonical import project_texts
from sk_builder.review.tracked import render_docx
from sk_builder.sources.loader import load_or_fail

from tests.office import office_pdfs

from .conftest import NEW, OLD

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATE = dt.date(2024, 5, 2)


@pytest.fixture(scope="module")
def docx_bytes(pair_report):
    return render_docx(pair_report, "Tim Penelaah", DATE)


def _body(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return ET.fromstring(package.read("word/document.xml")).find(f"{W}body")


def _paragraphs(data: bytes, accept: bool) -> list[str]:
    """Paragraph texts after accepting (or rejecting) every change."""
    drop, keep = (f"{W}del", f"{W}ins") if accept else (f"{W}ins", f"{W}del")
    texts = []
    for paragraph in _body(data).iter(f"{W}p"):
        mark = paragraph.find(f"{W}pPr/{W}rPr")
        if mark is not None and mark.find(drop) is not None:
            continue
        text = ""
        for element in paragraph:
            if element.tag == drop:
                continue
            for node in element.iter():
                if node.tag in (f"{W}t", f"{W}delText"):
                    text += node.text or ""
        texts.append(text)
    return texts


def _lines(root, region, kind, doc_id, part):
    project, _ = load_or_fail(root)
    doc = next(d for d in project_texts(project) if (d.region, d.kind, d.id) == (region, kind, doc_id))
    lines = next(p.lines for p in doc.parts if p.key == part)
    return [line.render(indent="") for line in lines]


def test_changes_carry_author_and_date(docx_bytes):
    body = _body(docx_bytes)
    marks = list(body.iter(f"{W}ins")) + list(body.iter(f"{W}del"))
    assert marks and all(m.get(f"{W}author") == "Tim Penelaah" for m in marks)
    assert all(m.get(f"{W}date") == "2024-05-02T00:00:00Z" for m in marks)
    assert len({m.get(f"{W}id") for m in marks}) == len(marks)
    deleted = "".join(n.text for n in body.iter(f"{W}delText"))
    inserted = "".join(t.text for m in body.iter(f"{W}ins") for t in m.iter(f"{W}t"))
    assert "Petugas memeriksa kelengkapan surat;" in deleted and "tiga" in deleted
    assert "setelah permohonan diterima" in inserted and "Standar Pelayanan Legalisasi Dokumen." in inserted


def test_accepting_gives_the_new_text_and_rejecting_the_old(docx_bytes):
    accepted, rejected = _paragraphs(docx_bytes, True), _paragraphs(docx_bytes, False)
    for root, texts in ((NEW, accepted), (OLD, rejected)):
        for kind, doc_id, part in (("standar", "persuratan", "prosedur"), ("keputusan", "sekda-5-2024", "mengingat"),
                                   ("keputusan", "sekda-5-2024", "diktum")):
            lines = _lines(root, "kota-contoh", kind, doc_id, part)
            start = texts.index(lines[0])
            assert texts[start:start + len(lines)] == lines
    assert "2 (dua) hari kerja setelah permohonan diterima." in accepted
    assert "3 (tiga) hari kerja." in rejected and "3 (tiga) hari kerja." not in accepted
    assert "Dokumen asli dan fotokopi yang akan dilegalisasi." not in rejected


def test_same_report_same_bytes(pair_report, docx_bytes):
    assert render_docx(pair_report, "Tim Penelaah", DATE) == docx_bytes
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "2024-05-02T00:00:00Z" in core and "Tim Penelaah" in core


def test_without_date_no_date_is_stamped(pair_report):
    data = render_docx(pair_report)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = package.read("docProps/core.xml").decode()
    assert "dcterms:created" not in core and "w:date" not in package_text(data)


def package_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml").decode()


def test_libreoffice_shows_both_texts_as_changes(docx_bytes, tmp_path):
    source = tmp_path / "perubahan.docx"
    source.write_bytes(docx_bytes)
    with pdfplumber.open(office_pdfs(source, work=tmp_path)[0]) as pdf:
        words = [w for page in pdf.pages for w in page.extract_words(extra_attrs=["non_stroking_color"])]
    black = (0.0, 0.0, 0.0)

    def colours(text):
        return {tuple(w["non_stroking_color"] or ()) for w in words if text in w["text"]}

    # Added and removed words are both printed, in the colour LibreOffice gives the change's author
    # (it underlines insertions and strikes deletions through); kept words stay black.
    for changed in ("setelah", "diterima", "kelengkapan", "Legalisasi", "tiga"):
        assert colours(changed) - {black}, changed
    assert colours("penyelenggara") == {black}
