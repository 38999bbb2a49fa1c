"""What Word list numbering a list marker as written stands for, and where a list must restart.

Every bullet of the house grammar (``text.penanda``: ``-``, ``▪``, ``•``, ``·``, ``–``, ...) is a Word bullet
level whose text is that very character, so Word and LibreOffice print the bullet the drafter wrote."""

from __future__ import annotations

from dataclasses import dataclass

from ...text.penanda import is_bullet
from ...text.penomoran import marker_parse

_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter"}


@dataclass(frozen=True)
class ListFormat:
    """A Word numbering level: numFmt, lvlText with ``%1`` for the counter, and the start value."""

    num_fmt: str
    text: str
    start: int

    def level_text(self, ilvl: int) -> str:
        """The lvlText for this format placed at level ``ilvl`` (the counter is ``%<ilvl+1>``)."""
        return self.text.replace("%1", f"%{ilvl + 1}")

    def follows(self, other: ListFormat, count: int) -> bool:
        """Whether this marker continues a run of ``count`` items that started with ``other``."""
        return (self.num_fmt, self.text) == (other.num_fmt, other.text) and self.start == other.start + count


def list_format(marker: str) -> ListFormat:
    """The Word numbering of one marker: "c)" -> lowerLetter "%1)" from 3; "2.1" -> decimal "2.%1" from 1."""
    written = marker.strip()
    if is_bullet(written):
        return ListFormat("bullet", written, 1)
    parsed = marker_parse(written)
    if parsed is None:
        return ListFormat("none", written, 1)  # printed literally
    kind, value = parsed
    if kind.startswith("1.1"):
        prefix = written.removesuffix(".").rsplit(".", 1)[0] + "."
        return ListFormat("decimal", prefix + "%1" + ("." if written.endswith(".") else ""), value)
    return ListFormat(_FORMATS[kind[0]], "%1" + kind[1:], value)


def runs(markers: list[str]) -> list[tuple[ListFormat, int]]:
    """Split a list's markers into runs that Word can count: same format and consecutive values.

    A marker that does not continue the run before it (a skipped or repeated number, another
    kind) starts a new run, so Word prints every marker exactly as the drafter wrote it.
    """
    result: list[tuple[ListFormat, int]] = []
    for marker in markers:
        fmt = list_format(marker)
        if result and (fmt.num_fmt == "bullet" and fmt == result[-1][0] or fmt.follows(*result[-1])):
            result[-1] = (result[-1][0], result[-1][1] + 1)
        else:
            result.append((fmt, 1))
    return result


def marker_width_mm(markers: list[str]) -> float:
    """The hanging indent for a list's markers, as the HTML stylesheet sets it (by the widest marker)."""
    widest = max((len(m.strip()) for m in markers), default=1)
    return {1: 5.0, 2: 7.0, 3: 8.5, 4: 10.0}.get(widest, 12.0)
