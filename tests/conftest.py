"""Shared fixtures: the repository's paths and one build of the seed decree for the whole session."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sk_builder.build import build

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
SEED_REGION = SOURCES / "kota-pasuruan"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"  # copies of shared/seeds/: the acceptance documents
SEED_TEXT = SEEDS / "001_8a6159ec3b2ca55a.txt"


def docx_available() -> bool:
    """Whether the DOCX renderer is part of this checkout."""
    if importlib.util.find_spec("sk_builder.render.docx") is None:
        return False
    try:
        from sk_builder.render.docx.writer import render_docx  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The Kota Pasuruan decree built once, in every document format available."""
    out = tmp_path_factory.mktemp("seed") / "build"
    formats = ("pdf", "html", "docx") if docx_available() else ("pdf", "html")
    build(SEED_REGION, out, formats)
    return out / "dokumen" / "kota-pasuruan"
