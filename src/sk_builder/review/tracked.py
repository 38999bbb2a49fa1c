"""`sk diff --format docx`: the new text as a Word document whose differences are real tracked changes.

Each document (decree or standard) gets a heading, each part a sub-heading and each canonical line a
paragraph. Kept words are plain runs; removed words are ``w:del`` runs, added words ``w:ins`` runs,
both carrying the author and date given on the command line, so Word and LibreOffice list them as
changes to accept or reject. Whole removed or added lines also mark their paragraph mark, so that
accepting or rejecting every change gives exactly the new or the old text. The official layout of
the decree (kop, three-column points, tables) is not reproduced: this is a review copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..render.docx.package import finish, new_document
from .align import LineChange
from .compare import ChangeReport, DocumentDiff, PartDiff
from .terminal import STATUS, part_title
from .uraian_text import Line
from .words import Segment



@dataclass
class Revisions:
    """Who made the changes and when; hands out the revision ids."""

    author: str
    date: dt.date | None
    next_id: int = 1

    def mark(self, tag: str):
        """A new ``w:ins`` or ``w:del`` element with id, author and (when known) date."""
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        if self.date:
            element.set(qn("w:date"), f"{self.date.isoformat()}T00:00:00Z")
        self.next_id += 1
        return element


def _run(text: str, deleted: bool = False):
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if deleted else "w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    run.append(node)
    return run


class TrackedWriter:
    """Writes paragraphs whose segments become plain, inserted or deleted runs."""

    def __init__(self, revisions: Revisions):
        self.revisions = revisions
        self.document = new_document()
        style = self.document.styles["Normal"]
        style.font.name = "TeX Gyre Bonum"
        style.font.size = Pt(12)

    def paragraph(self, segments: list[Segment], style: str | None = None, level: int = 0, whole: str | None = None):
        """A paragraph of segments; ``whole`` ("insert"/"delete") marks the paragraph itself as added or removed."""
        paragraph = self.document.add_paragraph(style=style)
        if level:
            paragraph.paragraph_format.left_indent = Cm(0.75 * level)
        if whole:
            properties = paragraph._p.get_or_add_pPr()
            run_properties = OxmlElement("w:rPr")
            run_properties.append(self.revisions.mark("w:ins" if whole == "insert" else "w:del"))
            properties.append(run_properties)
        for segment in segments:
            if not segment.text:
                continue
            if segment.op == "equal":
                paragraph._p.append(_run(segment.text))
                continue
            wrapper = self.revisions.mark("w:ins" if segment.op == "insert" else "w:del")
            wrapper.append(_run(segment.text, deleted=segment.op == "delete"))
            paragraph._p.append(wrapper)
        return paragraph

    def text(self, text: str, style: str | None = None, whole: str | None = None):
        """A paragraph of one text, kept, or wholly added/removed."""
        op = whole or "equal"
        return self.paragraph([Segment(op, text)], style, whole=whole)


def _marker(line: Line) -> str:
    return f"{line.marker} " if line.marker else ""


def _line(writer: TrackedWriter, change: LineChange) -> None:
    line = change.line
    if change.op in ("insert", "move_to"):
        writer.paragraph([Segment("insert", _marker(line) + line.text)], level=line.level, whole="insert")
        return
    if change.op in ("delete", "move_from"):
        writer.paragraph([Segment("delete", _marker(line) + line.text)], level=line.level, whole="delete")
        return
    old, new = change.sides
    head = [Segment("equal", _marker(new))]
    if old.marker != new.marker:
        head = [Segment("delete", _marker(old)), Segment("insert", _marker(new))]
    words = list(change.words) or [Segment("equal", new.text)]
    writer.paragraph(head + words, level=line.level)


def _part(writer: TrackedWriter, part: PartDiff, whole: str | None) -> None:
    title = part_title(part)
    if part.old_heading is not None:
        writer.paragraph([Segment("delete", part.old_heading), Segment("insert", title)], "Heading 3")
    else:
        writer.text(title, "Heading 3", whole)
    for change in part.lines:
        _line(writer, change)


def _document(writer: TrackedWriter, doc: DocumentDiff) -> None:
    whole = {"added": "insert", "removed": "delete"}.get(doc.status)
    writer.text(doc.title, "Heading 1", whole)
    if doc.old_id:
        writer.text(f"({STATUS['renamed']}: {doc.old_id} → {doc.id})", whole=None)
    for part in doc.parts:
        _part(writer, part, whole)


def _core_properties(writer: TrackedWriter, report: ChangeReport, revisions: Revisions) -> None:
    core = writer.document.core_properties
    core.title = f"Perubahan {report.old_label} → {report.new_label}"
    core.author = revisions.author
    core.last_modified_by = revisions.author
    core.comments = "Dibuat oleh sk-builder (sk diff --format docx)"
    core.revision = 1
    element = core._element
    for name in ("dcterms:created", "dcterms:modified"):
        found = element.find(qn(name))
        if found is not None:
            element.remove(found)
    if revisions.date:
        moment = dt.datetime(revisions.date.year, revisions.date.month, revisions.date.day)
        core.created = moment
        core.modified = moment


def render_docx(report: ChangeReport, author: str = "sk-builder", date: dt.date | None = None) -> bytes:
    """Every decree and standard of the new side (and the removed ones) with the changes tracked."""
    revisions = Revisions(author, date)
    writer = TrackedWriter(revisions)
    writer.text(f"Perubahan {report.old_label} → {report.new_label}", "Title")
    for doc in report.documents:
        if doc.kind != "profil":
            _document(writer, doc)
    _core_properties(writer, report, revisions)
    return finish(writer.document)
