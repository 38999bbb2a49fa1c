"""Load a source tree: read every file, validate every record, resolve references, report all."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from ..diagnostics import Location, Report, SourceError, display_path
from ..flowchart.validate import Problem, standard_problems
from ..images import read_picture
from ..model import Keputusan, Profil, Sop, Standar
from ..project import Bagian, Decree, Procedure, Project, Region, Service
from ..sop.validate import problems as sop_problems
from .folders import survey
from .validate import validate
from .yamlfile import YamlDocument, control_problem, load

PROFILE = "profil.yaml"


def record_id(path: Path) -> str:
    """The id of a record or region: its file or folder name without suffix, in Unicode NFC, so that
    "café" typed on two systems (NFC or NFD) is one id, and two files differing only so collide."""
    return unicodedata.normalize("NFC", path.stem if path.suffix in (".yaml", ".yml") else path.name)


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except (ValueError, OSError):
        return False


def _where(path: Path, root: Path) -> str:
    return display_path(path, root)


def resolve_reference(doc: YamlDocument, field: tuple, value: str, base: Path, root: Path,
                      report: Report) -> Path | None:
    """A file named in a record, refused unless it stays inside the source tree and exists."""
    where = doc.at(field)
    if Path(value).is_absolute() or value.startswith("~"):
        report.error(where, "SK111", f'"{value}": jalur berkas harus relatif terhadap folder sumber')
        return None
    target = base / value
    if not _inside(target, root):
        report.error(where, "SK111", f'"{value}": berkas berada di luar folder sumber')
        return None
    if not target.is_file():
        report.error(where, "SK110", f'"{value}": berkas tidak ditemukan')
        return None
    return target


class _RegionLoader:
    """Loads one region folder."""

    def __init__(self, folder: Path, root: Path, report: Report):
        self.folder, self.root, self.report = folder, root, report
        self.region_id = record_id(Path(os.path.abspath(folder)))  # "sk build ." in a region folder: its name
        self.present: set[str] = set()  # service ids with a file, valid or not

    def _read(self, path: Path, model):
        where = _where(path, self.root)
        if not _inside(path, self.root):
            self.report.error(Location(where), "SK111", "berkas sumber menunjuk ke luar folder sumber")
            return None, None
        named = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.name
        if problem := control_problem(named):
            self.report.error(Location(where), "SK125", f"nama berkas atau folder: {problem}")
            return None, None
        doc = load(path, where, self.report)
        if doc is None:
            return None, None
        return validate(model, doc, self.report), doc

    def services(self) -> dict[str, Service]:
        found: dict[str, Service] = {}
        for path in _yaml_files(self.folder / "standar"):
            self.present.add(record_id(path))
            record, doc = self._read(path, Standar)
            if record_id(path) in found:
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id layanan "{record_id(path)}" sudah dipakai oleh {found[record_id(path)].source}')
                continue
            if record is None:
                continue
            self._check_components(record, doc)
            self._report(standard_problems(record), doc)
            found[record_id(path)] = Service(record_id(path), self.region_id, doc.path, record, doc.value_marks)
        return found

    def _check_components(self, record: Standar, doc: YamlDocument) -> None:
        missing = record.komponen.missing()
        if not missing:
            return
        names = ", ".join(f'"{key}"' for key in missing)
        if record.status == "draft":
            self.report.warning(doc.at(("status",)), "SK201",
                                f"standar berstatus draft; komponen belum diisi: {names}")
            return
        for key in missing:
            self.report.error(doc.at(("komponen", key)), "SK103", f'komponen "{key}" tidak ada atau kosong')

    def _report(self, problems: list[Problem], doc: YamlDocument) -> None:
        for problem in problems:
            add = self.report.warning if problem.severity == "warning" else self.report.error
            add(doc.at(problem.path), problem.code, problem.message)

    def sops(self, services: dict[str, Service]) -> list[Procedure]:
        found: dict[str, Procedure] = {}
        for path in _yaml_files(self.folder / "sop"):
            record, doc = self._read(path, Sop)
            if record_id(path) in found:
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id SOP "{record_id(path)}" sudah dipakai oleh {found[record_id(path)].source}')
                continue
            if record is None:
                continue
            self._report(sop_problems(record), doc)
            service = services.get(record.standar) if record.standar else None
            if record.standar and service is None:
                self.report.error(doc.at(("standar",)), "SK409",
                                  f'standar "{record.standar}" tidak ada (berkas standar/{record.standar}.yaml tidak ditemukan)')
            found[record_id(path)] = Procedure(record_id(path), self.region_id, doc.path, record, service, doc.value_marks)
        return [found[k] for k in sorted(found)]

    def decrees(self, services: dict[str, Service]) -> list[Decree]:
        decrees = []
        first: dict[str, str] = {}
        for path in _yaml_files(self.folder / "keputusan"):
            if record_id(path) in first:  # x.yaml and x.yml would both be written to dokumen/<wilayah>/x.*
                self.report.error(Location(_where(path, self.root)), "SK108",
                                  f'id keputusan "{record_id(path)}" sudah dipakai oleh {first[record_id(path)]}')
                continue
            first[record_id(path)] = _where(path, self.root)
            record, doc = self._read(path, Keputusan)
            if doc is not None:
                self._check_references(doc)
            if record is not None:
                decrees.append(self._resolve(record_id(path), record, doc, services))
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

    def _resolve(self, decree_id: str, record: Keputusan, doc: YamlDocument,
                 services: dict[str, Service]) -> Decree:
        seen: set[str] = set()
        groups = []
        for group in record.lampiran:
            members = [services[s] for s in group.layanan if s in services and s not in seen]
            seen.update(group.layanan)
            groups.append(Bagian(group.bagian, tuple(members)))
        return Decree(decree_id, self.region_id, doc.path, record, tuple(groups), doc.value_marks)

    def load(self) -> Region | None:
        profile_path = self.folder / PROFILE
        profil, doc = self._read(profile_path, Profil)
        emblem = None
        lambang = doc.data.get("lambang") if doc is not None and isinstance(doc.data, dict) else None
        if isinstance(lambang, str) and lambang:  # checked even when other fields of the profile are wrong
            path = resolve_reference(doc, ("lambang",), lambang, self.folder, self.root, self.report)
            if path is not None:
                emblem = read_picture(path, doc.at(("lambang",)), self.report, lambang)
        services = self.services()
        decrees = self.decrees(services)
        sops = self.sops(services)
        if profil is None:
            return None
        return Region(self.region_id, self.folder, doc.path, profil, emblem,
                      tuple(services[k] for k in sorted(services)), tuple(decrees), doc.value_marks, tuple(sops))


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


def load_project(root: Path) -> tuple[Project | None, Report]:
    """Load and validate a whole source tree; the project is None when there are errors."""
    report = Report()
    root = Path(root)
    if not root.is_dir():
        report.error(Location(display_path(root)), "SK110", "folder sumber tidak ditemukan")
        return None, report
    folders = region_folders(root)
    if not folders:
        report.error(Location(display_path(root)), "SK110", f"tidak ada wilayah: tidak ditemukan {PROFILE}")
    regions = [_RegionLoader(folder, root, report).load() for folder in folders]
    _refuse_twin_regions(folders, root, report)
    survey(root, folders, regions, report)
    if report.errors:
        return None, report
    return Project(root, tuple(r for r in regions if r is not None)), report


def load_or_fail(root: Path) -> tuple[Project, Report]:
    """Load a source tree or raise SourceError carrying every diagnostic."""
    project, report = load_project(root)
    if project is None:
        raise SourceError(report.sorted())
    return project, report
