"""Flowcharts against the lettered explanations written beside them: as many items as steps, each
item saying what its step says.

Which hand-written list explains which chart: a chart placed after an item (``setelah``) is explained
by the lettered list that opens the text printed after it (a heading line ending in ":", not an
item itself, may stand before it); the charts printed after the whole text share the first lettered list of the rest, or
take one list each when the text has exactly as many. A chart with nothing of the kind is left alone:
its explanations are printed from the chart (``keterangan``) or the drafter wrote none."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Iterator, Sequence

from ..flowchart.tempat import matches
from ..model import Bagan, Langkah
from ..project import Service
from ..text.penanda import marker_at
from ..text.penomoran import marker_parse
from .daftar import Item, enumerations
from .finding import Finding, rules

RULES = rules("SK376", "SK377")

_SIMILAR = 0.35
_WORD = re.compile(r"[a-z]{3,}")
_FIELD = ("komponen", "prosedur")


def standar(service: Service) -> Iterator[Finding]:
    """The lettered lists of the procedure text against the steps of the charts they explain."""
    komponen = service.record.komponen
    if not komponen.bagan_prosedur or not komponen.prosedur:
        return
    text = komponen.prosedur
    claimed: list[tuple[Item, ...]] = []
    last_cut = 0
    for bagan in komponen.bagan_prosedur:
        found = matches(text, bagan.setelah) if bagan.setelah else ()
        if len(found) == 1:
            last_cut = max(last_cut, found[0].end)
            own = _opening(text, found[0].end, lettered(text))
            if own is not None:
                claimed.append(own)
                yield from compare(own, steps([bagan]))
    unplaced = [bagan for bagan in komponen.bagan_prosedur if not bagan.setelah]
    rest = [items for items in lettered(text, nested=False) if items not in claimed and items[0].line >= last_cut]
    if not rest or not unplaced:
        return
    if len(unplaced) > 1 and len(rest) == len(unplaced):
        for items, bagan in zip(rest, unplaced):
            yield from compare(items, steps([bagan]))
    else:
        yield from compare(rest[0], steps(unplaced))


def steps(charts: Sequence[Bagan]) -> list[Langkah]:
    """The lettered steps of charts (every step that is not ``mulai`` or ``selesai``), in order."""
    return [step for chart in charts for step in chart.langkah if step.jenis not in ("mulai", "selesai")]


def lettered(text: str, nested: bool = True) -> list[tuple[Item, ...]]:
    """Every lettered list (first marker "a." or "a)") of a text in reading order, up to its first item of
    another kind (a list the reader sees go on: "a." "b." "2."): at any depth, or with ``nested`` False the
    top-level ones only."""
    found: list[tuple[Item, ...]] = []

    def walk(groups: Sequence[tuple[Item, ...]]) -> None:
        for items in groups:
            kind = _kind(items[0])
            if kind in ("a.", "a)"):
                found.append(tuple(takewhile(lambda item: _kind(item) == kind, items)))
            for item in items if nested else ():
                walk(item.sublists)

    walk(enumerations(text))
    return sorted(found, key=lambda items: items[0].line)


def _kind(item: Item) -> str:
    return (marker_parse(item.marker) or ("", 0))[0]


def _opening(text: str, cut: int, lists: list[tuple[Item, ...]]) -> tuple[Item, ...] | None:
    """The lettered list that opens the text from line ``cut`` on (after at most one heading line ending
    in ":"), if any."""
    following = [items for items in lists if items[0].line >= cut]
    if not following:
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    between = [line for line in lines[cut:following[0][0].line] if line.strip()]
    heading = len(between) == 1 and between[0].rstrip().endswith(":") and marker_at(between[0]) is None
    return following[0] if not between or heading else None


def compare(items: tuple[Item, ...], said: list[Langkah]) -> Iterator[Finding]:
    """SK376 when the counts differ, else SK377 for every item that does not say what its step says."""
    if not said:
        return
    if len(items) != len(said):
        yield Finding("SK376", _FIELD, f"bagan alir memuat {len(said)} langkah, keterangannya {len(items)} butir "
                                       f'("{items[0].marker}" ... "{items[-1].marker}"); samakan',
                      (items[0].line, items[0].col))
        return
    for item, step in zip(items, said):
        words = _words(step.teks) | _words(step.uraian or "")
        if _overlap(_words(item.lead), words) < _SIMILAR:
            yield Finding("SK377", _FIELD, f'butir "{item.marker}" tidak sesuai dengan kotak bagannya '
                                           f'("{step.teks}")', (item.line, item.col))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))
