"""`sk diff`: sides as folders or git revisions, formats, and exit status 0/1/2."""

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from sk_builder.cli import main

from .conftest import NEW, OLD


def _sk(*args):
    return CliRunner().invoke(main, list(args))


def _git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t", "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z",
                        "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z", "PATH": "/usr/bin:/bin",
                        "HOME": str(repo)})


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A git repository whose sources/ went from the old fixture (tag v1) to the new one (HEAD)."""
    root = tmp_path_factory.mktemp("repo")
    _git(root, "init", "-q", "-b", "main")
    shutil.copytree(OLD, root / "sources")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "old")
    _git(root, "tag", "v1")
    shutil.rmtree(root / "sources")
    shutil.copytree(NEW, root / "sources")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "new")
    return root


def test_exit_status_is_0_when_nothing_changed_and_1_when_something_did():
    assert _sk("diff", str(OLD), str(OLD)).exit_code == 0
    result = _sk("diff", str(OLD), str(NEW))
    assert result.exit_code == 1 and "{+2+}" in result.output


def test_json_format(tmp_path):
    result = _sk("diff", str(OLD), str(NEW), "--format", "json")
    data = json.loads(result.stdout)
    assert data["old"] == str(OLD) and data["changed"] and result.exit_code == 1


def test_reports_are_written_to_out(tmp_path):
    for fmt in ("text", "json", "html", "docx"):
        out = tmp_path / f"laporan.{fmt}"
        result = _sk("diff", str(OLD), str(NEW), "--format", fmt, "--out", str(out))
        assert result.exit_code == 1 and result.stdout == ""
        assert out.stat().st_size > 100


def test_docx_needs_out():
    result = _sk("diff", str(OLD), str(NEW), "--format", "docx")
    assert result.exit_code == 2 and "--out" in result.output


def test_unknown_side_is_an_error():
    result = _sk("diff", "no-such-revision-or-folder", str(OLD))
    assert result.exit_code == 2 and "no-such-revision-or-folder" in result.output


def test_invalid_sources_print_located_diagnostics_and_exit_2(tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(OLD, bad)
    (bad / "kota-contoh" / "standar" / "persuratan.yaml").write_text("nama: Persuratan\nunit: X\nkomponen: {}\n")
    result = _sk("diff", str(OLD), str(bad))
    assert result.exit_code == 2
    assert "persuratan.yaml:3:" in result.output and "error SK103" in result.output


def test_bad_date_is_a_usage_error():
    assert _sk("diff", str(OLD), str(NEW), "--date", "15-01-2024").exit_code == 2


def test_git_revisions_as_sides(repo, monkeypatch):
    monkeypatch.chdir(repo)
    before = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=repo, capture_output=True).stdout
    result = _sk("diff", "v1", "HEAD", "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [(d["id"], d["status"]) for d in data["documents"]] == [
        ("sekda-5-2024", "modified"), ("legalisasi-dokumen", "added"), ("peminjaman-ruang", "modified"),
        ("persuratan", "modified")]
    assert _sk("diff", "HEAD~1", "v1").exit_code == 0
    assert _sk("diff", "HEAD", "sources").exit_code == 0
    after = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=repo, capture_output=True).stdout
    assert before == after == b""


def test_git_side_with_invalid_sources_names_the_revision(repo, monkeypatch, tmp_path):
    work = tmp_path / "work"
    shutil.copytree(repo, work)
    (work / "sources" / "kota-contoh" / "standar" / "persuratan.yaml").write_text("nama: [\n")
    _git(work, "commit", "-q", "-am", "broken")
    monkeypatch.chdir(work)
    result = _sk("diff", "v1", "HEAD")
    assert result.exit_code == 2
    assert "HEAD:sources/kota-contoh/standar/persuratan.yaml:" in result.output


def test_unknown_revision_and_missing_sources_dir(repo, monkeypatch):
    monkeypatch.chdir(repo)
    result = _sk("diff", "v9", "HEAD")
    assert result.exit_code == 2 and '"v9"' in result.output
    result = _sk("diff", "v1", "HEAD", "--sources-dir", "tidak-ada")
    assert result.exit_code == 2 and "tidak-ada" in result.output
