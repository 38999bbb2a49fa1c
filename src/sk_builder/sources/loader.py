"""Load a source tree: read every file, validate every record, resolve references, report all.

Each file is read as a unit (``units.py``: parsed, validated, checked on its own) through a
``Reader``; the build passes one that keeps units in its cache by the files' bytes, so only the
files that changed are parsed again. Linking the units into regions (ids, the decrees' lampiran,
SOPs' standards, the emblem) runs every time: it is cheap and needs every file.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import replace
from pathlib import Path

from typing import Callable

from ..diagnostics import Location, Report, SourceError, display_path
from ..images import Picture, read_picture
from ..model import Keputusan, Profil
from ..project import Bagian, Decree, Pledge, Procedure, Project, Region, Service
from ..rupa import DokumenAcuan, TemplatWilayah
from .acuan import read_reference
from .folders import survey
from .gaya import Gap, kop_gaps, revocation_gaps
from .maklumat import UnitClaims, region_units
from .paths import inside as _inside
from .paths import resolve
from .templat import read_templates
from .units import Unit, read_unit
from .yamlfile import YamlDocument, control_problem, read_bytes

PROFILE = "profil.yaml"

Reader = Callable[[Path, str, str], Unit]
"""Reads one file as a unit: ``reader(path, where, kind)`` (kind: a key of ``units.KINDS``)."""


def read_file(path: Path, where: str, kind: str) -> Unit:
    """The plain reader: read the file and make its unit."""
    report = Report()
    raw = read_bytes(path, where, report)
    return Unit(None, None, report) if raw is None else read_unit(raw, where, kind)


def record_id(path: Path) -> str:
    """The id of a record or region: its file or folder name without suffix, in Unicode NFC, so that
    "café" typed on two systems (NFC or NFD) is one id, and two files differing only so collide."""
    return unicodedata.normalize("NFC", path.stem if path.suffix in (".yaml", ".yml") else path.name)


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))


def _where(path: Path, root: Path) -> str:
    return display_path(path, root)


def resolve_reference(doc: YamlDocument, field: tuple, value: str, base: Path, root: Path,
                      report: Report) -> Path | None:
    """A file named in a record, refused unless it stays inside the source tree and exists."""
    return resolve(value, doc.at(field), base, root, report)


class _RegionLoader:
    """Loads one region folder."""

    def __init__(self, folder: Path, root: Path, report: Report, reader: Reader = read_file):
        self.folder, self.root, self.report, self.reader = folder, root, report, reader
        self.region_id = record_id(Path(os.path.abspath(folder)))  # "sk build ." in a region folder: its name
        self.present: set[str] = set()  # service ids with a file, valid or not

    def _read(self, path: Path, kind: str):
        """The record and document of a file (None, None when it cannot be used); its diagnostics reported."""
        where = _where(path, self.root)
        if not _inside(path, self.root):
            self.report.error(Location(where), "SK111", "berkas sumber menunjuk ke luar folder sumber")
            return None, None
        if problem := control_problem(self._relative(path)):
            self.report.error(Location(where), "SK125", f"nama berkas atau folder: {problem}")
            return None, None
        unit = self.reader(path, where, kind)
        self.report.extend(unit.report)
        return unit.record, unit.doc

    def _relative(self, path: Path) -> str:
        """A file's path inside the sources folder, POSIX."""
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))).as_posix()

    def services(self) -> dict[str, Service]:
        found: dict[str, Service] = {}
        for path in _yaml_files(self.folder / "standar"):
            self.present.add(record_id(path))
            record, doc = self._read(path, "standar")
            if record_id(path) in found:
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id layanan "{record_id(path)}" sudah dipakai oleh {found[record_id(path)].source}')
                continue
            if record is None:
                continue
            found[record_id(path)] = Service(record_id(path), self.region_id, doc.path, record, doc.value_marks,
                                             self._relative(path), doc.scalars)
        return found

    def sops(self, services: dict[str, Service]) -> list[Procedure]:
        found: dict[str, Procedure] = {}
        for path in _yaml_files(self.folder / "sop"):
            record, doc = self._read(path, "sop")
            if record_id(path) in found:
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id SOP "{record_id(path)}" sudah dipakai oleh {found[record_id(path)].source}')
                continue
            if record is None:
                continue
            service = services.get(record.standar) if record.standar else None
            if record.standar and service is None:
                self.report.error(doc.at(("standar",)), "SK409",
                                  f'standar "{record.standar}" tidak ada (berkas standar/{record.standar}.yaml tidak ditemukan)')
            found[record_id(path)] = Procedure(record_id(path), self.region_id, doc.path, record, service,
                                               doc.value_marks, self._relative(path), doc.scalars)
        return [found[k] for k in sorted(found)]

    def pledges(self, services: dict[str, Service]) -> tuple[Pledge, ...]:
        """The Maklumat Pelayanan (``maklumat/``): each names a unit of the region's standards, at most one per
        unit, and may name a poster picture, checked by its content as the emblem is."""
        claims = UnitClaims(region_units(services.values()), self.present <= set(services), self.report)
        found: dict[str, Pledge] = {}
        for path in _yaml_files(self.folder / "maklumat"):
            record, doc = self._read(path, "maklumat")
            if record_id(path) in found:
                used = found[record_id(path)].source
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id maklumat "{record_id(path)}" sudah dipakai oleh {used}')
                continue
            if record is None:
                continue
            unit = claims.claim(record.unit, doc.at(("unit",)), doc.path)
            picture, picture_file = None, ""
            if record.gambar is not None:
                name = record.gambar.berkas
                target = resolve_reference(doc, ("gambar", "berkas"), name, self.folder, self.root, self.report)
                if target is not None:
                    picture = read_picture(target, doc.at(("gambar", "berkas")), self.report, name)
                    picture_file = self._relative(target)
            if unit is not None:
                found[record_id(path)] = Pledge(record_id(path), self.region_id, doc.path, record, unit, picture,
                                                doc.value_marks, self._relative(path), doc.scalars, picture_file)
        return tuple(found[k] for k in sorted(found))

    def decrees(self, services: dict[str, Service], profil: Profil | None = None,
                kop: tuple[Picture | None, str] = (None, "")) -> list[Decree]:
        decrees = []
        first: dict[str, str] = {}
        for path in _yaml_files(self.folder / "keputusan"):
            if record_id(path) in first:  # x.yaml and x.yml would both be written to dokumen/<wilayah>/x.*
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id keputusan "{record_id(path)}" sudah dipakai oleh {first[record_id(path)]}')
                continue
            first[record_id(path)] = _where(path, self.root)
            record, doc = self._read(path, "keputusan")
            if doc is not None:
                self._check_references(doc)
            if record is not None:
                decree = self._resolve(record_id(path), record, doc, services, self._relative(path))
                decrees.append(decree if profil is None else self._house_style(decree, doc, profil, kop))
        return decrees

    def _check_references(self, doc: YamlDocument) -> None:
        """Report unknown and repeated services in the lampiran, even when other fields are invalid."""
        groups = doc.data.get("lampiran") if isinstance(doc.data, dict) else None
        seen: set[str] = set()
        for g, group in enumerate(groups if isinstance(groups, list) else []):
            ids = group.get("layanan") if isinstance(group, dict) else None
            for i, service_id in enumerate(ids if isinstance(ids, list) else []):
                if not isinstance(service_id, str):
                    continue
                where = doc.at(("lampiran", g, "layanan", i))
                if service_id in seen:
                    self.report.error(where, "SK108", f'layanan "{service_id}" disebut dua kali dalam lampiran')
                elif service_id not in self.present:
                    self.report.error(where, "SK109",
                                      f'layanan "{service_id}" tidak ada (berkas standar/{service_id}.yaml tidak ditemukan)')
                seen.add(service_id)

    def _gaps(self, doc: YamlDocument, gaps: list[Gap]) -> None:
        for path, message in gaps:
            self.report.error(doc.at(path), "SK103", message)

    def _kop_picture(self, doc: YamlDocument, name: str | None) -> tuple[Picture | None, str]:
        """The picture of a whole kop (``kop.gambar``, in the region folder) and its file, checked by content."""
        path = resolve_reference(doc, ("kop", "gambar"), name, self.folder, self.root, self.report) if name else None
        picture = read_picture(path, doc.at(("kop", "gambar")), self.report, name) if path and name else None
        return (picture, self._relative(path)) if picture is not None and path else (None, "")

    def _house_style(self, decree: Decree, doc: YamlDocument, profil: Profil,
                     kop: tuple[Picture | None, str]) -> Decree:
        """A decree's house-style settings checked against the profile, and its kop picture: its own, else the
        profile's (a decree with its own text kop has none)."""
        self._gaps(doc, kop_gaps(decree.record.kop, profil) + revocation_gaps(profil, decree.record))
        own = decree.record.kop
        picture, file = kop if own is None else self._kop_picture(doc, own.gambar)
        return replace(decree, kop_picture=picture, kop_file=file)

    def _resolve(self, decree_id: str, record: Keputusan, doc: YamlDocument, services: dict[str, Service],
                 relative: str) -> Decree:
        seen: set[str] = set()
        groups = []
        for group in record.lampiran:
            members = [services[s] for s in group.layanan if s in services and s not in seen]
            seen.update(group.layanan)
            groups.append(Bagian(group.bagian, tuple(members)))
        return Decree(decree_id, self.region_id, doc.path, record, tuple(groups), doc.value_marks, relative,
                      doc.scalars)

    def _rupa(self, profil: Profil | None, doc: YamlDocument | None
              ) -> tuple[TemplatWilayah | None, DokumenAcuan | None]:
        """The region's templates and Word reference document (profile ``templat``, ``dokumen_acuan``), checked."""
        templat = acuan = None
        if profil is None or doc is None:
            return None, None
        if profil.templat:
            folder = resolve(profil.templat, doc.at(("templat",)), self.folder, self.root, self.report,
                             want_folder=True)
            if folder is not None:
                templat = read_templates(folder, self.root, self.report, self._relative,
                                         lambda path: _where(path, self.root))
        if profil.dokumen_acuan:
            name = profil.dokumen_acuan
            path = resolve_reference(doc, ("dokumen_acuan",), name, self.folder, self.root, self.report)
            if path is not None:
                acuan = read_reference(path, doc.at(("dokumen_acuan",)), self.report, name, self._relative(path))
        return templat, acuan

    def load(self) -> Region | None:
        profile_path = self.folder / PROFILE
        profil, doc = self._read(profile_path, "profil")
        emblem = None
        lambang = doc.data.get("lambang") if doc is not None and isinstance(doc.data, dict) else None
        if isinstance(lambang, str) and lambang:  # checked even when other fields of the profile are wrong
            path = resolve_reference(doc, ("lambang",), lambang, self.folder, self.root, self.report)
            if path is not None:
                emblem = read_picture(path, doc.at(("lambang",)), self.report, lambang)
        services = self.services()
        kop: tuple[Picture | None, str] = (None, "")
        if profil is not None and doc is not None:
            self._gaps(doc, kop_gaps(profil.kop, profil))
            kop = self._kop_picture(doc, profil.kop.gambar)
        decrees = self.decrees(services, profil, kop)
        sops = self.sops(services)
        pledges = self.pledges(services)
        templat, acuan = self._rupa(profil, doc)
        if profil is None:
            return None
        return Region(self.region_id, self.folder, doc.path, profil, emblem,
                      tuple(services[k] for k in sorted(services)), tuple(decrees), doc.value_marks, tuple(sops),
                      self._relative(profile_path), pledges, templat, acuan)


