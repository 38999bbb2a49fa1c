"""The document formats sk-builder writes, in one explicit registry; every list of formats is derived from it.

A new format is one module in render/formats/ with a ``Renderer`` subclass (see render/base.py) and one
line here.
"""

from __future__ import annotations

from .base import Renderer
from .formats.docx import DocxRenderer
from .formats.html import HtmlRenderer
from .formats.pdf import PdfRenderer

RENDERERS: dict[str, Renderer] = {r.name: r for r in (PdfRenderer(), DocxRenderer(), HtmlRenderer())}
"""Every document format by name, in the order outputs are listed."""


def download_formats() -> tuple[str, ...]:
    """The formats the site offers for download, in registry order."""
    return tuple(name for name, renderer in RENDERERS.items() if renderer.label)
