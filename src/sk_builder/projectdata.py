"""The loaded, checked project as plain JSON-ready data, and back: what the cache keeps instead of live objects.

Nothing here can carry code: records become the dictionaries pydantic dumps, positions become
lists of numbers, images base64 text. Decoding re-validates every record (a cheap pass that
skips the Markdown re-parse, since only data this same code wrote and the cache verified by hash
is ever decoded) and rebuilds the links between decrees, standards and SOPs by id.
"""

from __future__ import annotations

import base64
from pathlib import Path

from .diagnostics import Diagnostic, Report
from .images import Picture
from .model import TRUSTED, Keputusan, Profil, Sop, Standar
from .project import Bagian, Decree, Procedure, Project, Region, Service


def _marks(marks: dict) -> list:
    return [[list(path), line, col] for path, (line, col) in marks.items()]


def _unmarks(data: list) -> dict:
    return {tuple(path): (line, col) for path, line, col in data}


def _record(record) -> dict:
    return record.model_dump(mode="json")


def _picture(picture: Picture | None) -> dict | None:
    if picture is None:
        return None
    return {"kind": picture.kind, "data": base64.b64encode(picture.data).decode("ascii"), "source": str(picture.source)}


def _unpicture(data: dict | None) -> Picture | None:
    if data is None:
        return None
    return Picture(data["kind"], base64.b64decode(data["data"]), Path(data["source"]))


def _region(region: Region) -> dict:
    return {
        "id": region.id, "root": str(region.root), "source": region.source, "profil": _record(region.profil),
        "emblem": _picture(region.emblem), "marks": _marks(region.marks),
        "services": [{"id": s.id, "source": s.source, "record": _record(s.record), "marks": _marks(s.marks)}
                     for s in region.services],
        "decrees": [{"id": d.id, "source": d.source, "record": _record(d.record), "marks": _marks(d.marks),
                     "lampiran": [[b.heading, [s.id for s in b.services]] for b in d.lampiran]}
                    for d in region.decrees],
        "sops": [{"id": p.id, "source": p.source, "record": _record(p.record), "marks": _marks(p.marks),
                  "service": p.service.id if p.service else None} for p in region.sops],
    }


def _unregion(data: dict) -> Region:
    name = data["id"]
    services = {s["id"]: Service(s["id"], name, s["source"], Standar.model_validate(s["record"], context=TRUSTED),
                                 _unmarks(s["marks"])) for s in data["services"]}
    decrees = tuple(
        Decree(d["id"], name, d["source"], Keputusan.model_validate(d["record"], context=TRUSTED),
               tuple(Bagian(heading, tuple(services[i] for i in ids)) for heading, ids in d["lampiran"]),
               _unmarks(d["marks"]))
        for d in data["decrees"])
    sops = tuple(
        Procedure(p["id"], name, p["source"], Sop.model_validate(p["record"], context=TRUSTED),
                  services[p["service"]] if p["service"] else None, _unmarks(p["marks"]))
        for p in data["sops"])
    return Region(name, Path(data["root"]), data["source"], Profil.model_validate(data["profil"], context=TRUSTED),
                  _unpicture(data["emblem"]), tuple(services.values()), decrees, _unmarks(data["marks"]), sops)


def _diagnostics(report: Report) -> list:
    return [[d.path, d.line, d.col, d.severity, d.code, d.message] for d in report.items]


def _undiagnostics(data: list) -> Report:
    return Report([Diagnostic(*item) for item in data])


def encode(project: Project, loaded: Report, checked: Report) -> dict:
    """The project with its load report and its `sk check` warnings, as plain data."""
    return {"root": str(project.root), "regions": [_region(r) for r in project.regions],
            "loaded": _diagnostics(loaded), "checked": _diagnostics(checked)}


def decode(data: dict) -> tuple[Project, Report, Report]:
    """The project and both reports back from ``encode``'s data (raises KeyError/TypeError/ValueError on damage)."""
    project = Project(Path(data["root"]), tuple(_unregion(r) for r in data["regions"]))
    return project, _undiagnostics(data["loaded"]), _undiagnostics(data["checked"])
