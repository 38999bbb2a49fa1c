"""Tests for sk_builder.text.penomoran."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sk_builder.text.penomoran import huruf, marker_parse, romawi

STRICT_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman_value(numeral: str) -> int:
    """Read a Roman numeral the textbook way (subtract a symbol smaller than its successor)."""
    values = [ROMAN_VALUES[symbol] for symbol in numeral]
    return sum(-v if v < nxt else v for v, nxt in zip(values, values[1:] + [0]))


@pytest.mark.parametrize(
    ("n", "letters"),
    [(1, "a"), (2, "b"), (18, "r"), (26, "z"), (27, "aa"), (28, "ab"), (52, "az"), (53, "ba"),
     (702, "zz"), (703, "aaa")],
)
def test_huruf_examples(n, letters):
    assert huruf(n) == letters


@pytest.mark.parametrize(
    ("n", "numeral"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"),
     (90, "XC"), (400, "CD"), (900, "CM"), (2024, "MMXXIV"), (3999, "MMMCMXCIX")],
)
def test_romawi_examples(n, numeral):
    assert romawi(n) == numeral


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_romawi_out_of_range(n):
    with pytest.raises(ValueError, match="angka romawi hanya untuk 1 sampai 3999"):
        romawi(n)


@pytest.mark.parametrize("n", [0, -3])
def test_huruf_starts_at_one(n):
    with pytest.raises(ValueError, match="nomor huruf harus 1 atau lebih"):
        huruf(n)


def test_romawi_is_strict_and_distinct_for_every_value():
    numerals = [romawi(n) for n in range(1, 4000)]
    assert all(STRICT_ROMAN.fullmatch(numeral) for numeral in numerals)
    assert len(set(numerals)) == 3999


@given(st.integers(min_value=1, max_value=3999))
def test_romawi_round_trip(n):
    assert _roman_value(romawi(n)) == n


@given(st.integers(min_value=1, max_value=702))
def test_huruf_round_trips_through_marker_parse(n):
    assert marker_parse(huruf(n) + ".") == ("a.", n)
    assert marker_parse(huruf(n).upper() + ")") == ("A)", n)


@pytest.mark.parametrize(
    ("marker", "parsed"),
    [
        ("a.", ("a.", 1)), ("c)", ("a)", 3)), ("z.", ("a.", 26)), ("aa.", ("a.", 27)),
        ("A.", ("A.", 1)), ("B)", ("A)", 2)),
        ("1.", ("1.", 1)), ("12.", ("1.", 12)), ("3)", ("1)", 3)),
        ("2.1", ("1.1", 1)), ("2.10", ("1.1", 10)), ("2.1.3", ("1.1.1", 3)), ("2.1.", ("1.1.", 1)),
        ("-", ("-", 0)), (" b. ", ("a.", 2)),
    ],
)
def test_marker_parse_examples(marker, parsed):
    assert marker_parse(marker) == parsed


@pytest.mark.parametrize(
    "marker",
    ["", "a", "12", "Ab.", "abc.", "0.", "01.", "1.0", "2..1", ".1", "(a)", "(1)", "a.)", "•",
     "--", "–", "1 .", "١.", "²."],
)
def test_marker_parse_rejects_other_text(marker):
    assert marker_parse(marker) is None


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from([".", ")"]))
def test_numbered_markers_round_trip(n, closer):
    assert marker_parse(f"{n}{closer}") == ("1" + closer, n)


@given(st.text(max_size=8))
def test_marker_parse_never_raises(text):
    parsed = marker_parse(text)
    assert parsed is None or (isinstance(parsed[0], str) and parsed[1] >= 0)
