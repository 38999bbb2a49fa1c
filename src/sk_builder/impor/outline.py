"""Paragraphs of a cell or a diktum turned into an outline: list items with their markers and depth.

A marker comes from Word's numbering or is typed by hand ("1.<tab>", "a)  ", "•"). Depth comes
from where the marker stands (the paragraph's indent, leading tabs), or from Word's list level;
where a drafter typed every level flush left, a change of marker kind after an item ending in
":" opens a deeper level and returning to a kind seen above closes it again; so does a list of
another kind between two items of one list (``1.`` / ``a.`` ``b.`` / ``2.``), colon or not. A
paragraph that is indented to the text of an open item continues that item, and so does a paragraph
without a marker between two items of one numbered list (``1.`` / paragraph / ``2.``): the same
readings as the house Markdown's (``text.jenjang``), so what is imported reads back the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.penanda import BULLET, is_bullet
from ..text.penomoran import marker_parse
from .blocks import Paragraph, Run

TAB = 720          # twips of a default tab stop (1.27 cm)
SPACE = 100        # twips of a space, roughly, in a 12 pt font
TOLERANCE = 90     # twips within which two indents count as the same
_TYPED = re.compile(r"^(?P<lead>[\t ]*)(?P<marker>\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[a-z]{1,2}[.)]|"
                    rf"{BULLET})(?P<gap>\t+| +|$)(?=\S|$)")
_OTHER_BULLETS = ("o", "§", "")
"""Bullets of Word's symbol fonts that the house grammar has no character for: read as "-"."""


@dataclass
class Node:
    """A paragraph (``marker`` None) or a list item with the blocks nested under it."""

    marker: str | None
    runs: list[Run]
    paragraph: Paragraph | None = None
    children: list["Node"] = field(default_factory=list)


@dataclass
class _Entry:
    marker: str | None
    runs: list[Run]
    start: int      # where the marker (or the first line) stands, twips
    text: int       # where the text stands, twips
    level: int      # Word's list level, or 0
    paragraph: Paragraph


def house_marker(marker: str) -> str | None:
    """The marker as the house Markdown writes it, or None when it cannot be a list marker there; a bullet is
    kept as the drafter wrote it ("▪", "•", "–")."""
    marker = marker.strip()
    if is_bullet(marker):
        return marker
    if marker in _OTHER_BULLETS:
        return "-"
    parsed = marker_parse(marker)
    if parsed is None or parsed[0][0] in "A" or marker[0].isupper():
        return None
    if parsed[0] in ("a.", "a)") and len(marker) > 2:
        return None  # "aa." and roman-looking pairs are kept as text
    return marker


def strip_runs(runs: list[Run], count: int) -> list[Run]:
    """Runs without their first ``count`` characters."""
    out: list[Run] = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        out.append(Run(run.text[count:], run.bold, run.italic, run.link))
        count = 0
    return out


def typed_marker(paragraph: Paragraph) -> tuple[str, int, int] | None:
    """(marker, characters to drop, leading tabs) of a list marker typed at the start of a paragraph."""
    match = _TYPED.match(paragraph.text)
    if not match:
        return None
    marker = house_marker(match["marker"])
    if marker is None:
        return None
    lead = match["lead"]
    return marker, match.end(), lead.count("\t") * TAB + lead.count(" ") * SPACE


def entry(paragraph: Paragraph) -> _Entry:
    """A paragraph with its marker (Word's or typed) separated from its text, and its positions."""
    first_line = paragraph.left - paragraph.hanging
    if paragraph.marker is not None:
        marker = house_marker(paragraph.marker)
        runs = paragraph.runs
        if marker is None:  # a number the house Markdown cannot keep as a list ("A.", "I."): text
            runs = [Run(f"{paragraph.marker} ")] + list(runs)
            return _Entry(None, runs, first_line, paragraph.left, paragraph.level, paragraph)
        return _Entry(marker, _lstrip(runs), first_line, paragraph.left, paragraph.level, paragraph)
    typed = typed_marker(paragraph)
    if typed is None:
        return _Entry(None, paragraph.runs, first_line, first_line, 0, paragraph)
    marker, drop, lead = typed
    start = first_line + lead
    text = paragraph.left if paragraph.hanging > 0 else start + TAB // 2
    return _Entry(marker, _lstrip(strip_runs(paragraph.runs, drop)), start, max(text, start + 1), 0, paragraph)


