"""The chart fixture tree and seed 004's region, each built once per session."""

from __future__ import annotations

import pytest

from tests.flowchart.built import FIXTURE, built


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory):
    """The documents folder of the fixture region (kabupaten-contoh), in every format."""
    return built(FIXTURE, tmp_path_factory.getbasetemp() / "bagan-contoh")


@pytest.fixture(scope="session")
def lumajang_build(tmp_path_factory):
    """The documents folder of seed 004's region (kabupaten-lumajang), in every format."""
    from tests.flowchart.built import LUMAJANG

    return built(LUMAJANG, tmp_path_factory.getbasetemp() / "bagan-lumajang")
