"""Join runs of pages printed separately into one PDF: pages in order, page numbers laid under them,
one embedded font per face, the bookmarks and named destinations of the whole, reproducible bytes.

The first run gives the document's information (title, creator, dates) and language.
"""

from __future__ import annotations

import io

import pikepdf

from ..pdf import Printed
from .fonts import merge_fonts
from .stamps import lay_under
from .outline import add_destinations, add_outline, named_destinations, tree


def page_count(pdf: bytes) -> int:
    """How many pages a PDF has."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def join(runs: list[Printed], stamps: bytes | None) -> bytes:
    """One PDF of ``runs``' pages in order; ``stamps`` holds one page per page of the join, laid under it
    (its first page is never used: the first page carries no number)."""
    out = pikepdf.new()
    opened = [pikepdf.open(io.BytesIO(run.pdf)) for run in runs]
    destinations: list[tuple[str, list]] = []
    marks: list[tuple[int, int, str, float, float, bool]] = []
    for run, part in zip(runs, opened):
        offset = len(out.pages)
        destinations += named_destinations(part, offset)
        marks += [(offset + page, level, label, x, y, shown) for page, level, label, x, y, shown in run.bookmarks]
        out.pages.extend(part.pages)
    if stamps is not None:
        lay_under(out, pikepdf.open(io.BytesIO(stamps)))
    _describe(out, opened[0])
    add_outline(out, tree(marks))
    add_destinations(out, destinations)
    merge_fonts(out)
    data = io.BytesIO()
    out.save(data, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return data.getvalue()


def _describe(out: pikepdf.Pdf, first: pikepdf.Pdf) -> None:
    """The document information and language of the first run."""
    for key, value in first.docinfo.items():
        out.docinfo[key] = value
    if "/Lang" in first.Root:
        out.Root.Lang = first.Root.Lang
