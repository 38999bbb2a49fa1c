"""`sk export text`: canonical text files written whole, the same bytes every time."""

from click.testing import CliRunner

from sk_builder.cli import main

from .conftest import NEW, OLD


def test_export_writes_one_file_per_document(tmp_path):
    out = tmp_path / "teks"
    result = CliRunner().invoke(main, ["export", "text", str(OLD), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 berkas teks ditulis" in result.output
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [".sk-builder", "kota-contoh/profil.txt", "kota-contoh/sekda-5-2024.txt",
                     "kota-contoh/standar/peminjaman-ruang.txt", "kota-contoh/standar/persuratan.txt"]


def test_export_replaces_the_folder_and_is_deterministic(tmp_path):
    out = tmp_path / "teks"
    runner = CliRunner()
    runner.invoke(main, ["export", "text", str(NEW), "--out", str(out)])
    first = {p: p.read_bytes() for p in out.rglob("*.txt")}
    runner.invoke(main, ["export", "text", str(OLD), "--out", str(out)])
    assert not (out / "kota-contoh/standar/legalisasi-dokumen.txt").exists()
    runner.invoke(main, ["export", "text", str(NEW), "--out", str(out)])
    assert {p: p.read_bytes() for p in out.rglob("*.txt")} == first


def test_invalid_sources_write_nothing(tmp_path):
    bad = tmp_path / "bad"
    (bad / "x").mkdir(parents=True)
    (bad / "x" / "profil.yaml").write_text("nama: X\n")
    result = CliRunner().invoke(main, ["export", "text", str(bad), "--out", str(tmp_path / "teks")])
    assert result.exit_code == 1 and "error SK" in result.output
    assert not (tmp_path / "teks").exists()
