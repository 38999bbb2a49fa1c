"""jsontext.pretty writes the bytes the standard library's indenting encoder writes, faster."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder import jsontext

TEXT = st.text(st.characters(blacklist_categories=("Cs",)))  # what records can hold: no lone surrogates
SCALARS = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False,
                                                                                    allow_infinity=False) | TEXT
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                      max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_the_same_bytes_as_the_standard_library(value):
    assert jsontext.pretty(value) == jsontext.standard(value)


def test_control_characters_separators_and_empty_containers():
    value = {"teks": "".join(map(chr, range(0x30))) + "\x7f\u2028\u2029\ufeff😀", "kosong": [[], {}], "n": 1e20,
             "kecil": [1e-05, 1e-09, -0.0, 0.0001, 5e-324], "teks kecil": "1e-5 0.00001"}
    assert jsontext.pretty(value) == jsontext.standard(value)
    assert json.loads(jsontext.pretty(value)) == value


def test_what_orjson_refuses_is_written_by_the_standard_library():
    value = {"besar": 2**70, "kunci angka": {2: "dua", 1: "satu"}}
    assert jsontext.pretty(value) == jsontext.standard(value)


def test_without_orjson_the_standard_library_writes_it(monkeypatch):
    monkeypatch.setattr(jsontext, "orjson", None)
    assert jsontext.pretty({"b": 1, "a": [True, None]}) == b'{\n  "a": [\n    true,\n    null\n  ],\n  "b": 1\n}\n'
