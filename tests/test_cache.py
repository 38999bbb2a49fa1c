"""The build cache: each kind of change rebuilds exactly what it shapes; damaged or deleted caches only cost time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sk_builder import cache, digests, incremental, stamp
from sk_builder.build import build
from sk_builder.progress import Progress
from tests.fixtures.minimal import standar, write_region

DECREE = {"dokumen/kota-contoh/kep-12-2024.html", "dokumen/kota-contoh/standar/contoh.html"}
LONE = {"dokumen/kota-contoh/standar/lain.html"}  # a standard no decree enacts
EVERY = DECREE | LONE


class Recorder(Progress):
    """Remembers which outputs were rendered."""

    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def done(self, name):
        super().done(name)
        self.names.add(name)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path):
    """A region with a decree of one standard and a lone draft standard, built once into ``out``."""
    region = write_region(tmp_path / "src", **{"standar/lain.yaml": standar("Layanan Lain")})
    place = {"src": region, "out": tmp_path / "out", "cache": tmp_path / ".sk-cache"}
    assert rebuilt(place) == EVERY
    return place


def rebuilt(place, formats=("html",), **options) -> set[str]:
    """Build with the cache and return the outputs that were rendered (not taken from the cache)."""
    progress = Recorder()
    build(place["src"], place["out"], formats, cache=place["cache"], progress=progress, **options)
    return progress.names


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_nothing_changed_nothing_is_rendered(project):
    before = snapshot(project["out"])
    assert rebuilt(project) == set()
    assert snapshot(project["out"]) == before


def test_editing_a_standard_rebuilds_its_extract_and_its_decree_only(project):
    edit(project["src"] / "standar" / "contoh.yaml", "Isi biaya.", "Gratis.")
    assert rebuilt(project) == DECREE
    assert "Gratis." in (project["out"] / "dokumen/kota-contoh/standar/contoh.html").read_text()


def test_editing_the_lone_standard_rebuilds_it_alone(project):
    edit(project["src"] / "standar" / "lain.yaml", "Isi biaya.", "Gratis.")
    assert rebuilt(project) == LONE


def test_editing_the_decree_rebuilds_what_prints_it(project):
    edit(project["src"] / "keputusan" / "kep-12-2024.yaml", "Budi Santoso", "Siti Aminah")
    assert rebuilt(project) == DECREE


def test_a_comment_in_a_record_changes_no_document(project):
    path = project["src"] / "standar" / "contoh.yaml"
    path.write_text("# catatan penyusun\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert rebuilt(project) == set()


def test_profile_and_emblem_shape_every_document(project):
    edit(project["src"] / "profil.yaml", "Jalan Contoh Nomor 1", "Jalan Contoh Nomor 2")
    assert rebuilt(project) == EVERY
    (project["src"] / "lambang.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="5"/></svg>\n')
    assert rebuilt(project) == EVERY


def test_document_templates_shape_documents_and_site_templates_do_not(project, tmp_path, monkeypatch):
    copy = tmp_path / "templates"
    shutil.copytree(incremental.TEMPLATES, copy)
    monkeypatch.setattr(incremental, "TEMPLATES", copy)
    monkeypatch.setattr(stamp, "TEMPLATES", copy)  # a changed template: no build is a no-op
    assert rebuilt(project) == set()  # same bytes, other folder
    (copy / "site" / "base.html.j2").write_text("berubah", encoding="utf-8")
    assert rebuilt(project) == set()
    (copy / "dokumen" / "keputusan.html.j2").write_text("berubah", encoding="utf-8")
    assert rebuilt(project) == EVERY


def test_the_version_of_sk_builder_shapes_every_document(project, monkeypatch):
    monkeypatch.setattr(digests, "__version__", "99.0")
    assert rebuilt(project) == EVERY


def test_the_font_files_shape_every_document(project, tmp_path, monkeypatch):
    font = tmp_path / "huruf.ttf"
    font.write_bytes(b"font 1")
    monkeypatch.setattr(digests, "font_files", lambda families: [font])
    assert rebuilt(project) == EVERY
    assert rebuilt(project) == set()
    font.write_bytes(b"font 2")  # same size, other bytes
    assert rebuilt(project) == EVERY


def test_each_format_is_cached_on_its_own(project):
    assert rebuilt(project, ("html", "docx")) == {name.replace(".html", ".docx") for name in EVERY}
    assert rebuilt(project, ("docx",)) == set()


def _damage(path: Path, data: bytes) -> None:
    os.chmod(path, 0o644)
    path.write_bytes(data)


def test_damaged_cache_entries_and_blobs_are_ignored(project):
    before = snapshot(project["out"])
    blobs = sorted((project["cache"] / "blobs").glob("*/*"))
    entries = sorted((project["cache"] / "entries").glob("*/*"))
    for n, path in enumerate(blobs):
        _damage(path, path.read_bytes()[:-1] + b"!" if n % 2 else b"")
    for n, path in enumerate(entries):
        path.write_text("{tidak json" if n % 2 else json.dumps({"layout": "lain"}))
    assert rebuilt(project) == EVERY
    assert snapshot(project["out"]) == before
    assert rebuilt(project) == set()


def test_a_deleted_cache_rebuilds_everything_and_the_output_keeps_its_files(project):
    before = snapshot(project["out"])
    shutil.rmtree(project["cache"])
    assert snapshot(project["out"]) == before  # published files are links, not the cache itself
    assert rebuilt(project) == EVERY
    assert snapshot(project["out"]) == before


def test_without_a_cache_folder_nothing_is_kept(tmp_path):
    region = write_region(tmp_path / "src")
    build(region, tmp_path / "out", ("html",))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]


def test_errors_in_the_sources_are_reported_even_when_an_earlier_build_was_cached(project):
    edit(project["src"] / "profil.yaml", "nama: Kota Contoh", "nama: [tidak, teks]")
    from sk_builder.diagnostics import SourceError

    with pytest.raises(SourceError):
        rebuilt(project)


def test_warnings_are_reported_again_by_a_cached_build(project):
    first = build(project["src"], project["out"], ("html",), cache=project["cache"]).report.sorted()
    again = build(project["src"], project["out"], ("html",), cache=project["cache"]).report.sorted()
    assert again == first and any(d.severity == "warning" for d in first)


def test_unused_blobs_are_swept(project):
    edit(project["src"] / "standar" / "lain.yaml", "Isi biaya.", "Gratis.")
    rebuilt(project)
    store = cache.Store(project["cache"])
    named = set()
    for path in (project["cache"] / "entries").glob("*/*"):
        named.update(json.loads(path.read_text())["files"].values())
    assert {p.name for p in store.blobs.glob("*/*")} == named


NO_OP = """
import sys
from pathlib import Path
from sk_builder.build import build
from sk_builder.render import templating
build(Path(sys.argv[1]), Path(sys.argv[2]), ("pdf", "html", "site"), cache=Path(sys.argv[3]))
print(sorted(m for m in ("weasyprint", "docx") if m in sys.modules), templating.environment.cache_info().misses)
"""


def test_a_no_op_build_neither_loads_weasyprint_nor_parses_a_template(project):
    build(project["src"], project["out"], ("pdf", "html", "site"), cache=project["cache"])
    run = subprocess.run([sys.executable, "-c", NO_OP, str(project["src"]), str(project["out"]), str(project["cache"])],
                         capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["[]", "0"]


def test_the_site_is_reused_and_a_site_only_build_keeps_the_full_builds_entry(project, monkeypatch):
    import sk_builder.site.pages as site

    calls, original = [], site.home
    monkeypatch.setattr(site, "home", lambda *args: calls.append(1) or original(*args))
    full = dict(project)
    only = dict(project, out=project["out"].parent / "situs")
    # A page does not depend on the formats built (its downloads are filled in afterwards: site/slots.py), so
    # the site-only build renders no page either.
    for place, formats in [(full, ("html", "site")), (full, ("html", "site")), (only, ("site",)),
                           (full, ("html", "site")), (only, ("site",))]:
        rebuilt(place, formats)
        assert len(calls) == 1


def test_a_record_read_back_from_the_cache_keys_as_the_one_read_from_its_file(tmp_path):
    # A mapping written out of sorted order (kontak_unit) used to come back from the cache sorted, so the first
    # edit after a fresh build keyed every document of the region anew and rebuilt them all.
    contacts = ("kontak_unit:\n  Bagian Umum:\n    telepon: (0343) 1\n"
                "  Bagian Anggaran:\n    telepon: (0343) 2\n")
    from tests.fixtures.minimal import PROFIL

    region = write_region(tmp_path / "src", **{"standar/lain.yaml": standar("Layanan Lain"),
                                               "profil.yaml": PROFIL + contacts})
    place = {"src": region, "out": tmp_path / "out", "cache": tmp_path / ".sk-cache"}
    assert rebuilt(place) == EVERY
    edit(region / "standar" / "lain.yaml", "Isi biaya.", "Gratis.")
    assert rebuilt(place) == LONE
    edit(region / "standar" / "contoh.yaml", "Isi biaya.", "Gratis.")
    assert rebuilt(place) == DECREE
