"""`build/manifest.json`: every output file with its SHA-256, size and the source files it came from."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import __version__
from .jobs import Job, plan
from .project import Project, Region

SCHEMA = "sk-builder/manifest/1"
NAME = "manifest.json"


def _relative(path: Path, project: Project) -> str:
    return path.resolve().relative_to(project.root.resolve()).as_posix()


def _region_files(region: Region) -> list[Path]:
    files = [region.root / "profil.yaml"]
    if region.emblem:
        files.append(region.emblem)
    return files


def job_sources(job: Job) -> list[Path]:
    """The source files a document is made from: profile, emblem, decree and the standards it prints."""
    region = job.region
    files = _region_files(region)
    if job.decree is not None:
        files.append(region.root / "keputusan" / Path(job.decree.source).name)
    services = [job.service] if job.service is not None else list(job.decree.services)
    files += [region.root / "standar" / Path(s.source).name for s in services]
    return files


def project_sources(project: Project) -> list[Path]:
    """Every source file of a project."""
    files: list[Path] = []
    for region in project.regions:
        files += _region_files(region)
        files += [region.root / "keputusan" / Path(d.source).name for d in region.decrees]
        files += [region.root / "standar" / Path(s.source).name for s in region.services]
    return files


def manifest_json(project: Project, files: dict[str, bytes]) -> bytes:
    """The manifest of ``files`` (output paths -> bytes); outputs not made by one job list every source."""
    by_stem = {f"dokumen/{job.stem}": job for job in plan(project)}
    everything = sorted({_relative(p, project) for p in project_sources(project)})
    outputs = {}
    for path in sorted(files):
        if path == NAME:
            continue
        job = by_stem.get(path.rsplit(".", 1)[0])
        sources = sorted({_relative(p, project) for p in job_sources(job)}) if job else everything
        data = files[path]
        outputs[path] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "sources": sources}
    source_digests = {name: hashlib.sha256((project.root / name).read_bytes()).hexdigest() for name in everything}
    document = {"schema": SCHEMA, "generator": f"sk-builder {__version__}", "files": outputs,
                "sources": source_digests}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
