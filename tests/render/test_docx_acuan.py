"""The DOCX started from a region's Word reference document: its styles, page and kop; the decree's content as
always; nothing of the reference that could run, fetch, lock or leak; the same bytes for the same inputs."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from sk_builder.build import build
from sk_builder.render.docx import oxml
from tests.fixtures.minimal import PROFIL, write_region

OUT = "dokumen/kota-contoh"


def reference(kop: bool = True, numbering: bool = True) -> bytes:
    """A reference as a drafter saves it from Word: a title style in Arial Narrow, A4 with a 30 mm left margin,
    a kop in the first page's header, some body text, a comment, an attached template and editing restrictions."""
    document = Document()
    oxml.page_setup(document.sections[0], (210, 297), {"top": 15, "bottom": 20, "left": 30, "right": 20}, 8)
    style = document.styles.add_style("SK Judul", WD_STYLE_TYPE.PARAGRAPH)
    style.font.name, style.font.size = "Arial Narrow", Pt(13)
    if kop:
        section = document.sections[0]
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        section.first_page_header.paragraphs[0].add_run("KOP ACUAN DINAS CONTOH")
    document.add_paragraph("Isi acuan yang tidak dipakai.")
    document.add_comment(document.paragraphs[0].runs, text="catatan penyusun", author="Penyusun")
    settings = document.settings.element
    settings.append(parse_xml(f'<w:documentProtection {nsdecls("w")} w:edit="readOnly" w:enforcement="1"/>'))
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    if not numbering:
        data = _without_numbering(data)
    return data


def _without_numbering(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            if name == "word/numbering.xml":
                continue
            part = source.read(name)
            if name == "word/_rels/document.xml.rels":
                part = re.sub(rb'<Relationship [^>]*numbering[^>]*/>', b"", part)
            if name == "[Content_Types].xml":
                part = re.sub(rb'<Override PartName="/word/numbering.xml"[^>]*/>', b"", part)
            target.writestr(name, part)
    return out.getvalue()


def _build(folder: Path, data: bytes) -> Path:
    region = write_region(folder / "src", **{"profil.yaml": PROFIL + "dokumen_acuan: acuan.docx\n"})
    (region / "acuan.docx").write_bytes(data)
    build(region, folder / "out", ("docx",))
    return folder / "out" / OUT


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8") if name in package.namelist() else ""


def _headers(path: Path) -> dict[str, str]:
    """Each header by its kind in the section (first, default)."""
    document = _part(path, "word/document.xml")
    rels = _part(path, "word/_rels/document.xml.rels")
    found = {}
    for kind, r_id in re.findall(r'<w:headerReference w:type="(\w+)" r:id="(\w+)"', document):
        target = re.search(rf'Id="{r_id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{r_id}"', rels)
        found[kind] = _part(path, "word/" + (target.group(1) or target.group(2)))
    return found


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("acuan"), reference())


def test_the_references_styles_are_used_and_the_missing_ones_generated(made):
    styles = _part(made / "kep-12-2024.docx", "word/styles.xml")
    judul = re.search(r'<w:style [^>]*w:styleId="SKJudul".*?</w:style>', styles, re.S).group(0)
    assert 'w:ascii="Arial Narrow"' in judul and '<w:sz w:val="26"/>' in judul  # the reference's, not sk's
    isi = re.search(r'<w:style [^>]*w:styleId="SKIsi".*?</w:style>', styles, re.S).group(0)
    assert 'w:ascii="Bookman Old Style"' in isi and '<w:sz w:val="24"/>' in isi  # generated: the profile's
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S).group(0)
    assert "Bookman" not in normal  # the reference's Normal is left as it is


def test_the_page_is_the_references(made):
    document = _part(made / "kep-12-2024.docx", "word/document.xml")
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in document  # A4, where the profile asks for F4
    assert re.search(r'<w:pgMar [^>]*w:left="1701"', document)  # 30 mm


def test_the_kop_is_the_references_first_page_header_and_its_body_is_gone(made):
    decree = made / "kep-12-2024.docx"
    headers = _headers(decree)
    assert "KOP ACUAN DINAS CONTOH" in headers["first"]
    assert "Pemerintah Kota Contoh".upper() not in headers["first"].upper().replace("KOP ACUAN", "")
    assert "PAGE" in headers["default"]  # the page numbers stand in the other header
    document = _part(decree, "word/document.xml")
    assert "Isi acuan" not in document and "SEKRETARIS DAERAH" in document.upper()


