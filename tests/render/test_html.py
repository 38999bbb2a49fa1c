"""The decree as a standalone HTML page: language, heading order, tables, signature, escaping; A4 profiles."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from pypdf import PdfReader

from sk_builder.build import build
from tests.fixtures.minimal import PROFIL, standar, write_region

MM = 72 / 25.4


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings: list[int] = []
        self.tables = 0
        self.lang = None

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "table" and ("role", "presentation") not in attrs:
            self.tables += 1
        if tag == "html":
            self.lang = dict(attrs).get("lang")


def _build(tmp_path, formats=("html",), **overrides):
    region = write_region(tmp_path, **overrides)
    build(region, tmp_path / "out", formats)
    return tmp_path / "out" / "dokumen" / "kota-contoh"


def test_page_is_accessible_outline(tmp_path):
    html = (_build(tmp_path) / "kep-12-2024.html").read_text()
    outline = _Outline()
    outline.feed(html)
    assert outline.lang == "id"
    assert outline.headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(outline.headings, outline.headings[1:])), outline.headings
    assert outline.tables == 1
    assert '<th scope="col">Komponen</th>' in html


def test_signature_nip_grouped_and_date_in_indonesian(tmp_path):
    html = (_build(tmp_path) / "kep-12-2024.html").read_text()
    assert "NIP. 19640828 198802 1 001" in html
    assert "Pembina Utama Muda" in html
    assert "pada tanggal 1 Maret 2024" in html


def test_generated_service_list_punctuation(tmp_path):
    second = standar("Layanan Kedua")
    decree = (write_region(tmp_path) / "keputusan/kep-12-2024.yaml").read_text().replace("[contoh]", "[contoh, kedua]")
    html = (_build(tmp_path / "b", **{"standar/kedua.yaml": second, "keputusan/kep-12-2024.yaml": decree})
            / "kep-12-2024.html").read_text()
    assert "Standar Pelayanan Contoh Layanan; dan" in html
    assert "Standar Pelayanan Layanan Kedua." in html


def test_record_text_is_escaped(tmp_path):
    evil = standar("<script>alert(1)</script> {{ 7*7 }}")
    html = (_build(tmp_path, **{"standar/contoh.yaml": evil}) / "kep-12-2024.html").read_text()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in html


def test_a4_profile_sets_paper(tmp_path):
    out = _build(tmp_path, ("pdf",), **{"profil.yaml": PROFIL + "kertas: A4\n"})
    page = PdfReader(out / "kep-12-2024.pdf").pages[0]
    assert (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)) == (210, 297)


def test_missing_font_is_an_error_not_a_swap(tmp_path):
    from click.testing import CliRunner

    from sk_builder.cli import main

    region = write_region(tmp_path, **{"profil.yaml": PROFIL + "huruf:\n  isi: [Huruf Yang Tidak Ada]\n"})
    result = CliRunner().invoke(main, ["build", str(region), "--out", str(tmp_path / "o"), "--format", "html"])
    assert result.exit_code == 1
    assert 'profil.yaml:8:8: error SK120 huruf.isi: huruf "Huruf Yang Tidak Ada" tidak terpasang' in result.output
    assert not (tmp_path / "o").exists()
