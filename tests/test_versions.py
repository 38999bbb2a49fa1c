"""Which decree is in force and the versions of a standard: revocation by ``mencabut``, the decree a standard stands
on now, its earlier versions (the same file, or a file of its own with the same name) and what replaced it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sk_builder.sources.loader import load_or_fail
from sk_builder.versions import current_decree, earlier_versions, in_force, revoked_by, successor
from tests.conftest import ROOT
from tests.fixtures.minimal import KEPUTUSAN, standar, write_region

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
SEMBADA = ROOT / "tests" / "ekspor" / "sumber"


def _region(root: Path):
    project, _ = load_or_fail(root)
    return project.regions[0]


def _service(region, service_id: str):
    return next(s for s in region.services if s.id == service_id)


def _decree(region, decree_id: str):
    return next(d for d in region.decrees if d.id == decree_id)


def _ids(versions) -> list[tuple[str, str, str | None, str | None]]:
    return [(v.decree.id, v.service.id, v.ender.id if v.ender else None, v.after.id if v.after else None)
            for v in versions]


@pytest.fixture(scope="module")
def rimba():
    return _region(RIMBA)


def test_a_revoked_decree_is_not_in_force_and_names_its_successor(rimba):
    old, new = _decree(rimba, "kadis-2021"), _decree(rimba, "kadis-2024")
    assert revoked_by(rimba, old) is new and not in_force(rimba, old)
    assert revoked_by(rimba, new) is None and in_force(rimba, new)


def test_a_standard_kept_as_enacted_is_an_earlier_version_with_a_file_of_its_own(rimba):
    today, then = _service(rimba, "izin-reklame"), _service(rimba, "izin-reklame-2021")
    assert current_decree(rimba, today).id == "kadis-2024"
    versions = earlier_versions(rimba, today)
    assert _ids(versions) == [("kadis-2021", "izin-reklame-2021", "kadis-2024", "izin-reklame")]
    assert not versions[0].same_file
    assert (versions[0].since.isoformat(), versions[0].until.isoformat()) == ("2021-03-08", "2024-07-01")
    # the old file stands on the revoked decree; the standard of the revoking decree replaced it
    assert current_decree(rimba, then).id == "kadis-2021"
    replaced = successor(rimba, then)
    assert (replaced.decree.id, replaced.service.id) == ("kadis-2024", "izin-reklame")
    assert successor(rimba, today) is None and earlier_versions(rimba, then) == ()


def test_a_standard_both_decrees_name_is_one_file_whose_old_text_the_sources_do_not_hold(rimba):
    versions = earlier_versions(rimba, _service(rimba, "izin-praktik-bidan"))
    assert _ids(versions) == [("kadis-2021", "izin-praktik-bidan", "kadis-2024", "izin-praktik-bidan")]
    assert versions[0].same_file


def test_a_standard_new_in_the_revoking_decree_has_no_earlier_version(rimba):
    assert earlier_versions(rimba, _service(rimba, "pengaduan-layanan")) == ()


def test_another_house_style_the_code_was_not_written_from():
    region = _region(SEMBADA)
    birth = _service(region, "akta-kelahiran")
    assert current_decree(region, birth).id == "bupati-2025"
    assert _ids(earlier_versions(region, birth)) == [("bupati-2022", "akta-kelahiran", "bupati-2025",
                                                      "akta-kelahiran")]


def _decree_text(nomor: str, tahun: int, revokes: tuple[str, int] | None, layanan: str) -> str:
    text = KEPUTUSAN.replace('nomor: "12"', f'nomor: "{nomor}"').replace("tahun: 2024", f"tahun: {tahun}")
    text = text.replace("tanggal: 2024-03-01", f"tanggal: {tahun}-03-01").replace("[contoh]", f"[{layanan}]")
    if revokes:
        entry = (f"  - mencabut:\n      - jabatan: Sekretaris Daerah Kota Contoh\n        nomor: \"{revokes[0]}\"\n"
                 f"        tahun: {revokes[1]}\n        tentang: Standar Pelayanan\n")
        text = text.replace("ditetapkan:\n", entry + "ditetapkan:\n")
    return text


def test_three_decrees_in_a_row_give_two_earlier_versions_newest_first(tmp_path):
    region = write_region(tmp_path / "src", **{
        "keputusan/kep-12-2024.yaml": None,
        "standar/contoh-2018.yaml": standar(), "standar/contoh-2021.yaml": standar(),
        "keputusan/a.yaml": _decree_text("1", 2018, None, "contoh-2018"),
        "keputusan/b.yaml": _decree_text("2", 2021, ("1", 2018), "contoh-2021"),
        "keputusan/c.yaml": _decree_text("3", 2024, ("2", 2021), "contoh"),
    })
    loaded = _region(region.parent)
    assert _ids(earlier_versions(loaded, _service(loaded, "contoh"))) == [
        ("b", "contoh-2021", "c", "contoh"), ("a", "contoh-2018", "b", "contoh-2021")]
    # the middle version, standing on a revoked decree, has the oldest one before it
    assert _ids(earlier_versions(loaded, _service(loaded, "contoh-2021"))) == [("a", "contoh-2018", "b", "contoh-2021")]


def test_two_decrees_that_revoke_each_other_end_the_walk(tmp_path):
    region = write_region(tmp_path / "src", **{
        "keputusan/kep-12-2024.yaml": None,
        "keputusan/a.yaml": _decree_text("1", 2021, ("2", 2024), "contoh"),
        "keputusan/b.yaml": _decree_text("2", 2024, ("1", 2021), "contoh"),
    })
    loaded = _region(region.parent)
    service = _service(loaded, "contoh")
    assert not in_force(loaded, _decree(loaded, "a")) and not in_force(loaded, _decree(loaded, "b"))
    assert len(earlier_versions(loaded, service)) == 1  # each decree visited once
