"""Numbers written as numeral then words: "12 (dua belas)", the words matching and in lower case."""

from __future__ import annotations

import re
from typing import Iterator

from ..text.terbilang import angka_dari_kata, terbilang
from .finding import FieldPath, Finding, line_col, rules

RULES = rules("SK311", "SK312")

_NUMBER = re.compile(
    r"(?<![\w.,/-])(?P<numeral>\d{1,3}(?:\.\d{3})+|\d+)(?P<fraction>,\d+)?[ \t]*"
    r"\((?P<words>[A-Za-z]+(?:[ \t]+[A-Za-z]+)*)\)"
)
_VOCABULARY = frozenset(
    "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus "
    "seratus ribu seribu juta miliar triliun".split()
)


def number_phrase(words: str) -> tuple[int, str] | None:
    """The value and words of the leading number phrase ("lima ribu rupiah" -> 5000, "lima ribu")."""
    tokens = words.split()
    for end in range(len(tokens), 0, -1):
        if any(token.lower() in _VOCABULARY for token in tokens[end:]):
            return None
        value = angka_dari_kata(" ".join(tokens[:end]))
        if value is not None:
            return value, " ".join(tokens[:end])
    return None


def check_text(field: FieldPath, text: str) -> Iterator[Finding]:
    """Every numeral whose words in parentheses disagree with it or are capitalised."""
    for match in _NUMBER.finditer(text):
        fraction = match["fraction"]
        if fraction and fraction.strip(",0"):
            continue
        phrase = number_phrase(match["words"])
        if phrase is None:
            continue
        value, words = phrase
        numeral = int(match["numeral"].replace(".", ""))
        shown, at = match.group(0), line_col(text, match.start())
        if value != numeral:
            right = terbilang(numeral) if numeral < 10**15 else "?"
            yield Finding("SK311", field, f'"{shown}": {match["numeral"]} ditulis "{right}", bukan "{words}"', at)
        if words != words.lower():
            yield Finding("SK312", field, f'"{shown}": kata bilangan ditulis huruf kecil ("{words.lower()}")', at)
