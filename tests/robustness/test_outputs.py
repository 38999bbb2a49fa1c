"""No --out can destroy a user's files: the sources, a folder holding or inside them, the cache, an existing
file, a symbolic link, a folder sk-builder did not make; a site-only build keeps the documents; published
files are readable by a web server. Each case: the exact message, the exit status, every file as it was."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.outputs import MARKER
from tests.fixtures.minimal import write_region


def run(*args, cwd: Path | None = None):
    """Run `sk` in-process (from ``cwd``) and return (exit status, stdout, stderr)."""
    here = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, [str(a) for a in args])
    finally:
        os.chdir(here)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder with the SHA-256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path):
    """A project folder: sources/kota-contoh and nothing else."""
    write_region(tmp_path / "sources")
    return tmp_path


def test_out_equal_to_the_sources_is_refused(project):
    before = tree(project)
    status, _, err = run("build", "sources", "--out", "sources", "--format", "html", cwd=project)
    assert status == 2
    assert err == ('sk build: --out "sources" sama dengan folder sumber "sources"; isinya bisa terhapus. '
                   "Pilih folder keluaran lain (mis. build).\n")
    assert tree(project) == before


def test_out_holding_the_sources_is_refused_even_with_paksa(project):
    before = tree(project)
    status, _, err = run("build", "sources", "--out", ".", "--format", "html", "--paksa", cwd=project)
    assert status == 2
    assert err.startswith('sk build: --out "." memuat folder sumber "sources"')
    assert tree(project) == before


def test_out_inside_the_sources_is_refused(project):
    before = tree(project)
    status, _, err = run("build", "sources", "--out", "sources/kota-contoh/build", cwd=project)
    assert status == 2
    assert 'berada di dalam folder sumber "sources"' in err
    assert tree(project) == before


def test_export_text_into_the_sources_is_refused(project):
    before = tree(project)
    status, _, err = run("export", "text", "sources", "--out", "sources", cwd=project)
    assert status == 2 and err.startswith('sk export text: --out "sources" sama dengan folder sumber')
    assert tree(project) == before


def test_an_existing_file_is_refused_and_kept(project):
    (project / "laporan.txt").write_text("laporan penting\n", encoding="utf-8")
    status, _, err = run("build", "sources", "--out", "laporan.txt", "--format", "html", cwd=project)
    assert status == 2
    assert err == ('sk build: --out "laporan.txt" adalah berkas yang sudah ada, bukan folder; pilih folder lain, '
                   "atau tambahkan --paksa untuk menggantinya.\n")
    assert (project / "laporan.txt").read_text(encoding="utf-8") == "laporan penting\n"


def test_a_folder_sk_builder_did_not_make_is_refused_unless_paksa(project):
    (project / "dokumen-saya").mkdir()
    (project / "dokumen-saya" / "surat.docx").write_bytes(b"surat")
    status, _, err = run("build", "sources", "--out", "dokumen-saya", "--format", "html", cwd=project)
    assert status == 2
    assert "tidak kosong dan bukan buatan sk-builder (tidak ada berkas .sk-builder)" in err
    assert (project / "dokumen-saya" / "surat.docx").read_bytes() == b"surat"
    status, _, _ = run("build", "sources", "--out", "dokumen-saya", "--format", "html", "--paksa", cwd=project)
    assert status == 0 and (project / "dokumen-saya" / MARKER).is_file()
    assert not (project / "dokumen-saya" / "surat.docx").exists()


def test_a_folder_sk_builder_made_is_replaced_and_an_empty_one_is_used(project):
    (project / "kosong").mkdir()
    assert run("build", "sources", "--out", "kosong", "--format", "html", cwd=project)[0] == 0
    assert run("build", "sources", "--out", "kosong", "--format", "html", cwd=project)[0] == 0


def test_a_symbolic_link_as_out_is_refused(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("tempat-lain")
    (elsewhere / "penting.txt").write_text("x", encoding="utf-8")
    (project / "build").symlink_to(elsewhere)
    status, _, err = run("build", "sources", "--out", "build", "--format", "html", "--paksa", cwd=project)
    assert status == 2 and 'sk build: --out "build" adalah tautan simbolik' in err
    assert tree(elsewhere) == {"penting.txt": hashlib.sha256(b"x").hexdigest()}


def test_a_cache_inside_out_is_refused(project):
    status, _, err = run("build", "sources", "--out", "build", "--cache", "build/cache", cwd=project)
    assert status == 2 and 'memuat folder cache "build/cache"' in err
    assert not (project / "build").exists()


def test_schema_refuses_a_folder_of_other_files(project):
    (project / "catatan").mkdir()
    (project / "catatan" / "rapat.md").write_text("rapat\n", encoding="utf-8")
    status, _, err = run("schema", "--out", "catatan", cwd=project)
    assert status == 2 and "bukan buatan sk-builder" in err
    assert tree(project / "catatan") == {"rapat.md": hashlib.sha256(b"rapat\n").hexdigest()}
    assert run("schema", "--out", "skema", cwd=project)[0] == 0
    assert run("schema", "--out", "skema", cwd=project)[0] == 0  # its own folder: replaced


def test_diff_out_replaces_its_own_report_only(project):
    old = project / "sources"
    (project / "ringkasan.html").write_text("<p>bukan laporan</p>\n", encoding="utf-8")
    status, _, err = run("diff", old, old, "--format", "html", "--out", "ringkasan.html", cwd=project)
    assert status == 2 and "sudah ada dan bukan laporan sk-builder" in err
    assert (project / "ringkasan.html").read_text(encoding="utf-8") == "<p>bukan laporan</p>\n"
    for fmt in ("html", "json", "text", "docx"):
        target = f"laporan.{fmt}"
        assert run("diff", old, old, "--format", fmt, "--out", target, cwd=project)[0] == 0
        assert run("diff", old, old, "--format", fmt, "--out", target, cwd=project)[0] == 0, fmt


def test_a_site_only_build_keeps_the_documents(project):
    assert run("build", "sources", "--out", "build", "--format", "html,site", cwd=project)[0] == 0
    documents = {k: v for k, v in tree(project / "build").items() if k.startswith("dokumen/")}
    assert documents
    assert run("build", "sources", "--out", "build", "--format", "site", cwd=project)[0] == 0
    after = tree(project / "build")
    assert {k: v for k, v in after.items() if k.startswith("dokumen/")} == documents
    listed = json.loads((project / "build" / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert set(documents) <= set(listed) and all(listed[k]["sha256"] == documents[k] for k in documents)


@pytest.mark.parametrize("umask, folder_mode, file_mode", [(0o022, 0o755, 0o644), (0o027, 0o750, 0o640)])
def test_published_files_follow_the_umask(project, umask, folder_mode, file_mode):
    previous = os.umask(umask)
    try:
        assert run("build", "sources", "--out", "build", "--format", "html,site", cwd=project)[0] == 0
    finally:
        os.umask(previous)
    build = project / "build"
    folders = [build, *(p for p in build.rglob("*") if p.is_dir())]
    files = [p for p in build.rglob("*") if p.is_file()]
    assert {oct(p.stat().st_mode & 0o777) for p in folders} == {oct(folder_mode)}
    assert {oct(p.stat().st_mode & 0o777) for p in files} == {oct(file_mode)}
