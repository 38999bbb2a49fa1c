"""Shared fixtures of the importer's tests: sk-builder's own DOCX of every bundled region, the
drafter-typed Word files of seed 001 and the Tirta Wangi house-style decree, each made once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sk_builder.build import build
from sk_builder.impor.command import run_impor
from tests.conftest import SOURCES

REGIONS = ("kabupaten-bengkulu-selatan", "kabupaten-lumajang", "kabupaten-pasuruan", "kota-pasuruan")
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def own_docx(tmp_path_factory) -> Path:
    """``build/dokumen`` of every bundled region, DOCX only."""
    out = tmp_path_factory.mktemp("own") / "build"
    build(SOURCES, out, ("docx",))
    return out / "dokumen"


@pytest.fixture(scope="session")
def kota_drafts(tmp_path_factory) -> dict[str, Path]:
    """Seed 001 typed in each drafting style, as files."""
    from tests.impor.kota_drafts import STYLES, draft

    folder = tmp_path_factory.mktemp("drafts")
    found = {}
    for style in STYLES:
        found[style] = folder / f"sk-167-2024-{style}.docx"
        found[style].write_bytes(draft(style))
    return found


@pytest.fixture(scope="session")
def house_docx(tmp_path_factory) -> Path:
    """The Tirta Wangi decree as a file."""
    from tests.impor.house_draft import draft

    path = tmp_path_factory.mktemp("house") / "kpts-setwan-27-2025.docx"
    path.write_bytes(draft())
    return path


def import_quietly(files: list[Path], target: Path, timpa: bool = False) -> int:
    """``sk impor`` without the CLI (the report goes to standard error as usual)."""
    return run_impor(list(files), target, timpa, False)


def region_copy(tmp_path: Path, region: str) -> Path:
    """A copy of a bundled region to import into."""
    target = tmp_path / region
    shutil.copytree(SOURCES / region, target)
    return target
