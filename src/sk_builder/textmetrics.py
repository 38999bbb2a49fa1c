"""Text measured with the font's own metrics, to foresee how tall a table row or a line will be."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from fontTools.ttLib import TTFont

from .fonts import regular_file

MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Metrics:
    """Advance widths (in em) of a font's characters and its natural line height (em)."""

    advances: dict
    default: float
    line: float

    def width(self, text: str, size_pt: float) -> float:
        """The width of a text in millimetres."""
        return sum(self.advances.get(ord(ch), self.default) for ch in text) * size_pt * MM_PER_PT

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

        def wide(part: tuple[str, ...]) -> float:
            return self.width(" ".join(part), size_pt) * wider

        if len(words) < 2 or wide(tuple(words)) <= width_mm:
            return (text,)
        best: list[tuple[str, ...]] = [tuple(words)]
        for count in range(2, min(len(words), 4) + 1):
            splits = ([tuple(words[a:b]) for a, b in zip((0, *cuts), (*cuts, len(words)))]
                      for cuts in combinations(range(1, len(words)), count - 1))
            best = min(splits, key=lambda parts: max(wide(p) for p in parts))
            if max(wide(p) for p in best) <= width_mm:
                break
        return tuple(" ".join(part) for part in best)


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
