"""House-style settings as the loader checks them (model/gaya.py, sources/gaya.py): every wrong setting is a
located Indonesian error, all reported at once; the kop's picture is read by its content, an SVG cleaned."""

from __future__ import annotations

import pytest

from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, write_region
from tests.sources.test_loader import run_validate

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
REVOKING = KEPUTUSAN.replace("  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.\n", """\
  - mencabut:
      - jabatan: Sekretaris Daerah Kota Contoh
        nomor: 7
        tahun: 2020
        tentang: Standar Pelayanan Lama
  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.
""")

CASES = [
    ("kop line names an empty field", {"profil.yaml": PROFIL + "kop:\n  baris: [\"Fax. {faksimile}\"]\n"},
     'profil.yaml:8:11: error SK103 baris kop memuat {faksimile}, tetapi "faksimile" tidak diisi di profil'),
    ("kop line names an unknown field", {"profil.yaml": PROFIL + "kop:\n  baris: [\"Telp. {telp}\"]\n"},
     'profil.yaml:8:11: error SK105 kop.baris[0].teks: pola baris kop hanya boleh memuat {alamat}, {telepon}, '
     '{faksimile}, {laman} dan {pos_el}, bukan "{telp}"'),
    ("kop size out of range", {"profil.yaml": PROFIL + "kop:\n  ukuran_unit: 90\n"},
     "profil.yaml:8:16: error SK105 kop.ukuran_unit: nilai di luar batas"),
    ("kop picture that is no image", {"profil.yaml": PROFIL + "kop: {gambar: kop.png}\n", "kop.png": "bukan gambar"},
     'profil.yaml:7:15: error SK121 "kop.png": bukan gambar PNG, JPEG atau SVG'),
    ("kop picture missing", {"keputusan/kep-12-2024.yaml": KEPUTUSAN + "kop: {gambar: tidak-ada.png}\n"},
     'keputusan/kep-12-2024.yaml:25:15: error SK110 "tidak-ada.png": berkas tidak ditemukan'),
    ("unsafe SVG kop", {"profil.yaml": PROFIL + "kop: {gambar: kop.svg}\n",
                        "kop.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'},
     'profil.yaml:7:15: error SK122 "kop.svg": SVG tidak aman'),
    ("lampiran header names an unknown field", {"profil.yaml": PROFIL + "lampiran:\n  kepala: [\"NO. {no}\"]\n"},
     'profil.yaml:8:12: error SK105 lampiran.kepala[0]: pola kepala lampiran hanya boleh memuat {jabatan}, '
     '{nomor}, {tanggal} dan {tentang}, bukan "{no}"'),
    ("table header of two labels", {"profil.yaml": PROFIL + "lampiran:\n  kepala_tabel: [NO, URAIAN]\n"},
     "profil.yaml:8:17: error SK105 lampiran.kepala_tabel: tidak boleh kosong"),
    ("revocation sentence without {keputusan}", {"profil.yaml": PROFIL + "pencabutan: {kalimat: Dicabut.}\n"},
     'profil.yaml:7:23: error SK105 pencabutan.kalimat: pola kalimat pencabutan harus memuat {keputusan}'),
    ("revocation wording names a date the entry lacks",
     {"profil.yaml": PROFIL + "pencabutan: {keputusan: \"Keputusan {jabatan} Nomor {nomor} tanggal {tanggal}\"}\n",
      "keputusan/kep-12-2024.yaml": REVOKING},
     'keputusan/kep-12-2024.yaml:14:9: error SK103 kolom wajib "tanggal" tidak ada: kalimat pencabutan profil'),
    ("golongan unknown", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("  pangkat: Pembina Utama Muda\n",
                                                                       "  pangkat: Pembina Utama Muda\n  golongan: 4c\n")},
     'keputusan/kep-12-2024.yaml:21:13: error SK105 penandatangan.golongan: golongan "4c" tidak dikenal'),
    ("pelaksana unknown", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("  nama: Budi Santoso\n",
                                                                        "  nama: Budi Santoso\n  pelaksana: Pj.\n")},
     "keputusan/kep-12-2024.yaml:20:14: error SK105 penandatangan.pelaksana: harus salah satu dari 'Plt.' atau 'Plh.'"),
    ("atas_nama not a text", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace(
        "  nama: Budi Santoso\n", "  nama: Budi Santoso\n  atas_nama: [BUPATI]\n")},
     "keputusan/kep-12-2024.yaml:20:14: error SK102 penandatangan.atas_nama: harus berupa teks"),
]


@pytest.mark.parametrize("what, overrides, expected", CASES, ids=[c[0] for c in CASES])
def test_a_wrong_house_style_setting_is_located(tmp_path, what, overrides, expected):
    code, output = run_validate(write_region(tmp_path, **overrides))
    assert code == 1 and "Traceback" not in output
    lines = [line.split("kota-contoh/", 1)[-1] for line in output.splitlines()]
    assert any(line.startswith(expected) for line in lines), output


def test_every_wrong_setting_is_reported_at_once(tmp_path):
    profil = PROFIL + "kop:\n  baris: [\"Fax. {faksimile}\"]\nlampiran:\n  kepala: [\"{no}\"]\n"
    code, output = run_validate(write_region(tmp_path, **{"profil.yaml": profil}))
    assert code == 1
    assert sorted(line.split()[2] for line in output.splitlines() if " error " in line) == ["SK105"]
    profil = PROFIL + "kop:\n  baris: [\"Fax. {faksimile}\"]\n  gambar: kop.png\n"
    code, output = run_validate(write_region(tmp_path / "b", **{"profil.yaml": profil, "kop.png": "x"}))
    assert sorted(line.split()[2] for line in output.splitlines() if " error " in line) == ["SK103", "SK121"]


def test_the_kop_picture_is_the_decrees_own_else_the_profiles(tmp_path):
    root = write_region(tmp_path, **{"profil.yaml": PROFIL + "kop: {gambar: kop.png}\n",
                                     "keputusan/lain.yaml": KEPUTUSAN.replace('nomor: "12"', 'nomor: "13"')
                                     + "kop: {baris: [\"{alamat}\"]}\n"})
    (root / "kop.png").write_bytes(PNG)
    project, report = load_project(root)
    assert project is not None, report.sorted()
    decrees = {d.id: d for d in project.regions[0].decrees}
    assert decrees["kep-12-2024"].kop_picture is not None and decrees["kep-12-2024"].kop_file.endswith("kop.png")
    assert decrees["lain"].kop_picture is None  # its own kop is text
    assert not [d for d in report.items if d.code == "SK127"]  # the picture is a file the loader reads
