"""Enumerations in Uraian text: ";" after each item, "; dan" before the last, "." at the end,
":" before sub-items, and markers that neither skip nor switch kind (Lampiran II UU 12/2011)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Iterator

from markdown_it.tree import SyntaxTreeNode

from .. import uraian
from ..text.penanda import is_bullet
from ..text.penomoran import marker_parse
from .finding import FieldPath, Finding, rules

RULES = rules("SK301", "SK302", "SK303", "SK304", "SK305", "SK306", "SK307", "SK308")
_LABEL_WORDS = 6
"""An item of at most this many words with no punctuation is a label (a role, a contact), not a clause."""

_LISTS = ("ordered_list", "bullet_list")
_CONJUNCTION = re.compile(r";\s*(dan|atau|dan/atau)$")


@dataclass(frozen=True)
class Item:
    """A list item: its marker as written, where the marker stands, its own text and its sub-lists."""

    marker: str
    line: int
    col: int
    lead: str
    end: tuple[int, int]
    sublists: tuple[tuple["Item", ...], ...]


@lru_cache(maxsize=8192)
def enumerations(text: str) -> tuple[tuple[Item, ...], ...]:
    """The top-level enumerations of Uraian text (adjacent lists that do not restart count as one);
    cached, since several rules read the same text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return tuple(_lists(uraian.tree(text).children, lines))


def _lists(children: list[SyntaxTreeNode], lines: list[str]) -> list[tuple[Item, ...]]:
    groups: list[list[Item]] = []
    current: list[Item] | None = None
    for child in children:
        if child.type not in _LISTS:
            current = None
            continue
        items = [_item(node, lines) for node in child.children if node.type == "list_item"]
        if not items:
            continue
        if current is not None and _nests_under(current[-1], items):
            current[-1] = replace(current[-1], sublists=current[-1].sublists + (tuple(items),))
        elif current is not None and not _restarts(items[0].marker):
            current.extend(items)
        else:
            current = items
            groups.append(current)
    return [tuple(group) for group in groups]


def _nests_under(parent: Item, items: list[Item]) -> bool:
    """A list of another kind that restarts right after an item ending with ":" belongs to that item,
    even when written flat ("1. Berkas:" / "a. KTP;" / "b. KK;" / "2. ...")."""
    first, own = _kind(items[0].marker), _kind(parent.marker)
    return (first is not None and own is not None and first[1] == 1 and first[0] != own[0]
            and ending(parent.lead) == "colon")


def _item(node: SyntaxTreeNode, lines: list[str]) -> Item:
    line = node.map[0] if node.map else 0
    source = lines[line] if line < len(lines) else ""
    col = len(source) - len(source.lstrip(" "))
    marker = node.meta.get("marker", "-")
    paragraphs, first_list = [], None
    for i, child in enumerate(node.children):
        if child.type in _LISTS:
            first_list = i
            break
        if child.type == "paragraph":
            paragraphs.append(child)
    if first_list is None:
        paragraphs = [c for c in node.children if c.type == "paragraph"][-1:]
    sublists = _lists(node.children, lines) if first_list is not None else []
    if not paragraphs:
        return Item(marker, line, col, "", (line, col + len(marker) - 1), tuple(sublists))
    last = paragraphs[-1]
    lead = " ".join(p.children[0].content if p.children else "" for p in paragraphs)
    end_line = (last.map[1] - 1) if last.map else line
    end_text = lines[end_line].rstrip() if end_line < len(lines) else ""
    return Item(marker, line, col, lead, (end_line, max(0, len(end_text) - 1)), tuple(sublists))


def _kind(marker: str) -> tuple[str, int] | None:
    """The kind of a marker ("1.", "a)", "2.x" for 2.1, 2.2, or the bullet as written: "▪", "-") and its value."""
    if is_bullet(marker):
        return marker, 0
    parsed = marker_parse(marker)
    if parsed is None:
        return None
    kind, value = parsed
    if "." in marker.rstrip(".") and kind.startswith("1.1"):
        prefix = marker.rstrip(".").rsplit(".", 1)[0]
        return f"{prefix}.x", value
    return kind, value


def _restarts(marker: str) -> bool:
    kind = _kind(marker)
    return kind is not None and kind[1] == 1


def ending(text: str) -> str:
    """How an item ends: "conj" ("; dan"), "semi", "colon", "period" or "other"."""
    stripped = text.rstrip().rstrip("*_").rstrip()
    if _CONJUNCTION.search(stripped):
        return "conj"
    return {";": "semi", ":": "colon", ".": "period"}.get(stripped[-1:], "other")


def check_text(field: FieldPath, text: str) -> Iterator[Finding]:
    """Every enumeration rule broken in one Uraian text (a text of punctuation only is SK331's)."""
    if not any(ch.isalnum() for ch in text):
        return
    before: tuple[str, int] | None = None
    for items in enumerations(text):
        first = _kind(items[0].marker)
        if not (before and first and before[0] == first[0] and first[1] == before[1] + 1):
            yield from _start(field, items)
        yield from _check_list(field, items, continues=False)
        before = _kind(items[-1].marker)


