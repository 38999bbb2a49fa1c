"""Align the lines of one part across two revisions: kept, changed, inserted, deleted or moved.

Lines are matched on their words without the list marker, so an item that moves or a list that is
renumbered after an item was removed is recognised as such; word-level differences are computed
only between lines that were paired up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .uraian_text import Line
from .words import Segment, similarity, word_diff

# List endings that change when an item moves to or from the end of a list.
_ENDING = re.compile(r"(?:[;,.:]|;\s*(?:dan|atau|dan/atau))\s*$")
PAIRING = 0.4


@dataclass(frozen=True)
class LineChange:
    """One line of the new text (or a removed one) and how it came to be.

    ``op`` is ``equal``, ``change`` (words differ), ``insert``, ``delete``, ``move_to`` (the same
    words at a new position; ``words`` shows any edit made while moving) or ``move_from`` (where a
    moved line used to be; ``new_index`` tells where it went). Indexes count lines of the part from 0.
    """

    op: str
    old: Line | None
    new: Line | None
    old_index: int | None
    new_index: int | None
    words: tuple[Segment, ...] = ()

    @property
    def renumbered(self) -> bool:
        """Kept words under a different list marker (e.g. after an item above was removed)."""
        return self.old is not None and self.new is not None and self.old.marker != self.new.marker

    @property
    def line(self) -> Line:
        """The line as shown: the new one, or the old one of a ``delete`` or ``move_from``."""
        line = self.new or self.old
        assert line is not None, "align() makes no change without a line"
        return line

    @property
    def sides(self) -> tuple[Line, Line]:
        """The old and the new line of an ``equal``, ``change`` or ``move_to``."""
        if self.old is None or self.new is None:
            raise ValueError(f"a {self.op} line has one side only")
        return self.old, self.new

    @property
    def positions(self) -> tuple[int, int]:
        """The old and the new index of a line on both sides, or of a move's two ends (``move_from`` too)."""
        if self.old_index is None or self.new_index is None:
            raise ValueError(f"a {self.op} line has one position only")
        return self.old_index, self.new_index


def _key(line: Line) -> tuple[int, str]:
    return (line.level, _ENDING.sub("", line.text).strip())


def _pair(old: list[Line], new: list[Line], olds: list[int], news: list[int]) -> list[tuple[int | None, int | None]]:
    """Pair removed with added lines of one block: by position when one each, else by likeness."""
    if len(olds) == 1 and len(news) == 1:
        return [(olds[0], news[0])]
    pairs: list[tuple[int | None, int | None]] = []
    start = 0
    for i in olds:
        best, best_score = None, PAIRING
        for position in range(start, len(news)):
            score = similarity(old[i].text, new[news[position]].text)
            if score >= best_score:
                best, best_score = position, score
        if best is None:
            pairs.append((i, None))
            continue
        pairs.extend((None, j) for j in news[start:best])
        pairs.append((i, news[best]))
        start = best + 1
    pairs.extend((None, j) for j in news[start:])
    return pairs


def _change(old: list[Line], new: list[Line], i: int | None, j: int | None, op: str | None = None) -> LineChange:
    if i is None:
        assert j is not None, "_pair() pairs no line with nothing"
        return LineChange("insert", None, new[j], None, j)
    if j is None:
        return LineChange("delete", old[i], None, i, None)
    a, b = old[i], new[j]
    if op is None:
        op = "equal" if (a.level, a.text) == (b.level, b.text) else "change"
    words = word_diff(a.text, b.text) if a.text != b.text else ()
    return LineChange(op, a, b, i, j, words)


def _moves(old: list[Line], new: list[Line], blocks) -> dict[int, int]:
    """Removed lines that reappear elsewhere with the same words: old index -> new index."""
    waiting: dict[tuple[int, str], list[int]] = {}
    for _, olds, _ in blocks:
        for i in olds:
            waiting.setdefault(_key(old[i]), []).append(i)
    moves: dict[int, int] = {}
    for _, _, news in blocks:
        for j in news:
            candidates = waiting.get(_key(new[j]))
            if candidates:
                moves[candidates.pop(0)] = j
    return moves


def align(old: list[Line], new: list[Line]) -> list[LineChange]:
    """The changes from ``old`` to ``new`` in reading order.

    Within a changed block, removed lines (and ``move_from`` marks where a moved line used to be)
    come first, then the block's new lines (``change``, ``insert`` or ``move_to``).
    """
    matcher = SequenceMatcher(None, [_key(x) for x in old], [_key(x) for x in new], autojunk=False)
    opcodes = matcher.get_opcodes()
    blocks = [(op, list(range(i1, i2)), list(range(j1, j2))) for op, i1, i2, j1, j2 in opcodes if op != "equal"]
    moves = _moves(old, new, blocks)
    moved_to = {j: i for i, j in moves.items()}
    result: list[LineChange] = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            result.extend(_change(old, new, i, j) for i, j in zip(range(i1, i2), range(j1, j2)))
            continue
        olds = [i for i in range(i1, i2) if i not in moves]
        news = [j for j in range(j1, j2) if j not in moved_to]
        pairs = _pair(old, new, olds, news)
        paired = {j: i for i, j in pairs if j is not None}
        for i in range(i1, i2):
            if i in moves:
                result.append(LineChange("move_from", old[i], None, i, moves[i]))
            elif (i, None) in pairs:
                result.append(_change(old, new, i, None))
        for j in range(j1, j2):
            if j in moved_to:
                result.append(_change(old, new, moved_to[j], j, "move_to"))
            else:
                result.append(_change(old, new, paired.get(j), j))
    return result
