"""The DOCX format: the editable Word document drafters hand on."""

from __future__ import annotations

from ..base import Renderer


class DocxRenderer(Renderer):
    """The editable Word document drafters hand on."""

    name, suffix, cost, label = "docx", ".docx", 3, "DOCX"

    def decree(self, job) -> bytes:
        """A whole decree."""
        from ..docx.writer import render_docx
        from ..html import page_context

        return render_docx(job.document, page_context(job))

    standard = decree

    def sop(self, job) -> bytes:
        """An SOP, landscape."""
        from ...sop.docx import sop_docx

        return sop_docx(job)

    def maklumat(self, job) -> bytes:
        """A Maklumat Pelayanan poster, one page."""
        from ...maklumat.docx import maklumat_docx

        return maklumat_docx(job)