def _start(field: FieldPath, items: tuple[Item, ...]) -> Iterator[Finding]:
    """A list whose first marker is not a/1 (nor continues the list before it)."""
    first = _kind(items[0].marker)
    if first is not None and not is_bullet(first[0]) and first[1] != 1:
        yield Finding("SK307", field, f'daftar dimulai dari "{items[0].marker}"; mulai dari "a." atau "1."',
                      (items[0].line, items[0].col))


def _check_list(field: FieldPath, items: tuple[Item, ...], continues: bool) -> Iterator[Finding]:
    yield from _sequence(field, items)
    for item in items:
        if not item.lead.strip() and not item.sublists:
            yield Finding("SK306", field, f'butir "{item.marker}" kosong; hapus penandanya atau isi butirnya',
                          (item.line, item.col))
    items = tuple(item for item in items if item.lead.strip() or item.sublists)
    if _unpunctuated(items):
        yield from _bare_list(field, items)
        return
    for i, item in enumerate(items):
        if item.sublists:
            if ending(item.lead) != "colon":
                yield Finding("SK304", field, f'butir "{item.marker}" memuat sub-butir; akhiri dengan ":"', item.end)
            for j, sub in enumerate(item.sublists):
                more = continues or i < len(items) - 1 or j < len(item.sublists) - 1
                yield from _start(field, sub)
                yield from _check_list(field, sub, more)
            continue
        yield from _punctuation(field, item, len(items) - 1 - i, continues)


def _unpunctuated(items: tuple[Item, ...]) -> bool:
    """A list of two or more items none of which has sub-items or ends with punctuation."""
    return len(items) > 1 and all(not item.sublists and ending(item.lead) == "other" for item in items)


def _bare_list(field: FieldPath, items: tuple[Item, ...]) -> Iterator[Finding]:
    """One finding for a whole list written without punctuation: SK308 (off by default) when every item
    is a short label, SK301 otherwise."""
    first = items[0]
    labels = all(len(item.lead.split()) <= _LABEL_WORDS for item in items)
    code = "SK308" if labels or is_bullet(first.marker) else "SK301"
    yield Finding(code, field, f'daftar "{first.marker}" ... "{items[-1].marker}" tanpa tanda baca: akhiri tiap butir '
                               'dengan ";", butir sebelum terakhir dengan "; dan" atau "; atau", butir terakhir '
                               'dengan "."', (first.line, first.col))


def _punctuation(field: FieldPath, item: Item, left: int, continues: bool) -> Iterator[Finding]:
    """The ending of one item that has no sub-items; ``left`` counts the items after it."""
    kind, marker = ending(item.lead), f'"{item.marker}"'
    if left == 0 and not continues:
        if kind != "period":
            yield Finding("SK303", field, f'butir terakhir {marker} harus diakhiri "."', item.end)
    elif left == 0:
        if kind not in ("semi", "conj"):
            what = '"."' if kind == "period" else "tanpa tanda baca yang benar"
            yield Finding("SK301", field, f'butir {marker} diakhiri {what} padahal daftar induknya berlanjut; '
                                          'akhiri dengan ";"', item.end)
    elif left == 1:
        if kind in ("semi", "other", "colon"):
            yield Finding("SK302", field, f'butir {marker} sebelum butir terakhir harus diakhiri "; dan", '
                                          '"; atau" atau "; dan/atau"', item.end)
        elif kind == "period":
            yield Finding("SK301", field, f'butir {marker} diakhiri "." di tengah daftar; tulis "; dan" '
                                          '(atau "; atau")', item.end)
    elif kind == "conj":
        yield Finding("SK302", field, f'butir {marker}: "; dan"/"; atau" hanya pada butir sebelum terakhir; '
                                      'tulis ";"', item.end)
    elif kind != "semi":
        what = '"." di tengah daftar' if kind == "period" else 'tanpa ";"'
        yield Finding("SK301", field, f'butir {marker} diakhiri {what}; tulis ";"', item.end)


def _sequence(field: FieldPath, items: tuple[Item, ...]) -> Iterator[Finding]:
    """Markers that switch kind, skip or repeat; after a stray marker ("1) 2) c) 4)") the count goes on
    from the last marker of the list's own kind, so one slip is one finding."""
    anchor, since = _kind(items[0].marker), 0
    for before, item in pairwise(items):
        since += 1
        current = _kind(item.marker)
        if anchor is None or current is None:
            continue
        where = (item.line, item.col)
        pair = f'penanda "{item.marker}" sesudah "{before.marker}"'
        if current[0] != anchor[0]:
            stray = _kind(before.marker)
            if not (stray and stray[0] == current[0] and current[1] == stray[1] + 1):
                yield Finding("SK305", field, f"{pair}: jenis penanda berganti di tengah daftar", where)
            continue
        if not is_bullet(current[0]) and current[1] != anchor[1] + since:
            previous = anchor[1] + since - 1
            what = "berulang" if current[1] == previous else ("mundur" if current[1] < previous else "melompat")
            yield Finding("SK305", field, f"{pair}: nomor {what}", where)
        anchor, since = current, 0
