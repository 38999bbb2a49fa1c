"""PDF through WeasyPrint from the document HTML; nothing is fetched and no clock is read; the PDF format."""

from __future__ import annotations

import hashlib
import os

from .base import Renderer

os.environ.setdefault("SOURCE_DATE_EPOCH", "0")


def html_to_pdf(html: str, **options) -> bytes:
    """Print an HTML page to PDF bytes (only data: URLs may be loaded); ``options`` are WeasyPrint's own
    (the archival variant of ekspor/arsip.py passes ``pdf_variant``, ``pdf_tags``, attachments)."""
    from weasyprint import HTML  # loaded only when a PDF is really printed
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"})
    document = HTML(string=html, base_url="about:blank", url_fetcher=fetcher, media_type="print")
    identifier = hashlib.sha256(html.encode()).hexdigest()[:32].encode()
    return document.write_pdf(pdf_identifier=identifier, uncompressed_pdf=False, **options)


class PdfRenderer(Renderer):
    """The official printed form."""

    name, suffix, cost, label = "pdf", ".pdf", 10, "PDF"

    def warm_up(self) -> None:
        import weasyprint  # noqa: F401 - loaded once per worker, not per document

    def decree(self, job) -> bytes:
        """A whole decree."""
        from .html import job_html

        return html_to_pdf(job_html(job))

    standard = decree

    def sop(self, job) -> bytes:
        """An SOP, with off-page connectors where its pages break."""
        from ..sop.render import sop_pdf

        return sop_pdf(job)
