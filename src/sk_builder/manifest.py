"""`build/manifest.json`: every output file with its SHA-256, size and the source files it came from."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import __version__
from .jobs import Input, Job
from .jsontext import pretty
from .project import Project, Region
from .render.templating import used

SCHEMA = "sk-builder/manifest/2"
EVERY_SOURCE = "*"
"""The source list of an output made from the whole project (a page of the website): every file under
``sources`` - written once, not once per page (500 services: 2,000 pages of 500 names, 56 MB)."""
NAME = "manifest.json"


def _region_files(region: Region, project: Project) -> list[str]:
    files = [region.file]
    if region.emblem:
        files.append(Path(os.path.relpath(os.path.abspath(region.emblem.source),
                                          os.path.abspath(project.root))).as_posix())
    return files


def _look_files(region: Region, kind: str | None = None) -> list[str]:
    """The region's templates and Word reference document (paths inside the sources folder); with ``kind``,
    those a document of that kind is printed with (``keys.look_digest``: the templates its pages use, the
    reference document for decrees and standards)."""
    templat = region.templat if kind is None or region.templat is None else used(region.templat, kind)
    files = [item.file for item in templat.files] if templat else []
    return files + ([region.acuan.file] if region.acuan and kind in (None, "decree", "standard") else [])


def job_sources(job: Job, project: Project) -> list[str]:
    """The source files a document is made from (paths inside the sources folder): profile, emblem,
    ``Job.inputs`` - the same list its cache key is made of - and the region's templates and Word reference
    document it is printed with (``keys.look_digest``)."""
    return _region_files(job.region, project) + [item.file for item in job.inputs()] + _look_files(job.region, job.kind)


def project_sources(project: Project) -> list[str]:
    """Every source file of a project (paths inside the sources folder)."""
    files: list[str] = []
    for region in project.regions:
        files += _region_files(region, project) + _look_files(region)
        records: tuple[Input, ...] = (*region.decrees, *region.services, *region.sops)
        files += [record.file for record in records]
        files += [file for pledge in region.pledges for file in (pledge.file, pledge.picture_file) if file]
        files += [decree.kop_file for decree in region.decrees if decree.kop_file]
    return files


def _digest_and_size(files, path: str) -> tuple[str, int]:
    """An output's SHA-256 and size: known to the build's store without reading it, else from its bytes."""
    if hasattr(files, "sha") and hasattr(files, "size"):
        return files.sha(path), files.size(path)
    data = files[path]
    return hashlib.sha256(data).hexdigest(), len(data)


def manifest_json(project: Project, files, jobs: dict[str, Job]) -> bytes:
    """The manifest of ``files`` (output paths -> bytes, or the build's Outputs); an output not made by one job
    (``jobs`` by stem) lists ``["*"]``: every source of ``sources``."""
    by_stem = {f"dokumen/{stem}": job for stem, job in jobs.items()}
    everything = sorted(set(project_sources(project)))
    outputs = {}
    for path in sorted(files):
        if path == NAME:
            continue
        job = by_stem.get(path.rsplit(".", 1)[0])
        sources = sorted(set(job_sources(job, project))) if job else [EVERY_SOURCE]
        sha, size = _digest_and_size(files, path)
        outputs[path] = {"sha256": sha, "size": size, "sources": sources}
    source_digests = {name: hashlib.sha256((project.root / name).read_bytes()).hexdigest() for name in everything}
    document = {"schema": SCHEMA, "generator": f"sk-builder {__version__}", "files": outputs,
                "sources": source_digests}
    return pretty(document)


def carry_over(manifest: bytes, previous: Path, parts: tuple[str, ...]) -> bytes:
    """The manifest plus the entries of ``parts`` (top-level folders kept from the previous build,
    e.g. ``dokumen`` in a site-only build) as the previous manifest ``previous`` recorded them."""
    try:
        earlier = json.loads(previous.read_bytes())["files"]
        if not isinstance(earlier, dict):
            return manifest
    except (OSError, ValueError, KeyError, TypeError):
        return manifest
    document = json.loads(manifest)
    kept = {path: entry for path, entry in earlier.items() if isinstance(path, str) and path.split("/", 1)[0] in parts
            and (previous.parent / path).is_file()}
    document["files"] = {**kept, **document["files"]}
    return pretty(document)
