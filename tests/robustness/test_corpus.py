"""A corpus of broken source trees: each fails with exactly its located diagnostics, exit status 1, no
traceback, and leaves the previous build/ byte for byte as it was.

Each case in corpus/<case>/ is one tiny region (profil.yaml, lambang.svg, standar/, keputusan/) with
one thing broken, and expected.txt holding the exact diagnostic lines (paths relative to the region).
Cases that cannot be committed as files (10 MB, symlinks out of the tree) are finished by SETUP.
After a deliberate change of messages, regenerate and review every diff:

    SK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/robustness/test_corpus.py
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.outputs import MARKER, MARKER_TEXT

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
SUBPROCESS_CASES = {"bersarang-terlalu-dalam", "bukan-utf8", "teks-10mb", "lambang-symlink-keluar"}


def _big_file(region: Path) -> None:
    """A standard whose one text field is 10 MB (over the 2 MB file limit)."""
    path = region / "standar" / "contoh.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    Isi biaya.", "    " + "Biaya " * (10 * 1024 * 1024 // 6)), encoding="utf-8")


def _long_field(region: Path) -> None:
    """A standard whose one text field is 150 000 characters (under the file limit, over the text limit)."""
    path = region / "standar" / "contoh.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    Isi biaya.", "    " + "Biaya " * 25_000), encoding="utf-8")


def _emblem_symlink(region: Path) -> None:
    outside = region.parent / "di-luar.svg"
    outside.write_text("<svg/>\n", encoding="utf-8")
    (region / "lambang.svg").symlink_to(outside)


def _standard_symlink(region: Path) -> None:
    outside = region.parent / "di-luar.yaml"
    shutil.copy(region / "standar" / "contoh.yaml", outside)
    (region / "standar" / "lain.yaml").symlink_to(outside)


SETUP = {
    "teks-10mb": _big_file,
    "teks-terlalu-panjang": _long_field,
    "lambang-symlink-keluar": _emblem_symlink,
    "standar-symlink-keluar": _standard_symlink,
}


def _tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def workspace(tmp_path):
    """A previous build/ next to where the case is copied."""
    build = tmp_path / "build"
    (build / "dokumen" / "lama").mkdir(parents=True)
    (build / "dokumen" / "lama" / "keputusan.html").write_text("<p>build sebelumnya</p>\n", encoding="utf-8")
    (build / "manifest.json").write_bytes(b'{"lama": true}\n')
    (build / MARKER).write_bytes(MARKER_TEXT)  # made by sk-builder: a build may replace it
    return tmp_path


def _run(case: str, workspace: Path) -> tuple[int, str]:
    region = workspace / case
    shutil.copytree(CORPUS / case, region, symlinks=True, ignore=shutil.ignore_patterns("expected.txt"))
    if case in SETUP:
        SETUP[case](region)
    args = ["build", ".", "--out", "../build", "--format", "html"]
    if case in SUBPROCESS_CASES:
        sk = Path(sys.executable).with_name("sk")
        done = subprocess.run([str(sk), *args], cwd=region, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONWARNINGS": "error"})
        return done.returncode, done.stdout + done.stderr
    cwd = Path.cwd()
    os.chdir(region)
    try:
        result = CliRunner().invoke(main, args)
    finally:
        os.chdir(cwd)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_corpus_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES)
def test_broken_sources_fail_cleanly(case, workspace):
    before = _tree_digest(workspace / "build")
    status, output = _run(case, workspace)
    lines = output.splitlines()
    assert status == 1, output
    assert "Traceback" not in output and "Error:" not in output.replace("error SK", "")
    assert lines[-1].endswith("tidak ada yang ditulis."), output
    diagnostics = "\n".join(lines[:-1]) + "\n"
    expected = CORPUS / case / "expected.txt"
    if os.environ.get("SK_UPDATE_GOLDEN"):
        expected.write_text(diagnostics, encoding="utf-8")
    assert diagnostics == expected.read_text(encoding="utf-8")
    assert all(" error SK" in line or " warning SK" in line for line in lines[:-1])
    assert _tree_digest(workspace / "build") == before
    assert sorted(p.name for p in workspace.iterdir() if p.name.startswith(".build")) == []
