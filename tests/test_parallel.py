"""Parallel rendering: the same bytes whatever the number of processes; a failing document fails the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from sk_builder import parallel
from sk_builder.build import build
from sk_builder.jobs import plan
from sk_builder.parallel import Task, render
from sk_builder.progress import Progress
from sk_builder.render import registry
from sk_builder.render.formats.html import HtmlRenderer
from sk_builder.sources.loader import load_or_fail
from tests.conftest import docx_available
from tests.fixtures.minimal import KEPUTUSAN, standar, write_region

# The site is rendered by the build process itself, never by the workers (and Pagefind's index is
# not byte-stable from run to run), so the comparison is of the documents and their manifest.
FORMATS = ("pdf", "docx", "html") if docx_available() else ("pdf", "html")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def region(tmp_path_factory) -> Path:
    """A decree of three standards of different lengths."""
    decree = KEPUTUSAN.replace("layanan: [contoh]", "layanan: [contoh, kedua, ketiga]")
    long = standar("Layanan Ketiga", "judul: Layanan Ketiga").replace(
        "Isi prosedur.", "\n".join(f"    {n}. Langkah ke-{n} pelayanan." for n in range(1, 40)).lstrip())
    return write_region(tmp_path_factory.mktemp("src"), **{"keputusan/kep-12-2024.yaml": decree,
                                                          "standar/kedua.yaml": standar("Layanan Kedua"),
                                                          "standar/ketiga.yaml": long})


@pytest.fixture(scope="module")
def builds(region, tmp_path_factory) -> dict[int, dict[str, bytes]]:
    """The region built from scratch with one and with two processes."""
    found = {}
    for jobs in (1, 2):
        place = tmp_path_factory.mktemp(f"j{jobs}")
        build(region, place / "out", FORMATS, jobs=jobs, cache=place / ".sk-cache")
        found[jobs] = snapshot(place / "out")
    return found


def test_one_or_two_processes_write_the_same_bytes(builds):
    assert sorted(builds[1]) == sorted(builds[2])
    assert [name for name in builds[1] if builds[1][name] != builds[2][name]] == []
    assert any(name.endswith(".pdf") for name in builds[1])


@pytest.mark.skipif(not parallel._forking(), reason="a monkeypatched renderer reaches forked workers only; spawned "
                                                   "workers import the renderers afresh (see the next test)")
def test_a_document_that_fails_in_a_worker_fails_the_build_and_publishes_nothing(region, tmp_path, monkeypatch):
    class Broken(HtmlRenderer):
        def render(self, job):
            raise RuntimeError(f"rusak: {job.stem}")

    monkeypatch.setitem(registry.RENDERERS, "html", Broken())
    with pytest.raises(RuntimeError, match="rusak"):
        build(region, tmp_path / "out", ("html",), jobs=2, cache=tmp_path / ".sk-cache")
    assert not (tmp_path / "out").exists()


def test_a_task_that_fails_in_a_worker_fails_the_render_forked_or_spawned(region, tmp_path):
    from sk_builder.cache import Store

    project, _ = load_or_fail(region)
    planned = {job.stem: job for job in plan(project)}
    tasks = [Task(stem, "html", f"{stem}.html", 1) for stem in planned]
    with pytest.raises(KeyError, match="tidak-ada"):
        render(planned, [*tasks, Task("tidak-ada", "html", "tidak-ada.html", 9)], Store(tmp_path), 2, Progress())


def test_tasks_run_biggest_first_in_one_process(region, tmp_path):
    from sk_builder.cache import Store

    project, _ = load_or_fail(region)
    seen = []

    class Order(Progress):
        def done(self, name):
            seen.append(name)

    planned = plan(project)
    tasks = [Task(job.stem, "html", f"{job.stem}.html", cost) for cost, job in enumerate(planned)]
    results = render({job.stem: job for job in planned}, tasks, Store(tmp_path), 1, Order())
    assert seen == [t.name for t in reversed(tasks)]
    assert sorted(results) == sorted(t.name for t in tasks)


def _maker(number: int):
    return lambda: {f"halaman/{number}.html": f"<p>{number}</p>".encode(), f"data/{number}.json": b"{}"}


def test_produce_stores_the_same_files_in_the_same_order_with_forked_workers(tmp_path):
    from sk_builder.cache import Store

    makers = [_maker(number) for number in range(150)]
    alone, pooled = Store(tmp_path / "satu"), Store(tmp_path / "dua")
    expected = parallel.produce(makers, alone, 1)
    assert parallel.produce(makers, pooled, 2) == expected
    assert [sorted(files) for files in expected] == [[f"data/{n}.json", f"halaman/{n}.html"] for n in range(150)]
    assert pooled.read(expected[7]["halaman/7.html"]) == b"<p>7</p>"
    assert all(pooled.verified[sha] for files in expected for sha in files.values())


def test_a_site_made_by_workers_is_the_site_made_in_process(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "_CHUNK", 1)  # workers even for a small site
    many = {f"standar/layanan-{n}.yaml": standar(f"Layanan Nomor {n}") for n in range(6)}
    source = write_region(tmp_path / "src", **many)
    built = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        build(source, out, ("html", "site"), jobs=jobs, cache=tmp_path / f"cache{jobs}")
        built[jobs] = {path: data for path, data in snapshot(out / "site").items() if not path.startswith("pagefind/")}
    assert built[1] == built[2] and len(built[1]) > 10
