"""Checks of an SOP record, each with its code and the field path it was written at.

The flow is checked like any flowchart (SK401-SK404, SK407, see flowchart/validate.py); besides:
SK405 an activity names a performer not in ``pelaksana``; SK406 a performer listed twice; SK408
``ya``/``tidak`` on an activity that is not a decision; SK410 the identity block is incomplete
(an error for a final SOP, a warning for a draft).
"""

from __future__ import annotations

from ..flowchart import validate as flow
from ..flowchart.validate import Problem
from ..model import Sop
from .chart import chart_of_sop

IDENTITY = (("nomor",), ("tanggal", "pembuatan"), ("tanggal", "efektif"), ("disahkan",))


def performers(sop: Sop) -> list[Problem]:
    """SK405 and SK406: activities naming unknown performers, performers listed twice."""
    found, seen = [], set()
    for i, name in enumerate(sop.pelaksana):
        if name.casefold() in seen:
            found.append(Problem("SK406", ("pelaksana", i), f'pelaksana "{name}" disebut dua kali'))
        seen.add(name.casefold())
    listed = ", ".join(sop.pelaksana)
    for i, activity in enumerate(sop.kegiatan):
        if activity.pelaksana not in sop.pelaksana:
            found.append(Problem("SK405", ("kegiatan", i, "pelaksana"),
                                 f'pelaksana "{activity.pelaksana}" tidak ada dalam daftar pelaksana ({listed})'))
    return found


def branches(sop: Sop) -> list[Problem]:
    """SK408: ``ya``/``tidak`` written on an activity that is not a decision."""
    return [Problem("SK408", ("kegiatan", i, key), f'"{key}" hanya untuk kegiatan berjenis keputusan '
                                                  f'(kegiatan {i + 1} berjenis {activity.jenis})')
            for i, activity in enumerate(sop.kegiatan) if activity.jenis != "keputusan"
            for key in ("ya", "tidak") if getattr(activity, key) is not None]


def missing_identity(sop: Sop) -> list[str]:
    """The identity fields a signed SOP must have but this one lacks, as dotted names."""
    missing: list[str] = []
    for path in IDENTITY:
        value: object = sop
        for part in path:
            value = getattr(value, part, None)
        if value is None:
            missing.append(".".join(path))
    return missing


def identity(sop: Sop) -> list[Problem]:
    """SK410: the identity block lacks fields a signed SOP needs (a warning while it is a draft)."""
    missing = missing_identity(sop)
    if not missing:
        return []
    names = ", ".join(f'"{name}"' for name in missing)
    if sop.status == "draft":
        return [Problem("SK410", ("status",), f"SOP berstatus draft; identitas belum diisi: {names}", "warning")]
    return [Problem("SK410", (), f"identitas SOP belum lengkap: {names} (atau tulis status: draft)")]


def problems(sop: Sop) -> list[Problem]:
    """Every problem of an SOP record."""
    chart = chart_of_sop(sop)
    found = flow.duplicate_ids(chart) + flow.unknown_ends(chart, "kegiatan") + flow.decisions(chart)
    if not any(p.code in ("SK401", "SK402") for p in found):
        found += flow.unreachable(chart, "kegiatan")
    return found + performers(sop) + branches(sop) + identity(sop)
