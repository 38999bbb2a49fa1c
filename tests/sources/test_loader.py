"""Loader and validation: every kind of bad input gets its code, its location and exit status 1."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from sk_builder.cli import main
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, standar, write_region


def run_validate(region):
    result = CliRunner().invoke(main, ["validate", str(region)])
    return result.exit_code, result.output


def test_minimal_region_is_valid(tmp_path):
    code, output = run_validate(write_region(tmp_path))
    assert code == 0, output
    assert "1 keputusan, 1 standar pelayanan" in output


CASES = [
    # (what, overrides, expected line fragment)
    ("yaml syntax", {"standar/contoh.yaml": "nama: [tidak ditutup\nunit: x\n"},
     "standar/contoh.yaml:2:5: error SK101 sintaks YAML tidak valid"),
    ("wrong type", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("tahun: 2024", "tahun: dua ribu")},
     "keputusan/kep-12-2024.yaml:3:8: error SK102 tahun: harus berupa bilangan bulat"),
    ("unknown key with suggestion", {"profil.yaml": PROFIL.replace("telepon:", "telpon:")},
     'profil.yaml:5:1: error SK104 kolom "telpon" tidak dikenal (maksud Anda "telepon"?)'),
    ("missing component", {"standar/contoh.yaml": standar().replace("  evaluasi: |\n    Isi evaluasi.\n", "")},
     'standar/contoh.yaml:4:3: error SK103 komponen "evaluasi" tidak ada atau kosong'),
    ("missing required field", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("tentang: Standar Pelayanan\n", "")},
     'keputusan/kep-12-2024.yaml:1:1: error SK103 kolom wajib "tentang" tidak ada'),
    ("invalid date", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("2024-03-01", "2024-02-30")},
     'keputusan/kep-12-2024.yaml:16:12: error SK106 ditetapkan.tanggal: tanggal "2024-02-30" tidak ada'),
    ("bad nip", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("19640828 198802 1 001", "19640830 198802 3 001")},
     "keputusan/kep-12-2024.yaml:21:8: error SK107 penandatangan.nip: NIP tidak valid: digit jenis kelamin"),
    ("nip one digit short, oddly spaced", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("19640828 198802 1 001",
                                                                                            "19640828 198802 1 00")},
     "keputusan/kep-12-2024.yaml:21:8: error SK107 penandatangan.nip: NIP tidak valid: NIP harus 18 angka, ditemukan 17"),
    ("impossible nip date", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("19640828 198802 1 001", "196402301988021001")},
     "keputusan/kep-12-2024.yaml:21:8: error SK107 penandatangan.nip: NIP tidak valid: tanggal lahir 19640230 tidak ada"),
    ("duplicate service id", {"standar/contoh.yml": standar("Lain")},
     'standar/contoh.yml:1:1: error SK108 id layanan "contoh" sudah dipakai'),
    ("service listed twice", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("[contoh]", "[contoh, contoh]")},
     'keputusan/kep-12-2024.yaml:24:23: error SK108 layanan "contoh" disebut dua kali dalam lampiran'),
    ("decree names missing service", {"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("[contoh]", "[contoh, tidak-ada]")},
     'keputusan/kep-12-2024.yaml:24:23: error SK109 layanan "tidak-ada" tidak ada (berkas standar/tidak-ada.yaml tidak ditemukan)'),
    ("missing emblem", {"lambang.svg": None},
     'profil.yaml:6:10: error SK110 "lambang.svg": berkas tidak ditemukan'),
    ("emblem outside the tree", {"profil.yaml": PROFIL.replace("lambang.svg", "../../rahasia.svg")},
     'profil.yaml:6:10: error SK111 "../../rahasia.svg": berkas berada di luar folder sumber'),
    ("duplicate yaml key", {"profil.yaml": PROFIL + "unit: Lagi\n"},
     'profil.yaml:7:1: error SK118 kunci "unit" ditulis dua kali'),
]


@pytest.mark.parametrize("what, overrides, expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_located(tmp_path, what, overrides, expected):
    region = write_region(tmp_path, **overrides)
    code, output = run_validate(region)
    assert code == 1
    assert "Traceback" not in output
    lines = [line.split("kota-contoh/", 1)[-1] for line in output.splitlines()]
    assert any(line.startswith(expected) for line in lines), output


def test_all_problems_reported_at_once(tmp_path):
    region = write_region(
        tmp_path,
        **{"profil.yaml": PROFIL.replace("telepon:", "telpon:"),
           "keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("2024-03-01", "2024-13-01").replace("[contoh]", "[hilang]")},
    )
    code, output = run_validate(region)
    assert code == 1
    codes = sorted(line.split()[2] for line in output.splitlines() if " error " in line)
    assert codes == ["SK104", "SK106", "SK109"]
    assert "3 kesalahan ditemukan" in output


def test_build_writes_nothing_on_error(tmp_path):
    region = write_region(tmp_path, **{"lambang.svg": None})
    out = tmp_path / "build"
    result = CliRunner().invoke(main, ["build", str(region), "--out", str(out), "--format", "html"])
    assert result.exit_code == 1
    assert not out.exists()


def test_draft_may_omit_components_with_a_warning(tmp_path):
    text = "nama: Draf\nunit: Bagian Umum\nstatus: draft\nkomponen:\n  persyaratan: |\n    KTP.\n"
    region = write_region(tmp_path, **{"standar/draf.yaml": text})
    code, output = run_validate(region)
    assert code == 0, output
    assert "standar/draf.yaml:3:9: warning SK201" in output
