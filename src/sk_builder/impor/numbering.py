"""Word's automatic list numbering resolved into the markers a reader sees ("a.", "1)", "2.1").

numbering.xml keeps, for each list definition (abstractNum), nine levels with a number format
(decimal, lowerLetter, upperRoman, bullet, ...), a level text such as "%1." or "%1.%2" and a
start value; each list instance (num) points at a definition and may restart levels
(lvlOverride/startOverride). Paragraphs name an instance and a level (w:numPr), directly or
through their style. Counting follows Word: instances of one definition continue one another
unless an override restarts them, and a level restarts every deeper level.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.penomoran import huruf, romawi
from .wordstyles import W, attr, indent_of

_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf06e": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓",
                   "o": "o", "\uf02d": "-", "\u2013": "–"}


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    num_format: str
    text: str
    start: int
    left: int | None
    hanging: int | None
    legal: bool = False


def format_counter(num_format: str, value: int) -> str:
    """A counter value in a Word number format."""
    if num_format in ("lowerLetter", "upperLetter"):
        letters = huruf(max(value, 1)) if value <= 26 else huruf((value - 1) % 26 + 1) * ((value - 1) // 26 + 1)
        return letters.upper() if num_format == "upperLetter" else letters
    if num_format in ("lowerRoman", "upperRoman"):
        numeral = romawi(min(max(value, 1), 3999))
        return numeral.lower() if num_format == "lowerRoman" else numeral
    if num_format == "decimalZero":
        return f"{value:02d}"
    if num_format == "none":
        return ""
    return str(value)


def _level(node) -> Level:
    def val(tag: str, default: str | None = None) -> str | None:
        return attr(node.find(f"{W}{tag}"), "val", default)

    start = val("start", "1") or "1"
    left, hanging = indent_of(node.find(f"{W}pPr/{W}ind"))
    return Level(val("numFmt", "decimal") or "decimal", val("lvlText", "") or "",
                 int(start) if start.lstrip("-").isdigit() else 1, left, hanging,
                 node.find(f"{W}isLgl") is not None)


class Numbering:
    """The list definitions and instances of a document, and the running counters."""

    def __init__(self, root=None, style_numbers: dict[str, str] | None = None):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}
        self._nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self._style_numbers = style_numbers or {}
        self._counters: dict[tuple[str, str], dict[int, int]] = {}
        if root is not None:
            self._read(root)

    def _read(self, root) -> None:
        for node in root.iter(f"{W}abstractNum"):
            key = attr(node, "abstractNumId", "")
            self._abstract[key] = {int(attr(lvl, "ilvl", "0")): _level(lvl) for lvl in node.iter(f"{W}lvl")}
            link = attr(node.find(f"{W}numStyleLink"), "val")
            if link:
                self._links[key] = link
        for node in root.iter(f"{W}num"):
            starts, levels = {}, {}
            for override in node.iter(f"{W}lvlOverride"):
                ilvl = int(attr(override, "ilvl", "0"))
                start = attr(override.find(f"{W}startOverride"), "val")
                if start is not None and start.isdigit():
                    starts[ilvl] = int(start)
                if override.find(f"{W}lvl") is not None:
                    levels[ilvl] = _level(override.find(f"{W}lvl"))
            self._nums[attr(node, "numId", "")] = (attr(node.find(f"{W}abstractNumId"), "val", ""), starts, levels)

    def _definition(self, num_id: str, depth: int = 0) -> tuple[str, dict[int, Level]] | None:
        if num_id not in self._nums:
            return None
        abstract_id, _, overridden = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        if abstract_id in self._links and depth < 3:  # a list style: follow it to its own definition
            linked = self._style_numbers.get(self._links[abstract_id])
            if linked and linked != num_id:
                found = self._definition(linked, depth + 1)
                if found:
                    abstract_id, levels = found
        return abstract_id, {**levels, **overridden}

    def level(self, num_id: str, ilvl: int) -> Level | None:
        """The level definition a paragraph's numPr names, or None."""
        found = self._definition(num_id)
        return found[1].get(ilvl) if found else None

    def next_marker(self, num_id: str, ilvl: int) -> tuple[str, Level] | None:
        """Count one paragraph at (num_id, ilvl) and return its marker as printed, with its level."""
        found = self._definition(num_id)
        if found is None or ilvl not in found[1]:
            return None
        abstract_id, levels = found
        starts = self._nums[num_id][1]
        key = (abstract_id, num_id if starts else "")
        counters = self._counters.setdefault(key, {})
        level = levels[ilvl]
        first = starts.get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, first - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return self._printed(levels, counters, ilvl), level

    @staticmethod
    def _printed(levels: dict[int, Level], counters: dict[int, int], ilvl: int) -> str:
        level = levels[ilvl]
        if level.num_format == "bullet":
            text = level.text.strip()
            return _SYMBOL_BULLETS.get(text, text or "•")
        text = level.text
        for k in range(9, 0, -1):
            token = f"%{k}"
            if token in text:
                other = levels.get(k - 1)
                value = counters.get(k - 1, other.start if other else 1)
                fmt = "decimal" if level.legal and k - 1 < ilvl else (other.num_format if other else "decimal")
                text = text.replace(token, format_counter(fmt, value))
        return text.strip()
