"""`sk ekspor`: each export written through the safe output machinery; refusals and errors write nothing."""

from __future__ import annotations

import re
import shutil

from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.outputs import MARKER

from .conftest import ROOT, SEMBADA


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_each_export_writes_its_folder(tmp_path):
    for kind, expected in (("jdih", "kabupaten-sembada.json"), ("akn", "kabupaten-sembada/bupati-2025.xml"),
                           ("sippn", "kabupaten-sembada.xlsx")):
        out = tmp_path / kind
        result = _run("ekspor", kind, str(SEMBADA), "--out", str(out))
        assert result.exit_code == 0, result.output
        assert (out / expected).is_file() and (out / MARKER).is_file()
    assert sorted(p.name for p in (tmp_path / "akn" / "kabupaten-sembada").iterdir()) == ["bupati-2022.xml",
                                                                                        "bupati-2025.xml"]


def test_teks_is_export_text(tmp_path):
    result = _run("ekspor", "teks", str(SEMBADA), "--out", str(tmp_path / "teks"))
    assert result.exit_code == 0 and (tmp_path / "teks" / "kabupaten-sembada" / "profil.txt").is_file()


def test_a_folder_of_the_users_is_refused_unless_paksa(tmp_path):
    out = tmp_path / "milik-saya"
    out.mkdir()
    (out / "catatan.txt").write_text("jangan dihapus", encoding="utf-8")
    refused = _run("ekspor", "jdih", str(SEMBADA), "--out", str(out))
    assert refused.exit_code == 2 and "--paksa" in refused.output
    assert (out / "catatan.txt").read_text(encoding="utf-8") == "jangan dihapus"
    forced = _run("ekspor", "jdih", str(SEMBADA), "--out", str(out), "--paksa")
    assert forced.exit_code == 0 and not (out / "catatan.txt").exists()


def test_an_output_inside_the_sources_is_refused(tmp_path):
    sources = tmp_path / "sumber"
    shutil.copytree(SEMBADA, sources)
    result = _run("ekspor", "akn", str(sources), "--out", str(sources / "kabupaten-sembada" / "akn"))
    assert result.exit_code == 2 and not (sources / "kabupaten-sembada" / "akn").exists()


def test_errors_are_located_and_nothing_is_written(tmp_path):
    out = tmp_path / "jdih"
    result = _run("ekspor", "jdih", str(ROOT / "tests/flowchart/sumber"), "--out", str(out))
    assert result.exit_code == 1
    assert re.search(r"kabupaten-contoh/profil\.yaml:\d+:\d+: error SK601 ", result.output)
    assert "Traceback" not in result.output
    assert not out.exists()


def test_arsip_finds_the_records_whatever_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the sources are outside the working folder: their display paths are relative
    result = _run("ekspor", "arsip", str(SEMBADA), "--out", "arsip")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "arsip" / "kabupaten-sembada").iterdir()) == ["bupati-2022.pdf",
                                                                                          "bupati-2025.pdf"]
