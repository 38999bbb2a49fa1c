"""Loading a Maklumat Pelayanan: the unit it names must be one of its region's (located error otherwise), one per
unit, and its picture is checked by content like the emblem; pictures beside the records are not stray files."""

from __future__ import annotations

import json

import pytest

from sk_builder import projectdata
from sk_builder.check.runner import check_project
from sk_builder.sources.loader import load_project
from tests.conftest import ROOT
from tests.fixtures.minimal import write_region

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
PNG = (RIMBA / "kabupaten-rimba-raya" / "maklumat" / "bidang-pelayanan-perizinan.png").read_bytes()

MAKLUMAT = """\
unit: Bagian Umum
teks: Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.
ditetapkan:
  tempat: Contoh
  tanggal: 2024-03-04
penandatangan:
  jabatan: Kepala Bagian Umum
  nama: Ani Lestari
  nip: 19800317 200501 2 003
"""
PICTURE = "gambar:\n  berkas: maklumat/umum.png\n  keterangan: Petugas loket\n"


def _load(tmp_path, **files):
    region = write_region(tmp_path / "src", **files)
    project, report = load_project(region.parent)
    return project, [str(d) for d in report.sorted()], region


def test_the_fixture_regions_maklumat_load_with_their_units_and_picture():
    project, report = load_project(RIMBA)
    assert project is not None, [str(d) for d in report.sorted()]
    region = project.regions[0]
    assert [(p.id, p.unit) for p in region.pledges] == [
        ("bidang-pelayanan-perizinan", "Bidang Pelayanan Perizinan"),
        ("pengaduan", "Bidang Pengaduan dan Informasi Layanan")]  # written "bidang pengaduan dan  informasi layanan"
    picture = region.pledges[0]
    assert picture.picture.kind == "png" and picture.picture_file.endswith("maklumat/bidang-pelayanan-perizinan.png")
    assert region.pledge_of("BIDANG PELAYANAN  PERIZINAN") is picture
    assert not [d for d in report.items if d.code == "SK127"]  # the picture beside the records is read


def test_an_unknown_unit_is_a_located_error_with_the_nearest_unit(tmp_path):
    project, report, _ = _load(tmp_path, **{"maklumat/umum.yaml": MAKLUMAT.replace("Bagian Umum", "Bagian Umun")})
    assert project is None and len(report) == 1
    assert report[0].endswith('kota-contoh/maklumat/umum.yaml:1:7: error SK129 unit: tidak ada standar pelayanan '
                              'berunit "Bagian Umun" (maksud Anda "Bagian Umum"?)')


def test_a_far_unit_lists_the_units_there_are(tmp_path):
    _, report, _ = _load(tmp_path, **{"maklumat/umum.yaml": MAKLUMAT.replace("Bagian Umum", "Dinas Pariwisata")})
    assert len(report) == 1 and report[0].endswith('unit pada standar wilayah ini: "Bagian Umum"')


def test_a_second_maklumat_for_a_unit_is_refused(tmp_path):
    _, report, _ = _load(tmp_path, **{"maklumat/a.yaml": MAKLUMAT,
                                      "maklumat/b.yaml": MAKLUMAT.replace("Bagian Umum", "bagian umum")})
    assert len(report) == 1 and "maklumat/b.yaml:1:7: error SK130" in report[0]
    assert 'unit: "Bagian Umum" sudah punya maklumat pelayanan di' in report[0] and "maklumat/a.yaml" in report[0]


def test_a_broken_standard_does_not_make_the_unit_unknown(tmp_path):
    _, report, _ = _load(tmp_path, **{"maklumat/umum.yaml": MAKLUMAT, "standar/contoh.yaml": "nama: [rusak\n"})
    assert report and not [line for line in report if "SK129" in line]


@pytest.mark.parametrize("case, content, code", [
    ("text named .png", b"bukan gambar", "SK121"),
    ("damaged PNG", PNG[:200], "SK123"),
    ("script in SVG", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "SK122"),
])
def test_the_picture_is_checked_by_its_content(tmp_path, case, content, code):
    region = write_region(tmp_path / "src", **{"maklumat/umum.yaml": MAKLUMAT + PICTURE})
    (region / "maklumat" / "umum.png").write_bytes(content)
    project, report = load_project(region.parent)
    lines = [str(d) for d in report.sorted()]
    assert project is None and len(lines) == 1, lines
    assert f"maklumat/umum.yaml:11:11: error {code}" in lines[0] and '"maklumat/umum.png"' in lines[0]


def test_a_missing_picture_or_one_outside_the_sources_is_refused(tmp_path):
    _, missing, _ = _load(tmp_path / "a", **{"maklumat/umum.yaml": MAKLUMAT + PICTURE})
    _, outside, _ = _load(tmp_path / "b", **{"maklumat/umum.yaml": MAKLUMAT + PICTURE.replace("maklumat/umum",
                                                                                                 "../../umum")})
    assert len(missing) == 1 and "error SK110" in missing[0]
    assert len(outside) == 1 and "error SK111" in outside[0]


def test_a_stray_file_in_maklumat_is_still_a_warning(tmp_path):
    region = write_region(tmp_path / "src", **{"maklumat/umum.yaml": MAKLUMAT + PICTURE,
                                               "maklumat/catatan.txt": "draf\n"})
    (region / "maklumat" / "umum.png").write_bytes(PNG)
    project, report = load_project(region.parent)
    lines = [str(d) for d in report.sorted()]
    assert project is not None
    assert len(lines) == 1 and "maklumat/catatan.txt" in lines[0] and "SK127" in lines[0]


def test_the_cache_keeps_the_maklumat_and_its_picture(tmp_path):
    region = write_region(tmp_path / "src", **{"maklumat/umum.yaml": MAKLUMAT + PICTURE})
    (region / "maklumat" / "umum.png").write_bytes(PNG)
    project, loaded = load_project(region.parent)
    checked = check_project(project).report
    data = json.loads(json.dumps(projectdata.encode(project, loaded, checked)))
    again, _, _ = projectdata.decode(data, region.parent)
    before, after = project.regions[0].pledges, again.regions[0].pledges
    assert after == before
    assert (after[0].picture_file, after[0].picture.data, after[0].marks) == (
        before[0].picture_file, PNG, before[0].marks)
