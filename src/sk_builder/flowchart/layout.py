"""The Graphviz (DOT) source of a chart, and the split of a tall chart into parts.

A chart whose drawing, once shrunk to the frame's width, is taller than the frame is cut into parts
of consecutive steps (in reading order). An arrow that crosses parts ends at an off-page connector
(a pentagon) numbered 1, 2, ...; the part that holds its target starts from a connector with the
same number. Cutting in reading order keeps each part a readable stretch of the procedure.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .model import Arrow, Chart, Step

# Characters per line of box text, by symbol: diamonds get narrower lines so they stay low.
WRAP = {"mulai": 22, "selesai": 22, "proses": 26, "keputusan": 18}
SHAPES = {
    "mulai": 'shape=box, style="rounded", peripheries=1',
    "selesai": 'shape=box, style="rounded", peripheries=1',
    "proses": "shape=box",
    "keputusan": "shape=diamond, margin=\"0.02,0.02\"",
}
CONNECTOR = 'shape=invhouse, width=0.32, height=0.3, fixedsize=true'


@dataclass(frozen=True)
class Part:
    """A part of a chart: its steps and inner arrows, and the connectors where it leaves and enters."""

    steps: tuple[Step, ...]
    arrows: tuple[Arrow, ...]
    exits: tuple[tuple[str, str, str | None], ...] = ()  # (source step id, connector number, label)
    entries: tuple[tuple[str, str], ...] = ()  # (connector number, target step id)


def dot_string(text: str) -> str:
    """Text as a quoted DOT string, read literally (no \\N or \\G escapes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrapped(step: Step) -> str:
    """The box text with the step's letter, broken into lines at the symbol's width (DOT \\n)."""
    text = " ".join(step.text.split())
    if step.letter:
        text = f"{step.letter}. {text}"
    lines = textwrap.wrap(text, WRAP[step.kind], break_long_words=True, break_on_hyphens=False) or [""]
    return "\n".join(lines)


def _label(text: str) -> str:
    return dot_string(text).replace("\n", "\\n")


def dot_source(part: Part, font: str, size: float) -> str:
    """The DOT source of one part, drawn top to bottom with orthogonal arrows."""
    names = {step.id: f"n{i}" for i, step in enumerate(part.steps)}
    lines = [
        "digraph bagan {",
        f'  graph [rankdir=TB, nodesep=0.22, ranksep=0.28, splines=ortho, pad=0.04, margin=0, '
        f'fontname={dot_string(font)}, fontsize={size}];',
        f'  node [fontname={dot_string(font)}, fontsize={size}, margin="0.07,0.035", height=0.3, penwidth=0.8];',
        f'  edge [fontname={dot_string(font)}, fontsize={size - 1}, arrowsize=0.55, penwidth=0.8];',
    ]
    for number, target in part.entries:
        lines.append(f"  m{number} [{CONNECTOR}, label={_label(number)}];")
    for step in part.steps:
        lines.append(f"  {names[step.id]} [{SHAPES[step.kind]}, label={_label(wrapped(step))}];")
    for number in dict.fromkeys(n for _, n, _ in part.exits):
        lines.append(f"  k{number} [{CONNECTOR}, label={_label(number)}];")
    for number, target in part.entries:
        lines.append(f"  m{number} -> {names[target]};")
    for arrow in part.arrows:
        label = f" [xlabel={_label(arrow.label)}]" if arrow.label else ""
        lines.append(f"  {names[arrow.source]} -> {names[arrow.target]}{label};")
    for source, number, exit_label in part.exits:
        extra = f" [xlabel={_label(exit_label)}]" if exit_label else ""
        lines.append(f"  {names[source]} -> k{number}{extra};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def whole(chart: Chart) -> Part:
    """The chart as one part (arrows to unknown steps are left out)."""
    ids = {s.id for s in chart.steps}
    return Part(chart.steps, tuple(a for a in chart.arrows if a.source in ids and a.target in ids))


def split(chart: Chart, bounds: list[tuple[int, int]]) -> list[Part]:
    """The chart cut into parts of steps ``[start, end)``, joined by numbered connectors."""
    home: dict[str, int] = {}
    for index, (start, end) in enumerate(bounds):
        for step in chart.steps[start:end]:
            home.setdefault(step.id, index)
    numbers: dict[str, str] = {}
    exits: list[list] = [[] for _ in bounds]
    entries: list[list] = [[] for _ in bounds]
    inner: list[list] = [[] for _ in bounds]
    for arrow in chart.arrows:
        if arrow.source not in home or arrow.target not in home:
            continue
        here, there = home[arrow.source], home[arrow.target]
        if here == there:
            inner[here].append(arrow)
            continue
        number = numbers.setdefault(arrow.target, str(len(numbers) + 1))
        if not any(e[:2] == (arrow.source, number) for e in exits[here]):
            exits[here].append((arrow.source, number, arrow.label))
        if (number, arrow.target) not in entries[there]:
            entries[there].append((number, arrow.target))
    return [Part(chart.steps[start:end], tuple(inner[i]), tuple(exits[i]), tuple(entries[i]))
            for i, (start, end) in enumerate(bounds)]
