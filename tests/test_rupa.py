"""A region's look in the cache and the manifest: editing one of its templates prints the HTML and PDF of its
decrees and standards again, editing its Word reference document their DOCX, and nothing else."""

from __future__ import annotations

import json
import zipfile

import pytest
from pypdf import PdfReader

from sk_builder.rupa import DokumenAcuan, TemplatBerkas, TemplatWilayah
from tests.fixtures.minimal import PROFIL, write_region
from tests.render.test_docx_acuan import reference
from tests.test_cache import rebuilt

FORMATS = ("html", "pdf", "docx")
STEMS = ("dokumen/kota-contoh/kep-12-2024", "dokumen/kota-contoh/standar/contoh")
TEMPLATE = "templat/dokumen/keputusan.html.j2"


def _footer(text: str) -> str:
    return ('{% extends "paket/dokumen/keputusan.html.j2" %}\n{% block gaya %}\n@page { @bottom-center { content: "'
            + text + '"; } }\n{% endblock %}\n')


@pytest.fixture
def place(tmp_path):
    region = write_region(tmp_path / "src", **{
        "profil.yaml": PROFIL + "templat: templat\ndokumen_acuan: acuan.docx\n", TEMPLATE: _footer("Kaki pertama")})
    (region / "acuan.docx").write_bytes(reference())
    place = {"src": region, "out": tmp_path / "out", "cache": tmp_path / ".sk-cache"}
    assert rebuilt(place, FORMATS) == {stem + suffix for stem in STEMS for suffix in (".html", ".pdf", ".docx")}
    return place


def test_an_edited_template_prints_the_html_and_pdf_again_and_not_the_docx(place):
    path = place["src"] / TEMPLATE
    path.write_text(_footer("Kaki kedua"), encoding="utf-8")
    assert rebuilt(place, FORMATS) == {stem + suffix for stem in STEMS for suffix in (".html", ".pdf")}
    decree = place["out"] / "dokumen/kota-contoh/kep-12-2024.pdf"
    assert "Kaki kedua" in PdfReader(decree).pages[0].extract_text()  # no piece printed from the old one is kept
    assert rebuilt(place, FORMATS) == set()


def test_an_edited_reference_document_makes_the_docx_again_and_nothing_else(place):
    (place["src"] / "acuan.docx").write_bytes(reference(kop=False))
    assert rebuilt(place, FORMATS) == {stem + ".docx" for stem in STEMS}


def test_the_manifest_names_the_template_and_the_reference_as_sources(place):
    manifest = json.loads((place["out"] / "manifest.json").read_text(encoding="utf-8"))
    for stem in STEMS:
        for suffix in (".html", ".pdf", ".docx"):
            sources = manifest["files"][stem + suffix]["sources"]
            assert {TEMPLATE, "acuan.docx"} <= set(sources), stem + suffix
    assert {TEMPLATE, "acuan.docx"} <= set(manifest["sources"])


def test_the_digests_change_with_the_content_only():
    one = TemplatWilayah((TemplatBerkas("dokumen/a.j2", "x/a.j2", "teks", "tampil/a.j2"),))
    moved = TemplatWilayah((TemplatBerkas("dokumen/a.j2", "y/a.j2", "teks", "lain/a.j2"),))
    edited = TemplatWilayah((TemplatBerkas("dokumen/a.j2", "x/a.j2", "teks!", "tampil/a.j2"),))
    assert one.digest == moved.digest != edited.digest
    assert DokumenAcuan(b"a", "a.docx").sha256 != DokumenAcuan(b"b", "a.docx").sha256


def test_the_cached_project_keeps_the_templates_and_the_reference(place, monkeypatch):
    """A later build of another format reads the project from the cache: the look comes back with it."""
    from sk_builder import projectdata
    from sk_builder.sources.loader import load_or_fail

    project, report = load_or_fail(place["src"])
    back, _, _ = projectdata.decode(projectdata.encode(project, report, report), place["src"])
    region, again = project.regions[0], back.regions[0]
    assert again.templat == region.templat and again.acuan == region.acuan
    assert [f.shown for f in again.templat.files] == [f.shown for f in region.templat.files]
    fresh = {**place, "cache": place["cache"].parent / "cache-lain"}
    assert rebuilt(fresh, ("html",)) == {stem + ".html" for stem in STEMS}  # the project is cached with these
    assert rebuilt(fresh, ("docx",)) == {stem + ".docx" for stem in STEMS}  # made from the cached project
    styles = zipfile.ZipFile(place["out"] / "dokumen/kota-contoh/kep-12-2024.docx").read("word/styles.xml")
    assert b'w:ascii="Arial Narrow"' in styles  # the reference document came back from the cache
