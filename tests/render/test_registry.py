"""A new document format is one Renderer subclass registered by name: every list of formats follows it."""

from __future__ import annotations

from sk_builder import build as build_module
from sk_builder.build import build
from sk_builder.render import registry
from sk_builder.render.base import Renderer
from tests.fixtures.minimal import write_region


class Ringkasan(Renderer):
    """A tiny format: a decree's title and its diktum names as plain text; it makes no other kind."""

    name, suffix, cost = "txt", ".txt", 1

    def decree(self, job) -> bytes:
        doc = job.document
        return "\n".join([doc.title, *(part.name for part in doc.diktum)]).encode("utf-8") + b"\n"


def test_a_registered_format_is_built_for_the_kinds_it_makes(tmp_path, monkeypatch):
    monkeypatch.setitem(registry.RENDERERS, "txt", Ringkasan())
    region = write_region(tmp_path / "src")
    result = build(region, tmp_path / "out", ("txt", "site"))
    written = sorted(name for name in result.files if name.startswith("dokumen/"))
    assert written == ["dokumen/kota-contoh/kep-12-2024.txt"]  # no standard extract: it only makes decrees
    text = (tmp_path / "out" / "dokumen" / "kota-contoh" / "kep-12-2024.txt").read_text(encoding="utf-8")
    assert text.splitlines() == ["Keputusan Sekretaris Daerah Kota Contoh Nomor 12 Tahun 2024 tentang Standar Pelayanan",
                                 "KESATU", "KEDUA", "KETIGA"]
    assert not any(name.endswith(".txt") for name in result.files if name.startswith("site/unduh/"))  # no label


def test_format_lists_come_from_the_registry():
    assert build_module.ALL_FORMATS == (*registry.RENDERERS, "site") == ("pdf", "docx", "html", "site")
    assert registry.download_formats() == ("pdf", "docx")
    assert [r.label for r in registry.RENDERERS.values()] == ["PDF", "DOCX", None]
    assert all(r.supports(kind) for r in registry.RENDERERS.values() for kind in ("decree", "standard", "sop"))
