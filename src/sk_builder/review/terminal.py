"""`sk diff` as terminal text: word insertions and deletions in colour on a TTY, marked [-..-]{+..+} otherwise."""

from __future__ import annotations

import click

from ..diagnostics import visible

from .align import LineChange
from .compare import ChangeReport, DocumentDiff, PartDiff
from .jsonreport import line_text

STATUS = {"added": "ditambahkan", "removed": "dihapus", "renamed": "diganti nama", "modified": "diubah"}
KIND = {"keputusan": "keputusan", "standar": "standar", "profil": "profil"}


class Painter:
    """Marks insertions and deletions with colour, or with wdiff-style brackets when colour is off.

    Every text passes through ``visible`` first: the escape sequences in the output are only the
    painter's own colours.
    """

    def __init__(self, colour: bool):
        self.colour = colour

    def plain(self, text: str) -> str:
        """Unchanged text."""
        return visible(text)

    def inserted(self, text: str) -> str:
        """Added text."""
        text = visible(text)
        return click.style(text, fg="green") if self.colour else "{+" + text + "+}"

    def deleted(self, text: str) -> str:
        """Removed text."""
        text = visible(text)
        return click.style(text, fg="red", strikethrough=True) if self.colour else "[-" + text + "-]"

    def strong(self, text: str) -> str:
        """A heading."""
        text = visible(text)
        return click.style(text, bold=True) if self.colour else text

    def note(self, text: str) -> str:
        """A remark about a change (moved, renumbered)."""
        text = visible(text)
        return click.style(text, fg="cyan") if self.colour else text


def _words(change: LineChange, paint: Painter) -> str:
    out = []
    for segment in change.words:
        if segment.op == "insert":
            out.append(paint.inserted(segment.text))
        elif segment.op == "delete":
            out.append(paint.deleted(segment.text))
        else:
            out.append(paint.plain(segment.text))
    old, new = change.sides
    marker = new.marker
    old_marker = old.marker
    if marker != old_marker:
        head = f"{paint.deleted(old_marker or '')}{paint.inserted(marker or '')} "
    else:
        head = f"{paint.plain(marker)} " if marker else ""
    return head + ("".join(out) if change.words else paint.plain(new.text))


def _line(change: LineChange, paint: Painter) -> str | None:
    indent = "    " + "   " * change.line.level
    if change.op == "insert":
        return f"{indent}+ {paint.inserted(line_text(change.line))}"
    if change.op == "delete":
        return f"{indent}- {paint.deleted(line_text(change.line))}"
    if change.op == "change":
        return f"{indent}~ {_words(change, paint)}"
    if change.op == "move_to":
        old_index, new_index = change.positions
        where = paint.note(f"(dipindah dari baris {old_index + 1} ke baris {new_index + 1})")
        return f"{indent}↕ {_words(change, paint)} {where}"
    return None


def part_title(part: PartDiff) -> str:
    """A part's heading for a report, with its group for components ("Pengelolaan Pelayanan › 1. Dasar Hukum")."""
    heading = part.heading or {"judul": "Judul", "identitas": "Identitas"}.get(part.key, part.key)
    return f"{part.group} › {heading}" if part.group else heading


def _part(part: PartDiff, paint: Painter) -> list[str]:
    heading = part_title(part)
    if part.old_heading is not None:
        heading = f"{paint.deleted(part.old_heading)}{paint.inserted(heading)}"
    lines = [f"  {paint.strong(heading)}"]
    lines += [text for text in (_line(c, paint) for c in part.lines) if text is not None]
    if part.renumbered:
        moves = ", ".join(f"{c.sides[0].marker} → {c.sides[1].marker}" for c in part.renumbered)
        lines.append(f"    {paint.note(f'(penomoran berubah: {moves})')}")
    return lines


def _document(doc: DocumentDiff, paint: Painter) -> list[str]:
    name = f"{doc.region}/{KIND[doc.kind]}/{doc.id}"
    status = STATUS[doc.status]
    if doc.old_id:
        status += f" (dari {doc.old_id})"
    lines = [paint.strong(f"{name} — {doc.title}: {status}")]
    for part in doc.parts:
        if part.changed:
            lines += _part(part, paint)
    return lines


def render_terminal(report: ChangeReport, colour: bool) -> str:
    """The report as text for a terminal or a pager."""
    paint = Painter(colour)
    counts = report.counts()
    lines = [f"sk diff {visible(report.old_label)} → {visible(report.new_label)}",
             "ringkasan: " + ", ".join(f"{counts[k]} {v}" for k, v in STATUS.items())]
    if not report.changed:
        lines.append("tidak ada perubahan")
    for doc in report.changed:
        lines += [""] + _document(doc, paint)
    return "\n".join(lines) + "\n"
