"""Tests for sk_builder.text.nip."""

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sk_builder.text.nip import Nip, NipError, nip_plausibility, parse_nip

EXAMPLE = Nip(
    digits="196408281988021001",
    lahir=date(1964, 8, 28),
    pengangkatan=(1988, 2),
    jenis_kelamin=1,
    urut=1,
)
GROUPING = "pengelompokan NIP salah: harus 8-6-1-3"
SEX_DIGIT = "digit jenis kelamin harus 1 (pria) atau 2 (wanita)"


@pytest.mark.parametrize(
    "text",
    ["19640828 198802 1 001", "196408281988021001", 196408281988021001,
     "NIP. 19640828 198802 1 001", "NIP 19640828 198802 1 001", "NIP.196408281988021001",
     "nip. 19640828 198802 1 001", "  19640828\u00a0198802\t1  001 "],
)
def test_parse_nip_accepts_standard_forms(text):
    assert parse_nip(text) == EXAMPLE


def test_formatted():
    assert EXAMPLE.formatted == "19640828 198802 1 001"


def test_nip_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        EXAMPLE.urut = 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("19640828 198802 1 00", "NIP harus 18 angka, ditemukan 17"),
        ("1964082819880210011", "NIP harus 18 angka, ditemukan 19"),
        ("", "NIP harus 18 angka, ditemukan 0"),
        ("NIP.", "NIP harus 18 angka, ditemukan 0"),
        ("1964O828 198802 1 001", "NIP harus 18 angka, ditemukan karakter 'O'"),
        ("19640828-198802-1-001", "NIP harus 18 angka, ditemukan karakter '-'"),
        ("19640828 198802 1 00 1", f"{GROUPING}, ditemukan 8-6-1-2-1"),
        ("19640828198802 1 001", f"{GROUPING}, ditemukan 14-1-3"),
        ("19640230 198802 1 001", "tanggal lahir 19640230 tidak ada"),
        ("19630229 198802 1 001", "tanggal lahir 19630229 tidak ada"),
        ("19641301 198802 1 001", "tanggal lahir 19641301 tidak ada"),
        ("19640828 198813 1 001", "bulan pengangkatan 198813 tidak ada"),
        ("19640828 198800 1 001", "bulan pengangkatan 198800 tidak ada"),
        ("19640828 198802 0 001", f"{SEX_DIGIT}, ditemukan 0"),
        ("19640828 198802 3 001", f"{SEX_DIGIT}, ditemukan 3"),
        ("19640828 198802 1 000", "nomor urut NIP tidak boleh 000"),
        ("19640230 198802 1 000",
         "tanggal lahir 19640230 tidak ada; nomor urut NIP tidak boleh 000"),
    ],
)
def test_parse_nip_errors(text, message):
    with pytest.raises(NipError) as caught:
        parse_nip(text)
    assert str(caught.value) == message


def test_nip_error_is_a_value_error():
    assert issubclass(NipError, ValueError)


@st.composite
def valid_nips(draw):
    """Digits of a NIP that parse_nip must accept."""
    lahir = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2009, 12, 31)))
    tahun = draw(st.integers(min_value=1, max_value=9999))
    bulan = draw(st.integers(min_value=1, max_value=12))
    jenis_kelamin = draw(st.sampled_from([1, 2]))
    urut = draw(st.integers(min_value=1, max_value=999))
    return f"{lahir:%Y%m%d}{tahun:04d}{bulan:02d}{jenis_kelamin}{urut:03d}"


@given(valid_nips())
def test_parse_format_round_trip(digits):
    nip = parse_nip(digits)
    assert nip.digits == digits
    assert nip.formatted.replace(" ", "") == digits
    assert parse_nip(nip.formatted) == nip
    assert parse_nip(f"NIP. {nip.formatted}") == nip
    assert parse_nip(int(digits)) == nip
    assert f"{nip.lahir:%Y%m%d}" == digits[:8]
    assert nip.pengangkatan == (int(digits[8:12]), int(digits[12:14]))


@given(st.one_of(
    st.text(),
    st.text(alphabet="0123456789 ", min_size=15, max_size=24),
    st.text(alphabet="0123456789", min_size=18, max_size=18),
    st.integers(),
))
def test_parse_nip_raises_only_nip_error(text):
    try:
        nip = parse_nip(text)
    except NipError as error:
        assert str(error)
    else:
        assert len(nip.digits) == 18 and nip.formatted.replace(" ", "") == nip.digits


@pytest.mark.parametrize(
    ("nip", "on", "warnings"),
    [
        ("19640828 198802 1 001", date(2024, 1, 15), []),
        ("19640828 198208 1 001", date(2024, 1, 15), []),
        ("19640828 198207 1 001", date(2024, 1, 15),
         ["diangkat sebelum berusia 18 tahun (lahir 28 Agustus 1964, diangkat Juli 1982)"]),
        ("19900101 202402 2 010", date(2024, 1, 15),
         ["pengangkatan Februari 2024 sesudah tanggal 15 Januari 2024"]),
        ("19900101 202401 2 010", date(2024, 1, 15), []),
        ("19580116 198802 1 001", date(2024, 1, 15), []),
        ("19580115 198802 1 001", date(2024, 1, 15),
         ["berusia 66 tahun pada 15 Januari 2024, lebih dari 65"]),
        ("19300101 194912 1 001", date(1960, 1, 1),
         ["pengangkatan Desember 1949 sebelum tahun 1950"]),
        ("19400101 194501 2 005", date(2024, 1, 15),
         ["diangkat sebelum berusia 18 tahun (lahir 1 Januari 1940, diangkat Januari 1945)",
          "berusia 84 tahun pada 15 Januari 2024, lebih dari 65",
          "pengangkatan Januari 1945 sebelum tahun 1950"]),
    ],
)
def test_nip_plausibility(nip, on, warnings):
    assert nip_plausibility(parse_nip(nip), on) == warnings


@given(valid_nips(), st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_nip_plausibility_returns_strings(digits, on):
    warnings = nip_plausibility(parse_nip(digits), on)
    assert all(isinstance(warning, str) and warning for warning in warnings)
