"""Run every rule over a loaded project, honour each record's ``abaikan`` entries, report located warnings.

The findings of each standard, each decree and each region-wide pass go through a ``Memo``: the
build keeps them in its cache under what they were computed from (the record, the records a decree
lists, the region's dictionary and names), so an edit re-checks what it touches, not the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from ..diagnostics import Diagnostic, Location, Report, SourceError
from ..model import KOMPONEN_KEYS
from ..project import Decree, Project, Service
from ..sources.validate import field_name
from ..fieldpaths import covers, text_fields
from .finding import Finding
from .kamus import ENV, REGION_WORDS, find_dictionary, search_folders
from .konteks import Konteks, names
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


Seen = dict[tuple[Callable, str], list[tuple[str, str, tuple[int, int] | None]]]
"""What each text rule found in each distinct text of a check run (code, message, place), without the field."""


def _texts(record, uraian_fields: Iterable[tuple], konteks: Konteks | None, seen: Seen | None = None
           ) -> Iterator[Finding]:
    seen = {} if seen is None else seen
    for path, text in text_fields(record):
        for check in TEXT_CHECKS:
            yield from _once(seen, check, path, text)
        if konteks is not None:
            for region_check in REGION_TEXT_CHECKS:
                yield from region_check(konteks, path, text)
    for path in uraian_fields:
        text = _value(record, path)
        if text:
            for check in URAIAN_CHECKS:
                yield from _once(seen, check, path, text)


def _once(seen: Seen, check: Callable, path: tuple, text: str) -> Iterator[Finding]:
    """A text rule's findings in one field: the rule reads only the text (the field is just written into each
    finding), so a text repeated across records and fields is read once per run."""
    found = seen.get((check, text))
    if found is None:
        found = seen[(check, text)] = [(f.code, f.message, f.at) for f in check(path, text)]
    for code, message, at in found:
        yield Finding(code, path, message, at)


def _value(record, path: tuple):
    value = record
    for part in path:
        if isinstance(part, int):
            value = value[part] if isinstance(value, (list, tuple)) and part < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
        if value is None:
            return None
    return value


def standar_findings(service: Service, konteks: Konteks | None = None, seen: Seen | None = None) -> list[Finding]:
    """Every finding in one standard (``seen``: the text rules' findings so far in this run)."""
    found = list(_texts(service.record, [("komponen", key) for key in KOMPONEN_KEYS], konteks, seen))
    for check in STANDAR_CHECKS:
        found.extend(check(service))
    return found


def keputusan_findings(decree: Decree, konteks: Konteks | None = None, seen: Seen | None = None) -> list[Finding]:
    """Every finding in one decree (``seen``: the text rules' findings so far in this run)."""
    diktum = [("diktum", i, "teks") for i in range(len(decree.record.diktum))]
    found = list(_texts(decree.record, diktum, konteks, seen))
    for check in KEPUTUSAN_CHECKS:
        found.extend(check(decree))
    return found


def _text(project: Project, owner) -> str:
    """The text of a record's file (to place a finding inside a value); empty when it cannot be read."""
    try:
        return (Path(project.root) / owner.file).read_text(encoding="utf-8") if owner.file else ""
    except (OSError, UnicodeDecodeError):
        return ""


def _publish(owner, findings: list[Finding], project: Project, result: CheckResult) -> None:
    """Silence what the record's ``abaikan`` asks for; report the rest at their exact positions."""
    if not findings and not getattr(owner.record, "abaikan", None):
        return
    places = SourceMap(owner.source, lambda: _text(project, owner), owner.scalars, owner.marks)
    entries = list(getattr(owner.record, "abaikan", []))
    used = [False] * len(entries)
    for finding in findings:
        matches = [i for i, e in enumerate(entries) if e.aturan == finding.code and covers(e.kolom, finding.field)]
        if matches:
            result.silenced += 1
            for i in matches:
                used[i] = True
            continue
        value = _value(owner.record, finding.field) if finding.at is not None else None
        where = places.locate(finding.field, finding.at, value if isinstance(value, str) else None)
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


class Memo(Protocol):
    """Keeps findings: ``memo(name, inputs, compute)`` returns what ``compute()`` gave for the same inputs."""

    def __call__(self, name: str, inputs: object, compute: Callable[[], list]) -> list: ...


def no_memo(name: str, inputs: object, compute: Callable[[], list]) -> list:
    """Compute every time (``sk check`` on its own)."""
    return compute()


def _dictionary(region) -> list:
    """What the region's dictionary is made of: its kamus.txt and the hunspell files found (by size and time)."""
    words = region.root / REGION_WORDS
    found: list = [words.read_text(encoding="utf-8", errors="replace") if words.is_file() else None]
    for name in ("id_ID", "en_US"):
        base = find_dictionary(name, region.root)
        for path in ((base.with_suffix(".dic"), base.with_suffix(".aff")) if base else ()):
            stat = path.stat()
            found.append([str(path), stat.st_size, stat.st_mtime_ns])
    return found


def dictionaries(project: Project) -> set[str]:
    """The hunspell dictionaries (base paths) the project's regions are checked with."""
    return {str(base) for region in project.regions for name in ("id_ID", "en_US")
            if (base := find_dictionary(name, region.root)) is not None}


def context_inputs(region) -> list:
    """Everything the region-aware rules read besides the record checked: profile, names, dictionary."""
    return [region.id, region.profil, sorted(names(region)), _dictionary(region)]


def _region_findings(region, konteks: Konteks) -> list[tuple[tuple[str, str], Finding]]:
    return [(_owner_key(owner), finding) for check in WILAYAH_CHECKS for owner, finding in check(region)]


def check_project(project: Project, semua: bool = False, memo: Memo = no_memo) -> CheckResult:
    """Every rule over every region; warnings sorted by the report. ``semua``: also the rules that are
    off by default, printed as notes. ``memo`` keeps findings between builds (see the module)."""
    result = CheckResult(semua=semua)
    seen: Seen = {}
    for region in project.regions:
        konteks = Konteks(region)
        shared = context_inputs(region)
        everything = [shared, [(s.id, s.record) for s in region.services],
                      [(d.id, d.record, [s.id for s in d.services]) for d in region.decrees]]
        extra: dict[tuple[str, str], list[Finding]] = {}
        for owner, finding in memo(f"wilayah/{region.id}", everything, lambda: _region_findings(region, konteks)):
            extra.setdefault(tuple(owner), []).append(finding)
        for service in region.services:
            found = memo(f"standar/{region.id}/{service.id}", [shared, service.id, service.record],
                         lambda: standar_findings(service, konteks, seen))
            _publish(service, found + extra.get(_owner_key(service), []), project, result)
        for decree in region.decrees:
            lists = [(s.id, s.record) for s in decree.services]
            found = memo(f"keputusan/{region.id}/{decree.id}", [shared, decree.id, decree.record, lists],
                         lambda: keputusan_findings(decree, konteks, seen))
            _publish(decree, found + extra.get(_owner_key(decree), []), project, result)
        if find_dictionary("id_ID", region.root) is None:
            folders = ", ".join(str(f) for f in search_folders(region.root)[:4])
            result.note(Location(region.source), "SK380", "kamus ejaan id_ID (hunspell-id) tidak ditemukan, ejaan "
                        f"tidak diperiksa; pasang paket hunspell-id atau letakkan id_ID.dic dan id_ID.aff di folder "
                        f"wilayah, atau tunjuk foldernya dengan {ENV} (dicari di: {folders}, ...)")
    return result


def _owner_key(owner: Service | Decree) -> tuple[str, str]:
    return ("keputusan" if isinstance(owner, Decree) else "standar", owner.id)
