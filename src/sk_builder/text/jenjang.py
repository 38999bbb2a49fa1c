"""The levels of a list written flat: a lettered list under a numbered item, typed flush left, read as nested.

Drafters often type every level of a list at the same indent::

    1. Persyaratan administrasi:
    a. KTP;
    b. KK;
    2. Persyaratan teknis.

The printed decree nests a.-b. under 1. This module gives such lines the indentation that makes the
house Markdown nest them, before they are parsed (``uraian``), so rendering and the drafting checks
see the same tree. A list of another kind that starts (``a.``, ``1.``, ``a)``, a bullet) on the line
right after an item is nested under that item when the item introduces it (ends with ":") or when
the outer list goes on after it (``2.`` after ``1.``); otherwise, or after a blank line or a list
written deeper under the item, it stays a list of its own. A paragraph without a marker between two
items of one numbered list (after a blank line, at the list's indent: ``1.`` / paragraph / ``2.``)
belongs to the item above it: it is indented to that item's text. Only the indentation changes;
every line keeps its place, so positions stay true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .penanda import is_bullet, marker_at
from .penomoran import marker_parse

_COLON = re.compile(r":[*_\s]*$")


@dataclass
class _Item:
    """A list item at the region's indent: its line, marker kind and value, and where its text starts."""

    line: int
    kind: str
    value: int
    content: int
    gap: bool = False  # a blank line stands before it
    apart: bool = False  # lines of a deeper list stand between it and the item above
    colon: bool = False
    depth: int = 0
    shift: int = 0


def marker_kind(marker: str) -> tuple[str, int]:
    """A marker's kind and value ("c)" -> ("a)", 3)); a bullet is its own kind, always a first item."""
    if is_bullet(marker):
        return marker, 0
    parsed = marker_parse(marker)
    return parsed if parsed is not None else (marker, 0)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _items(lines: list[str]) -> dict[int, tuple[int, str, int, int]]:
    """Every line that is a list item: (indent, kind, value, column of its text)."""
    found = {}
    for number, line in enumerate(lines):
        match = marker_at(line, lines[number - 1] if number else None)
        if match is not None:
            kind, value = marker_kind(match["marker"])
            gap = len(line[match.end():]) - len(line[match.end():].lstrip(" "))
            found[number] = (len(match["indent"]), kind, value, match.end() + max(1, min(gap, 4)))
    return found


def _first(item: _Item) -> bool:
    return item.value in (0, 1)


def _continues(frame: _Item, item: _Item) -> bool:
    """Whether ``item`` is the next item of the list ``frame`` stands in."""
    return item.kind == frame.kind and (item.value == frame.value + 1 or item.value == 0)


def _counts_on(frame: _Item, item: _Item) -> bool:
    """Whether ``item`` carries on the count of the numbered list ``frame`` stands in (bullets count nothing)."""
    return item.kind == frame.kind and item.value == frame.value + 1


class _Region:
    """One list written at one indent, from its first item to where a paragraph or a shallower line ends it."""

    def __init__(self, lines: list[str], items: dict, start: int):
        self.lines, self.items, self.indent = lines, items, items[start][0]
        self.members: list[_Item] = []
        self.paragraphs: dict[int, int] = {}  # first line of a paragraph inside an item -> index of the item
        self.end = self._scan(start)

    def _item(self, number: int) -> _Item:
        _, kind, value, content = self.items[number]
        return _Item(number, kind, value, content)

    def _scan(self, start: int) -> int:
        """Collect the region's items and inner paragraphs; the line after its last line."""
        number, blank, deeper = start, False, False
        while number < len(self.lines):
            line = self.lines[number]
            here = self.items.get(number)
            if not line.strip():
                blank = True
            elif here is not None and here[0] == self.indent:
                self.members.append(self._item(number))
                self.members[-1].gap, self.members[-1].apart, deeper = blank, deeper, False
            elif here is not None and here[0] > self.indent:
                deeper = True
            elif here is not None and here[0] < self.indent:
                return number
            elif blank and here is None and _indent(line) <= self.indent and not self._inner_paragraph(number):
                return number
            if line.strip():
                blank = False
            number += 1
        return number

    def _inner_paragraph(self, number: int) -> bool:
        """Whether the paragraph at ``number`` stands between two items of one list (it then belongs to the
        item above it)."""
        if _indent(self.lines[number]) != self.indent or not self.members:
            return False
        after = number + 1
        while after < len(self.lines) and after not in self.items and (
                not self.lines[after].strip() or _indent(self.lines[after]) >= self.indent):
            after += 1
        nxt = self.items.get(after)
        if nxt is None or nxt[0] != self.indent or not any(_counts_on(m, self._item(after)) for m in self.members):
            return False
        self.paragraphs[number] = len(self.members) - 1
        return True

    def _colons(self) -> None:
        """Whether each item's own text (up to a blank line or the next item) ends with ":"."""
        for item in self.members:
            last = item.line
            while last + 1 < self.end and self.lines[last + 1].strip() and last + 1 not in self.items:
                last += 1
            item.colon = _COLON.search(self.lines[last]) is not None

    def _opens(self, index: int, stack: list[_Item]) -> bool:
        """Whether the item at ``index`` starts a list nested under the item above it: that item ends with
        ":", or the list the item above stands in goes on after this one (past the items of this list and
        of lists that start under them, which would nest deeper still)."""
        if stack[-1].colon:
            return True
        kind = self.members[index].kind
        for later in self.members[index + 1:]:
            if any(_continues(frame, later) for frame in stack):
                return True
            if later.kind != kind and not _first(later):
                return False
        return False

    def levels(self) -> None:
        """Each item's depth and how far its lines move right."""
        self._colons()
        stack: list[_Item] = []
        for index, item in enumerate(self.members):
            if stack and item.kind != stack[-1].kind:
                below = next((k for k in range(len(stack) - 2, -1, -1) if _continues(stack[k], item)), None)
                if below is not None:
                    del stack[below + 1:]
                elif _first(item) and not item.gap and not item.apart and self._opens(index, stack):
                    parent = stack[-1]
                    item.depth, item.shift = parent.depth + 1, parent.content + parent.shift - self.indent
                    stack.append(item)
                    continue
                else:
                    stack.clear()
            if stack:
                item.depth, item.shift = stack[-1].depth, stack[-1].shift
                stack[-1] = item
            else:
                stack.append(item)

    def shifted(self, out: list[str]) -> None:
        """Move the region's lines right: an item's lines by its shift, an inner paragraph to its item's text."""
        shift, ordinal = 0, -1
        for number in range(self.members[0].line, self.end):
            if ordinal + 1 < len(self.members) and number == self.members[ordinal + 1].line:
                ordinal += 1
                shift = self.members[ordinal].shift
            elif number in self.paragraphs:
                owner = self.members[self.paragraphs[number]]
                shift = owner.content + owner.shift - self.indent
            if shift and out[number].strip():
                out[number] = " " * shift + out[number]


def nested(lines: list[str]) -> list[str]:
    """The lines with every flat-written sub-list indented under its item (and inner paragraphs under theirs);
    lists written deeper inside an item are read the same way, each at its own indent."""
    items = _items(lines)
    out, placed = list(lines), set[int]()
    for number in sorted(items):
        if number in placed:
            continue
        region = _Region(lines, items, number)
        placed.update(item.line for item in region.members)
        region.levels()
        region.shifted(out)
    return out
