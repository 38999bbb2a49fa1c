"""flowchart/figure.py: a chart printed as the drafter's original has it — explanations with or without their
heading, letters in the boxes or not, start and end shapes or not; the defaults print what they printed before."""

from __future__ import annotations

from sk_builder.flowchart.figure import KETERANGAN, Figure, figure, heading
from sk_builder.flowchart.render import Frame
from sk_builder.model import Bagan

FRAME = Frame(300, 600)
STEPS = [{"id": "mulai", "jenis": "mulai", "teks": "Mulai"}, "Pemohon mengisi formulir",
         {"id": "cek", "jenis": "keputusan", "teks": "Lengkap?"}, "Petugas mencatat",
         {"id": "selesai", "jenis": "selesai", "teks": "Selesai"}, "Berkas dikembalikan"]
ARROWS = [{"dari": "cek", "ke": 4, "label": "ya"}, {"dari": "cek", "ke": 6, "label": "tidak"}, {"dari": 6, "ke": 2}]


def _figure(**options) -> Figure:
    return figure(Bagan(langkah=STEPS, alur=ARROWS, **options), FRAME)


def test_the_defaults_draw_the_record_as_before():
    plain = _figure()
    assert plain.drawn is plain.chart  # the very same graph: the same bytes as before the options existed
    assert (plain.listed, plain.heading, plain.letters, plain.terminators) == (True, "", True, True)
    assert [item.marker for item in plain.explanations] == ["a.", "b.", "c.", "d."]


def test_without_start_and_end_shapes_their_boxes_and_arrows_go():
    drawn = _figure(mulai_selesai=False).drawn
    assert [step.kind for step in drawn.steps] == ["proses", "keputusan", "proses", "proses"]
    assert all({a.source, a.target} <= {s.id for s in drawn.steps} for a in drawn.arrows)
    svg = "".join(_figure(mulai_selesai=False).svgs())
    assert ">Mulai<" not in svg and ">Selesai<" not in svg and "Pemohon mengisi" in svg


def test_without_letters_the_boxes_show_their_text_alone():
    svg = "".join(_figure(huruf_di_kotak=False).svgs())
    assert "a. Pemohon" not in svg and "Pemohon mengisi" in svg
    assert [item.marker for item in _figure(huruf_di_kotak=False).explanations] == ["a.", "b.", "c.", "d."]
    assert "a. Pemohon" in "".join(_figure().svgs())


def test_the_explanations_and_their_heading():
    assert _figure(keterangan=False).explanations == ()
    assert heading(Bagan(langkah=STEPS, judul_keterangan=True)) == KETERANGAN == "Keterangan:"
    assert heading(Bagan(langkah=STEPS, judul_keterangan=" Penjelasan Bagan: ")) == "Penjelasan Bagan:"
    assert heading(Bagan(langkah=STEPS)) == ""


def test_a_yaml_number_names_an_item_as_text():
    assert Bagan(langkah=STEPS, setelah=3).setelah == "3"
    assert Bagan(langkah=STEPS, setelah=3.0).setelah == "3."  # `setelah: 3.` is a float in YAML
