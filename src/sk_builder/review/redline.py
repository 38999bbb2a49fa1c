"""`sk diff --format html`: a standalone redline page, per document and part, with a table of contents of changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from jinja2 import Environment, StrictUndefined

from .align import LineChange
from .compare import ChangeReport, DocumentDiff
from .terminal import STATUS, part_title
from .uraian_text import Line
from .words import Segment

TEMPLATE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sk-builder">
<title>Perubahan {{ old }} → {{ new }}</title>
<style>
body { font-family: "TeX Gyre Bonum", "Bookman Old Style", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #111; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid #999; } h3 { font-size: 1rem; margin-bottom: .25rem; }
code { font-size: .95em; }
ins { color: #0a5c16; background: #e3f6e0; text-decoration: underline; }
del { color: #9b1010; background: #fde4e4; text-decoration: line-through; }
.baris { margin: .1rem 0; white-space: pre-wrap; }
.sama { color: #555; }
.ubah, .tambah, .hapus, .pindah { border-left: .25rem solid #d08c00; padding-left: .5rem; }
.tambah { border-color: #0a5c16; } .hapus { border-color: #9b1010; } .pindah { border-color: #2a5db0; }
.catatan { font-size: .85em; color: #2a5db0; }
.lompat { font-size: .8em; margin-left: .5rem; }
nav ol ol { font-size: .9em; }
.status { font-weight: bold; }
</style>
</head>
<body>
<header>
<h1>Perubahan standar pelayanan</h1>
<p>Dari <code>{{ old }}</code> ke <code>{{ new }}</code>. {{ summary }}.</p>
<p><ins>Teks yang ditambahkan</ins> · <del>teks yang dihapus</del></p>
</header>
<nav aria-label="Daftar perubahan">
<h2>Daftar isi</h2>
{%- if not documents %}
<p>Tidak ada perubahan.</p>
{%- else %}
<ol>
{%- for doc in documents %}
<li><a href="#{{ doc.anchor }}">{{ doc.heading }}</a> — <span class="status">{{ doc.status }}</span>
{%- if doc.detail %}
<ol>{% for part in doc.parts %}{% if part.first %}<li><a href="#{{ part.first }}">{{ part.title }}</a> ({{ part.count }})</li>{% endif %}{% endfor %}</ol>
{%- endif %}
</li>
{%- endfor %}
</ol>
{%- endif %}
</nav>
<main>
{%- for doc in documents %}
<section id="{{ doc.anchor }}">
<h2>{{ doc.heading }}</h2>
<p class="status">{{ doc.status }}</p>
{%- for part in doc.parts %}
<section>
<h3>{% if part.old_heading %}<del>{{ part.old_heading }}</del> <ins>{{ part.title }}</ins>{% else %}{{ part.title }}{% endif %}</h3>
{%- for row in part.rows %}
<p class="baris {{ row.kind }}"{% if row.anchor %} id="{{ row.anchor }}"{% endif %} style="padding-left: {{ row.level * 1.5 + 0.5 }}rem">
{%- for segment in row.segments %}{% if segment.op == "insert" %}<ins>{{ segment.text }}</ins>{% elif segment.op == "delete" %}<del>{{ segment.text }}</del>{% else %}{{ segment.text }}{% endif %}{% endfor %}
{%- if row.note %} <span class="catatan">({{ row.note }})</span>{% endif %}
{%- if row.anchor %}<span class="lompat">{% if row.previous %}<a href="#{{ row.previous }}" aria-label="perubahan sebelumnya">↑</a> {% endif %}{% if row.next %}<a href="#{{ row.next }}" aria-label="perubahan berikutnya">↓</a>{% endif %}</span>{% endif %}</p>
{%- endfor %}
</section>
{%- endfor %}
</section>
{%- endfor %}
</main>
</body>
</html>
"""

KIND = {"keputusan": "Keputusan", "standar": "Standar", "profil": "Profil"}


@dataclass
class Row:
    """One printed line of a part."""

    kind: str
    level: int
    segments: list[Segment]
    note: str = ""
    anchor: str = ""
    previous: str = ""
    next: str = ""


@dataclass
class PartView:
    """A changed part and its rows."""

    title: str
    old_heading: str
    rows: list[Row] = field(default_factory=list)

    @property
    def first(self) -> str:
        return next((row.anchor for row in self.rows if row.anchor), "")

    @property
    def count(self) -> int:
        return sum(1 for row in self.rows if row.anchor)


def _marker(line: Line) -> str:
    return f"{line.marker} " if line.marker else ""


def _row(change: LineChange) -> Row | None:
    line = change.line
    if change.op == "equal":
        kind, segments, note = "sama", [Segment("equal", _marker(line) + line.text)], ""
        if change.renumbered:
            kind = "ubah"
            old, new = change.sides
            segments = [Segment("delete", _marker(old)), Segment("insert", _marker(new)),
                        Segment("equal", line.text)]
            note = "penomoran berubah"
        return Row(kind, line.level, segments, note)
    if change.op == "insert":
        return Row("tambah", line.level, [Segment("insert", _marker(line) + line.text)])
    if change.op in ("delete", "move_from"):
        note = f"dipindah ke baris {change.positions[1] + 1}" if change.op == "move_from" else ""
        return Row("hapus" if not note else "pindah", line.level, [Segment("delete", _marker(line) + line.text)], note)
    old, new = change.sides
    head = [Segment("equal", _marker(new))]
    if old.marker != new.marker:
        head = [Segment("delete", _marker(old)), Segment("insert", _marker(new))]
    words = list(change.words) or [Segment("equal", new.text)]
    note = f"dipindah dari baris {change.positions[0] + 1}" if change.op == "move_to" else ""
    return Row("pindah" if note else "ubah", line.level, head + words, note)


def _document_view(doc: DocumentDiff, number: int) -> dict:
    parts = []
    for part in doc.parts:
        if not part.changed:
            continue
        view = PartView(part_title(part), part.old_heading or "")
        view.rows = [row for row in (_row(c) for c in part.lines) if row is not None]
        parts.append(view)
    heading = f"{doc.region} · {KIND[doc.kind]} {doc.id} — {doc.title}"
    status = STATUS[doc.status] + (f" (dari {doc.old_id})" if doc.old_id else "")
    return {"anchor": f"dokumen-{number}", "heading": heading, "status": status, "parts": parts,
            "detail": doc.status in ("modified", "renamed")}


def _link_changes(documents: list[dict]) -> None:
    rows = [row for doc in documents for part in doc["parts"] for row in part.rows if row.kind != "sama"]
    for number, row in enumerate(rows, start=1):
        row.anchor = f"perubahan-{number}"
    for before, after in zip(rows, rows[1:]):
        before.next, after.previous = after.anchor, before.anchor


def document_parts(doc: DocumentDiff) -> list[PartView]:
    """The changed parts of one document and their printed rows, changes anchored and linked in order (what the
    redline page prints of it; the website's pages of a standard's versions print the same)."""
    view = _document_view(doc, 1)
    _link_changes([view])
    return view["parts"]


def render_html(report: ChangeReport) -> str:
    """The redline page (every text escaped)."""
    documents = [_document_view(doc, n) for n, doc in enumerate(report.changed, start=1)]
    _link_changes(documents)
    counts = report.counts()
    summary = ", ".join(f"{counts[k]} dokumen {v}" for k, v in STATUS.items())
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    return env.from_string(TEMPLATE).render(old=report.old_label, new=report.new_label, summary=summary,
                                            documents=documents)
