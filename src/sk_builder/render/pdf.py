"""PDF through WeasyPrint from the document HTML; nothing is fetched and no clock is read."""

from __future__ import annotations

import hashlib
import os

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

