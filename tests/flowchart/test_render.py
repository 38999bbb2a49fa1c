"""flowchart/render.py and layout.py: SVG text, wrapping, fitting, splitting, PNG, determinism."""

from __future__ import annotations

import re

from sk_builder.flowchart import render
from sk_builder.flowchart.layout import WRAP, wrapped
from sk_builder.flowchart.model import chart_of
from sk_builder.model import Bagan

FRAME = render.Frame(width=300.0, height=500.0)
BRANCHING = Bagan(
    langkah=[{"id": "m", "jenis": "mulai", "teks": "Mulai"}, "Pemohon menyerahkan berkas & formulir <lengkap>",
             {"id": "cek", "jenis": "keputusan", "teks": "Berkas lengkap?"}, "Petugas memproses permohonan",
             {"jenis": "selesai", "teks": "Selesai"}, {"id": "balik", "teks": "Berkas dikembalikan"}],
    alur=[{"dari": "cek", "ke": 4, "label": "Ya"}, {"dari": "cek", "ke": "balik", "label": "Tidak"},
          {"dari": "balik", "ke": 2}])


def _texts(svg: str) -> str:
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))


def test_every_box_text_and_branch_label_is_real_svg_text_escaped():
    (svg,) = render.svgs(chart_of(BRANCHING), FRAME)
    texts = _texts(svg)
    for words in ("Mulai", "b. Berkas lengkap?", "c. Petugas memproses", "Selesai", "Ya", "Tidak",
                  "&amp; formulir &lt;lengkap&gt;"):
        assert words in texts
    assert "<lengkap>" not in svg


def test_the_svg_carries_no_comment_title_or_id_and_is_labelled():
    (svg,) = render.svgs(chart_of(BRANCHING), FRAME)
    assert svg.startswith('<svg class="bagan-gambar" role="img" aria-label="Bagan alur prosedur"')
    assert "<!--" not in svg and "<title>" not in svg and " id=" not in svg and "graphviz" not in svg.lower()


def test_the_same_chart_gives_the_same_bytes():
    first = render.svgs(chart_of(BRANCHING), FRAME)
    render._run.cache_clear()
    render.parts.cache_clear()
    render.drawings.cache_clear()
    assert render.svgs(chart_of(BRANCHING), FRAME) == first


def test_box_text_wraps_at_the_symbols_width():
    chart = chart_of(Bagan(langkah=["Petugas memeriksa kelengkapan dan keabsahan seluruh berkas permohonan"]))
    lines = wrapped(chart.steps[0]).split("\n")
    assert len(lines) == 3 and all(len(line) <= WRAP["proses"] for line in lines)


def test_a_wide_chart_is_printed_no_wider_than_the_frame():
    many = Bagan(langkah=[{"id": "cek", "jenis": "keputusan", "teks": "Jenis?"}]
                 + [{"id": f"j{i}", "teks": f"Pelayanan jenis nomor {i}", "jenis": "selesai"} for i in range(8)],
                 alur=[{"dari": "cek", "ke": f"j{i}", "label": f"jenis {i}"} for i in range(8)])
    (drawing,) = render.drawings(chart_of(many), FRAME)
    assert drawing.width > FRAME.width
    assert re.search(r'<svg [^>]*width="([\d.]+)pt"', drawing.svg).group(1) == "300"


def test_a_tall_chart_is_cut_into_parts_that_fit_joined_by_numbered_connectors():
    tall = Bagan(langkah=[f"Tahap pekerjaan nomor {i}" for i in range(1, 25)])
    frame = render.Frame(width=300.0, height=250.0)
    drawings = render.drawings(chart_of(tall), frame)
    assert len(drawings) > 2
    assert all(d.shown(frame)[1] <= frame.height for d in drawings)
    texts = [_texts(d.svg).split() for d in drawings]
    for number, (leaving, entering) in enumerate(zip(texts, texts[1:]), start=1):
        assert str(number) in leaving and str(number) in entering
    assert "bagian 1 dari" in drawings[0].svg
    every_step = " ".join(" ".join(t) for t in texts)
    assert all(f"nomor {i}" in every_step for i in range(1, 25))


def test_pictures_are_300_dpi_pngs_printed_at_the_svg_size():
    (picture,) = render.pictures(chart_of(BRANCHING), FRAME)
    assert picture.png.startswith(b"\x89PNG\r\n\x1a\n")
    width_px = int.from_bytes(picture.png[16:20], "big")
    assert abs(width_px - picture.width / 72 * 300) < 8
    assert render.png(chart_of(BRANCHING)) == render.png(chart_of(BRANCHING))
