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


def test_kota_pasuruans_docx_names_office_fonts_and_its_pdf_embeds_their_free_twins(seed_build):
    """Issue 12 item 9 on the bundled decree: styles and runs of the DOCX name Bookman Old Style (body) and Arial
    (kop), never a free twin; the PDF embeds TeX Gyre Bonum and Liberation Sans, never the office fonts."""
    import re
    import zipfile

    from pypdf import PdfReader

    with zipfile.ZipFile(seed_build / "sekda-167-2024.docx") as package:
        parts = {name: package.read(name).decode("utf-8") for name in package.namelist()
                 if re.fullmatch(r"word/(styles|document|header\d+|footer\d+)\.xml", name)}

    def named(xml: str) -> set[str]:
        return {font for tag in re.findall(r"<w:rFonts [^>]*>", xml)
                for font in re.findall(r'w:(?:ascii|hAnsi|cs)="([^"]+)"', tag)}

    styles = {sid: body for sid, body in re.findall(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>',
                                                    parts["word/styles.xml"], re.S)}
    assert named(styles["Normal"]) == {"Bookman Old Style"} and named(styles["SKKop"]) == {"Arial"}
    everywhere = set().union(*(named(xml) for xml in parts.values()))
    assert {"Bookman Old Style", "Arial"} <= everywhere
    assert not [font for font in everywhere if "TeX Gyre" in font or "Liberation" in font]
    embedded = {str(font.get_object()["/BaseFont"]).split("+", 1)[-1] for page in PdfReader(
        seed_build / "sekda-167-2024.pdf").pages for font in page["/Resources"]["/Font"].values()}
    assert {"TeX-Gyre-Bonum", "Liberation-Sans"} <= embedded
    assert not [font for font in embedded if "Bookman" in font or "Arial" in font]
