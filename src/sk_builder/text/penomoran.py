"""List and lampiran numbering: letters (a, b, ..., aa), Roman numerals, marker kinds."""

import re
from string import ascii_lowercase

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_LETTER_MARKER = re.compile(r"([a-z]{1,2}|[A-Z]{1,2})([.)])")
_NUMBER_MARKER = re.compile(r"([1-9][0-9]*)([.)])")
_DOTTED_MARKER = re.compile(r"[1-9][0-9]*(?:\.[1-9][0-9]*)+\.?")


def huruf(n: int) -> str:
    """Letter for the n-th list item (n >= 1): 1 -> "a", 26 -> "z", 27 -> "aa"."""
    if n < 1:
        raise ValueError(f"nomor huruf harus 1 atau lebih, bukan {n}")
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = ascii_lowercase[rest] + letters
    return letters


def romawi(n: int) -> str:
    """Roman numeral for 1 <= n <= 3999: 4 -> "IV", 2024 -> "MMXXIV"."""
    if not 1 <= n <= 3999:
        raise ValueError(f"angka romawi hanya untuk 1 sampai 3999, bukan {n}")
    numeral = ""
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        numeral += symbol * count
    return numeral


def marker_parse(marker: str) -> tuple[str, int] | None:
    """Classify a list marker as written: "c)" -> ("a)", 3), "2.1" -> ("1.1", 1); else None."""
    text = marker.strip()
    if text == "-":
        return "-", 0
    if match := _NUMBER_MARKER.fullmatch(text):
        return "1" + match[2], int(match[1])
    if match := _LETTER_MARKER.fullmatch(text):
        first = "a" if match[1].islower() else "A"
        return first + match[2], _letter_value(match[1].lower())
    if _DOTTED_MARKER.fullmatch(text):
        body = text.removesuffix(".")
        parts = body.split(".")
        return ".".join(["1"] * len(parts)) + text[len(body):], int(parts[-1])
    return None


def _letter_value(letters: str) -> int:
    """Inverse of huruf: "a" -> 1, "aa" -> 27."""
    value = 0
    for letter in letters:
        value = value * 26 + ascii_lowercase.index(letter) + 1
    return value
