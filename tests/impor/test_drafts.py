"""Seed 001 typed three ways drafters type it imports to the bundled records, and rebuilds to the seed.

The figure is the one of ``tests/test_parity.py``: the share of the seed's distinct word 4-grams
that the rebuilt decree carries (the bundled records themselves give 0.9908, the seed's own
defects and extraction artefacts being the rest). Print the figures with
``pytest tests/impor/test_drafts.py -s`` or ``python bench/impor_parity.py``.
"""

from __future__ import annotations

import re

import pytest

from sk_builder.build import build
from sk_builder.impor.report import GUESSED
from sk_builder.review.export import text_files
from tests.conftest import SEED_REGION
from tests.impor.conftest import import_quietly
from tests.test_parity import coverage, docx_text, grams, html_text, seed_grams

THRESHOLD = 0.99
STYLES = ("ketik", "otomatis", "tabel")


def by_name(files: dict[str, bytes]) -> dict[str, str]:
    """Export texts keyed by what they are (a standard by its name), not by file id."""
    found = {}
    for path, data in files.items():
        text = data.decode()
        name = re.search(r"^Nama: (.*)$", text, re.M)
        key = "profil" if path.endswith("profil.txt") else f"standar:{name[1]}" if name else "keputusan"
        found[key] = text
    return found


@pytest.fixture(scope="module")
def imported(kota_drafts, tmp_path_factory) -> dict[str, object]:
    """Each style imported into an empty folder and rebuilt (HTML and DOCX)."""
    found = {}
    for style, path in kota_drafts.items():
        root = tmp_path_factory.mktemp(style)
        assert import_quietly([path], root / "kota-pasuruan") == 0
        build(root / "kota-pasuruan", root / "build", ("html", "docx"))
        found[style] = root
    return found


@pytest.mark.parametrize("style", STYLES)
def test_style_imports_to_the_bundled_records(imported, style):
    ours = by_name(text_files(imported[style] / "kota-pasuruan"))
    bundled = by_name(text_files(SEED_REGION))
    assert ours.keys() == bundled.keys()
    different = [key for key in bundled if key != "profil" and ours[key] != bundled[key]]
    assert different == []


@pytest.mark.parametrize("style", STYLES)
def test_style_rebuilds_to_the_seed(imported, style):
    folder = imported[style] / "build" / "dokumen" / "kota-pasuruan"
    decree = next(folder.glob("*.html"))
    reference = seed_grams()
    shares = {"html": coverage(grams(html_text(decree)), reference),
              "docx": coverage(grams(docx_text(decree.with_suffix(".docx"))), reference)}
    print(f"\n{style}: " + ", ".join(f"{fmt} {share:.4f}" for fmt, share in shares.items())
          + f" of {len(reference)} seed 4-grams")
    assert min(shares.values()) >= THRESHOLD, shares


def test_report_names_what_was_guessed(kota_drafts, tmp_path, capsys):
    import_quietly([kota_drafts["ketik"]], tmp_path / "kota-pasuruan")
    printed = capsys.readouterr().err
    assert f'{GUESSED} diktum tertulis "KETIGA" adalah diktum ke-4; nama diktum dibuat ulang menjadi "KEEMPAT"' in printed
    assert "perubahan terlacak (1 sisipan, 2 hapusan)" in printed
    assert "1 komentar di dokumen diabaikan" in printed
    keputusan = next((tmp_path / "kota-pasuruan" / "keputusan").glob("*.yaml")).read_text(encoding="utf-8")
    assert '# ditebak: diktum tertulis "KETIGA"' in keputusan


def test_tracked_changes_are_read_as_accepted(imported):
    text = by_name(text_files(imported["ketik"] / "kota-pasuruan"))["keputusan"]
    assert "yang mewajibkan setiap penyelenggara" in text
    assert "mengharuskan" not in text and "Retribusi yang Telah Dicabut" not in text
