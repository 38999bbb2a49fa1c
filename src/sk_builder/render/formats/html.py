"""The HTML format: standalone pages, the PDF's source, readable in a browser."""

from __future__ import annotations

from ..base import Renderer


class HtmlRenderer(Renderer):
    """Standalone HTML pages: the PDF's source, readable in a browser."""

    name, suffix, cost = "html", ".html", 1

    def decree(self, job) -> bytes:
        """A whole decree."""
        from ..html import job_html

        return job_html(job).encode("utf-8")

    standard = decree

    def sop(self, job) -> bytes:
        """An SOP."""
        from ...sop.render import sop_html

        return sop_html(job).encode("utf-8")

    def maklumat(self, job) -> bytes:
        """A Maklumat Pelayanan poster."""
        from ...maklumat.render import maklumat_html

        return maklumat_html(job).encode("utf-8")
