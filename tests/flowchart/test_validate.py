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
