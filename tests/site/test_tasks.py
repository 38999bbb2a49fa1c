"""The site built from the cache after an edit is byte for byte the site built from nothing, for every kind of
edit - and an edit of one standard's text renders only the pages and data files that show it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

import sk_builder.site.tasks as tasks
from sk_builder.build import build
from tests.conftest import ROOT

FORMATS = ("docx", "site")


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def sources(tmp_path):
    """Two regions: one with a decree of three standards, one with a standard and its SOP."""
    root = tmp_path / "sources"
    shutil.copytree(ROOT / "tests" / "review" / "fixtures" / "new" / "kota-contoh", root / "kota-contoh")
    shutil.copy(ROOT / "sources" / "kabupaten-lumajang" / "lambang.svg", root / "kota-contoh" / "lambang.svg")
    with open(root / "kota-contoh" / "profil.yaml", "a", encoding="utf-8") as profil:
        profil.write("lambang: lambang.svg\n")
    shutil.copytree(ROOT / "sources" / "kabupaten-lumajang", root / "kabupaten-lumajang")
    return root


EDITS = {
    "komponen": lambda r: _replace(r / "kota-contoh/standar/persuratan.yaml", "persyaratan: |\n",
                                   "persyaratan: |\n    Membawa KTP asli;\n"),
    "nama-layanan": lambda r: _replace(r / "kota-contoh/standar/persuratan.yaml", "nama: ", "nama: Layanan "),
    "alamat-profil": lambda r: _replace(r / "kota-contoh/profil.yaml", "alamat: ", "alamat: Gedung B, "),
    "judul-keputusan": lambda r: _replace(r / "kota-contoh/keputusan/sekda-5-2024.yaml", "tentang: ",
                                          "tentang: Perubahan "),
    "sop": lambda r: _replace(r / "kabupaten-lumajang/sop/koordinasi-kegiatan-pimpinan.yaml", "nama: ",
                              "nama: Tata Cara "),
    "standar-baru": lambda r: shutil.copy(r / "kota-contoh/standar/persuratan.yaml",
                                          r / "kota-contoh/standar/persuratan-kilat.yaml"),
    "lambang": lambda r: (r / "kota-contoh/lambang.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4" cx="5" cy="5"/></svg>\n',
        encoding="utf-8"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_the_cached_site_after_an_edit_is_the_site_built_from_nothing(sources, tmp_path, edit):
    cache = tmp_path / "cache"
    build(sources, tmp_path / "lama", FORMATS, cache=cache)
    EDITS[edit](sources)
    build(sources, tmp_path / "lewat-cache", FORMATS, cache=cache)
    build(sources, tmp_path / "baru", FORMATS)
    cached, fresh = _tree(tmp_path / "lewat-cache" / "site"), _tree(tmp_path / "baru" / "site")
    assert sorted(cached) == sorted(fresh)
    assert [path for path in fresh if cached[path] != fresh[path]] == []


def test_editing_a_standards_text_renders_only_what_shows_it(sources, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(sources, tmp_path / "lama", FORMATS, cache=cache)
    made: list[str] = []
    original = tasks.SiteTask

    def counting(name, inputs, produce, canonical=None, late=None):
        return original(name, inputs, lambda: made.append(name) or produce(), canonical, late)

    monkeypatch.setattr(tasks, "SiteTask", counting)
    EDITS["komponen"](sources)
    build(sources, tmp_path / "baru", FORMATS, cache=cache)
    # The standard's page and data, the decree that prints it, and the data index, which lists every decree's
    # downloads (the decree's DOCX changed size). The other pages that offer that download come from the cache
    # and only get its new size (slots.py; the test above compares every byte with the site built from nothing).
    assert sorted(made) == ["data", "data/kota-contoh/persuratan.json",
                            "data/v2/kota-contoh/layanan/persuratan.json", "kota-contoh/keputusan/sekda-5-2024.html",
                            "kota-contoh/layanan/persuratan.html"]


RIMBA = ROOT / "tests" / "fixtures" / "rimba"
REGION = "kabupaten-rimba-raya"


def _recolour(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").rotate(180).save(path)


RIMBA_EDITS = {  # a Maklumat's text and picture, an earlier version's text, a revocation taken back
    "maklumat-teks": lambda r: _replace(r / REGION / "maklumat/pengaduan.yaml", "sanggup:", "sanggup penuh:"),
    "maklumat-gambar": lambda r: _recolour(r / REGION / "maklumat/bidang-pelayanan-perizinan.png"),
    "versi-lama": lambda r: _replace(r / REGION / "standar/izin-reklame-2021.yaml", "14 (empat belas)",
                                     "10 (sepuluh)"),
    "tanpa-pencabutan": lambda r: _replace(r / REGION / "keputusan/kadis-2024.yaml", "nomor: 503/021/DPMPTSP/2021",
                                           "nomor: 503/009/DPMPTSP/2021"),  # names a decree the region lacks
}


@pytest.mark.parametrize("edit", sorted(RIMBA_EDITS))
def test_maklumat_and_versions_after_an_edit_are_the_site_built_from_nothing(tmp_path, edit):
    sources = tmp_path / "sources"
    shutil.copytree(RIMBA, sources)
    cache = tmp_path / "cache"
    build(sources, tmp_path / "lama", FORMATS, cache=cache)
    RIMBA_EDITS[edit](sources)
    build(sources, tmp_path / "lewat-cache", FORMATS, cache=cache)
    build(sources, tmp_path / "baru", FORMATS)
    cached, fresh = _tree(tmp_path / "lewat-cache" / "site"), _tree(tmp_path / "baru" / "site")
    before = _tree(tmp_path / "lama" / "site")
    assert sorted(cached) == sorted(fresh)
    assert [path for path in fresh if cached[path] != fresh[path]] == []
    assert fresh != before  # the edit shows


def test_a_site_only_build_after_a_full_build_renders_no_page_and_reuses_the_search_index(sources, tmp_path,
                                                                                          monkeypatch):
    import sk_builder.site.search as search

    cache = tmp_path / "cache"
    build(sources, tmp_path / "baru", ("site",))
    build(sources, tmp_path / "penuh", FORMATS, cache=cache)
    made: list[str] = []
    original = tasks.SiteTask

    def counting(name, inputs, produce, canonical=None, late=None):
        return original(name, inputs, lambda: made.append(name) or produce(), canonical, late)

    def no_index(*args, **kwargs):
        raise AssertionError("Pagefind ran")

    monkeypatch.setattr(tasks, "SiteTask", counting)
    monkeypatch.setattr(search, "index", no_index)
    build(sources, tmp_path / "situs", ("site",), cache=cache)
    assert made == ["data"]  # the data index lists every decree's downloads; no page is rendered
    cached, fresh = _tree(tmp_path / "situs" / "site"), _tree(tmp_path / "baru" / "site")
    assert sorted(cached) == sorted(fresh)
    assert [path for path in fresh if cached[path] != fresh[path]] == []
    full = (tmp_path / "penuh" / "site" / "kota-contoh" / "layanan" / "persuratan.html").read_bytes()
    alone = (tmp_path / "situs" / "site" / "kota-contoh" / "layanan" / "persuratan.html").read_bytes()
    assert b'id="unduh"' in full and b'id="unduh"' not in alone
