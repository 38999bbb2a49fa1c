"""`build/manifest.json`: every output file with its SHA-256, size and the source files it came from."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import __version__
from .jobs import Job
from .project import Project, Region

SCHEMA = "sk-builder/manifest/1"
NAME = "manifest.json"


def _relative(path: Path, project: Project) -> str:
    return path.resolve().relative_to(project.root.resolve()).as_posix()


def _record_file(record, project: Project) -> Path:
    """The file a record was read from (its ``source`` is a display path: relative to the working
    folder when the sources lie under it, else to the sources folder)."""
    shown = Path(record.source)
    if shown.is_absolute():
        return shown
    here = Path.cwd() / shown
    if here.is_file():
        try:
            here.resolve().relative_to(project.root.resolve())
            return here
        except ValueError:
            pass
    return project.root / shown


def _region_files(region: Region, project: Project) -> list[Path]:
    files = [_record_file(region, project)]
    if region.emblem:
        files.append(region.emblem.source)
    return files


def job_sources(job: Job, project: Project) -> list[Path]:
    """The source files a document is made from: profile, emblem and ``Job.inputs`` (as its cache key)."""
    return _region_files(job.region, project) + [_record_file(item, project) for item in job.inputs()]


def project_sources(project: Project) -> list[Path]:
    """Every source file of a project."""
    files: list[Path] = []
    for region in project.regions:
        files += _region_files(region, project)
        for record in (*region.decrees, *region.services, *getattr(region, "sops", ())):
            files.append(_record_file(record, project))
    return files


def manifest_json(project: Project, files: dict[str, bytes], jobs: dict[str, Job]) -> bytes:
    """The manifest of ``files`` (output paths -> bytes); outputs not made by one job (``jobs`` by stem)
    list every source."""
    by_stem = {f"dokumen/{stem}": job for stem, job in jobs.items()}
    everything = sorted({_relative(p, project) for p in project_sources(project)})
    outputs = {}
    for path in sorted(files):
        if path == NAME:
            continue
        job = by_stem.get(path.rsplit(".", 1)[0])
        sources = sorted({_relative(p, project) for p in job_sources(job, project)}) if job else everything
        data = files[path]
        outputs[path] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "sources": sources}
    source_digests = {name: hashlib.sha256((project.root / name).read_bytes()).hexdigest() for name in everything}
    document = {"schema": SCHEMA, "generator": f"sk-builder {__version__}", "files": outputs,
                "sources": source_digests}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


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
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
