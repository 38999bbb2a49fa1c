"""flowchart/validate.py through the loader: every chart problem reported with its code and location."""

from __future__ import annotations

from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import standar, write_region

CHART = """\
  bagan_prosedur:
    - langkah:
        - {{id: mulai, jenis: mulai, teks: Mulai}}
        - {{id: cek, jenis: keputusan, teks: Lengkap?}}
        - {{id: proses, teks: Proses}}
        - {{id: selesai, jenis: selesai, teks: Selesai}}
{extra_steps}      alur:
{arrows}"""
GOOD_ARROWS = """\
        - {dari: cek, ke: proses, label: ya}
        - {dari: cek, ke: mulai, label: tidak}
"""


def _record(arrows: str = GOOD_ARROWS, extra_steps: str = "") -> str:
    return standar() + CHART.format(arrows=arrows, extra_steps=extra_steps)


def _diagnostics(tmp_path, arrows: str = GOOD_ARROWS, extra_steps: str = "") -> list[str]:
    region = write_region(tmp_path, **{"standar/contoh.yaml": _record(arrows, extra_steps)})
    _, report = load_project(region.parent)
    return [f"{d.line}:{d.col} {d.code}" for d in report.sorted() if d.code.startswith("SK4")]


def _at(text: str, needle: str, occurrence: int = 1) -> str:
    """Line:column of the n-th occurrence of ``needle`` in the record text."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    return f"{line}:{start - text.rfind(chr(10), 0, start)}"


def test_a_sound_branching_chart_has_no_problem(tmp_path):
    assert _diagnostics(tmp_path) == []


def test_an_arrow_to_an_unknown_step_is_located_at_its_ke(tmp_path):
    arrows = GOOD_ARROWS.replace("ke: mulai", "ke: awal")
    assert _diagnostics(tmp_path, arrows) == [_at(_record(arrows), "awal") + " SK402"]


def test_an_unreachable_step_is_located_at_the_step(tmp_path):
    extra = "        - {id: yatim, teks: Tidak dituju}\n"
    assert _diagnostics(tmp_path, extra_steps=extra) == [_at(_record(extra_steps=extra), "{id: yatim") + " SK403"]


def test_a_decision_needs_two_labelled_branches(tmp_path):
    one_branch = "        - {dari: cek, ke: proses, label: ya}\n"
    assert _diagnostics(tmp_path, one_branch) == [_at(_record(one_branch), "{id: cek") + " SK404"]
    unlabelled = GOOD_ARROWS.replace(", label: tidak", "")
    assert _diagnostics(tmp_path, unlabelled) == [_at(_record(unlabelled), "{id: cek") + " SK404"]


def test_a_step_id_used_twice_is_located_at_the_second_id(tmp_path):
    extra = "        - {id: proses, teks: Lagi}\n"
    assert _diagnostics(tmp_path, extra_steps=extra) == [_at(_record(extra_steps=extra), "proses", 2) + " SK401"]


def test_an_arrow_leaving_the_end_is_an_error(tmp_path):
    arrows = GOOD_ARROWS + "        - {dari: selesai, ke: proses}\n"
    assert _diagnostics(tmp_path, arrows) == [_at(_record(arrows), "{dari: selesai") + " SK407"]


PLACED = """\
  bagan_prosedur:
    - setelah: {setelah}
      langkah: [Pemohon datang, Petugas mencatat]
{extra}"""


def _placed(tmp_path, setelah: str, extra: str = "", prosedur: str = "1. Pemohon datang;\n    2. Dicatat.") -> tuple:
    record = standar().replace("Isi prosedur.", prosedur) + PLACED.format(setelah=setelah, extra=extra)
    region = write_region(tmp_path, **{"standar/contoh.yaml": record})
    _, report = load_project(region.parent)
    found = [d for d in report.sorted() if d.code.startswith("SK4")]
    return record, [f"{d.line}:{d.col} {d.severity} {d.code} {d.message}" for d in found]


def test_a_chart_after_an_item_that_exists_is_fine(tmp_path):
    assert _placed(tmp_path, "2")[1] == []
    assert _placed(tmp_path, '"1."')[1] == []


def test_a_chart_after_an_item_that_does_not_exist_is_a_located_error(tmp_path):
    record, found = _placed(tmp_path, "5")
    assert "5" not in record[:record.index("setelah")]
    assert found == [f'{_at(record, "5")} error SK411 '
                     'setelah: butir "5" tidak ada di uraian prosedur; butir yang ada: 1., 2.']


def test_a_marker_that_recurs_is_an_error_with_a_hint(tmp_path):
    text = "1. Daftar:\n       a. isi;\n    2. Nilai:\n       a. periksa."
    record, found = _placed(tmp_path, "a.", prosedur=text)
    assert len(found) == 1 and " error SK411 " in found[0] and 'mis. "2. a."' in found[0]
    assert _placed(tmp_path, '"2. a."', prosedur=text)[1] == []


def test_a_heading_over_no_explanations_is_a_warning_at_the_heading(tmp_path):
    extra = "      keterangan: false\n      judul_keterangan: true\n"
    record, found = _placed(tmp_path, "1", extra)
    assert found == [f'{_at(record, "true")} warning SK412 judul_keterangan tidak dicetak: bagan ini tanpa daftar '
                     "keterangan (keterangan: false)"]
