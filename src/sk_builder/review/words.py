"""Word-level differences between two lines of text (difflib on word tokens)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

# A word keeps inner hyphens, slashes, dots and apostrophes ("Undang-Undang", "08.00", "Rp10.000");
# every other punctuation mark is a token of its own, so "hari." and "hari" differ by the ".".
_TOKEN = re.compile(r"\s*(?:\w+(?:[-/.'’]\w+)*|[^\w\s])")


@dataclass(frozen=True)
class Segment:
    """A run of text that is kept (``equal``), removed (``delete``) or added (``insert``)."""

    op: str
    text: str


def tokens(text: str) -> list[str]:
    """Word and punctuation tokens, each with the whitespace before it."""
    return _TOKEN.findall(text)


def _append(segments: list[Segment], op: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """Segments that turn ``old`` into ``new``; joining equal+delete gives old, equal+insert new."""
    a, b = tokens(old), tokens(new)
    matcher = SequenceMatcher(None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False)
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for before, after in zip(a[i1:i2], b[j1:j2]):
                word = after.lstrip()
                space_before, space_after = before[: len(before) - len(word)], after[: len(after) - len(word)]
                if space_before == space_after:
                    _append(segments, "equal", after)
                    continue
                _append(segments, "delete", space_before)
                _append(segments, "insert", space_after)
                _append(segments, "equal", word)
            continue
        _append(segments, "delete", "".join(a[i1:i2]))
        _append(segments, "insert", "".join(b[j1:j2]))
    return tuple(segments)


def similarity(old: str, new: str) -> float:
    """How alike two lines are by their words (0 to 1)."""
    a, b = [t.strip() for t in tokens(old)], [t.strip() for t in tokens(new)]
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()
