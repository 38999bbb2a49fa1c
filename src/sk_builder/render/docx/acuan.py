"""A decree's Word document started from the region's reference document (profile ``dokumen_acuan``; pandoc's
``--reference-doc``): its styles, page set-up, first-page header (the kop) and other headers and footers are
kept; its body is not. The loader checked it by content (sources/acuan.py); here nothing of it that could run or
fetch is carried over: macros, the attached template, comments, custom properties, editing restrictions."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from ...model import Profil
from ...page import PageSpec
from ...rupa import DokumenAcuan
from . import styles

DROPPED = ("/vbaProject", "/comments", "/commentsExtended", "/commentsIds", "/commentsExtensible", "/people",
           "/custom-properties", "/attachedTemplate")
"""Relationships the written DOCX never keeps from a reference (by the end of their type)."""
SETTINGS_DROPPED = ("w:attachedTemplate", "w:documentProtection", "w:writeProtection", "w:trackRevisions")
"""Settings that would tie the decree to another file, lock it against editing or track its changes."""
UNUSED = (RT.IMAGE, RT.HYPERLINK, RT.OLE_OBJECT, RT.PACKAGE, RT.CHART, RT.DIAGRAM_DATA, RT.DIAGRAM_LAYOUT,
          RT.DIAGRAM_QUICK_STYLE, RT.DIAGRAM_COLORS)
"""Relationships of the reference's body, dropped with it when nothing refers to them any more."""


@dataclass(frozen=True)
class Kept:
    """What of the reference's headers the decree keeps: its first-page header as the kop, its other header
    (the page numbers, or whatever the drafter put there)."""

    kop: bool
    header: bool


def from_reference(acuan: DokumenAcuan, profil: Profil, page: PageSpec):
    """The reference as a python-docx Document with an empty body and the SK styles it lacks, and the page it
    sets up (paper and margins; the page-number text stays the profile's)."""
    document = Document(io.BytesIO(acuan.data))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _drop(document)
    _numbering(document)
    styles.define(document, profil, page, keep=True)
    return document, reference_page(document.sections[0], page)


def reference_page(section, page: PageSpec) -> PageSpec:
    """The page a reference sets up: its paper and margins where it gives them, else the profile's."""
    def mm(value, default: float) -> float:
        return default if value is None else round(value.mm, 1)  # twips: 30 mm is 1701, read back 30.01

    width, height = mm(section.page_width, page.width), mm(section.page_height, page.height)
    return replace(page, width=width, height=height, top=mm(section.top_margin, page.top),
                   bottom=mm(section.bottom_margin, page.bottom), left=mm(section.left_margin, page.left),
                   right=mm(section.right_margin, page.right), landscape=width > height)


def headers(section, kop: bool) -> Kept:
    """Keep the reference's first-page header as the kop when ``kop`` (a decree's body printed on the profile's
    kop) and it has one; keep its other header when it has content. A header not kept is left empty for the
    writer (one empty paragraph)."""
    section.different_first_page_header_footer = True
    kept_kop = kop and _has_content(section.first_page_header)
    if not kept_kop:
        _empty(section.first_page_header)
    kept_header = _has_content(section.header)
    if not kept_header:
        _empty(section.header)
    return Kept(kept_kop, kept_header)


def _has_content(header) -> bool:
    """Whether a header of the reference is its own and holds text, a picture or a field."""
    if header.is_linked_to_previous:
        return False
    element = header._element
    return any(node.text and node.text.strip() for node in element.iter(qn("w:t"))) or any(
        True for tag in ("w:drawing", "w:pict", "w:fldSimple", "w:instrText") for _ in element.iter(qn(tag)))


def _empty(header) -> None:
    """A header of the section's own, holding one empty paragraph."""
    header.is_linked_to_previous = False
    element = header._element
    for child in list(element):
        element.remove(child)
    element.add_p()


def _drop(document) -> None:
    """Remove what could run, fetch, lock or leak: macros, the attached template, comments, custom properties,
    editing restrictions, and the relationships of the body that is gone."""
    settings_part = document.part.part_related_by(RT.SETTINGS) if _has(document.part, RT.SETTINGS) else None
    for part in (document.part.package, document.part, *((settings_part,) if settings_part else ())):
        for r_id, rel in list(part.rels.items()):
            if rel.reltype.endswith(DROPPED):
                del part.rels[r_id]
    settings = document.settings.element  # made when the reference has none
    for tag in SETTINGS_DROPPED:
        for node in settings.findall(qn(tag)):
            settings.remove(node)
    xml = document.part.element.xml
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype in UNUSED and f'"{r_id}"' not in xml:
            del document.part.rels[r_id]


def _has(part, reltype: str) -> bool:
    return any(rel.reltype == reltype for rel in part.rels.values())


def _numbering(document) -> None:
    """A numbering part for the decree's lists when the reference has none (python-docx cannot make one)."""
    try:
        document.part.part_related_by(RT.NUMBERING)
    except KeyError:
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, document.part.package)
        document.part.relate_to(part, RT.NUMBERING)
