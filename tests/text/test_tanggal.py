"""Tests for sk_builder.text.tanggal."""

import os
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.dates import get_day_names, get_month_names
from hypothesis import given
from hypothesis import strategies as st

from sk_builder.text.tanggal import NAMA_BULAN, NAMA_HARI, format_bulan, format_tanggal

OFFICIAL_MONTHS = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober"
                   " November Desember").split()


@pytest.mark.parametrize(
    ("d", "hari", "text"),
    [
        (date(2024, 1, 15), False, "15 Januari 2024"),
        (date(2024, 1, 15), True, "Senin, 15 Januari 2024"),
        (date(2023, 8, 3), False, "3 Agustus 2023"),
        (date(2024, 1, 19), True, "Jumat, 19 Januari 2024"),
        (date(2024, 1, 21), True, "Minggu, 21 Januari 2024"),
        (date(2024, 2, 29), True, "Kamis, 29 Februari 2024"),
        (date(1999, 12, 31), False, "31 Desember 1999"),
        (datetime(2024, 5, 1, 23, 59), False, "1 Mei 2024"),
    ],
)
def test_format_tanggal_examples(d, hari, text):
    assert format_tanggal(d, hari=hari) == text


def test_nama_bulan_is_the_official_spelling():
    assert NAMA_BULAN == tuple(OFFICIAL_MONTHS)


def test_babel_names_match_the_pinned_spelling():
    assert tuple(get_month_names("wide", locale="id")[m] for m in range(1, 13)) == NAMA_BULAN
    assert tuple(get_day_names("wide", locale="id")[d] for d in range(7)) == NAMA_HARI


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_format_tanggal_spells_day_month_year(d):
    expected = f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"
    assert format_tanggal(d) == expected
    assert format_tanggal(d, hari=True) == f"{NAMA_HARI[d.weekday()]}, {expected}"


def test_format_bulan():
    assert format_bulan(1988, 2) == "Februari 1988"


@pytest.fixture
def foreign_environment():
    """Set LANG/LC_ALL to C and TZ far from Jakarta, restoring both afterwards."""
    saved = {key: os.environ.get(key) for key in ("LANG", "LC_ALL", "TZ")}
    os.environ.update(LANG="C", LC_ALL="C", TZ="Pacific/Kiritimati")
    time.tzset()
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    time.tzset()


def test_format_tanggal_ignores_locale_and_timezone_in_process(foreign_environment):
    assert format_tanggal(date(2024, 1, 15), hari=True) == "Senin, 15 Januari 2024"


@pytest.mark.parametrize(
    "env",
    [{"LANG": "C", "LC_ALL": "C", "TZ": "UTC"},
     {"LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "America/Los_Angeles"}],
)
def test_format_tanggal_ignores_locale_and_timezone_in_subprocess(env):
    code = ("from datetime import date; from sk_builder.text.tanggal import format_tanggal;"
            " print(format_tanggal(date(2024, 1, 15), hari=True))")
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, **env, "PYTHONPATH": str(src)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=True)
    assert result.stdout == "Senin, 15 Januari 2024\n"
