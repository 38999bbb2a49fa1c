"""Content keys: SHA-256 of everything that shapes an output (records, templates, fonts, code), never mtimes."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import hashlib
import json
from pathlib import Path

from pydantic import BaseModel

from .digests import code_digest, digest, fonts_digest, program_versions, sources_digest, tree_digest
from .jobs import Job
from .project import Project
from .render.templating import used

__all__ = ["code_digest", "digest", "fonts_digest", "program_versions", "sources_digest", "tree_digest",
           "project_families", "encode", "value_text", "job_digest", "look_digest", "canonical"]


def project_families(project: Project) -> set[str]:
    """Every font family the project's profiles resolve to (or ask for, when none is installed)."""
    from .fonts import profile_fonts

    names = set()
    for region in project.regions:
        for choice in profile_fonts(region.profil):
            names.add(choice.family or ",".join(choice.wanted))
    return names


def encode(value, out: list[str]) -> None:
    """Append a canonical text form of plain data (dataclasses, pydantic records, containers) to ``out``."""
    if value is None or isinstance(value, (bool, int, float)):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(f"s{len(value)}:{value}")
    elif isinstance(value, bytes):
        out.append(f"b:{hashlib.sha256(value).hexdigest()}")
    elif isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        out.append(f"d:{value.isoformat()}")
    elif isinstance(value, enum.Enum):
        encode(value.value, out)
    elif isinstance(value, Path):
        out.append(f"p:{value.name}:{hashlib.sha256(value.read_bytes()).hexdigest() if value.is_file() else '-'}")
    elif isinstance(value, BaseModel):
        out.append(f"m:{type(value).__qualname__}(")
        for name in type(value).model_fields:
            out.append(name)
            encode(getattr(value, name), out)
        out.append(")")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(f"c:{type(value).__qualname__}(")
        for item in dataclasses.fields(value):
            if item.compare:
                out.append(item.name)
                encode(getattr(value, item.name), out)
        out.append(")")
    elif isinstance(value, (list, tuple)):
        out.append(f"[{len(value)}")
        for item in value:
            encode(item, out)
    elif isinstance(value, (set, frozenset)):
        encoded = sorted(value_text(item) for item in value)
        out.append(f"{{{len(encoded)}:" + "\x1f".join(encoded))
    elif isinstance(value, dict):
        pairs = sorted((value_text(k), v) for k, v in value.items())
        out.append(f"{{{len(pairs)}")
        for key, item in pairs:
            out.append(key)
            encode(item, out)
    else:
        raise TypeError(f"no canonical form for {type(value).__qualname__}")


def value_text(value) -> str:
    """The canonical text form of a value."""
    out: list[str] = []
    encode(value, out)
    return "\x1e".join(out)


def job_digest(job: Job) -> str:
    """What shapes one document, whatever its format: the region's profile and emblem, and the records the
    job says it is made from (``Job.inputs``, the same list the manifest names as its sources). The
    document model is made from these by sk-builder's code (in the settings digest, with the fonts that
    measure it), so it is not hashed itself.

    A renderer reads nothing of the project but these; one that does must say so in ``Job.inputs``.
    """
    region = job.region
    records = [(type(item).__name__, item.id, item.record) for item in job.inputs()]
    emblem = region.emblem.sha256 if region.emblem else None
    return digest(job.kind, job.stem, canonical([region.id, region.profil, emblem, job.date, records]))


LOOK = {"html": "templat", "pdf": "templat", "docx": "acuan"}
"""What of a region's own look each format prints a document with: its templates (HTML and the PDF printed from
it: decrees, standards, SOPs, Maklumat) or its Word reference document (DOCX: decrees and standards)."""


def look_digest(job: Job, format: str) -> str:
    """The digest of the region's templates or Word reference document that ``format`` prints ``job`` with, or ""
    when it prints none: an edited template makes anew the HTML and PDF of the documents printed with it
    (``templating.used``: an SOP template the SOPs, not the decrees), an edited reference the DOCX, nothing else."""
    region = job.region
    if LOOK.get(format) == "templat" and region.templat is not None:
        templat = used(region.templat, job.kind)
        return templat.digest if templat is not None else ""
    if LOOK.get(format) == "acuan" and region.acuan is not None and job.kind in ("decree", "standard"):
        return region.acuan.sha256
    return ""


def canonical(value) -> str:
    """A canonical text of what an output is made from, fast where records are concerned: pydantic's own
    JSON for records (field order fixed), dataclasses field by field, containers item by item."""
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{canonical(str(k))}:{canonical(v)}" for k, v in sorted(value.items(), key=str)) + "}"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(canonical(item) for item in value)) + "}"
    if isinstance(value, bytes):
        return f'"sha256:{hashlib.sha256(value).hexdigest()}"'
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f'"{value.isoformat()}"'
    if isinstance(value, Path):
        return json.dumps(value.as_posix())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value) if f.compare]
        return type(value).__qualname__ + canonical(dict(fields))
    raise TypeError(f"no canonical form for {type(value).__qualname__}")
