"""Flowcharts against the lettered explanations written beside them: as many items as steps, each
item saying what its step says."""

from __future__ import annotations

import re
from typing import Iterator

from ..project import Service
from ..text.penomoran import marker_parse
from .daftar import enumerations
from .finding import Finding, rules

RULES = rules("SK376", "SK377")

_SIMILAR = 0.35
_WORD = re.compile(r"[a-z]{3,}")


def standar(service: Service) -> Iterator[Finding]:
    """The lettered list of the procedure text against the steps of its charts."""
    komponen = service.record.komponen
    if not komponen.bagan_prosedur or not komponen.prosedur:
        return
    steps = [step for chart in komponen.bagan_prosedur for step in chart.langkah
             if step.jenis not in ("mulai", "selesai")]
    lettered = [items for items in enumerations(komponen.prosedur)
                if (marker_parse(items[0].marker) or ("", 0))[0] in ("a.", "a)")]
    if not lettered or not steps:
        return
    items = lettered[0]
    field = ("komponen", "prosedur")
    if len(items) != len(steps):
        yield Finding("SK376", field, f"bagan alir memuat {len(steps)} langkah, keterangannya {len(items)} butir "
                                      f'("{items[0].marker}" ... "{items[-1].marker}"); samakan',
                      (items[0].line, items[0].col))
        return
    for item, step in zip(items, steps):
        said = _words(step.teks) | _words(step.uraian or "")
        if _overlap(_words(item.lead), said) < _SIMILAR:
            yield Finding("SK377", field, f'butir "{item.marker}" tidak sesuai dengan kotak bagannya '
                                          f'("{step.teks}")', (item.line, item.col))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))
