"""One source file on its own: parsed, validated, and checked for everything that needs no other file.

A unit depends on nothing but the file's bytes (and sk-builder's code), so it can be kept in the
build cache under the bytes' SHA-256 and reused when the file did not change: an edited standard
costs one parse, not the whole tree's. As data a unit is plain JSON (``to_data``/``from_data``):
the parsed values, the positions of keys, values and scalars, the validated record as pydantic
dumps it, and the file's diagnostics without the path, which is attached when it is read back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..diagnostics import Diagnostic, Report
from ..flowchart.validate import Problem, standard_problems
from ..model import TRUSTED, Keputusan, Maklumat, Profil, Sop, Standar
from ..sop.validate import problems as sop_problems
from ..text.nip import oddly_spaced, parse_nip
from .validate import validate
from .yamlfile import YamlDocument, parse_bytes

KINDS: dict[str, type[BaseModel]] = {"profil": Profil, "standar": Standar, "keputusan": Keputusan, "sop": Sop,
                                     "maklumat": Maklumat}
"""What each kind of source file holds."""


@dataclass
class Unit:
    """A source file as loaded: its document (None when it does not parse), its record (None when it does
    not validate) and its diagnostics."""

    doc: YamlDocument | None
    record: Any
    report: Report = field(default_factory=Report)


def _components(record: Standar, doc: YamlDocument, report: Report) -> None:
    missing = record.komponen.missing()
    if not missing:
        return
    names = ", ".join(f'"{key}"' for key in missing)
    if record.status == "draft":
        report.warning(doc.at(("status",)), "SK201", f"standar berstatus draft; komponen belum diisi: {names}")
        return
    for key in missing:
        report.error(doc.at(("komponen", key)), "SK103", f'komponen "{key}" tidak ada atau kosong')


def _problems(problems: list[Problem], doc: YamlDocument, report: Report) -> None:
    for problem in problems:
        add = report.warning if problem.severity == "warning" else report.error
        add(doc.at(problem.path), problem.code, problem.message)


def _nips(data: Any, path: tuple) -> list[tuple[tuple, str]]:
    """Every ``nip`` value written as text in a record's data, with its field path."""
    if isinstance(data, dict):
        found = [(path + (key,), value) for key, value in data.items() if key == "nip" and isinstance(value, str)]
        return found + [item for key, value in data.items() for item in _nips(value, path + (key,))]
    if isinstance(data, list):
        return [item for index, value in enumerate(data) for item in _nips(value, path + (index,))]
    return []


def _nip_spacing(doc: YamlDocument, report: Report) -> None:
    """A NIP typed with odd spacing ("19640828 198802 1 00 1"): its digits are valid (the record validated), so
    it is read and printed 8-6-1-3, and the warning says how."""
    for path, value in _nips(doc.data, ()):
        if oddly_spaced(value):
            shown = parse_nip(value, grouping=False).formatted
            report.warning(doc.at(path), "SK131", f'NIP "{value}" ditulis dengan spasi tidak baku; dibaca dan '
                                                  f'dicetak "{shown}"')


def read_unit(raw: bytes, where: str, kind: str) -> Unit:
    """Parse, validate and check one file of a kind ("profil", "standar", "keputusan", "sop", "maklumat")."""
    report = Report()
    doc = parse_bytes(raw, where, report)
    if doc is None:
        return Unit(None, None, report)
    record = validate(KINDS[kind], doc, report)
    if record is not None:
        _nip_spacing(doc, report)
    if isinstance(record, Standar):
        _components(record, doc, report)
        _problems(standard_problems(record), doc, report)
    elif isinstance(record, Sop):
        _problems(sop_problems(record), doc, report)
    return Unit(doc, record, report)


def _marks(marks: dict) -> list:
    return [[list(path), *value] for path, value in marks.items()]


def _unmarks(data: list) -> dict:
    return {tuple(item[0]): tuple(item[1:]) for item in data}


def to_data(unit: Unit) -> dict:
    """A unit as plain JSON-ready data (the file's path is not part of it)."""
    doc = unit.doc
    return {
        "doc": None if doc is None else {"data": doc.data, "keys": _marks(doc.key_marks),
                                         "values": _marks(doc.value_marks), "scalars": _marks(doc.scalars)},
        "record": None if unit.record is None else unit.record.model_dump(mode="json", exclude_unset=True),
        "diagnostics": [[d.line, d.col, d.severity, d.code, d.message] for d in unit.report.items],
    }


def from_data(data: dict, where: str, kind: str) -> Unit:
    """The unit back from ``to_data`` for the file shown as ``where`` (raises KeyError/TypeError/ValueError)."""
    stored = data["doc"]
    doc = None if stored is None else YamlDocument(where, stored["data"], _unmarks(stored["keys"]),
                                                   _unmarks(stored["values"]), _unmarks(stored["scalars"]))
    record = None if data["record"] is None else KINDS[kind].model_validate(data["record"], context=TRUSTED)
    report = Report([Diagnostic(where, line, col, severity, code, message)
                     for line, col, severity, code, message in data["diagnostics"]])
    return Unit(doc, record, report)
