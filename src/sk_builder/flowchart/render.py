"""Draw a chart with Graphviz: inline SVG parts for HTML and PDF, high-resolution PNG for DOCX.

Output is deterministic: Graphviz's comments (with its version), titles and ids are stripped, so
the same chart gives the same bytes, and several charts can share one HTML page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

import graphviz

from .layout import Part, dot_source, split, whole
from .model import Chart

PT_PER_MM = 72 / 25.4
PNG_DPI = 300


@dataclass(frozen=True)
class Frame:
    """Where a chart is drawn: the widest and tallest it may be (points) and its type."""

    width: float
    height: float
    font: str = "TeX Gyre Bonum"
    size: float = 9.0

    def scale(self, width: float) -> float:
        """The factor that shrinks a drawing of this natural width to the frame (never enlarges)."""
        return min(1.0, self.width / width) if width > 0 else 1.0


@dataclass(frozen=True)
class Drawing:
    """One drawn part: its cleaned SVG text and its natural size in points."""

    svg: str
    width: float
    height: float
    source: str

    def shown(self, frame: Frame) -> tuple[float, float]:
        """The printed size in points once fitted to the frame's width."""
        factor = frame.scale(self.width)
        return self.width * factor, self.height * factor


@dataclass(frozen=True)
class Picture:
    """A PNG of one part and the size (points) it is printed at."""

    png: bytes
    width: float
    height: float


@lru_cache(maxsize=512)
def _run(source: str, fmt: str) -> bytes:
    """Graphviz's output for a DOT source (cached: HTML, PDF and DOCX draw the same charts)."""
    return graphviz.pipe("dot", fmt, source.encode("utf-8"), quiet=True)


def _at_dpi(source: str, dpi: int) -> str:
    return source.replace("graph [", f"graph [dpi={dpi}, ", 1)


_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
_STRIP = (re.compile(r"<!--.*?-->\n?", re.S), re.compile(r"<title>.*?</title>\n?", re.S),
          re.compile(r' id="[^"]*"'))


def clean_svg(text: str, label: str, size: tuple[float, float]) -> str:
    """Graphviz SVG reduced to the <svg> element: no comments, titles or ids; labelled; printed at ``size`` (pt).

    The size is given outright (already fitted to the frame): WeasyPrint mis-sizes an SVG whose
    height is ``auto``. ``max-width`` still narrows it on small screens.
    """
    text = text[text.index("<svg"):]
    for pattern in _STRIP:
        text = pattern.sub("", text)
    text = re.sub(r'font-family="([^"]*)"', r'font-family="\1,serif"', text)
    width, height = (f"{value:.2f}".rstrip("0").rstrip(".") + "pt" for value in size)
    text = _SIZE.sub(f'<svg width="{width}" height="{height}"', text, count=1)
    return text.replace(
        "<svg ", f'<svg class="bagan-gambar" role="img" aria-label="{html.escape(label)}" '
                 'style="max-width:100%" ', 1).strip() + "\n"


def draw(part: Part, frame: Frame, label: str = "Bagan alur") -> Drawing:
    """Lay out one part and return its SVG drawing, sized to fit the frame's width."""
    source = dot_source(part, frame.font, frame.size)
    raw = _run(source, "svg").decode("utf-8")
    size = _SIZE.search(raw)
    assert size is not None, "Graphviz states the size of every SVG it writes"
    width, height = (float(v) for v in size.groups())
    factor = frame.scale(width)
    return Drawing(clean_svg(raw, label, (width * factor, height * factor)), width, height, source)


def _fits(part: Part, frame: Frame) -> bool:
    return draw(part, frame).shown(frame)[1] <= frame.height


def _middle(chart: Chart, start: int, end: int) -> Part:
    bounds = [b for b in ((0, start), (start, end), (end, len(chart.steps))) if b[0] < b[1]]
    return split(chart, bounds)[bounds.index((start, end))]


def _longest(chart: Chart, start: int, frame: Frame) -> int:
    """The end of the longest run of steps from ``start`` whose part fits the frame (at least one step)."""
    low, high = start + 1, len(chart.steps)
    while low < high:
        probe = (low + high + 1) // 2
        if _fits(_middle(chart, start, probe), frame):
            low = probe
        else:
            high = probe - 1
    return low


@lru_cache(maxsize=256)
def parts(chart: Chart, frame: Frame) -> tuple[Part, ...]:
    """The chart whole when it fits the frame, else cut into parts that each fit."""
    one = whole(chart)
    if _fits(one, frame) or len(chart.steps) < 2:
        return (one,)
    bounds, start = [], 0
    while start < len(chart.steps):
        end = _longest(chart, start, frame)
        bounds.append((start, end))
        start = end
    return tuple(split(chart, bounds))


def _label(chart: Chart, index: int, count: int) -> str:
    name = f"Bagan alur {chart.title}" if chart.title else "Bagan alur prosedur"
    return f"{name} (bagian {index} dari {count})" if count > 1 else name


@lru_cache(maxsize=256)
def drawings(chart: Chart, frame: Frame) -> tuple[Drawing, ...]:
    """The SVG drawing of every part of a chart."""
    chosen = parts(chart, frame)
    return tuple(draw(part, frame, _label(chart, i, len(chosen))) for i, part in enumerate(chosen, start=1))


def svgs(chart: Chart, frame: Frame) -> tuple[str, ...]:
    """The inline SVG text of every part, for HTML and PDF."""
    return tuple(d.svg for d in drawings(chart, frame))


def pictures(chart: Chart, frame: Frame, dpi: int = PNG_DPI) -> tuple[Picture, ...]:
    """A PNG of every part with the size it is printed at, for DOCX."""
    result = []
    for drawing in drawings(chart, frame):
        width, height = drawing.shown(frame)
        result.append(Picture(_run(_at_dpi(drawing.source, dpi), "png"), width, height))
    return tuple(result)


def png(chart: Chart, dpi: int = PNG_DPI, font: str = "TeX Gyre Bonum", size: float = 9.0) -> bytes:
    """The whole chart as one high-resolution PNG (unsplit)."""
    return _run(_at_dpi(dot_source(whole(chart), font, size), dpi), "png")
