"""Malformed and hostile input: a clear Indonesian error, exit status 1, no traceback, nothing written."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document

from sk_builder.cli import main
from sk_builder.impor import safety


def _docx(**parts: bytes) -> bytes:
    """A minimal package with the given parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                                b'package/2006/content-types"/>')
        for name, data in parts.items():
            archive.writestr(name.replace("__", "/").replace("_xml", ".xml"), data)
    return out.getvalue()


def _no_tables() -> bytes:
    document = Document()
    document.add_paragraph("Surat undangan rapat koordinasi.")
    document.add_paragraph("Dengan hormat, kami mengundang Bapak/Ibu untuk hadir.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _ole(encrypted: bool) -> bytes:
    body = "EncryptedPackage".encode("utf-16-le") + b"EncryptionInfo" if encrypted else b"WordDocument"
    return safety.OLE_MAGIC + b"\x00" * 500 + body + b"\x00" * 500


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
                  b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r>'
            b'</w:p></w:body></w:document>')
CASES = {
    "bukan-docx.docx": (lambda: b"Ini hanya teks biasa, bukan dokumen Word.\n", "SK502", "bukan berkas DOCX"),
    "tanpa-tabel.docx": (_no_tables, "SK507", "tidak ada yang dapat diimpor"),
    "sandi.docx": (lambda: _ole(True), "SK503", "dilindungi kata sandi"),
    "lama.doc": (lambda: _ole(False), "SK503", "Word 97-2003"),
    "rusak.docx": (lambda: _docx(word__document_xml=b"<w:document")[:-30], "SK502", ""),
    "entitas.docx": (lambda: _docx(word__document_xml=BILLION_LAUGHS), "SK506", "DOCTYPE/ENTITY"),
    "eksternal.docx": (lambda: _docx(word__document_xml=EXTERNAL), "SK506", "DOCTYPE/ENTITY"),
    "bukan-xml.docx": (lambda: _docx(word__document_xml=b"<w:document><w:body>"), "SK506", "bukan XML yang utuh"),
    "tanpa-dokumen.docx": (lambda: _docx(word__styles_xml=b"<x/>"), "SK502", "word/document.xml tidak ada"),
    "entitas.html": (lambda: b'<!DOCTYPE html [<!ENTITY x "y">]><html><body><h1>&x;</h1></body></html>', "SK506",
                     "ENTITY"),
    "kosong.html": (lambda: b"<html><body><p>Selamat datang.</p></body></html>", "SK507", ""),
}


def _run(paths, target):
    result = CliRunner().invoke(main, ["impor", *map(str, paths), "--ke", str(target)])
    return result, result.output


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_refused_cleanly(name, tmp_path):
    make, code, words = CASES[name]
    source = tmp_path / name
    source.write_bytes(make())
    target = tmp_path / "wilayah"
    result, output = _run([source], target)
    assert result.exit_code == 1, output
    assert f"error {code}" in output and words in output
    assert "Traceback" not in output and "impor gagal; tidak ada yang ditulis." in output
    assert not target.exists()
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_a_file_over_fifty_megabytes_is_refused_unread(tmp_path):
    big = tmp_path / "besar.docx"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    result, output = _run([big], tmp_path / "wilayah")
    assert result.exit_code == 1 and "error SK504" in output and "batas 50 MB" in output
    assert not (tmp_path / "wilayah").exists()


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    bomb = tmp_path / "bom.docx"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(70):
                part.write(chunk)
    bomb.write_bytes(out.getvalue())
    assert bomb.stat().st_size < 1_000_000
    opened = []
    monkeypatch.setattr(safety.Package, "read", lambda self, name: opened.append(name))
    result, output = _run([bomb], tmp_path / "wilayah")
    assert result.exit_code == 1 and "error SK505" in output and "bom zip" in output
    assert opened == [] and not (tmp_path / "wilayah").exists()


def test_all_errors_of_several_files_at_once(tmp_path):
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    first.write_bytes(b"teks")
    second.write_bytes(_ole(True))
    result, output = _run([first, second], tmp_path / "wilayah")
    assert result.exit_code == 1 and "a.docx:1:1: error SK502" in output and "b.docx:1:1: error SK503" in output


def test_missing_file(tmp_path):
    result, output = _run([tmp_path / "tidak-ada.docx"], tmp_path / "wilayah")
    assert result.exit_code == 1 and "error SK501 berkas tidak ditemukan" in output
