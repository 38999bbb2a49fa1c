"""flowchart/model.py: arrows implied by order, written arrows, letters."""

from sk_builder.flowchart.model import chart_of
from sk_builder.model import Bagan


def _arrows(chart):
    return [(a.source, a.target, a.label) for a in chart.arrows]


def test_a_plain_list_of_steps_flows_in_order():
    chart = chart_of(Bagan(langkah=["Pemohon datang", "Petugas memeriksa", "Petugas menyerahkan"]))
    assert [s.id for s in chart.steps] == ["1", "2", "3"]
    assert _arrows(chart) == [("1", "2", None), ("2", "3", None)]
    assert [s.letter for s in chart.steps] == ["a", "b", "c"]


def test_written_arrows_replace_the_order_and_decisions_never_flow_on_by_themselves():
    chart = chart_of(Bagan(
        langkah=[{"jenis": "mulai", "teks": "Mulai"}, "Ajukan", {"id": "cek", "jenis": "keputusan", "teks": "Lengkap?"},
                 "Proses", {"jenis": "selesai", "teks": "Selesai"}, {"id": "balik", "teks": "Kembalikan"}],
        alur=[{"dari": "cek", "ke": 4, "label": "Ya"}, {"dari": "cek", "ke": "balik", "label": "Tidak"},
              {"dari": "balik", "ke": 2}]))
    assert _arrows(chart) == [("1", "2", None), ("2", "cek", None), ("cek", "4", "Ya"), ("cek", "balik", "Tidak"),
                              ("4", "5", None), ("balik", "2", None)]


def test_start_and_end_get_no_letter_and_explanations_fall_back_to_the_box_text():
    chart = chart_of(Bagan(langkah=[{"jenis": "mulai", "teks": "Mulai"},
                                    {"teks": "Ajukan", "uraian": "Pemohon mengajukan *permohonan*."},
                                    "Proses", {"jenis": "selesai", "teks": "Selesai"}]))
    assert [(s.letter, s.explanation) for s in chart.explained] == [
        ("a", "Pemohon mengajukan *permohonan*."), ("b", "Proses")]


def test_steps_and_arrows_remember_where_they_were_written():
    chart = chart_of(Bagan(langkah=["A", "B"], alur=[{"dari": 1, "ke": 2}]), ("komponen", "bagan_prosedur", 0))
    assert chart.steps[1].path == ("komponen", "bagan_prosedur", 0, "langkah", 1)
    assert chart.arrows[0].at(1) == ("komponen", "bagan_prosedur", 0, "alur", 0, "ke")
