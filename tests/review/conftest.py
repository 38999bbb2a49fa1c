"""Fixtures for the review tests: the old/new source pair with known edits, and its comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from sk_builder.review.compare import compare_projects
from sk_builder.sources.loader import load_or_fail

FIXTURES = Path(__file__).parent / "fixtures"
OLD = FIXTURES / "old"
NEW = FIXTURES / "new"


@pytest.fixture(scope="session")
def pair_report():
    """The comparison of the fixture pair."""
    old, _ = load_or_fail(OLD)
    new, _ = load_or_fail(NEW)
    return compare_projects(old, new, "old", "new")
