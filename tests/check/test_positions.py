"""Positions inside a field's text map to the right line and column of the YAML file, in every scalar style."""

from __future__ import annotations

import pytest

from sk_builder.check.positions import SourceMap
from sk_builder.diagnostics import Report
from sk_builder.sources.yamlfile import parse_text

SOURCE = """\
nama: Contoh Layanan.
daftar:
  - bahwa satu;
  - "bahwa \\"dua\\";"
  - 'bahwa ''tiga'''
komponen:
  persyaratan: |  # komentar
    1. Surat;

    2. KTP:
       a. asli
  biaya: >
    Tidak
    dipungut.
  teks: panjang
    bersambung
"""


@pytest.fixture
def places(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(SOURCE, encoding="utf-8")
    doc = parse_text(SOURCE, "x.yaml", Report())
    return SourceMap("x.yaml", SOURCE, doc.scalars, doc.value_marks), doc


def _value(data, field):
    for part in field:
        data = data.get(part) if isinstance(data, dict) else data[part] if isinstance(data, list) else None
    return data if isinstance(data, str) else None


def where(places, field, at):
    location = places[0].locate(field, at, _value(places[1].data, field))
    return location.line, location.col


def char_at(line, col):
    return SOURCE.split("\n")[line - 1][col - 1]


def test_literal_block_text_starts_on_the_next_line_at_its_indentation(places):
    assert where(places, ("komponen", "persyaratan"), (0, 0)) == (8, 5)
    assert where(places, ("komponen", "persyaratan"), (0, 8)) == (8, 13)
    assert char_at(8, 13) == ";"
    assert where(places, ("komponen", "persyaratan"), (3, 8)) == (11, 13)
    assert char_at(11, 13) == "l"


def test_plain_and_quoted_scalars(places):
    assert where(places, ("nama",), (0, 14)) == (1, 21)
    assert char_at(1, 21) == "."
    assert where(places, ("daftar", 0), (0, 11)) == (3, 15)
    line, col = where(places, ("daftar", 1), (0, 10))
    assert (line, col, char_at(line, col)) == (4, 18, '"')
    line, col = where(places, ("daftar", 1), (0, 11))
    assert (line, col, char_at(line, col)) == (4, 19, ";")
    line, col = where(places, ("daftar", 2), (0, 7))
    assert (line, col, char_at(line, col)) == (5, 14, "t")


def test_folded_and_multiline_plain_scalars(places):
    doc = places[1]
    assert doc.data["komponen"]["biaya"] == "Tidak dipungut.\n"
    line, col = where(places, ("komponen", "biaya"), (0, 14))
    assert (line, char_at(line, col)) == (14, ".")
    line, col = where(places, ("komponen", "teks"), (0, 8))
    assert (line, char_at(line, col)) == (16, "b")


def test_without_a_position_or_a_scalar_the_value_mark_is_used(places):
    assert where(places, ("komponen",), None) == (7, 3)
    assert where(places, ("komponen", "tidak-ada"), (0, 0)) == (7, 3)


def test_positions_past_the_text_are_clamped(places):
    assert where(places, ("nama",), (5, 99))[0] == 1
