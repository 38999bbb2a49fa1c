"""The letterhead as a document prints it (kop.py): the default lines as before, a region's own lines with its
labels and separators and no punctuation added, sizes per line, the unit's name never leaving one word alone."""

from __future__ import annotations

from pathlib import Path

from sk_builder.fonts import choose
from sk_builder.images import Picture
from sk_builder.kop import BOLD_WIDER, balanced, kop
from sk_builder.model import Profil
from sk_builder.textmetrics import metrics
from tests.test_nomor import PROFIL

CONTACTS = {"alamat": "Jalan Teratai Nomor 17", "telepon": "(0517) 21350", "faksimile": "(0517) 21351",
            "laman": "dinkes.contoh.go.id", "pos_el": "dinkes@contoh.go.id"}


def test_the_default_lines_are_as_before():
    letterhead = kop(Profil(**PROFIL, **CONTACTS))
    assert letterhead.lines == ("Jalan Teratai Nomor 17,", "Telepon (0517) 21350, Faksimile (0517) 21351,",
                                "Laman dinkes.contoh.go.id, Pos-el dinkes@contoh.go.id")
    assert letterhead.line_styles == () and letterhead.pemerintah_size is None and letterhead.unit_size is None
    assert (letterhead.pemerintah, letterhead.unit, letterhead.unit_lines) == (
        "PEMERINTAH KABUPATEN CONTOH", "DINAS KESEHATAN", ())


def test_the_regions_own_lines_labels_and_sizes_nothing_added():
    gaya = {"baris": ["{alamat}", "Telp. {telepon}   Fax. {faksimile}",
                      {"teks": "Email : {pos_el}  Laman : {laman}", "ukuran": 9, "tebal": True}],
            "ukuran_pemerintah": 13, "ukuran_baris": 10}
    letterhead = kop(Profil(**PROFIL, **CONTACTS, kop=gaya))
    assert letterhead.lines == ("Jalan Teratai Nomor 17", "Telp. (0517) 21350   Fax. (0517) 21351",
                                "Email : dinkes@contoh.go.id  Laman : dinkes.contoh.go.id")
    assert [(line.size, line.bold) for line in letterhead.styled] == [(10, False), (10, False), (9, True)]
    assert letterhead.pemerintah_size == 13 and letterhead.unit_size is None


def test_a_long_unit_name_breaks_into_balanced_lines():
    unit = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
    letterhead = kop(Profil(**{**PROFIL, "unit": unit}, kertas="A4"))
    assert len(letterhead.unit_lines) == 2 and " ".join(letterhead.unit_lines) == unit.upper()
    family = choose("kop", ["Liberation Sans"]).family or "Liberation Sans"
    widths = [metrics(family).width(line, 16) for line in letterhead.unit_lines]
    assert min(widths) > 0.6 * max(widths)  # no word left alone on the last line


def test_balancing_takes_the_fewest_lines_and_never_splits_a_word():
    family = choose("kop", ["Liberation Sans"]).family or "Liberation Sans"
    text = "SATU DUA TIGA EMPAT LIMA ENAM TUJUH DELAPAN SEMBILAN SEPULUH"
    width = metrics(family).width(text, 16) * BOLD_WIDER / 2.5
    lines = balanced(text, family, 16, width)
    assert len(lines) == 3 and " ".join(lines) == text
    assert balanced("SEKRETARIAT DAERAH", family, 16, 200) == ()
    assert balanced("SATU", family, 16, 1) == ()  # one word cannot break


def test_a_picture_replaces_the_kop_only_when_the_settings_name_one():
    picture = Picture("png", b"\x89PNG", Path("kop.png"))
    profil = Profil(**PROFIL, kop={"gambar": "kop.png"})
    assert kop(profil, picture=picture).picture is picture
    assert kop(profil, picture=picture).alt == "Kop surat Pemerintah Kabupaten Contoh Dinas Kesehatan"
    assert kop(Profil(**PROFIL), picture=picture).picture is None
