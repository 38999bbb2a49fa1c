"""Run every rule over a loaded project, honour each record's ``abaikan`` entries, report located warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Location, Report, SourceError, display_path
from ..model import KOMPONEN_KEYS
from ..project import Decree, Project, Region, Service
from ..sources.validate import field_name
from ..fieldpaths import covers, text_fields
from .finding import Finding
from .kamus import ENV, search_folders
from .konteks import Konteks
from .positions import SourceMap
from .registry import (DEFAULT, KEPUTUSAN_CHECKS, REGION_TEXT_CHECKS, STANDAR_CHECKS, TEXT_CHECKS, UNUSED,
                       URAIAN_CHECKS, WILAYAH_CHECKS)


@dataclass
class CheckResult:
    """The warnings of a check run and how many findings ``abaikan`` entries silenced."""

    report: Report = field(default_factory=Report)
    silenced: int = 0
    semua: bool = False

    def summary(self) -> str:
        """One line for the end of the output."""
        count = len(self.report.warnings)
        notes = len([d for d in self.report.items if d.severity == "note"])
        return f"{count} peringatan, {self.silenced} dibungkam (abaikan)" + (f", {notes} catatan" if notes else "")

    def note(self, where: Location, code: str, message: str) -> None:
        """Record an informational note (never a warning, never fails --strict)."""
        self.report.items.append(Diagnostic(where.path, where.line, where.col, "note", code, message))


class StrictFailure(SourceError):
    """Warnings under --strict: every diagnostic is printed and nothing is written."""

    def __init__(self, diagnostics):
        super().__init__(diagnostics)
        count = len([d for d in diagnostics if d.severity == "warning"])
        self.message = f"{count} peringatan dan --strict aktif; tidak ada yang ditulis."


def _texts(record, uraian_fields: Iterable[tuple], konteks: Konteks | None) -> Iterator[Finding]:
    for path, text in text_fields(record):
        for check in TEXT_CHECKS:
            yield from check(path, text)
        if konteks is not None:
            for region_check in REGION_TEXT_CHECKS:
                yield from region_check(konteks, path, text)
    for path in uraian_fields:
        text = _value(record, path)
        if text:
            for check in URAIAN_CHECKS:
                yield from check(path, text)


def _value(record, path: tuple):
    value = record
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part, None)
        if value is None:
            return None
    return value


def standar_findings(service: Service, konteks: Konteks | None = None) -> list[Finding]:
    """Every finding in one standard."""
    found = list(_texts(service.record, [("komponen", key) for key in KOMPONEN_KEYS], konteks))
    for check in STANDAR_CHECKS:
        found.extend(check(service))
    return found


def keputusan_findings(decree: Decree, konteks: Konteks | None = None) -> list[Finding]:
    """Every finding in one decree."""
    diktum = [("diktum", i, "teks") for i in range(len(decree.record.diktum))]
    found = list(_texts(decree.record, diktum, konteks))
    for check in KEPUTUSAN_CHECKS:
        found.extend(check(decree))
    return found


def _record_file(region: Region, folder: str, owner, project: Project) -> Path | None:
    for suffix in (".yaml", ".yml"):
        candidate = region.root / folder / f"{owner.id}{suffix}"
        if candidate.is_file() and display_path(candidate, project.root) == owner.source:
            return candidate
    return None


def _publish(owner, folder: str, findings: list[Finding], region: Region, project: Project,
             result: CheckResult) -> None:
    """Silence what the record's ``abaikan`` asks for; report the rest at their exact positions."""
    if not findings and not getattr(owner.record, "abaikan", None):
        return
    places = SourceMap(owner.source, _record_file(region, folder, owner, project), owner.marks)
    entries = list(getattr(owner.record, "abaikan", []))
    used = [False] * len(entries)
    for finding in findings:
        matches = [i for i, e in enumerate(entries) if e.aturan == finding.code and covers(e.kolom, finding.field)]
        if matches:
            result.silenced += 1
            for i in matches:
                used[i] = True
            continue
        where = places.locate(finding.field, finding.at)
        message = f"{field_name(finding.field)}: {finding.message}"
        if finding.code in DEFAULT:
            result.report.warning(where, finding.code, message)
        elif result.semua:
            result.note(where, finding.code, message)
    for i, entry in enumerate(entries):
        if not used[i]:
            result.report.warning(places.locate(("abaikan", i)), UNUSED.code,
                                  f'abaikan[{i}]: aturan {entry.aturan} pada "{entry.kolom}" tidak menemukan '
                                  "apa pun; hapus entri ini")


def check_project(project: Project, semua: bool = False) -> CheckResult:
    """Every rule over every region; warnings sorted by the report. ``semua``: also the rules that are
    off by default, printed as notes."""
    result = CheckResult(semua=semua)
    for region in project.regions:
        konteks = Konteks(region)
        extra: dict[tuple[str, str], list[Finding]] = {}
        for check in WILAYAH_CHECKS:
            for owner, finding in check(region):
                extra.setdefault(_owner_key(owner), []).append(finding)
        for service in region.services:
            found = standar_findings(service, konteks) + extra.get(_owner_key(service), [])
            _publish(service, "standar", found, region, project, result)
        for decree in region.decrees:
            found = keputusan_findings(decree, konteks) + extra.get(_owner_key(decree), [])
            _publish(decree, "keputusan", found, region, project, result)
        if konteks.kamus.indonesian is None:
            folders = ", ".join(str(f) for f in search_folders(region.root)[:4])
            result.note(Location(region.source), "SK380", "kamus ejaan id_ID (hunspell-id) tidak ditemukan, ejaan "
                        f"tidak diperiksa; pasang paket hunspell-id atau letakkan id_ID.dic dan id_ID.aff di folder "
                        f"wilayah, atau tunjuk foldernya dengan {ENV} (dicari di: {folders}, ...)")
    return result


def _owner_key(owner: Service | Decree) -> tuple[str, str]:
    return ("keputusan" if isinstance(owner, Decree) else "standar", owner.id)
