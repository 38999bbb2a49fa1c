"""`sk check --baseline`: findings recorded by code, file, field and line fingerprint; only new ones shown."""

from __future__ import annotations

from click.testing import CliRunner

from sk_builder.check.baseline import HEADER
from sk_builder.cli import main
from tests.check.region import standar_yaml
from tests.fixtures.minimal import write_region

LIMA = standar_yaml({"jumlah_pelaksana": "5 (Lima) orang.", "biaya": "-"})


def invoke(*args):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def test_record_then_only_new_findings(tmp_path):
    region = write_region(tmp_path, **{"standar/contoh.yaml": LIMA})
    baseline = tmp_path / "baseline.txt"
    first = invoke(region, "--baseline", baseline)
    assert first.exit_code == 0 and first.stdout.startswith("2 temuan dicatat")
    text = baseline.read_text(encoding="utf-8")
    assert text.startswith(HEADER) and "SK312\tstandar/contoh.yaml\tkomponen.jumlah_pelaksana\t" in text
    assert invoke(region, "--baseline", baseline, "--strict").stdout.endswith(
        "0 peringatan, 0 dibungkam (abaikan), 2 lama (baseline)\n")
    moved = "nama: Contoh Layanan\n\n\n" + LIMA.split("\n", 1)[1].replace("Isi evaluasi.", "7 (Tujuh) hari.")
    (region / "standar" / "contoh.yaml").write_text(moved, encoding="utf-8")
    again = invoke(region, "--baseline", baseline, "--strict")
    assert again.exit_code == 1
    assert [line.split(" warning ")[1][:5] for line in again.stdout.splitlines()[:-1]] == ["SK312"]
    assert "komponen.evaluasi" in again.stdout and again.stdout.endswith("1 peringatan, 0 dibungkam (abaikan), "
                                                                          "2 lama (baseline)\n")


def test_refuses_to_overwrite(tmp_path):
    region = write_region(tmp_path)
    mine = tmp_path / "catatan.txt"
    mine.write_text("catatan pribadi\n", encoding="utf-8")
    result = invoke(region, "--baseline", mine, "--perbarui-baseline")
    assert result.exit_code == 1 and "SK391" in result.stderr and "Traceback" not in result.output
    assert mine.read_text(encoding="utf-8") == "catatan pribadi\n"
    baseline = tmp_path / "baseline.txt"
    assert invoke(region, "--baseline", baseline).exit_code == 0
    assert invoke(region, "--baseline", baseline, "--perbarui-baseline").exit_code == 0
