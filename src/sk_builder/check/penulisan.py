"""How legal instruments are cited in any text: "Undang-Undang", and "Nomor 25 Tahun 2009"."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterator

from .finding import FieldPath, Finding, Rule, line_col

RULES = (
    Rule("SK343", 'jenis peraturan ditulis "Undang-Undang" (kedua kata berhuruf kapital)'),
    Rule("SK344", 'rujukan peraturan ditulis "Nomor ... Tahun ...": "Tahun" berhuruf kapital, tidak salah eja'),
)

_UNDANG = re.compile(r"\bUndang-undang\b")
_CITATION = re.compile(r"\b(?:Nomor|No\.?)\s+[0-9][\w./-]*\s+(?P<word>[A-Za-z]+)\s+(?P<year>1[89]\d\d|2\d\d\d)\b")


def check_text(field: FieldPath, text: str) -> Iterator[Finding]:
    """Citation spelling in one text."""
    for match in _UNDANG.finditer(text):
        yield Finding("SK343", field, 'tulis "Undang-Undang", bukan "Undang-undang"', line_col(text, match.start()))
    for match in _CITATION.finditer(text):
        word = match["word"]
        if word != "Tahun" and SequenceMatcher(None, word.lower(), "tahun").ratio() >= 0.7:
            yield Finding("SK344", field, f'"{match.group(0)}": tulis "Tahun", bukan "{word}"',
                          line_col(text, match.start("word")))
