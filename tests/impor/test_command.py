"""`sk impor` as a user runs it: exit status, refusing to overwrite, never writing outside --ke."""

from __future__ import annotations

import os

from click.testing import CliRunner

from sk_builder.cli import main
from tests.impor.conftest import HERE

PAGE = HERE / "laman" / "000_kabupaten-pasuruan.html"


def _run(*args):
    result = CliRunner().invoke(main, ["impor", *map(str, args)])
    return result.exit_code, result.output


def _tree(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_writes_the_region_and_exits_0_with_warnings(tmp_path):
    code, output = _run(PAGE, "--ke", tmp_path / "kabupaten-pasuruan")
    assert code == 0
    assert "warning SK522" in output and "berkas ditulis ke" in output and "info SK500" not in output
    assert _tree(tmp_path) == ["kabupaten-pasuruan", "kabupaten-pasuruan/profil.yaml", "kabupaten-pasuruan/standar",
                               "kabupaten-pasuruan/standar/rapat-perlengkapan-acara-dan-tamu.yaml"]
    check = CliRunner().invoke(main, ["validate", str(tmp_path / "kabupaten-pasuruan")])
    assert check.exit_code == 0, check.output


def test_rinci_prints_what_was_mapped(tmp_path):
    code, output = _run(PAGE, "--ke", tmp_path / "wilayah", "--rinci")
    assert code == 0 and "info SK500 nama layanan" in output


def test_refuses_to_overwrite_without_timpa(tmp_path):
    target = tmp_path / "kabupaten-pasuruan"
    _run(PAGE, "--ke", target)
    record = target / "standar" / "rapat-perlengkapan-acara-dan-tamu.yaml"
    record.write_text(record.read_text(encoding="utf-8") + "# catatan saya\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in target.rglob("*.yaml")}
    code, output = _run(PAGE, "--ke", target)
    assert code == 1 and "error SK508 berkas sudah ada; tidak ditimpa (pakai --timpa" in output
    assert {p: p.read_bytes() for p in target.rglob("*.yaml")} == before
    code, output = _run(PAGE, "--ke", target, "--timpa")
    assert code == 0 and "# catatan saya" not in record.read_text(encoding="utf-8")


def test_existing_profile_is_kept_and_differences_reported(tmp_path):
    target = tmp_path / "kabupaten-pasuruan"
    _run(PAGE, "--ke", target)
    profile = target / "profil.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("0343423028", "(0343) 423028"), encoding="utf-8")
    (target / "standar" / "rapat-perlengkapan-acara-dan-tamu.yaml").unlink()
    code, output = _run(PAGE, "--ke", target)
    assert code == 0 and "warning SK524 telepon" in output and "(profil tidak diubah)" in output
    assert "(0343) 423028" in profile.read_text(encoding="utf-8")


def test_never_writes_through_a_symbolic_link(tmp_path):
    elsewhere = tmp_path / "di-luar"
    elsewhere.mkdir()
    target = tmp_path / "wilayah"
    target.mkdir()
    os.symlink(elsewhere, target / "standar")
    code, output = _run(PAGE, "--ke", target)
    assert code == 1 and "error SK509" in output
    assert list(elsewhere.iterdir()) == [] and _tree(target) == ["standar"]
    linked = tmp_path / "tautan"
    os.symlink(elsewhere, linked)
    code, output = _run(PAGE, "--ke", linked)
    assert code == 1 and "error SK509" in output and list(elsewhere.iterdir()) == []


def test_target_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "berkas.txt"
    target.write_text("isi", encoding="utf-8")
    code, output = _run(PAGE, "--ke", target)
    assert code == 1 and "error SK509" in output and target.read_text(encoding="utf-8") == "isi"


def test_invalid_result_writes_nothing(tmp_path):
    target = tmp_path / "kabupaten-pasuruan"
    (target / "standar").mkdir(parents=True)
    (target / "profil.yaml").write_text("nama: Kabupaten Pasuruan\npemerintah: Pemerintah Kabupaten Pasuruan\n"
                                        "unit: Sekretariat Daerah\ntelpon: '0343'\n", encoding="utf-8")
    code, output = _run(PAGE, "--ke", target)
    assert code == 1 and "kabupaten-pasuruan/profil.yaml:4:1: error SK510 hasil impor tidak valid: SK104" in output
    assert _tree(target) == ["profil.yaml", "standar"]


def test_same_input_same_bytes(tmp_path):
    _run(PAGE, "--ke", tmp_path / "a")
    _run(PAGE, "--ke", tmp_path / "b")
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert first == second
