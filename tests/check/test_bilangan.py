"""Numeral and words: "12 (dua belas)", words in lower case; other parentheses are left alone."""

from __future__ import annotations

import pytest

from sk_builder.check.bilangan import check_text, number_phrase


def found(text):
    return [(f.code, f.at) for f in check_text(("x",), text)]


@pytest.mark.parametrize("text", [
    "12 (dua belas) orang.", "Rp10.000,00 (sepuluh ribu rupiah)", "1 (satu) hari kerja", "NPWP (Nomor Pokok)",
    "Pasal 17 ayat (3)", "Tahun 2009 (Lembaran Negara Tahun 2009 Nomor 112)", "1,5 (satu koma lima) jam",
    "3 (tiga puluh menit)".replace("tiga puluh menit", "tiga"), "2024 (dua ribu dua puluh empat)",
])
def test_right(text):
    assert found(text) == []


def test_mismatch_points_at_the_numeral():
    assert found("Jumlah:\n  12 (sebelas) orang.") == [("SK311", (1, 2))]
    assert "dua belas" in next(check_text(("x",), "12 (sebelas)")).message


def test_capitalised_words():
    assert found("5 (Lima) orang dan 7 (TUJUH) hari") == [("SK312", (0, 0)), ("SK312", (0, 19))]


def test_both_at_once():
    assert [f.code for f in check_text(("x",), "7 (Delapan) hari")] == ["SK311", "SK312"]


def test_number_phrase():
    assert number_phrase("lima ribu rupiah") == (5000, "lima ribu")
    assert number_phrase("dua belas ratus") is None
    assert number_phrase("Nomor Pokok") is None
