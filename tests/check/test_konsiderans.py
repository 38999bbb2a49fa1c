"""Menimbang and Mengingat: "bahwa", the closing point's references, punctuation, legal hierarchy."""

from __future__ import annotations

import pytest

from sk_builder.check.konsiderans import legal_basis
from tests.check.region import codes, keputusan_yaml, run

MENIMBANG = "menimbang:\n  - bahwa perlu menetapkan standar pelayanan;\n"


def menimbang(*points):
    return {"keputusan/kep-12-2024.yaml": keputusan_yaml(**{MENIMBANG: "menimbang:\n" + "".join(
        f"  - {p}\n" for p in points)})}


@pytest.mark.parametrize("refs, ok", [
    ("huruf a dan huruf b", True), ("huruf a, huruf b, dan huruf c", False), ("huruf a", False),
    ("huruf a sampai dengan huruf b", True),
])
def test_closing_point_refers_to_every_point_before_it(tmp_path, refs, ok):
    points = ["bahwa satu;", "bahwa dua;",
              f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam {refs}, perlu menetapkan Keputusan;"]
    _, lines = run(tmp_path, **menimbang(*points))
    assert ("SK322" not in codes(lines)) == ok, lines


def test_every_menimbang_point_ends_with_a_semicolon(tmp_path):
    _, lines = run(tmp_path, **menimbang("Bahwa satu.", "bahwa berdasarkan pertimbangan sebagaimana dimaksud "
                                                        "dalam huruf a, perlu menetapkan Keputusan;"))
    assert [line[: line.index("]") + 1] for line in lines] == [
        "keputusan/kep-12-2024.yaml:6:5: warning SK321 menimbang[0]",
        "keputusan/kep-12-2024.yaml:6:15: warning SK301 menimbang[0]"]


@pytest.mark.parametrize("text, rank, tahun", [
    ("Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;", 0, 1945),
    ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020 tentang ...", 2, 2020),
    ("Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009", 3, 2012),
    ("Permendagri Nomor 52 Tahun 2011 tentang SOP", 5, 2011),
    ("Permempanrb No.53 Tahun 2014", 5, 2014),
    ("Peraturan Daerah Provinsi Jawa Timur Nomor 8 Tahun 2011", 6, 2011),
    ("Peraturan Gubernur Jawa Timur Nomor 22 Tahun 2011", 7, 2011),
    ("Peraturan Daerah Kota Pasuruan Nomor 4 Tahun 2021", 8, 2021),
    ("Peraturan Wali Kota Pasuruan No 16 Tahun 2021", 9, 2021),
    ("Peraturan Walikota Pasuruan Nomor 53 Tahun 2022", 9, 2022),
])
def test_legal_basis(text, rank, tahun):
    basis = legal_basis(text)
    assert (basis.rank, basis.tahun) == (rank, tahun)


def test_unknown_legal_basis_is_not_ordered():
    assert legal_basis("Surat Edaran tanpa tahun") is None
