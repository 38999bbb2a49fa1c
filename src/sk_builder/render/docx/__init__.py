"""The DOCX renderer: ``render_docx(doc, context) -> bytes`` (writer.py decides, oxml.py speaks OOXML)."""

from .writer import render_docx

__all__ = ["render_docx"]
