"""Lists as drafters write them, in Word: every bullet is a Word bullet printing that very character, a flat-written
lettered or bullet list sits one level under its numbered item, a continuing paragraph stays at its item's text,
and LibreOffice prints the same markers."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pytest
from lxml import etree

from sk_builder.render.docx import oxml
from sk_builder.render.docx.blocks import Flow, UraianWriter
from sk_builder.render.docx.numbering import ListFormat, list_format, runs
from sk_builder.render.docx.package import finish, new_document
from sk_builder.text.penanda import BULLETS
from tests.office import office_pdfs
from tests.render.docx_reading import numbered_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TEXT = """\
1. Persyaratan administrasi:
a. surat permohonan;
b. KTP-el pemilik usaha;
2. Persyaratan teknis:
▪ hasil uji laboratorium sampel pangan;
▪ sertifikat kursus penjamah pangan.

  Sertifikat kursus tidak diperlukan bila penjamah telah mengikuti kursus.
3. Sarana:
   • komputer;
     – printer; dan
   • kendaraan operasional."""


def docx_of(text: str) -> bytes:
    document = new_document()
    UraianWriter(oxml.Numbering(document)).text(Flow(document, "Normal"), text)
    return finish(document)


@pytest.fixture(scope="module")
def written() -> bytes:
    return docx_of(TEXT)


def _body(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml")), etree.fromstring(package.read("word/numbering.xml"))


@pytest.mark.parametrize("bullet", list(BULLETS))
def test_every_bullet_is_a_word_bullet_of_that_character(bullet):
    assert list_format(bullet) == ListFormat("bullet", bullet, 1)
    assert [(f.text, n) for f, n in runs([bullet] * 3)] == [(bullet, 3)]  # one list, not one per item


def test_another_bullet_is_another_list():
    assert [(f.text, n) for f, n in runs(["▪", "▪", "•"])] == [("▪", 2), ("•", 1)]


def test_markers_print_as_written_at_their_levels(written):
    labelled = [(label, text) for label, text in numbered_paragraphs(written) if text]
    assert labelled == [
        ("1.", "Persyaratan administrasi:"), ("a.", "surat permohonan;"), ("b.", "KTP-el pemilik usaha;"),
        ("2.", "Persyaratan teknis:"), ("▪", "hasil uji laboratorium sampel pangan;"),
        ("▪", "sertifikat kursus penjamah pangan."),
        ("", "Sertifikat kursus tidak diperlukan bila penjamah telah mengikuti kursus."),
        ("3.", "Sarana:"), ("•", "komputer;"), ("–", "printer; dan"), ("•", "kendaraan operasional.")]
    body, _ = _body(written)
    levels = {"".join(p.itertext()): p.find(f"{W}pPr/{W}numPr/{W}ilvl") for p in body.iter(f"{W}p")}
    depth = {text: int(ilvl.get(f"{W}val")) for text, ilvl in levels.items() if ilvl is not None}
    assert [depth[t] for t in ("Persyaratan teknis:", "surat permohonan;", "hasil uji laboratorium sampel pangan;",
                               "komputer;", "printer; dan")] == [0, 1, 1, 1, 2]


def test_a_continuing_paragraph_stands_at_its_items_text(written):
    body, numbering = _body(written)
    paragraphs = {"".join(p.itertext()): p for p in body.iter(f"{W}p")}
    item = paragraphs["sertifikat kursus penjamah pangan."].find(f"{W}pPr/{W}numPr")
    num_id, ilvl = item.find(f"{W}numId").get(f"{W}val"), item.find(f"{W}ilvl").get(f"{W}val")
    abstract_id = numbering.find(f"{W}num[@{W}numId='{num_id}']/{W}abstractNumId").get(f"{W}val")
    ind = numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']/{W}lvl[@{W}ilvl='{ilvl}']/{W}pPr/{W}ind")
    continuing = paragraphs["Sertifikat kursus tidak diperlukan bila penjamah telah mengikuti kursus."]
    assert continuing.find(f"{W}pPr/{W}numPr") is None
    assert continuing.find(f"{W}pPr/{W}ind").get(f"{W}left") == ind.get(f"{W}left")


def test_libreoffice_prints_the_bullets_as_written(written, tmp_path):
    source = tmp_path / "daftar.docx"
    source.write_bytes(written)
    pdf = office_pdfs(source, work=tmp_path)[0]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for expected in ("a. surat permohonan;", "▪ hasil uji laboratorium sampel pangan;", "• komputer;",
                     "– printer; dan", "3. Sarana:"):
        assert expected in lines, expected