def region_folders(root: Path) -> list[Path]:
    """The region folders of a source tree (or the tree itself when it is one region)."""
    if (root / PROFILE).is_file():
        return [root]
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / PROFILE).is_file())


def _refuse_twin_regions(folders: list[Path], root: Path, report: Report) -> None:
    """Two region folders whose names are one id (the same name in NFC and NFD) would share outputs."""
    first: dict[str, Path] = {}
    for folder in folders:
        region_id = record_id(Path(os.path.abspath(folder)))
        if region_id in first:
            report.error(Location(_where(folder / PROFILE, root)), "SK108",
                         f'id wilayah "{region_id}" sudah dipakai oleh folder {_where(first[region_id], root)} '
                         "(nama yang sama dalam bentuk Unicode lain)")
        first.setdefault(region_id, folder)


def load_project(root: Path, reader: Reader = read_file) -> tuple[Project | None, Report]:
    """Load and validate a whole source tree (each file through ``reader``); the project is None when there
    are errors."""
    report = Report()
    root = Path(root)
    if not root.is_dir():
        report.error(Location(display_path(root)), "SK110", "folder sumber tidak ditemukan")
        return None, report
    folders = region_folders(root)
    if not folders:
        report.error(Location(display_path(root)), "SK110", f"tidak ada wilayah: tidak ditemukan {PROFILE}")
    regions = [_RegionLoader(folder, root, report, reader).load() for folder in folders]
    _refuse_twin_regions(folders, root, report)
    survey(root, folders, regions, report)
    if report.errors:
        return None, report
    return Project(root, tuple(r for r in regions if r is not None)), report


def load_or_fail(root: Path, reader: Reader = read_file) -> tuple[Project, Report]:
    """Load a source tree or raise SourceError carrying every diagnostic."""
    project, report = load_project(root, reader)
    if project is None:
        raise SourceError(report.sorted())
    return project, report
