"""The Pagefind bundle: built from the service pages, Indonesian, with the region and unit filters."""

from __future__ import annotations

import gzip
import json

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
