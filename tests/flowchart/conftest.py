"""The chart fixture tree, built once per session."""

from __future__ import annotations

import pytest

from tests.flowchart.built import FIXTURE, built


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory):
    """The documents folder of the fixture region (kabupaten-contoh), in every format."""
    return built(FIXTURE, tmp_path_factory.getbasetemp() / "bagan-contoh")
