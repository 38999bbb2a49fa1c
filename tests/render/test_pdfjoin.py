"""A decree printed in pieces and joined (render/pieces.py, render/pdfjoin/) is the decree printed at once: the
same pages as images, the same text, bookmarks and named destinations, one embedded font per face; in house
styles unlike Kota Pasuruan's too."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from sk_builder.build import build
from sk_builder.jobs import plan
from sk_builder.render.formats.pdf import PdfRenderer
from sk_builder.render.pieces import pieces
from sk_builder.sources.loader import load_or_fail
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, standar, write_region

ROOT = Path(__file__).resolve().parents[2]
RIMBA = ROOT / "tests" / "fixtures" / "rimba"
SEED = ROOT / "sources" / "kota-pasuruan"


def _unsectioned(root: Path) -> Path:
    """Three standards, the lampiran without Bagian headings, one signature after the lampiran, A4 paper,
    page numbers written "Halaman N"."""
    decree = KEPUTUSAN.replace("  - bagian: Bagian Umum\n    layanan: [contoh]",
                               "  - layanan: [contoh, kedua]\n  - layanan: [ketiga]")
    long = standar("Layanan Ketiga").replace(
        "Isi prosedur.", "\n".join(f"    {n}. Langkah ke-{n} pelayanan yang panjang." for n in range(1, 70)).lstrip())
    profil = PROFIL + "tanda_tangan_per_standar: false\nkertas: A4\nnomor_halaman: \"Halaman {n}\"\n"
    return write_region(root, **{"keputusan/kep-12-2024.yaml": decree, "standar/kedua.yaml": standar("Layanan Kedua"),
                                 "standar/ketiga.yaml": long, "profil.yaml": profil})


REGIONS = {
    "rimba": lambda root: RIMBA,
    "tanpa-bagian": _unsectioned,
    "kota-pasuruan": lambda root: SEED,
}


@pytest.fixture(scope="module", params=sorted(REGIONS))
def printed(request, tmp_path_factory) -> tuple[bytes, bytes, int]:
    """A region's decree printed at once, and built (in pieces, joined); and how many pieces it has."""
    place = tmp_path_factory.mktemp(request.param)
    sources = REGIONS[request.param](place / "src")
    project, _ = load_or_fail(sources)
    job = next(j for j in plan(project) if j.kind == "decree" and not j.stem.endswith("2021"))
    whole = PdfRenderer().decree(job)
    build(sources, place / "out", ("pdf",), jobs=1, cache=place / "cache")
    joined = (place / "out" / "dokumen" / f"{job.stem}.pdf").read_bytes()
    return whole, joined, len(pieces(job))


def _images(pdf: bytes, folder: Path) -> list[bytes]:
    folder.mkdir()
    (folder / "x.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(folder / "x.pdf"), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.glob("p-*.pgm"))]


def _text(pdf: bytes, folder: Path) -> str:
    (folder / "t.pdf").write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(folder / "t.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) tidak terpasang")
def test_joined_pages_look_and_read_as_the_decree_printed_at_once(printed, tmp_path):
    whole, joined, count = printed
    assert count >= 3
    before, after = _images(whole, tmp_path / "a"), _images(joined, tmp_path / "b")
    assert len(before) == len(after) >= count
    assert [n for n, (a, b) in enumerate(zip(before, after), start=1) if a != b] == []
    assert _text(whole, tmp_path / "a") == _text(joined, tmp_path / "b")


def _outline(pdf: bytes) -> list[tuple]:
    with pikepdf.open(io.BytesIO(pdf)) as document, document.open_outline() as outline:
        index = {page.objgen: n for n, page in enumerate(document.pages)}
        found: list[tuple] = []

        def walk(items, depth):
            for item in items:
                page, _, x, y, _ = item.destination
                found.append((depth, str(item.title), index[page.objgen], round(float(x), 2), round(float(y), 2),
                              item.is_closed))
                walk(item.children, depth + 1)

        walk(outline.root, 0)
        return found


def _destinations(pdf: bytes) -> list[tuple]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        index = {page.objgen: n for n, page in enumerate(document.pages)}
        names = document.Root.Names.Dests.Names
        return [(str(names[i]), index[names[i + 1][0].objgen], round(float(names[i + 1][2]), 2),
                 round(float(names[i + 1][3]), 2)) for i in range(0, len(names), 2)]


def test_bookmarks_and_named_destinations_are_the_whole_decrees(printed):
    whole, joined, _ = printed
    assert _outline(joined) == _outline(whole) and len(_outline(whole)) >= 4
    assert _destinations(joined) == _destinations(whole)


def _fonts(pdf: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return sorted(str(obj.BaseFont) for obj in document.objects if isinstance(obj, pikepdf.Dictionary)
                      and obj.get("/Type") == "/Font" and obj.get("/Subtype") == "/Type0")


def test_each_face_is_embedded_once_and_the_file_is_hardly_larger(printed):
    whole, joined, _ = printed
    assert _fonts(joined) == _fonts(whole)
    assert len(joined) <= 1.2 * len(whole)


def test_information_and_language_are_the_decrees(printed):
    whole, joined, _ = printed
    with pikepdf.open(io.BytesIO(whole)) as a, pikepdf.open(io.BytesIO(joined)) as b:
        assert dict(b.docinfo) == dict(a.docinfo) and str(b.Root.Lang) == str(a.Root.Lang) == "id"


def test_editing_one_standard_prints_its_piece_again_and_joins(tmp_path, monkeypatch):
    sources = _unsectioned(tmp_path / "src")
    build(sources, tmp_path / "out", ("pdf",), jobs=1, cache=tmp_path / "cache")
    first = (tmp_path / "out" / "dokumen" / "kota-contoh" / "kep-12-2024.pdf").read_bytes()
    printed: list[str] = []
    original = PdfRenderer.render_piece

    def counting(self, job, piece):
        printed.append(piece.name)
        return original(self, job, piece)

    monkeypatch.setattr(PdfRenderer, "render_piece", counting)
    edited = sources / "standar" / "kedua.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Isi produk.", "Isi produk yang diubah."),
                      encoding="utf-8")
    build(sources, tmp_path / "out", ("pdf",), jobs=1, cache=tmp_path / "cache")
    assert printed == ["kedua"]
    second = (tmp_path / "out" / "dokumen" / "kota-contoh" / "kep-12-2024.pdf").read_bytes()
    assert second != first and b"diubah" not in first
    printed.clear()
    build(sources, tmp_path / "again", ("pdf",), jobs=2, cache=tmp_path / "cache")
    assert printed == [] and (tmp_path / "again" / "dokumen" / "kota-contoh" / "kep-12-2024.pdf").read_bytes() == second
