"""The Word reference document (profile ``dokumen_acuan``) checked by its content when the sources load."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document

from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import PROFIL, write_region

MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def plain_docx() -> bytes:
    out = io.BytesIO()
    Document().save(out)
    return out.getvalue()


def rewritten(data: bytes, change) -> bytes:
    """The package with ``change(name, bytes) -> bytes | None`` applied to every part (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            changed = change(name, source.read(name))
            if changed is not None:
                target.writestr(name, changed)
    return out.getvalue()


def _load(tmp_path, data: bytes, name: str = "acuan.docx"):
    region = write_region(tmp_path, **{"profil.yaml": PROFIL + f"dokumen_acuan: {name}\n"})
    (region / name).write_bytes(data)
    return load_project(region)


def _messages(tmp_path, data: bytes, name: str = "acuan.docx") -> list[str]:
    _, report = _load(tmp_path, data, name)
    assert all((d.line, d.code) == (7, "SK133") for d in report.errors), report.errors
    return [d.message for d in report.errors]


def test_a_word_document_is_loaded_with_its_bytes(tmp_path):
    data = plain_docx()
    project, report = _load(tmp_path, data)
    assert not report.errors
    acuan = project.regions[0].acuan
    assert acuan.data == data and acuan.file == "acuan.docx"


def test_a_macro_enabled_document_is_refused_by_name_and_by_content(tmp_path):
    assert "dokumen bermakro ditolak" in _messages(tmp_path / "a", plain_docx(), "acuan.docm")[0]
    macro = rewritten(plain_docx(), lambda n, b: b.replace(MAIN.encode(), MAIN.replace(
        "document.main", "document.macroEnabled.main").encode()) if n == "[Content_Types].xml" else b)
    assert any("bermakro" in m for m in _messages(tmp_path / "b", macro))
    vba = io.BytesIO(plain_docx())
    with zipfile.ZipFile(vba, "a") as package:
        package.writestr("word/vbaProject.bin", b"\0" * 10)
    assert any("makro (vbaProject)" in m for m in _messages(tmp_path / "c", vba.getvalue()))


@pytest.mark.parametrize("data, said", [
    (b"bukan zip sama sekali", "bukan berkas DOCX"),
    (rewritten(plain_docx(), lambda n, b: b.replace(b"<w:styles ", b'<!DOCTYPE x [<!ENTITY a "b">]><w:styles ', 1)
               if n == "word/styles.xml" else b), "DOCTYPE/ENTITY"),
    (rewritten(plain_docx(), lambda n, b: None if n == "word/document.xml" else b), "word/document.xml tidak ada"),
])
def test_damaged_or_unsafe_packages_are_refused(tmp_path, data, said):
    assert any(said in m for m in _messages(tmp_path, data)), _messages(tmp_path, data)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain_docx())) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for name in source.namelist():
            bomb.writestr(name, source.read(name))
        bomb.writestr("word/media/besar.bin", b"\0" * 70_000_000)
    assert any("bom zip" in m for m in _messages(tmp_path, out.getvalue()))


def test_a_link_to_a_file_outside_the_document_is_refused_and_web_links_are_not(tmp_path):
    picture = ('<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'image" Target="file:///C:/kop.png" TargetMode="External"/>')
    web = ('<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'hyperlink" Target="https://contoh.go.id" TargetMode="External"/>')

    def linked(extra):
        return rewritten(plain_docx(), lambda n, b: b.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
                         if n == "word/_rels/document.xml.rels" else b)

    assert _messages(tmp_path / "a", linked(web)) == []
    [message] = _messages(tmp_path / "b", linked(picture))
    assert "menaut ke berkas di luar dokumen (file:///C:/kop.png)" in message


def test_a_missing_or_outside_reference_is_a_file_error(tmp_path):
    region = write_region(tmp_path / "a", **{"profil.yaml": PROFIL + "dokumen_acuan: acuan.docx\n"})
    _, report = load_project(region)
    assert [(d.line, d.code) for d in report.errors] == [(7, "SK110")]
    (tmp_path / "luar.docx").write_bytes(plain_docx())
    region = write_region(tmp_path / "b", **{"profil.yaml": PROFIL + "dokumen_acuan: ../../luar.docx\n"})
    _, report = load_project(region)
    assert [(d.line, d.code) for d in report.errors] == [(7, "SK111")]


def test_an_sk_style_of_the_wrong_kind_is_refused(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    document = Document()
    document.styles.add_style("SK Judul", WD_STYLE_TYPE.CHARACTER)
    out = io.BytesIO()
    document.save(out)
    assert _messages(tmp_path, out.getvalue()) == [
        'dokumen_acuan "acuan.docx": gaya "SK Judul" harus gaya paragraf, seperti yang dipakai DOCX']
