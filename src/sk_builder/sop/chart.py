"""The flow of an SOP's activities as a flowchart graph (one step per activity, in table order).

Each activity leads to the next row unless it ends (``selesai``) or decides (``keputusan``); a
decision goes where its ``ya`` and ``tidak`` say. An activity's id is its ``id`` or else its number.
"""

from __future__ import annotations

from ..flowchart.model import Arrow, Chart, Step
from ..model import Sop

BRANCHES = (("ya", "Ya"), ("tidak", "Tidak"))


def activity_id(index: int, written: str | None) -> str:
    """The id of the activity at 0-based ``index``: as written, else its printed number."""
    return written or str(index + 1)


def chart_of_sop(sop: Sop) -> Chart:
    """The graph of an SOP's activities; arrow paths point at the ``ya``/``tidak`` fields."""
    steps = tuple(Step(activity_id(i, k.id), k.jenis, k.uraian.strip(), path=("kegiatan", i))
                  for i, k in enumerate(sop.kegiatan))
    arrows: list[Arrow] = []
    for i, activity in enumerate(sop.kegiatan):
        if activity.jenis == "keputusan":
            for key, label in BRANCHES:
                target = getattr(activity, key)
                if target is not None:
                    arrows.append(Arrow(steps[i].id, target, label, ("kegiatan", i, key), ("", "")))
        elif activity.jenis != "selesai" and i + 1 < len(steps):
            arrows.append(Arrow(steps[i].id, steps[i + 1].id))
    return Chart(sop.nama, steps, tuple(arrows), ())