def test_a_standards_extract_has_no_kop(made):
    headers = _headers(made / "standar" / "contoh.docx")
    assert "KOP ACUAN" not in headers.get("first", "")


def test_nothing_that_runs_locks_or_leaks_is_kept(made):
    with zipfile.ZipFile(made / "kep-12-2024.docx") as package:
        names = package.namelist()
        settings = package.read("word/settings.xml").decode()
    assert not [n for n in names if "comment" in n.lower() or "vba" in n.lower() or n == "docProps/custom.xml"]
    assert "documentProtection" not in settings and "attachedTemplate" not in settings


def test_the_same_inputs_make_the_same_bytes(made, tmp_path):
    again = _build(tmp_path, reference())
    assert (again / "kep-12-2024.docx").read_bytes() == (made / "kep-12-2024.docx").read_bytes()


def test_a_reference_without_a_kop_gets_the_generated_one_and_lists_without_numbering_part(tmp_path):
    made = _build(tmp_path, reference(kop=False, numbering=False))
    headers = _headers(made / "kep-12-2024.docx")
    assert "Pemerintah Kota Contoh".upper() in headers["first"].upper()
    numbering = _part(made / "kep-12-2024.docx", "word/numbering.xml")
    assert "<w:abstractNum " in numbering  # the decree's lists are numbered in a part made for them
    assert "<w:numPr>" in _part(made / "kep-12-2024.docx", "word/document.xml")


def test_a_decree_with_a_kop_of_its_own_keeps_it(tmp_path):
    from tests.fixtures.minimal import KEPUTUSAN

    region = write_region(tmp_path / "src", **{
        "profil.yaml": PROFIL + "dokumen_acuan: acuan.docx\n",
        "keputusan/kep-12-2024.yaml": KEPUTUSAN + "kop:\n  baris: [\"Kop keputusan sendiri\"]\n"})
    (region / "acuan.docx").write_bytes(reference())
    build(region, tmp_path / "out", ("docx",))
    headers = _headers(tmp_path / "out" / OUT / "kep-12-2024.docx")
    assert "Kop keputusan sendiri" in headers["first"] and "KOP ACUAN" not in headers["first"]


def test_the_reference_page_is_read_in_millimetres():
    from sk_builder.page import PageSpec
    from sk_builder.render.docx.acuan import reference_page

    document = Document(io.BytesIO(reference()))
    base = PageSpec(215, 330, 20, 25, 30, 20, "- ", " -")
    page = reference_page(document.sections[0], base)
    assert (page.width, page.height, page.top, page.left, page.right) == (210, 297, 15, 30, 20)
    assert page.number_before == "- " and not page.landscape


def test_a_reference_without_normal_or_default_paragraph_font_still_makes_the_decree(tmp_path):
    def without(data: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
            for name in source.namelist():
                part = source.read(name)
                if name == "word/styles.xml":
                    part = re.sub(rb'<w:style [^>]*w:styleId="(Normal|DefaultParagraphFont)".*?</w:style>', b"",
                                  part, flags=re.S)
                target.writestr(name, part)
        return out.getvalue()

    made = _build(tmp_path, without(reference()))
    styles = _part(made / "kep-12-2024.docx", "word/styles.xml")
    assert 'w:styleId="SKIsi"' in styles and 'w:styleId="Normal"' not in styles
    assert "SEKRETARIS DAERAH" in _part(made / "kep-12-2024.docx", "word/document.xml").upper()


def test_a_decree_sk_builder_made_serves_as_the_reference(tmp_path):
    """The workflow README suggests: build the DOCX, change it in Word, save it as the reference."""
    first = tmp_path / "pertama"
    region = write_region(first / "src")
    build(region, first / "out", ("docx",))
    made = (first / "out" / OUT / "kep-12-2024.docx").read_bytes()
    again = _build(tmp_path / "kedua", made)
    decree = again / "kep-12-2024.docx"
    headers = _headers(decree)
    assert "PEMERINTAH KOTA CONTOH" in headers["first"].upper() and "<w:drawing>" in headers["first"]  # its kop
    document = _part(decree, "word/document.xml")
    assert document.count("MEMUTUSKAN") == 1  # the reference's own body is gone, the decree written once
    assert _part(decree, "word/styles.xml").count('w:styleId="SKIsi"') == 1
