"""A flowchart as a plain graph: steps with their symbol and letter, arrows with their labels.

Steps follow their written order: each step leads to the next one unless the record draws its own
arrows from it, or it is an end (``selesai``) or a decision (``keputusan``, whose branches are
always written). Every step and arrow remembers the field path it was written at, for diagnostics.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Bagan
from ..sources.yamlfile import FieldPath
from ..text.penomoran import huruf

TERMINATORS = ("mulai", "selesai")


@dataclass(frozen=True)
class Step:
    """A box of the chart: id, symbol kind, box text, letter (a, b, ...; "" for start/end) and explanation."""

    id: str
    kind: str
    text: str
    letter: str = ""
    explanation: str = ""
    path: FieldPath = ()


@dataclass(frozen=True)
class Arrow:
    """An arrow between two step ids; ``path`` is None when the arrow is implied by the order.

    ``fields`` name the keys under ``path`` that hold the source and the target ("" when ``path``
    itself is the written reference).
    """

    source: str
    target: str
    label: str | None = None
    path: FieldPath | None = None
    fields: tuple[str, str] = ("dari", "ke")

    def at(self, end: int) -> FieldPath:
        """The field path of the source (0) or target (1) as written."""
        if self.path is None:
            raise ValueError("an arrow implied by the order of the steps is written nowhere")
        return self.path + (self.fields[end],) if self.fields[end] else self.path


@dataclass(frozen=True)
class Chart:
    """A whole flowchart: optional title, steps in reading order, arrows."""

    title: str | None
    steps: tuple[Step, ...]
    arrows: tuple[Arrow, ...]
    path: FieldPath = ()

    def step(self, step_id: str) -> Step | None:
        """The first step with this id, if any."""
        return next((s for s in self.steps if s.id == step_id), None)

    def leaving(self, step_id: str) -> tuple[Arrow, ...]:
        """The arrows that leave a step, in written order."""
        return tuple(a for a in self.arrows if a.source == step_id)

    @property
    def explained(self) -> tuple[Step, ...]:
        """The lettered steps, whose explanations follow the chart as a., b., ..."""
        return tuple(s for s in self.steps if s.letter)


def ordered_arrows(steps: tuple[Step, ...], written: list[Arrow]) -> tuple[Arrow, ...]:
    """Every arrow in reading order: per step its written arrows, or the one implied by the order.

    A step leads to the next one by position alone unless arrows are written from it or it is an
    end or a decision. Written arrows from unknown steps come last (validation reports them).
    """
    arrows: list[Arrow] = []
    used: set[int] = set()
    for i, step in enumerate(steps):
        own = [k for k, arrow in enumerate(written) if arrow.source == step.id and k not in used]
        used.update(own)
        arrows.extend(written[k] for k in own)
        if not own and step.kind not in ("selesai", "keputusan") and i + 1 < len(steps):
            if not any(a.source == step.id for a in written):
                arrows.append(Arrow(step.id, steps[i + 1].id))
    arrows.extend(a for k, a in enumerate(written) if k not in used)
    return tuple(arrows)


def lettered(kinds: list[str]) -> list[str]:
    """Letters for the steps that are not start or end: a, b, c, ..."""
    letters, count = [], 0
    for kind in kinds:
        if kind in TERMINATORS:
            letters.append("")
        else:
            count += 1
            letters.append(huruf(count))
    return letters


def chart_of(bagan: Bagan, path: FieldPath = ()) -> Chart:
    """The graph a ``bagan_prosedur`` record draws; ``path`` is where the record stands in its file."""
    letters = lettered([item.jenis for item in bagan.langkah])
    steps = tuple(
        Step(item.id or str(i), item.jenis, item.teks.strip(), letter,
             (item.uraian or item.teks).strip() if letter else "", path + ("langkah", i - 1))
        for i, (item, letter) in enumerate(zip(bagan.langkah, letters), start=1)
    )
    written = [Arrow(a.dari, a.ke, (a.label or "").strip() or None, path + ("alur", i))
               for i, a in enumerate(bagan.alur)]
    return Chart((bagan.judul or "").strip() or None, steps, ordered_arrows(steps, written), path)
