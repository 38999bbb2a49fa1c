"""The no-op build (stamp.py): nothing changed since the last build of a folder -> nothing is loaded, rendered
or published, and the warnings are reported again; any change of the inputs or of the published files -> a
full (incremental) build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sk_builder import incremental
from sk_builder.build import build
from sk_builder.check.runner import StrictFailure
from sk_builder.progress import Progress
from tests.fixtures.minimal import standar, write_region


@pytest.fixture
def place(tmp_path):
    region = write_region(tmp_path / "src", **{"standar/lain.yaml": standar("Layanan Lain")})
    return {"src": region, "out": tmp_path / "out", "cache": tmp_path / ".sk-cache"}


@pytest.fixture
def loads(monkeypatch):
    """How many times a build loaded the project (from its files or from the cache)."""
    counted = []
    real = incremental.Incremental.project

    def project(self):
        counted.append(1)
        return real(self)

    monkeypatch.setattr(incremental.Incremental, "project", project)
    return counted


def again(place, formats=("html", "site"), **options):
    return build(place["src"], place["out"], formats, cache=place["cache"], **options)


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_no_op_loads_nothing_publishes_nothing_and_reports_the_same_warnings(place, loads):
    first = again(place)
    assert loads == [1]
    before = tree(place["out"])
    second = again(place)
    assert loads == [1]
    assert second.report.sorted() == first.report.sorted() and any(
        d.severity == "warning" for d in first.report.items)
    assert sorted(second.files) == sorted(first.files) and second.files["manifest.json"] == first.files["manifest.json"]
    assert tree(place["out"]) == before  # the same files, not even re-linked


def test_a_no_op_says_how_many_documents_it_took_from_the_cache(place):
    progress = Progress()
    again(place, progress=progress)
    progress = Progress()
    again(place, progress=progress)
    assert (progress.tally.built, progress.tally.cached) == (0, 3)


@pytest.mark.parametrize("change", ["edit", "comment", "new file"])
def test_any_change_of_the_sources_is_a_build(place, loads, change):
    again(place)
    record = place["src"] / "standar" / "lain.yaml"
    if change == "edit":
        record.write_text(record.read_text(encoding="utf-8").replace("Layanan Lain", "Layanan Baru"), encoding="utf-8")
    elif change == "comment":
        record.write_text(record.read_text(encoding="utf-8") + "# catatan\n", encoding="utf-8")
    else:
        (place["src"] / "kamus.txt").write_text("katabaru\n", encoding="utf-8")
    again(place)
    assert loads == [1, 1]


@pytest.mark.parametrize("change", ["edited", "removed", "added"])
def test_a_published_file_changed_afterwards_is_published_anew(place, loads, change):
    again(place)
    page = place["out"] / "site" / "index.html"
    good = page.read_bytes()
    if change == "edited":
        os.unlink(page)  # published files are links to the cache: a real edit replaces the file
        page.write_bytes(good.replace(b"<html", b"<html data-x"))
    elif change == "removed":
        page.unlink()
    else:
        (place["out"] / "site" / "tambahan.html").write_text("?", encoding="utf-8")
    again(place)
    assert loads == [1, 1] and page.read_bytes() == good
    assert not (place["out"] / "site" / "tambahan.html").exists()


def test_other_formats_strict_or_another_folder_are_builds(place, loads, tmp_path):
    again(place)
    again(place, ("html",))
    again(place, ("html",), strict=False)
    assert loads == [1, 1]
    with pytest.raises(StrictFailure):
        again(place, ("html",), strict=True)  # the region warns
    build(place["src"], tmp_path / "lain", ("html",), cache=place["cache"])
    assert loads == [1, 1, 1, 1]


def test_a_damaged_record_of_the_last_build_is_a_build(place, loads):
    again(place)
    for entry in (place["cache"] / "blobs").glob("*/*"):
        if b'"published"' in entry.read_bytes():
            os.chmod(entry, 0o644)
            entry.write_bytes(b'{"inputs": 1}')
    again(place)
    assert loads == [1, 1]


def test_without_a_cache_every_build_is_a_build(place, loads):
    build(place["src"], place["out"], ("html", "site"), cache=None)
    build(place["src"], place["out"], ("html", "site"), cache=None)
    assert loads == [1, 1]
