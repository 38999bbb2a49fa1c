"""The DOCX format: writer.py decides what a decree prints in Word, oxml.py speaks the OOXML python-docx lacks."""

from __future__ import annotations

from ..base import Renderer


class DocxRenderer(Renderer):
    """The editable Word document drafters hand on."""

    name, suffix, cost, label = "docx", ".docx", 3, "DOCX"

    def decree(self, job) -> bytes:
        """A whole decree."""
        from ..html import page_context
        from .writer import render_docx

        return render_docx(job.document, page_context(job))

    standard = decree

    def sop(self, job) -> bytes:
        """An SOP, landscape."""
        from ...sop.docx import sop_docx

        return sop_docx(job)
