"""PDF through WeasyPrint from the document HTML; nothing is fetched and no clock is read."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

os.environ.setdefault("SOURCE_DATE_EPOCH", "0")

SCALE = 0.75
"""PDF points per CSS pixel (72 / 96), as WeasyPrint draws."""


_parsed: dict = {}
"""Per process: the font configuration every document shares, and each stylesheet parsed once by its text
(a lampiran's pieces and extracts share one; parsing it took ~30 ms of each document)."""


def _document(html: str):
    """WeasyPrint's view of an HTML page (only data: URLs may be loaded)."""
    from weasyprint import HTML  # loaded only when a PDF is really printed
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=html, base_url="about:blank", url_fetcher=fetcher, media_type="print")


def _options(css: str | None) -> dict:
    """The shared font configuration, and ``css`` as a stylesheet parsed once per process."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    if "fonts" not in _parsed:
        _parsed["fonts"] = FontConfiguration()
    fonts = _parsed["fonts"]
    if css is None:
        return {"font_config": fonts}
    key = hashlib.sha256(css.encode()).hexdigest()
    if key not in _parsed:
        fetcher = URLFetcher(allowed_protocols={"data"})
        _parsed[key] = CSS(string=css, base_url="about:blank", url_fetcher=fetcher, media_type="print",
                           font_config=fonts)
    return {"font_config": fonts, "stylesheets": [_parsed[key]]}


def _identifier(html: str, css: str | None) -> bytes:
    return hashlib.sha256((html + (css or "")).encode()).hexdigest()[:32].encode()


def html_to_pdf(html: str, css: str | None = None, **options) -> bytes:
    """Print an HTML page to PDF bytes, with ``css`` besides the page's own styles; ``options`` are
    WeasyPrint's own (the archival variant of ekspor/arsip.py passes ``pdf_variant``, ``pdf_tags``, attachments)."""
    return _document(html).write_pdf(pdf_identifier=_identifier(html, css), uncompressed_pdf=False,
                                     **_options(css), **options)


@dataclass(frozen=True)
class Printed:
    """A page run printed by itself, to be joined with others (render/pdfjoin/): its PDF, and what the
    join cannot read back from it — each heading's bookmark level, label and place (page index, x, y in
    PDF points from the bottom left), in order."""

    pdf: bytes
    bookmarks: tuple[tuple[int, int, str, float, float, bool], ...]
    """(page, level, label, x, y, open) per heading."""

    def meta(self) -> dict:
        """The bookmarks as plain data (JSON), stored beside the PDF in the cache."""
        return {"bookmarks": [list(b) for b in self.bookmarks]}

    @classmethod
    def from_meta(cls, pdf: bytes, meta: dict) -> Printed:
        """A printed run back from the cache."""
        return cls(pdf, tuple((int(p), int(lv), str(lb), float(x), float(y), bool(o))
                              for p, lv, lb, x, y, o in meta["bookmarks"]))


def print_run(html: str, css: str | None = None) -> Printed:
    """Print an HTML page (with ``css`` besides its own styles) to PDF, keeping its headings' bookmark
    levels for the join."""
    document = _document(html).render(**_options(css))
    bookmarks = []
    for index, page in enumerate(document.pages):
        for level, label, (x, y), state in page.bookmarks:
            bookmarks.append((index, level, label, round(x * SCALE, 4), round((page.height - y) * SCALE, 4),
                              state != "closed"))
    pdf = document.write_pdf(pdf_identifier=_identifier(html, css), uncompressed_pdf=False)
    return Printed(pdf, tuple(bookmarks))
