"""Checks of a flowchart's graph, each problem with its code and the field path it was written at.

SK401 a step id used twice; SK402 an arrow from or to a step that does not exist; SK403 a step no
arrow reaches from the start; SK404 a decision without two labelled branches; SK407 an arrow that
leaves an end (``selesai``); SK411 a chart placed after an item the procedure text does not have (or
has twice); SK412 a heading for explanations the chart does not print.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from ..model import Standar
from ..sources.yamlfile import FieldPath
from .model import Chart, chart_of
from .tempat import problem as placement_problem


@dataclass(frozen=True)
class Problem:
    """A problem of a record: diagnostic code, field path, Indonesian message and severity."""

    code: str
    path: FieldPath
    message: str
    severity: str = "error"


def duplicate_ids(chart: Chart) -> list[Problem]:
    """SK401: every step after the first that reuses an id."""
    seen: set[str] = set()
    found = []
    for step in chart.steps:
        if step.id in seen:
            found.append(Problem("SK401", step.path + ("id",), f'id langkah "{step.id}" sudah dipakai'))
        seen.add(step.id)
    return found


def unknown_ends(chart: Chart, noun: str = "langkah") -> list[Problem]:
    """SK402: written arrows that leave or reach a step that does not exist."""
    ids = {s.id for s in chart.steps}
    found = []
    for arrow in chart.arrows:
        if arrow.path is None:
            continue
        for index, end in enumerate((arrow.source, arrow.target)):
            if end not in ids:
                found.append(Problem("SK402", arrow.at(index),
                                     f'{noun} "{end}" tidak ada; pilih dari: {_ids(chart)}'))
    return found


def _ids(chart: Chart) -> str:
    names = [s.id for s in chart.steps]
    shown = ", ".join(names[:12])
    return shown + (", ..." if len(names) > 12 else "")


def reachable(chart: Chart) -> set[str]:
    """The ids reached from the starts (``mulai`` steps, else the first step)."""
    starts = [s.id for s in chart.steps if s.kind == "mulai"] or [chart.steps[0].id]
    seen, queue = set(starts), deque(starts)
    while queue:
        for arrow in chart.leaving(queue.popleft()):
            if arrow.target not in seen:
                seen.add(arrow.target)
                queue.append(arrow.target)
    return seen


def unreachable(chart: Chart, noun: str = "langkah") -> list[Problem]:
    """SK403: steps that no path from the start reaches."""
    seen = reachable(chart)
    return [Problem("SK403", step.path, f'{noun} "{step.text[:40]}" tidak terjangkau dari awal bagan '
                                        "(tidak ada panah yang menuju ke sini)")
            for step in chart.steps if step.id not in seen]


def decisions(chart: Chart) -> list[Problem]:
    """SK404: decisions that lack two branches, or whose branches are unlabelled or share a label."""
    found = []
    for step in chart.steps:
        if step.kind != "keputusan":
            continue
        arrows = chart.leaving(step.id)
        labels = [(a.label or "").strip().lower() for a in arrows]
        if len(arrows) < 2 or not all(labels) or len(set(labels)) < len(labels):
            found.append(Problem("SK404", step.path, f'keputusan "{step.text[:40]}" harus punya dua cabang '
                                                 f"berlabel berbeda (mis. ya dan tidak); ada {len(arrows)}"))
    return found


def ends(chart: Chart) -> list[Problem]:
    """SK407: written arrows that leave an end."""
    closing = {s.id for s in chart.steps if s.kind == "selesai"}
    return [Problem("SK407", arrow.path, f'langkah "{arrow.source}" adalah akhir (selesai); tidak boleh ada panah keluar')
            for arrow in chart.arrows if arrow.path and arrow.source in closing]


def problems(chart: Chart) -> list[Problem]:
    """Every problem of a chart, in a stable order."""
    found = duplicate_ids(chart) + unknown_ends(chart) + decisions(chart) + ends(chart)
    if not any(p.code in ("SK401", "SK402") for p in found):
        found += unreachable(chart)
    return found


def placement(record: Standar) -> list[Problem]:
    """SK411: a ``setelah`` that names no item of the procedure text, or several; SK412: a
    ``judul_keterangan`` over explanations that ``keterangan: false`` leaves out."""
    found = []
    text = record.komponen.prosedur or ""
    for i, bagan in enumerate(record.komponen.bagan_prosedur):
        path: FieldPath = ("komponen", "bagan_prosedur", i)
        message = placement_problem(text, bagan.setelah) if bagan.setelah else None
        if message:
            found.append(Problem("SK411", path + ("setelah",), message))
        if bagan.judul_keterangan not in (False, None) and not bagan.keterangan:
            found.append(Problem("SK412", path + ("judul_keterangan",),
                                 "judul_keterangan tidak dicetak: bagan ini tanpa daftar keterangan "
                                 "(keterangan: false)", "warning"))
    return found


def standard_problems(record: Standar) -> list[Problem]:
    """Every problem of the procedure charts of a standard (``komponen.bagan_prosedur``)."""
    found = []
    for i, bagan in enumerate(record.komponen.bagan_prosedur):
        found += problems(chart_of(bagan, ("komponen", "bagan_prosedur", i)))
    return found + placement(record)
