"""The cache is data only and the project's own: nothing in it can run, a planted or damaged entry is a miss,
a cache folder others can change is refused, and it never lives in a shared folder."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from sk_builder import cache
from sk_builder.cli import main
from tests.fixtures.minimal import write_region

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "sk_builder"


def run(*args, cwd: Path):
    here = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, [str(a) for a in args])
    finally:
        os.chdir(here)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


@pytest.fixture
def project(tmp_path):
    write_region(tmp_path / "sources")
    return tmp_path


def test_no_code_carrying_format_is_imported_anywhere():
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for module in ("pickle", "marshal", "shelve", "dill", "cloudpickle"):
            assert f"import {module}" not in text and f"from {module}" not in text, path


def test_every_entry_and_object_in_the_cache_is_json(project):
    assert run("build", "sources", "--out", "build", "--format", "html", cwd=project)[0] == 0
    folder = project / ".sk-cache"
    entries = [json.loads(p.read_bytes()) for p in (folder / "entries").glob("*/*")]
    assert entries
    for entry in entries:
        if "data" in entry["files"]:
            blob = folder / "blobs" / entry["files"]["data"][:2] / entry["files"]["data"]
            json.loads(blob.read_bytes())


class Boom:
    """What an attacker would plant: unpickling it creates a file."""

    def __init__(self, target: str):
        self.target = target

    def __reduce__(self):
        return (Path(self.target).touch, ())


def test_a_planted_pickle_never_runs(project):
    assert run("build", "sources", "--out", "build", "--format", "html", cwd=project)[0] == 0
    folder = project / ".sk-cache"
    marker = project / "DIJALANKAN"
    payload = pickle.dumps(Boom(str(marker)))
    for blob in (folder / "blobs").glob("*/*"):  # every blob replaced by the payload, as a hostile user would
        blob.write_bytes(payload)
    for entry_path in (folder / "entries").glob("*/*"):
        entry = json.loads(entry_path.read_bytes())
        entry["files"] = {name: hashlib.sha256(payload).hexdigest() for name in entry["files"]}
        entry_path.write_text(json.dumps(entry), encoding="utf-8")
    status, err = run("build", "sources", "--out", "build", "--format", "html", cwd=project)
    assert status == 0, err
    assert not marker.exists()


def test_the_default_cache_is_the_projects_even_when_out_is_in_the_temp_folder(project, tmp_path_factory):
    out = tmp_path_factory.mktemp("di-tmp") / "x"
    assert run("build", "sources", "--out", out, "--format", "html", cwd=project)[0] == 0
    assert (project / ".sk-cache").is_dir()
    assert not (out.parent / ".sk-cache").exists()


def test_the_default_cache_of_one_region_of_a_project(project):
    assert cache.default_folder(project / "sources" / "kota-contoh") == project / ".sk-cache"
    assert cache.default_folder(project / "sources") == project / ".sk-cache"


def test_a_cache_folder_others_can_write_is_refused(project):
    folder = project / ".sk-cache"
    folder.mkdir()
    folder.chmod(0o777)
    status, err = run("build", "sources", "--out", "build", "--format", "html", cwd=project)
    assert status == 2
    assert err.startswith(f'sk build: folder cache "{folder}" dapat ditulisi siapa saja (mode drwxrwxrwx)')
    assert not (project / "build").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a folder away")
def test_a_cache_folder_of_another_user_is_refused(project):
    folder = project / ".sk-cache"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    status, err = run("build", "sources", "--out", "build", "--format", "html", cwd=project)
    assert status == 2 and "milik pengguna lain (uid 65534)" in err


def test_a_blob_replaced_by_a_folder_or_a_link_is_rebuilt(project, tmp_path_factory):
    assert run("build", "sources", "--out", "build", "--format", "html", cwd=project)[0] == 0
    before = {p.relative_to(project / "build"): p.read_bytes() for p in (project / "build").rglob("*") if p.is_file()}
    blobs = sorted((project / ".sk-cache" / "blobs").glob("*/*"))
    outside = tmp_path_factory.mktemp("luar") / "rahasia"
    outside.write_bytes(b"rahasia")
    blobs[0].unlink()
    blobs[0].mkdir()
    (blobs[0] / "isi").write_text("x", encoding="utf-8")
    blobs[1].unlink()
    blobs[1].symlink_to(outside)
    status, err = run("build", "sources", "--out", "build", "--format", "html", cwd=project)
    assert status == 0, err
    after = {p.relative_to(project / "build"): p.read_bytes() for p in (project / "build").rglob("*") if p.is_file()}
    assert after == before
    assert not any(p.is_symlink() for p in (project / "build").rglob("*"))
    assert outside.read_bytes() == b"rahasia"


def test_cache_folder_modes(project):
    assert run("build", "sources", "--out", "build", "--format", "html", cwd=project)[0] == 0
    mode = stat.S_IMODE((project / ".sk-cache").stat().st_mode)
    assert not mode & stat.S_IWOTH
