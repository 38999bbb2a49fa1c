"""Text measured with the font's own metrics, to foresee how tall a table row or a line will be."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from fontTools.ttLib import TTFont

from .fonts import regular_file

MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Metrics:
    """Advance widths (in em) of a font's characters and its natural line height (em)."""

    advances: dict
    default: float
    line: float
    ems: dict = field(default_factory=dict, compare=False, repr=False)
    """Widths (in em) of the words measured so far: a build measures the same words again and again."""

    def width(self, text: str, size_pt: float) -> float:
        """The width of a text in millimetres."""
        em = self.ems.get(text)
        if em is None:
            em = sum(self.advances.get(ord(ch), self.default) for ch in text)
            if len(self.ems) < 200_000:
                self.ems[text] = em
        return em * size_pt * MM_PER_PT

    def lines(self, text: str, width_mm: float, size_pt: float) -> int:
        """How many lines a text takes, broken at spaces (and at newlines) within a width."""
        total = 0
        for paragraph in text.splitlines() or [""]:
            count, used = 1, 0.0
            space = self.width(" ", size_pt)
            for word in paragraph.split():
                wide = self.width(word, size_pt)
                if used and used + space + wide > width_mm:
                    count, used = count + 1, wide
                else:
                    used += (space if used else 0) + wide
            total += count
        return total

    def even_lines(self, text: str, width_mm: float, size_pt: float, wider: float = 1.0) -> tuple[str, ...]:
        """A line that does not fit ``width_mm`` broken into as few lines as it needs (at most four), the longest
        as short as possible, so that the last is never one word left over; ``(text,)`` when it fits.
        ``wider``: how much wider the face sets than these metrics (bold, a safety margin)."""
        words = text.split()
        edges = [0.0]  # the width of the first i words with the spaces between them, less one space
        space = self.width(" ", size_pt) * wider
        for word in words:
            edges.append(edges[-1] + self.width(word, size_pt) * wider + space)

        def span(first: int, end: int) -> float:
            return edges[end] - edges[first] - space

        if len(words) < 2 or span(0, len(words)) <= width_mm:
            return (text,)
        for count in range(2, min(len(words), 4) + 1):
            cuts = _narrowest(span, len(words), count)
            if max(span(a, b) for a, b in zip(cuts, cuts[1:])) <= width_mm:
                break
        return tuple(" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:]))


def _narrowest(span, n: int, count: int) -> list[int]:
    """Where to cut ``n`` words into ``count`` lines so that the widest line (``span(first, end)``) is as narrow as
    can be: the cut positions, 0 and ``n`` included (dynamic programming over the last line's first word)."""
    widest = [[float("inf")] * (n + 1) for _ in range(count + 1)]
    cut = [[0] * (n + 1) for _ in range(count + 1)]
    widest[0][0] = 0.0
    for lines in range(1, count + 1):
        for end in range(lines, n + 1):
            for first in range(lines - 1, end):
                value = max(widest[lines - 1][first], span(first, end))
                if value < widest[lines][end]:
                    widest[lines][end], cut[lines][end] = value, first
    found, end = [n], n
    for lines in range(count, 0, -1):
        end = cut[lines][end]
        found.append(end)
    return found[::-1]


@lru_cache(maxsize=8)
def metrics(family: str) -> Metrics:
    """The metrics of an installed family's regular face, or rough ones when it is not installed."""
    path = regular_file(family)
    if path is None:
        return Metrics({}, 0.55, 1.25)
    with TTFont(path, lazy=True) as font:
        units = font["head"].unitsPerEm
        hhea = font["hhea"]
        widths = font["hmtx"].metrics
        advances = {code: widths[name][0] / units for code, name in font.getBestCmap().items() if name in widths}
        line = (hhea.ascent - hhea.descent + hhea.lineGap) / units
    return Metrics(advances, sum(advances.values()) / max(len(advances), 1), line)
