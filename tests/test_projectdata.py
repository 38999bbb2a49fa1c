"""The project the cache keeps is the project the loader makes: same records (and the same number types, so
the same printed "20mm"), positions, display paths and document keys, wherever sk-builder runs from."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sk_builder import keys, projectdata
from sk_builder.build import build
from sk_builder.check.runner import check_project
from sk_builder.jobs import plan
from sk_builder.sources.loader import load_project
from sk_builder.sources.units import from_data, read_unit, to_data
from tests.conftest import SOURCES
from tests.fixtures.minimal import standar, write_region


def _round_trip(root: Path):
    project, loaded = load_project(root)
    checked = check_project(project).report
    data = json.loads(json.dumps(projectdata.encode(project, loaded, checked)))
    return (project, loaded, checked), projectdata.decode(data, root)


def test_the_bundled_sources_come_back_whole():
    (project, loaded, checked), (again, loaded2, checked2) = _round_trip(SOURCES)
    assert again == project and loaded2.items == loaded.items and checked2.items == checked.items
    for a, b in zip(project.regions, again.regions):
        assert (a.root, a.source, a.file, a.marks, a.emblem) == (b.root, b.source, b.file, b.marks, b.emblem)
        for x, y in zip((*a.services, *a.decrees, *a.sops), (*b.services, *b.decrees, *b.sops)):
            assert (x.source, x.file, x.marks, x.scalars) == (y.source, y.file, y.marks, y.scalars)
    assert [keys.job_digest(j) for j in plan(project)] == [keys.job_digest(j) for j in plan(again)]


def test_units_read_back_make_the_same_documents(tmp_path):
    region = write_region(tmp_path / "src", **{"standar/lain.yaml": standar("Layanan Lain")})

    def cached(path, where, kind):
        unit = read_unit(path.read_bytes(), where, kind)
        return from_data(json.loads(json.dumps(to_data(unit))), where, kind)

    fresh, _ = load_project(region)
    again, _ = load_project(region, cached)
    assert [keys.job_digest(j) for j in plan(fresh)] == [keys.job_digest(j) for j in plan(again)]


def test_a_document_rendered_from_the_cached_project_has_the_fresh_bytes(tmp_path):
    region = write_region(tmp_path / "src")
    build(region, tmp_path / "a", ("docx",), cache=tmp_path / "cache")
    build(region, tmp_path / "b", ("docx", "html"), cache=tmp_path / "cache")  # the project comes from the cache
    build(region, tmp_path / "c", ("docx", "html"))  # no cache at all
    for name in ("kota-contoh/kep-12-2024.html", "kota-contoh/standar/contoh.html"):
        assert (tmp_path / "b" / "dokumen" / name).read_bytes() == (tmp_path / "c" / "dokumen" / name).read_bytes()


def test_the_cached_project_shows_paths_from_where_sk_builder_runs(tmp_path, monkeypatch):
    region = write_region(tmp_path / "src")
    (project, loaded, checked), _ = _round_trip(region)
    data = json.loads(json.dumps(projectdata.encode(project, loaded, checked)))
    monkeypatch.chdir(tmp_path / "src")
    moved, _, _ = projectdata.decode(data, Path("kota-contoh"))
    fresh, _ = load_project(Path("kota-contoh"))
    assert [s.source for s in moved.regions[0].services] == [s.source for s in fresh.regions[0].services]
    assert os.path.normpath(moved.regions[0].services[0].source) == "kota-contoh/standar/contoh.yaml"
