"""Where an export goes: a folder checked like every sk-builder output, then replaced whole and atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..diagnostics import Location, Report, SourceError
from ..outputs import check_folder
from ..project import Decree, Project, Region
from ..publish import write_tree
from ..sources.loader import load_or_fail

NOTHING = "SK602"


def enacted(project: Project) -> list[tuple[Region, Decree]]:
    """Every decree of every region, in project order."""
    return [(region, decree) for region in project.regions for decree in region.decrees]


def require_decrees(project: Project) -> None:
    """Raise SourceError when the sources hold no decree at all (nothing to export)."""
    if not enacted(project):
        report = Report()
        report.error(Location(str(project.root)), NOTHING,
                     "tidak ada keputusan di sumber ini; ekspor ini dibuat per keputusan (folder keputusan/)")
        raise SourceError(report.sorted())


def export(sources: Path, out: Path, force: bool, make: Callable[[Project], dict[str, bytes]]) -> dict[str, bytes]:
    """Check ``out``, load the sources, make the files and publish them; nothing is written on any error."""
    check_folder(out, [sources], force)
    project, _ = load_or_fail(sources)
    files = make(project)
    write_tree(out, files)
    return files
