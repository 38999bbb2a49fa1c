"""The loaded, checked project as plain JSON-ready data, and back: what the cache keeps instead of live objects.

Nothing here can carry code: records become the dictionaries pydantic dumps, positions become
lists of numbers, images base64 text. Paths are kept relative to the sources folder, so the data
does not depend on where sk-builder runs from: how each file is shown in diagnostics (relative to
the working folder when possible) is worked out again when the data is read back. Decoding
re-validates every record (a cheap pass that skips the Markdown re-parse, since only data this
same code wrote and the cache verified by hash is ever decoded) and rebuilds the links between
decrees, standards and SOPs by id.
"""

from __future__ import annotations

import base64
from pathlib import Path

from .diagnostics import Report
from .images import Picture
from .model import TRUSTED, Keputusan, Maklumat, Profil, Sop, Standar
from .project import Bagian, Decree, Pledge, Procedure, Project, Region, Service
from .reportdata import Shown, decode_report, encode_report, relative
from .rupa import DokumenAcuan, TemplatBerkas, TemplatWilayah


def _marks(marks: dict) -> list:
    return [[list(path), *value] for path, value in marks.items()]


def _unmarks(data: list) -> dict:
    return {tuple(item[0]): tuple(item[1:]) for item in data}


def _record(record) -> dict:
    return record.model_dump(mode="json", exclude_unset=True)  # defaults come back as the model gives them


def _picture(picture: Picture | None, root: Path) -> dict | None:
    if picture is None:
        return None
    return {"kind": picture.kind, "data": base64.b64encode(picture.data).decode("ascii"),
            "source": relative(picture.source, root) or str(picture.source)}


def _unpicture(data: dict | None, root: Path) -> Picture | None:
    if data is None:
        return None
    return Picture(data["kind"], base64.b64decode(data["data"]), Path(root) / data["source"])


def _file(owner, root: Path) -> dict:
    return {"id": owner.id, "file": owner.file, "shown": relative(Path(root) / owner.file, root),
            "record": _record(owner.record), "marks": _marks(owner.marks), "scalars": _marks(owner.scalars)}


def _region(region: Region, root: Path) -> dict:
    return {
        "id": region.id, "file": region.file, "shown": relative(Path(root) / region.file, root),
        "profil": _record(region.profil), "marks": _marks(region.marks), "emblem": _picture(region.emblem, root),
        "services": [_file(s, root) for s in region.services],
        "decrees": [{**_file(d, root), "lampiran": [[b.heading, [s.id for s in b.services]] for b in d.lampiran],
                     "kop_picture": _picture(d.kop_picture, root), "kop_file": d.kop_file} for d in region.decrees],
        "sops": [{**_file(p, root), "service": p.service.id if p.service else None} for p in region.sops],
        "pledges": [{**_file(m, root), "unit": m.unit, "picture": _picture(m.picture, root),
                     "picture_file": m.picture_file} for m in region.pledges],
        "templat": [[t.name, t.file, t.text] for t in region.templat.files] if region.templat else None,
        "acuan": [base64.b64encode(region.acuan.data).decode("ascii"), region.acuan.file] if region.acuan else None,
    }


def _untemplat(data: list | None, shown: Shown) -> TemplatWilayah | None:
    return None if data is None else TemplatWilayah(tuple(TemplatBerkas(n, f, t, shown(f)) for n, f, t in data))


def _unacuan(data: list | None) -> DokumenAcuan | None:
    return None if data is None else DokumenAcuan(base64.b64decode(data[0]), data[1])


def _unregion(data: dict, root: Path, shown: Shown) -> Region:
    name = data["id"]

    def common(item: dict) -> tuple[str, str, str]:
        return item["id"], name, shown(item["shown"])

    def tail(item: dict) -> tuple[dict, str, dict]:
        return _unmarks(item["marks"]), item["file"], _unmarks(item["scalars"])

    services = {s["id"]: Service(*common(s), Standar.model_validate(s["record"], context=TRUSTED), *tail(s))
                for s in data["services"]}
    decrees = tuple(
        Decree(*common(d), Keputusan.model_validate(d["record"], context=TRUSTED),
               tuple(Bagian(heading, tuple(services[i] for i in ids)) for heading, ids in d["lampiran"]), *tail(d),
               _unpicture(d["kop_picture"], root), d["kop_file"])
        for d in data["decrees"])
    sops = tuple(
        Procedure(*common(p), Sop.model_validate(p["record"], context=TRUSTED),
                  services[p["service"]] if p["service"] else None, *tail(p))
        for p in data["sops"])
    pledges = tuple(
        Pledge(*common(m), Maklumat.model_validate(m["record"], context=TRUSTED), m["unit"],
               _unpicture(m["picture"], root), *tail(m), m["picture_file"])
        for m in data["pledges"])
    folder = Path(root) / Path(data["file"]).parent
    return Region(name, folder, shown(data["shown"]), Profil.model_validate(data["profil"], context=TRUSTED),
                  _unpicture(data["emblem"], root), tuple(services.values()), decrees, _unmarks(data["marks"]), sops,
                  data["file"], pledges, _untemplat(data["templat"], shown), _unacuan(data["acuan"]))


def encode(project: Project, loaded: Report, checked: Report) -> dict:
    """The project with its load report and its `sk check` warnings, as plain data."""
    root = project.root
    return {"regions": [_region(r, root) for r in project.regions],
            "loaded": encode_report(loaded, root), "checked": encode_report(checked, root)}


def decode(data: dict, root: Path) -> tuple[Project, Report, Report]:
    """The project of the sources folder ``root`` and both reports back from ``encode``'s data (raises
    KeyError/TypeError/ValueError on damage)."""
    shown = Shown(root)
    project = Project(Path(root), tuple(_unregion(r, root, shown) for r in data["regions"]))
    return project, decode_report(data["loaded"], shown), decode_report(data["checked"], shown)
