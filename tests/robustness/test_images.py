"""Emblems are checked by content: only PNG, JPEG and SVG; SVG that could run or fetch is a located error;
what reaches the documents and the site is the cleaned image; oversized or damaged images are located errors."""

from __future__ import annotations

import base64
import io
import zlib
from pathlib import Path

import pytest
from PIL import Image

from sk_builder.build import build
from sk_builder.images import MAX_PIXELS, picture
from sk_builder.sources.loader import load_project
from sk_builder.svgclean import UnsafeSvg, clean_svg
from tests.fixtures.minimal import PROFIL, write_region

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>\n'
WHERE = "kota-contoh/profil.yaml:6:10"


def errors(root: Path) -> list[str]:
    project, report = load_project(root)
    lines = [str(d).replace(str(root) + "/", "") for d in report.sorted() if d.severity == "error"]
    assert (project is None) == bool(lines)
    return lines


def region_with_emblem(root: Path, name: str, data: bytes) -> Path:
    region = write_region(root, **{"profil.yaml": PROFIL.replace("lambang.svg", name)})
    (region / "lambang.svg").unlink()
    (region / name).write_bytes(data)
    return root


@pytest.mark.parametrize("body, why", [
    ("<script>alert(document.domain)</script>", "elemen <script> tidak diizinkan"),
    ('<rect width="10" height="10" onclick="alert(1)"/>', "<rect onclick>: atribut peristiwa (skrip) tidak diizinkan"),
    ('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>',
     "elemen <foreignObject> tidak diizinkan"),
    ('<image href="https://contoh.invalid/jejak.png" width="1" height="1"/>',
     '<image href> merujuk ke luar berkas ("https://contoh.invalid/jejak.png"); hanya "#id" atau gambar PNG/JPEG '
     "yang disisipkan yang diizinkan"),
    ('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>',
     '<a href> merujuk ke luar berkas ("javascript:alert(1)"); hanya "#id" atau gambar PNG/JPEG yang disisipkan '
     "yang diizinkan"),
    ('<rect width="1" height="1" style="fill: url(https://contoh.invalid/x)"/>',
     '<rect style> merujuk ke luar berkas ("https://contoh.invalid/x"); hanya "#id" atau gambar PNG/JPEG yang '
     "disisipkan yang diizinkan"),
    ("<style>@import url(https://contoh.invalid/a.css);</style>", '<style> memuat "@import"'),
])
def test_svg_that_could_run_or_fetch_is_a_located_error(tmp_path, body, why):
    root = region_with_emblem(tmp_path, "lambang.svg", SVG.format(body).encode())
    assert errors(root) == [f'{WHERE}: error SK122 "lambang.svg": SVG tidak aman: {why}']


def test_svg_entities_are_refused(tmp_path):
    xxe = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY rahasia SYSTEM "file:///etc/passwd">]>'
           '<svg xmlns="http://www.w3.org/2000/svg"><text>&rahasia;</text></svg>')
    root = region_with_emblem(tmp_path, "lambang.svg", xxe.encode())
    assert errors(root) == [f'{WHERE}: error SK122 "lambang.svg": SVG tidak aman: memuat deklarasi DTD atau entitas '
                            "(DTDForbidden)"]


def test_a_web_page_named_as_emblem_is_refused_by_content(tmp_path):
    root = region_with_emblem(tmp_path, "lambang.html", b"<html><script>alert(1)</script></html>")
    assert errors(root) == [f'{WHERE}: error SK121 "lambang.html": bukan gambar PNG, JPEG atau SVG (dilihat dari '
                            "isinya, bukan namanya)"]


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_with_too_many_pixels_is_refused(tmp_path):
    side = int(MAX_PIXELS ** 0.5) + 10
    root = region_with_emblem(tmp_path, "lambang.png", _png(side, side))
    assert errors(root) == [f'{WHERE}: error SK123 "lambang.png": gambar {side} × {side} piksel terlalu besar '
                            "(batas 25.000.000 piksel)"]


def test_an_image_of_too_many_bytes_is_refused(tmp_path):
    data = _png(10, 10) + b"\0" * (6 * 1024 * 1024)
    root = region_with_emblem(tmp_path, "lambang.png", data)
    [line] = errors(root)
    assert line.startswith(f'{WHERE}: error SK116 "lambang.png": berkas gambar ') and "terlalu besar" in line


def test_a_damaged_png_is_refused(tmp_path):
    data = _png(40, 40)
    root = region_with_emblem(tmp_path, "lambang.png", data[: len(data) // 2])
    assert errors(root) == [f'{WHERE}: error SK123 "lambang.png": gambar PNG rusak atau tidak lengkap; simpan ulang '
                            "dari aplikasi pengolah gambar"]


def test_a_jpeg_named_png_is_accepted_for_what_it_is(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "JPEG")
    root = region_with_emblem(tmp_path, "lambang.png", buffer.getvalue())
    project, _ = load_project(root)
    assert project.regions[0].emblem.kind == "jpeg" and project.regions[0].emblem.suffix == ".jpg"


def test_the_site_publishes_only_the_cleaned_svg(tmp_path):
    dirty = ('<?xml version="1.0"?>\n<!-- dibuat dengan Inkscape -->\n'
             '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
             'viewBox="0 0 10 10" inkscape:version="1.3"><metadata>x</metadata>'
             '<rect width="10" height="10" fill="#123456"/><set attributeName="fill" to="red"/></svg>\n')
    root = region_with_emblem(tmp_path / "src", "lambang.svg", dirty.encode())
    build(root, tmp_path / "build", ("site",))
    published = (tmp_path / "build" / "site" / "kota-contoh" / "lambang.svg").read_bytes()
    assert published == clean_svg(dirty.encode())
    assert published == (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                         b'<rect width="10" height="10" fill="#123456" /></svg>\n')


def test_a_raster_embedded_in_svg_is_kept_and_nothing_else_leaves_the_file():
    png = base64.b64encode(_png(2, 2)).decode()
    svg = SVG.format(f'<image href="data:image/png;base64,{png}" width="10" height="10"/>').encode()
    assert b"data:image/png" in clean_svg(svg)
    with pytest.raises(UnsafeSvg):
        clean_svg(SVG.format('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>').encode())


def test_a_decompression_bomb_png_is_refused_without_decoding_it():
    header = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", (30000).to_bytes(4, "big") * 2 + b"\x08\x00\x00\x00\x00")
    scanlines = zlib.compress(b"\0" * 10_000_000, 9)  # the start of 30000 × 30000 zero pixels, in ~10 kB
    data = header + _chunk(b"IDAT", scanlines) + _chunk(b"IEND", b"")
    with pytest.raises(Exception) as refused:
        picture(data, Path("lambang.png"))
    assert "terlalu besar" in str(refused.value)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")
