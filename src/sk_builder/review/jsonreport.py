"""`sk diff --format json`: the change report as data (schema ``sk-builder/diff/1``, see README, "Reviewing changes")."""

from __future__ import annotations

import json

from .align import LineChange
from .compare import ChangeReport, DocumentDiff, PartDiff
from .uraian_text import Line

SCHEMA = "sk-builder/diff/1"


def line_text(line: Line) -> str:
    """A line with its marker and without indentation, as the reports quote it."""
    return line.render(indent="").strip() if line.marker or line.text else ""


def _words(change: LineChange) -> list[dict]:
    return [{"op": s.op, "text": s.text} for s in change.words]


def change_entry(change: LineChange) -> dict | None:
    """One change as data; None for kept lines and for the old place of a moved line."""
    if change.op == "insert":
        return {"type": "insert", "new_line": change.new_index, "new": line_text(change.line), "level": change.line.level}
    if change.op == "delete":
        return {"type": "delete", "old_line": change.old_index, "old": line_text(change.line), "level": change.line.level}
    if change.op in ("change", "move_to"):
        old, new = change.sides
        return {"type": "change" if change.op == "change" else "move", "old_line": change.old_index,
                "new_line": change.new_index, "old": line_text(old), "new": line_text(new), "words": _words(change)}
    return None


def part_entry(part: PartDiff) -> dict:
    """A changed part: its changes and the lines that were only renumbered."""
    return {
        "key": part.key,
        "heading": part.heading,
        "old_heading": part.old_heading,
        "changes": [e for e in (change_entry(c) for c in part.lines) if e is not None],
        "renumbered": [{"old_line": c.old_index, "new_line": c.new_index, "old": c.sides[0].marker,
                        "new": c.sides[1].marker} for c in part.renumbered],
    }


def document_entry(doc: DocumentDiff) -> dict:
    """A changed document and its changed parts."""
    return {
        "kind": doc.kind, "region": doc.region, "id": doc.id, "old_id": doc.old_id,
        "status": doc.status, "title": doc.title,
        "parts": [part_entry(p) for p in doc.parts if p.changed],
    }


def report_data(report: ChangeReport) -> dict:
    """The whole report as plain data."""
    return {
        "schema": SCHEMA,
        "old": report.old_label,
        "new": report.new_label,
        "changed": bool(report.changed),
        "counts": report.counts(),
        "documents": [document_entry(d) for d in report.changed],
    }


def render_json(report: ChangeReport) -> str:
    """The report as JSON text: sorted keys, two-space indent, UTF-8 as written."""
    return json.dumps(report_data(report), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