def _lstrip(runs: list[Run]) -> list[Run]:
    while runs and not runs[0].text.strip(" \t"):
        runs = runs[1:]
    if runs:
        runs = [Run(runs[0].text.lstrip(" \t"), runs[0].bold, runs[0].italic, runs[0].link), *runs[1:]]
    return runs


def _kind(marker: str | None) -> str:
    """A marker's kind ("1." and "2." are one kind); no marker has none."""
    if marker is None:
        return ""
    parsed = marker_parse(marker)
    return parsed[0] if parsed else marker


def _counts_on(before: str, after: str | None) -> bool:
    """Whether marker ``after`` carries on the count of ``before`` ("1." then "2.")."""
    if after is None:
        return False
    one, two = marker_parse(before), marker_parse(after)
    return bool(one and two and one[0] == two[0] and two[1] == one[1] + 1)


def _adopt(nodes: list[Node]) -> list[Node]:
    """Siblings that stand between two items of one list go under the first of them: a list of another kind,
    and paragraphs without a marker."""
    result: list[Node] = []
    index = 0
    while index < len(nodes):
        node = nodes[index]
        node.children = _adopt(node.children)
        result.append(node)
        index += 1
        if node.marker is None:
            continue
        end = index
        while end < len(nodes) and not (nodes[end].marker and _counts_on(node.marker, nodes[end].marker)):
            if nodes[end].marker and _kind(nodes[end].marker) == _kind(node.marker):
                break
            end += 1
        between = nodes[index:end]
        if between and end < len(nodes) and nodes[end].marker and _counts_on(node.marker, nodes[end].marker) \
                and _nestable(between):
            node.children.extend(_adopt(between))
            index = end
    return result


def _nestable(between: list[Node]) -> bool:
    """Paragraphs, or one list of one other kind starting at its first marker (with paragraphs of its own)."""
    markers = [n.marker for n in between if n.marker]
    if not markers:
        return True
    parsed = marker_parse(markers[0])
    return (parsed is None or parsed[1] == 1) and len({_kind(m) for m in markers}) == 1 \
        and between[0].marker is not None


def outline(paragraphs: list[Paragraph]) -> list[Node]:
    """The outline of a run of paragraphs (empty paragraphs are spacing and are dropped)."""
    roots: list[Node] = []
    stack: list[tuple[_Entry, Node]] = []
    previous_text = ""
    for paragraph in paragraphs:
        if not paragraph.text.strip() and paragraph.marker is None:
            continue
        item = entry(paragraph)
        if item.marker is None:
            _place_paragraph(item, stack, roots)
        else:
            _place_item(item, stack, roots, previous_text)
        previous_text = paragraph.text.rstrip()
    return _adopt(roots)


def _place_paragraph(item: _Entry, stack: list, roots: list[Node]) -> None:
    node = Node(None, item.runs, item.paragraph)
    while stack and item.start < stack[-1][0].text - TOLERANCE:
        stack.pop()
    if stack:
        stack[-1][1].children.append(node)
    else:
        roots.append(node)


def _place_item(item: _Entry, stack: list, roots: list[Node], previous_text: str) -> None:
    node = Node(item.marker, item.runs, item.paragraph)
    while stack and (item.start < stack[-1][0].start - TOLERANCE
                     or (_same_place(item, stack[-1][0]) and stack[-1][0].level > item.level)):
        stack.pop()
    if stack and _same_place(item, stack[-1][0]) and stack[-1][0].level == item.level:
        same = _same_kind_level(item, stack)
        if same is not None:
            del stack[same:]
        elif not previous_text.endswith(":"):
            stack.pop()
    (stack[-1][1].children if stack else roots).append(node)
    stack.append((item, node))


def _same_place(one: _Entry, other: _Entry) -> bool:
    return abs(one.start - other.start) <= TOLERANCE


def _same_kind_level(item: _Entry, stack: list) -> int | None:
    """The deepest open level at this indent and list level whose marker is of the item's kind."""
    assert item.marker is not None, "only list items (with a marker) are placed by kind"
    for index in range(len(stack) - 1, -1, -1):
        open_item = stack[index][0]
        if _same_place(open_item, item) and open_item.level == item.level \
                and _kind(open_item.marker) == _kind(item.marker):
            return index
    return None
