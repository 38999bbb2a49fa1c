"""Tests for sk_builder.text.terbilang."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sk_builder.text.terbilang import angka_dari_kata, terbilang

EXAMPLES = [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (2024, "dua ribu dua puluh empat"),
    (11_000, "sebelas ribu"),
    (21_000, "dua puluh satu ribu"),
    (100_000, "seratus ribu"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (1_000_001_000, "satu miliar seribu"),
    (1_000_000_000, "satu miliar"),
    (10**12, "satu triliun"),
    (10**15 - 1, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh"
     " sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh"
     " sembilan ribu sembilan ratus sembilan puluh sembilan"),
]


@pytest.mark.parametrize(("n", "words"), EXAMPLES)
def test_terbilang_examples(n, words):
    assert terbilang(n) == words


@pytest.mark.parametrize(("n", "words"), EXAMPLES)
def test_angka_dari_kata_examples(n, words):
    assert angka_dari_kata(words) == n


@pytest.mark.parametrize("n", [-1, 10**15, 10**18])
def test_terbilang_out_of_range(n):
    with pytest.raises(ValueError, match="terbilang hanya untuk bilangan 0 sampai"):
        terbilang(n)


@pytest.mark.parametrize("n", [1.0, "12", True])
def test_terbilang_rejects_non_integers(n):
    with pytest.raises(TypeError):
        terbilang(n)


@pytest.mark.parametrize(
    ("words", "n"),
    [("Lima", 5), ("DUA BELAS", 12), ("  dua   belas\n", 12), ("Seribu Seratus", 1100),
     ("satu ratus", 100), ("satu ribu", 1000), ("satu juta satu ribu", 1_001_000)],
)
def test_angka_dari_kata_is_lenient_about_case_spacing_and_satu(words, n):
    assert angka_dari_kata(words) == n


@pytest.mark.parametrize(
    "words",
    ["", "ribu", "satu belas", "satu puluh", "dua dua", "nol nol", "satu nol", "seribu juta",
     "dua ribu seribu", "seratus seratus", "dua puluh sebelas", "sepuluh ratus", "ribu dua",
     "dua ribu juta", "seribu triliun", "lima orang", "12", "dua-belas", "sejuta"],
)
def test_angka_dari_kata_rejects_non_numbers(words):
    assert angka_dari_kata(words) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_round_trip(n):
    assert angka_dari_kata(terbilang(n)) == n


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_round_trip_upper_case_full_range(n):
    assert angka_dari_kata(terbilang(n).upper()) == n


def _loose(words: str) -> str:
    """Fold the accepted variants "satu ratus"/"satu ribu" into "seratus"/"seribu"."""
    return words.replace("satu ratus", "seratus").replace("satu ribu", "seribu")


WORDS = ["nol", "satu", "dua", "lima", "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus",
         "ribu", "seribu", "juta", "miliar", "triliun"]


@given(st.lists(st.sampled_from(WORDS), max_size=8))
def test_angka_dari_kata_accepts_only_spellings_of_its_result(tokens):
    phrase = " ".join(tokens)
    n = angka_dari_kata(phrase)
    if n is not None:
        assert _loose(phrase) == _loose(terbilang(n))


@given(st.text())
def test_angka_dari_kata_never_raises(text):
    n = angka_dari_kata(text)
    assert n is None or 0 <= n < 10**15
