"""Files named or read by the loader never come from outside the source tree: ``../``, absolute paths,
``~``, and symlinks (of the emblem, of a record, of a whole folder) are refused with a located error;
symlinks that stay inside the tree are fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import PROFIL, write_region


def errors(root: Path) -> list[str]:
    project, report = load_project(root)
    lines = [str(d).replace(str(root) + "/", "") for d in report.sorted() if d.severity == "error"]
    assert (project is None) == bool(lines)
    return lines


@pytest.fixture
def tree(tmp_path):
    """sources/ holding the minimal region, and a folder outside it with things worth stealing."""
    outside = tmp_path / "di-luar"
    outside.mkdir()
    (outside / "rahasia.svg").write_text("<svg/>\n", encoding="utf-8")
    sources = tmp_path / "sources"
    write_region(sources)
    return sources, sources / "kota-contoh", outside


@pytest.mark.parametrize("value, message", [
    ("../../di-luar/rahasia.svg", "berkas berada di luar folder sumber"),
    ("../kota-contoh/../../di-luar/rahasia.svg", "berkas berada di luar folder sumber"),
    ("/etc/hostname", "jalur berkas harus relatif terhadap folder sumber"),
    ("~/rahasia.svg", "jalur berkas harus relatif terhadap folder sumber"),
])
def test_emblem_paths_leaving_the_tree(tree, value, message):
    sources, region, _ = tree
    (region / "profil.yaml").write_text(PROFIL.replace("lambang.svg", value), encoding="utf-8")
    assert errors(sources) == [f'kota-contoh/profil.yaml:6:10: error SK111 "{value}": {message}']


def test_emblem_symlink_out_of_the_tree(tree):
    sources, region, outside = tree
    (region / "lambang.svg").unlink()
    (region / "lambang.svg").symlink_to(outside / "rahasia.svg")
    assert errors(sources) == ['kota-contoh/profil.yaml:6:10: error SK111 "lambang.svg": berkas berada di luar '
                               "folder sumber"]


def test_symlinks_inside_the_tree_are_fine(tree):
    sources, region, _ = tree
    shared = sources / "bersama"
    shared.mkdir()
    (region / "lambang.svg").rename(shared / "lambang.svg")
    (region / "lambang.svg").symlink_to(Path("..") / "bersama" / "lambang.svg")
    assert errors(sources) == []


def test_emblem_that_is_a_folder(tree):
    sources, region, _ = tree
    (region / "lambang.svg").unlink()
    (region / "lambang.svg").mkdir()
    assert errors(sources) == ['kota-contoh/profil.yaml:6:10: error SK110 "lambang.svg": berkas tidak ditemukan']


def test_record_symlink_out_of_the_tree(tree):
    sources, region, outside = tree
    (outside / "curian.yaml").write_text((region / "standar" / "contoh.yaml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    (region / "standar" / "curian.yaml").symlink_to(outside / "curian.yaml")
    assert errors(sources) == ["kota-contoh/standar/curian.yaml:1:1: error SK111 berkas sumber menunjuk ke luar "
                               "folder sumber"]


def test_records_folder_symlinked_out_of_the_tree(tree):
    sources, region, outside = tree
    (outside / "standar").mkdir()
    (region / "standar" / "contoh.yaml").rename(outside / "standar" / "contoh.yaml")
    (region / "standar").rmdir()
    (region / "standar").symlink_to(outside / "standar")
    assert errors(sources) == [
        "kota-contoh/standar/contoh.yaml:1:1: error SK111 berkas sumber menunjuk ke luar folder sumber"]


def test_region_folder_symlinked_out_of_the_tree(tree):
    sources, region, outside = tree
    region.rename(outside / "kota-contoh")
    (sources / "kota-contoh").symlink_to(outside / "kota-contoh")
    assert errors(sources) == [
        f"kota-contoh/{name}:1:1: error SK111 berkas sumber menunjuk ke luar folder sumber"
        for name in ("keputusan/kep-12-2024.yaml", "profil.yaml", "standar/contoh.yaml")]
