"""The document formats sk-builder writes, in one explicit registry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..fonts import profile_fonts
from ..jobs import Job
from .html import PageContext, render_page


@dataclass(frozen=True)
class Renderer:
    """A document format: its name, file suffix and how a job becomes bytes."""

    name: str
    suffix: str
    render: Callable[[Job], bytes]


def page_context(job: Job) -> PageContext:
    """The region settings a document page is rendered with."""
    region = job.region
    return PageContext(region.profil, profile_fonts(region.profil), region.emblem, region.profil.nama)


def job_html(job: Job) -> str:
    """The HTML page of a job (also the source of its PDF)."""
    created = job.date.isoformat() if job.date else None
    return render_page(job.document(), page_context(job), created)


def _html(job: Job) -> bytes:
    if job.sop is not None:
        from ..sop.render import sop_html

        return sop_html(job).encode("utf-8")
    return job_html(job).encode("utf-8")


def _pdf(job: Job) -> bytes:
    if job.sop is not None:
        from ..sop.render import sop_pdf

        return sop_pdf(job)
    from .pdf import html_to_pdf  # WeasyPrint loads only when a PDF is really rendered

    return html_to_pdf(job_html(job))


def _docx(job: Job) -> bytes:
    if job.sop is not None:
        from ..sop.docx import sop_docx

        return sop_docx(job)
    from .docx import render_docx

    return render_docx(job.document(), page_context(job))


RENDERERS: dict[str, Renderer] = {
    "pdf": Renderer("pdf", ".pdf", _pdf),
    "docx": Renderer("docx", ".docx", _docx),
    "html": Renderer("html", ".html", _html),
}
