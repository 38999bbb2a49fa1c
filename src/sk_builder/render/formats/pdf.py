"""The PDF format: the official printed form, by WeasyPrint from the HTML pages."""

from __future__ import annotations

from ..base import Renderer
from ..html import job_html
from ..pdf import html_to_pdf


class PdfRenderer(Renderer):
    """The official printed form."""

    name, suffix, cost, label = "pdf", ".pdf", 10, "PDF"

    def warm_up(self) -> None:
        import weasyprint  # noqa: F401 - loaded once per worker, not per document

    def decree(self, job) -> bytes:
        """A whole decree."""
        return html_to_pdf(job_html(job))

    standard = decree

    def sop(self, job) -> bytes:
        """An SOP, with off-page connectors where its pages break."""
        from ...sop.render import sop_pdf

        return sop_pdf(job)

    def maklumat(self, job) -> bytes:
        """A Maklumat Pelayanan poster, one page."""
        from ...maklumat.render import maklumat_pdf

        return maklumat_pdf(job)
