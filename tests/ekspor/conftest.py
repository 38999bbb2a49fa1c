"""Shared fixtures of the export tests: the fixture regency (another house style) and the loaded projects."""

from __future__ import annotations

from pathlib import Path

import pytest

from sk_builder.sources.loader import load_or_fail

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEMBADA = HERE / "sumber"
"""Kabupaten Sembada: a Bupati's decree that revokes an older one, A4, archive-code numbers, a flowchart, a draft."""
OTHER_STYLES = sorted((ROOT / "tests" / "check" / "cacat").glob("*/*")) + [ROOT / "tests/flowchart/sumber"]
"""Regions written for other features, in other house styles (never read while writing the exports)."""


@pytest.fixture(scope="session")
def sembada():
    project, _ = load_or_fail(SEMBADA)
    return project


@pytest.fixture(scope="session")
def pasuruan():
    project, _ = load_or_fail(ROOT / "sources" / "kota-pasuruan")
    return project
