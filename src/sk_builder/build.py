"""Build: load and validate everything, render what changed (the rest comes from the cache), then publish at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import Outputs, Published, open_store
from .diagnostics import Report, SourceError
from .fonts import profile_fonts
from .outputs import check_folder
from .progress import Progress
from .render.registry import RENDERERS
from .stamp import remember, stamp, unchanged

if TYPE_CHECKING:
    from .incremental import Incremental
    from .project import Project

ALL_FORMATS = (*RENDERERS, "site")
"""Every format a build can make: the document formats of the registry, and the website."""


@dataclass
class BuildResult:
    """What a build wrote and what it warned about."""

    files: Mapping[str, bytes] = field(default_factory=dict)
    report: Report = field(default_factory=Report)


def check_fonts(project: Project, report: Report, maps: Callable[[Path], frozenset[int]] | None = None) -> None:
    """Report every profile font that is not installed (never replaced silently), and every
    character of the records that no installed font can draw (``maps``: where fonts' character maps come from)."""
    from .glyphs import character_map, check_region
    from .sources.yamlfile import locate

    for region in project.regions:
        for choice in profile_fonts(region.profil):
            if choice.family is None:
                where = locate(region.source, region.marks, ("huruf", choice.role))
                wanted = ", ".join(f'"{name}"' for name in choice.wanted)
                report.error(where, "SK120", f"huruf.{choice.role}: huruf {wanted} tidak terpasang (lihat `sk doctor`)")
        check_region(region, report, maps or character_map)


def render_documents(project: Project, formats: tuple[str, ...], cached: Incremental, jobs: int = 1,
                     progress: Progress | None = None) -> Outputs:
    """Every document in every requested format, keyed by output path: unchanged ones from the cache,
    the others rendered by up to ``jobs`` processes."""
    return cached.documents(project, formats, jobs, progress or Progress())


def parts_made(formats: tuple[str, ...]) -> tuple[str, ...]:
    """The top-level folders of the output that a build of these formats replaces."""
    return tuple(part for part, made in (("dokumen", any(f in RENDERERS for f in formats)), ("site", "site" in formats))
                 if made)


def build(sources: Path, out: Path, formats: tuple[str, ...] = ALL_FORMATS, strict: bool = False,
          jobs: int = 1, cache: Path | None = None, progress: Progress | None = None,
          force: bool = False) -> BuildResult:
    """Build the sources into ``out``; raises SourceError (writing nothing) on any error (or, when
    ``strict``, on any `sk check` warning). ``cache`` is the cache folder (None: a throw-away one).

    ``out`` is refused (UsageRefused) when replacing it could destroy the user's files (see
    ``outputs``); ``force`` allows replacing an existing file or a folder sk-builder did not make.
    Only the parts this build makes are replaced: a site-only build keeps ``dokumen/``.
    """
    check_folder(out, [sources], force, cache=cache)
    with open_store(cache) as store:
        mark = stamp(sources, out, formats, strict) if cache is not None else None
        last = unchanged(store, mark, sources, out) if mark is not None else None
        if last is not None:  # nothing changed since the last build of this folder
            report, names, documents = last
            progress = progress or Progress()
            progress.start(documents, documents)
            progress.finish()
            return BuildResult(Published(out, names), report)
        from .incremental import Incremental  # the models and the renderers: not for a build where nothing changed

        cached = Incremental(store, sources, *((mark.code, mark.sources) if mark is not None else ()))
        result, families, documents = _build(cached, out, formats, strict, jobs, progress)
        if mark is not None:
            remember(store, mark, sources, out, families, result.report, list(result.files), documents)
    return result


def _build(cached: Incremental, out: Path, formats: tuple[str, ...], strict: bool, jobs: int,
           progress: Progress | None) -> tuple[BuildResult, set[str], int]:
    """The build itself: returns what it published, the font families its documents are set in, and the
    number of documents."""
    from . import keys
    from .manifest import NAME, carry_over, manifest_json
    from .glyphs import CharacterMaps
    from .publish import write_tree

    kept = tuple(part for part in ("dokumen", "site") if part not in parts_made(formats))
    project, report, checked = cached.project()
    check_fonts(project, report, CharacterMaps(cached.store))
    if report.errors:
        raise SourceError(report.sorted())
    if strict:  # the check decides whether to render at all
        from .check.runner import StrictFailure

        report.extend(checked())
        if report.warnings:
            raise StrictFailure(report.sorted())
    files = render_documents(project, tuple(f for f in formats if f in RENDERERS), cached, jobs, progress)
    documents = len(files)
    if "site" in formats:
        files.adopt(cached.site(project, files, jobs, meanwhile=checked))  # checked while Pagefind indexes
    if not strict:
        report.extend(checked())
    files.adopt(cached.reuse(NAME, files, lambda: {NAME: manifest_json(project, files, cached.jobs(project))}))
    if kept:
        files[NAME] = carry_over(files[NAME], Path(out) / NAME, kept)
    write_tree(out, files.blob_paths(), keep=kept)
    published = Published(out, sorted({*files, *_carried(Path(out), kept)}))
    return BuildResult(published, report), keys.project_families(project), documents


def _carried(out: Path, parts: tuple[str, ...]) -> list[str]:
    """The files of the published output under the kept parts."""
    return [path.relative_to(out).as_posix() for part in parts for path in sorted((out / part).rglob("*"))
            if path.is_file()]
