"""Build: load and validate everything, render every document in memory, then publish at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Report, SourceError
from .fonts import profile_fonts
from .jobs import plan
from .project import Project
from .render.registry import RENDERERS
from .sources.loader import load_or_fail
from .sources.yamlfile import locate

ALL_FORMATS = ("pdf", "docx", "html", "site")


@dataclass
class BuildResult:
    """What a build wrote and what it warned about."""

    files: dict[str, bytes] = field(default_factory=dict)
    report: Report = field(default_factory=Report)


def check_fonts(project: Project, report: Report) -> None:
    """Report every profile font that is not installed (never replaced silently)."""
    for region in project.regions:
        for choice in profile_fonts(region.profil):
            if choice.family is None:
                where = locate(region.source, region.marks, ("huruf", choice.role))
                wanted = ", ".join(f'"{name}"' for name in choice.wanted)
                report.error(where, "SK120", f"huruf.{choice.role}: huruf {wanted} tidak terpasang (lihat `sk doctor`)")


def render_documents(project: Project, formats: tuple[str, ...]) -> dict[str, bytes]:
    """Every document in every requested format, keyed by output path."""
    files: dict[str, bytes] = {}
    for job in plan(project):
        for name in formats:
            renderer = RENDERERS[name]
            files[f"dokumen/{job.stem}{renderer.suffix}"] = renderer.render(job)
    return files


def build(sources: Path, out: Path, formats: tuple[str, ...] = ALL_FORMATS, strict: bool = False) -> BuildResult:
    """Build the sources into ``out``; raises SourceError (writing nothing) on any error (or, when
    ``strict``, on any `sk check` warning)."""
    from .publish import write_tree

    project, report = load_or_fail(sources)
    check_fonts(project, report)
    if report.errors:
        raise SourceError(report.sorted())
    from .check.runner import check_or_fail

    check_or_fail(project, report, strict)
    result = BuildResult(report=report)
    result.files = render_documents(project, tuple(f for f in formats if f in RENDERERS))
    if "site" in formats:
        from .site.render import render_site

        result.files.update(render_site(project, result.files))
    from .manifest import NAME, manifest_json

    result.files[NAME] = manifest_json(project, result.files)
    write_tree(out, result.files)
    return result
