"""The Pagefind bundle: built from the service pages, Indonesian, with the region and unit filters."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sk_builder.site import search


def test_bundle_is_indonesian_and_indexes_the_service_pages(site_only):
    bundle = site_only / "site" / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["id"]
    services = len(list((site_only / "site").glob("*/layanan/*.html")))
    sops = len(list((site_only / "site").glob("*/sop/*.html")))
    assert entry["languages"]["id"]["page_count"] == services + sops
    assert (bundle / "pagefind.js").is_file() and (bundle / "wasm.id.pagefind").is_file()


def test_bundle_has_the_region_and_unit_filters(site_only):
    names = set()
    for path in (site_only / "site" / "pagefind" / "filter").glob("*.pf_filter"):
        data = gzip.decompress(path.read_bytes())
        names.update(name for name in ("wilayah", "unit") if name.encode() in data[:40])
    assert names == {"wilayah", "unit"}


def test_missing_pagefind_is_a_clean_error(monkeypatch):
    import pagefind_bin

    def missing():
        raise FileNotFoundError("pagefind")

    monkeypatch.setattr(pagefind_bin, "get_executable", missing)
    with pytest.raises(search.SearchIndexError, match="pagefind-bin"):
        search.index({"index.html": b"<html lang='id'></html>"})


PAGE = {"a/index.html": "<html lang='id'><body data-pagefind-body><h1>Surat</h1><p>Persuratan dinas.</p></body></html>"
        .encode()}


@pytest.mark.skipif(not Path("/proc/self/comm").is_file(), reason="processes are listed from /proc (Linux)")
def test_other_work_runs_while_pagefind_indexes_and_the_bundle_is_the_same():
    seen = []

    def meanwhile():
        seen.append(sorted(path.name for path in Path("/proc").glob("[0-9]*")
                           if (path / "comm").is_file() and "pagefind" in _comm(path)))

    alone = search.index(PAGE)
    assert search.index(PAGE, meanwhile) == alone
    assert len(seen) == 1 and seen[0]  # Pagefind was running while meanwhile ran


def _comm(path) -> str:
    try:
        return (path / "comm").read_text()
    except OSError:
        return ""


def test_a_failure_meanwhile_stops_pagefind_and_is_raised():
    def failing():
        raise RuntimeError("pemeriksaan gagal")

    with pytest.raises(RuntimeError, match="pemeriksaan gagal"):
        search.index(PAGE, failing)


def test_pages_without_an_indexed_part_are_not_given_to_pagefind_and_the_bundle_is_the_same(site_only, monkeypatch):
    import subprocess

    pages = {path.relative_to(site_only / "site").as_posix(): path.read_bytes()
             for path in (site_only / "site").rglob("*.html") if "pagefind" not in path.parts}
    given = []
    real = subprocess.Popen

    def popen(command, **options):
        given.append(sorted(path.relative_to(options["cwd"] / "situs").as_posix()
                            for path in (options["cwd"] / "situs").rglob("*.html")))
        return real(command, **options)

    monkeypatch.setattr(search.subprocess, "Popen", popen)
    with monkeypatch.context() as every:
        every.setattr(search, "BODY", b"\0")  # no page has it: every page is given, as before
        expected = search.index(pages)
    assert search.index(pages) == expected
    assert given[0] == sorted(pages)
    assert given[1] == sorted(path for path, data in pages.items() if search.BODY in data)
    assert 0 < len(given[1]) < len(pages)
