"""How legal instruments are cited in any text: "Undang-Undang", and "Nomor 25 Tahun 2009"."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterator

from .finding import FieldPath, Finding, line_col, rules

RULES = rules("SK343", "SK344")

_UNDANG = re.compile(r"\bUndang-undang\b")
_TENTANG = re.compile(r"\b(?:Nomor|No\.?)\s+[0-9][\w./-]*\s+Tahun\s+(?:1[89]\d\d|2\d\d\d)\s+(?P<word>Tentang)\b")
_NOMOR = re.compile(r"(?<=[a-z] )(?P<word>nomor)(?=\s+[0-9][\w./-]*\s+[Tt]ahun\s+(?:1[89]|2\d)\d\d\b)")
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
    for match in _TENTANG.finditer(text):
        yield Finding("SK344", field, 'tulis "tentang" dengan huruf kecil di dalam rujukan peraturan',
                      line_col(text, match.start("word")))
    for match in _NOMOR.finditer(text):
        yield Finding("SK344", field, 'tulis "Nomor" dengan huruf kapital di dalam rujukan peraturan',
                      line_col(text, match.start("word")))
