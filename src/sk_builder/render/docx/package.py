"""One Word package for every DOCX sk-builder writes - a decree, an SOP, a tracked-changes review copy:
made from the profile (styles, paper, orientation), then finished into bytes that depend on nothing
but the document (no clock, no thumbnail of python-docx's template, sorted zip entries, fixed times)."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.section import WD_ORIENT

from ...model import Profil
from ...page import PageSpec
from . import oxml, styles

FIXED_DATE = dt.date(1980, 1, 1)
"""The date of a document that has none of its own (a standard no decree enacts yet)."""


def new_document(profil: Profil | None = None, page: PageSpec | None = None):
    """A python-docx Document with sk-builder's named styles for ``profil`` and the page set up (a
    landscape page for an SOP); the styles are measured on the profile's upright page, as in the PDF.
    Without a profile: Word's own styles and page (the review copy of `sk diff`)."""
    document = Document()
    if profil is not None:
        styles.define(document, profil, PageSpec.of(profil))
    if page is not None:
        section = document.sections[0]
        if page.landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
        oxml.page_setup(section, (page.width, page.height), page.margins, page.header_distance)
    return document


def pin_properties(document, title: str, author: str, when: dt.date | None, category: str = "Keputusan") -> None:
    """The core properties of an official document, from the document alone (its date, never the clock)."""
    oxml.pin_properties(document, title, author, when or FIXED_DATE, styles.LANGUAGE, category)


def finish(document) -> bytes:
    """The package's bytes: no thumbnail, sk-builder as the application, sorted entries, fixed times."""
    oxml.drop_thumbnail(document)
    out = io.BytesIO()
    document.save(out)
    return oxml.fixed_zip(out.getvalue(), {"docProps/app.xml": oxml.APP_XML})
