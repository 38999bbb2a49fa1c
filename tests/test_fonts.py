"""Fonts are found the same way with fontconfig and without it (the font-folder scan of Windows and macOS)."""

from __future__ import annotations

import shutil

import pytest

from sk_builder import fonts

FAMILIES = {"tex gyre bonum", "liberation sans"}


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not installed")
def test_scanning_the_font_folders_finds_what_fontconfig_lists():
    listed = fonts._listed_by_fontconfig() if fonts.LINUX else None
    scanned = fonts._scanned()
    assert FAMILIES <= {name for font in scanned for name in font.families}
    if listed is not None:  # with SK_PORTABEL=1 fontconfig is not asked: the scan is all there is
        for family in FAMILIES:
            assert {f.path for f in scanned if family in f.families} == {f.path for f in listed if family in f.families}


def test_without_fontconfig_the_scan_is_used(monkeypatch):
    monkeypatch.setattr(fonts.shutil, "which", lambda name: None)
    fonts.catalogue.cache_clear()
    try:
        assert FAMILIES <= fonts.installed_families()
        assert fonts.choose("isi", ["Bookman Old Style", "TeX Gyre Bonum"]).family == "TeX Gyre Bonum"
    finally:
        fonts.catalogue.cache_clear()


def test_a_damaged_font_file_is_skipped(tmp_path):
    (tmp_path / "rusak.ttf").write_bytes(b"bukan huruf")
    assert fonts._names(tmp_path / "rusak.ttf") == (set(), set())


@pytest.mark.parametrize("huruf, expected", [
    ({}, [("isi", "Bookman Old Style", "twin"), ("kop", "Arial", "twin")]),
    ({"isi": ["Bookman Old Style", "TeX Gyre Bonum"], "kop": ["Carlito"]},
     [("isi", "Bookman Old Style", "listed"), ("kop", "Calibri", "twin")]),
    ({"isi": ["Noto Serif"], "word": {"isi": "Cambria"}}, [("isi", "Cambria", "word"), ("kop", "Arial", "twin")]),
    ({"isi": ["Gentium Plus"]}, [("isi", "Gentium Plus", "listed"), ("kop", "Arial", "twin")]),
])
def test_the_docx_names_the_office_font_the_pdf_font_stands_in_for(huruf, expected):
    """Word on an office PC has Bookman Old Style and Arial, not their free twins the PDF embeds."""
    from sk_builder.model import Profil

    profil = Profil(nama="Kota Contoh", pemerintah="Pemerintah Kota Contoh", unit="Setda", huruf=huruf)
    assert [(f.role, f.family, f.reason) for f in (fonts.word_font(profil, r) for r in ("isi", "kop"))] == expected
