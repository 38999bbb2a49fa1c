"""What a Maklumat poster prints, decided once: the pledge as large as fits the page, the signature as Indonesian
decrees sign, the poster's own paper."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder.fonts import choose
from sk_builder.maklumat.document import (LARGEST, SMALLEST, fitting_size, pledge_document, pledge_height)
from sk_builder.sources.loader import load_or_fail
from tests.conftest import ROOT

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
FAMILY = choose("isi", ["TeX Gyre Bonum"]).family or "TeX Gyre Bonum"


@pytest.fixture(scope="module")
def region():
    project, _ = load_or_fail(RIMBA)
    return project.regions[0]


def _pledge(region, pledge_id: str):
    return next(p for p in region.pledges if p.id == pledge_id)


def test_the_poster_of_the_fixture(region):
    doc = pledge_document(region, _pledge(region, "bidang-pelayanan-perizinan"))
    assert (doc.heading, doc.unit) == ("MAKLUMAT PELAYANAN", "BIDANG PELAYANAN PERIZINAN")
    assert doc.kop.pemerintah == "PEMERINTAH KABUPATEN RIMBA RAYA"
    assert (doc.page.width, doc.page.height) == (210, 297)  # the profile's A4
    sign = doc.signature
    assert (sign.place_date, sign.jabatan, sign.nama, sign.pangkat, sign.nip_line) == (
        "Rimba Raya, 8 Juli 2024", "Kepala Bidang Pelayanan Perizinan,", "Yusuf Harahap, S.H.", "Penata Tingkat I",
        "NIP. 19800317 200501 1 003")
    assert doc.picture is not None and doc.picture_alt.startswith("Gambar contoh")
    assert SMALLEST < doc.size <= LARGEST


def test_a_poster_may_ask_for_its_own_paper_and_without_a_picture_the_pledge_grows(region):
    doc = pledge_document(region, _pledge(region, "pengaduan"))
    assert (doc.page.width, doc.page.height) == (215, 330) and doc.picture is None and doc.picture_height == 0
    pictured = pledge_document(region, _pledge(region, "bidang-pelayanan-perizinan"))
    assert doc.size >= pictured.size


def test_a_long_pledge_is_set_smaller_and_a_short_one_as_large_as_allowed():
    short = "Kami siap melayani sesuai standar pelayanan."
    assert fitting_size(short, 60, 150, FAMILY) == LARGEST
    long = " ".join(["Kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan."] * 5)
    size = fitting_size(long, 60, 150, FAMILY)
    assert SMALLEST <= size < LARGEST and pledge_height(long, size, 150, FAMILY) <= 60


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14), min_size=1,
                      max_size=200),
       room=st.floats(min_value=10, max_value=200), width=st.floats(min_value=60, max_value=180))
def test_the_size_fits_unless_it_is_already_the_smallest(words, room, width):
    text = " ".join(words)
    size = fitting_size(text, room, width, FAMILY)
    assert SMALLEST <= size <= LARGEST and (size * 2).is_integer()
    assert pledge_height(text, size, width, FAMILY) <= room or size == SMALLEST
    if size < LARGEST:  # half a point larger would not have fitted
        assert pledge_height(text, size + 0.5, width, FAMILY) > room
