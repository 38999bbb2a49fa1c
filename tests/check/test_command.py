"""The `sk check` and `sk build --strict` commands: output, exit status, and nothing written on failure."""

from __future__ import annotations

from click.testing import CliRunner

from sk_builder.cli import main
from tests.check.region import standar_yaml
from tests.fixtures.minimal import write_region

LIMA = {"standar/contoh.yaml": standar_yaml({"jumlah_pelaksana": "5 (Lima) orang.", "biaya": "-"})}


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_clean_region(tmp_path):
    result = invoke("check", write_region(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == "0 peringatan, 0 dibungkam (abaikan)\n"


def test_warnings_are_sorted_then_summarised_and_exit_zero(tmp_path):
    result = invoke("check", write_region(tmp_path, **LIMA))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split(" warning ")[1][:5] for line in lines[:-1]] == ["SK331", "SK312"]
    assert lines[0].startswith("standar/contoh.yaml:") or "/standar/contoh.yaml:" in lines[0]
    assert lines[-1] == "2 peringatan, 0 dibungkam (abaikan)"


def test_strict_fails_on_any_warning(tmp_path):
    result = invoke("check", "--strict", write_region(tmp_path, **LIMA))
    assert result.exit_code == 1
    assert "--strict" in result.stderr


def test_load_errors_exit_one_without_traceback(tmp_path):
    result = invoke("check", write_region(tmp_path, **{"profil.yaml": "nama: [\n"}))
    assert result.exit_code == 1
    assert "error SK101" in result.stderr and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_build_prints_check_warnings_and_writes(tmp_path):
    out = tmp_path / "keluaran"
    result = invoke("build", write_region(tmp_path, **LIMA), "--out", out, "--format", "html")
    assert result.exit_code == 0, result.output
    assert "warning SK312" in result.stderr and "warning SK331" in result.stderr
    assert (out / "dokumen").is_dir()


def test_build_strict_writes_nothing(tmp_path):
    out = tmp_path / "keluaran"
    out.mkdir()
    (out / "lama.txt").write_text("lama", encoding="utf-8")
    (out / ".sk-builder").write_text("", encoding="utf-8")  # an earlier build's folder
    result = invoke("build", "--strict", write_region(tmp_path, **LIMA), "--out", out, "--format", "html")
    assert result.exit_code == 1
    assert "warning SK312" in result.stderr
    assert "2 peringatan dan --strict aktif; tidak ada yang ditulis." in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [".sk-builder", "lama.txt"]
