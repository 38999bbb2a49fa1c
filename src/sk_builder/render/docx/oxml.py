"""The raw WordprocessingML that python-docx has no API for, kept in one private layer.

Repeating header rows, rows kept whole, merged cells, borders and cell margins, the PAGE
field, list numbering definitions, hyperlinks, outline levels, page setup, and a package
whose bytes depend on nothing but the document (no clock, no thumbnail, fixed zip entries).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm

from .numbering import ListFormat

# Schema order of the children we set that python-docx declares no element class for (ECMA-376 CT_PPr,
# CT_TrPr, CT_TblPr, CT_RPr: w:pBdr, w:cantSplit, w:tblHeader, w:tblW, w:tblBorders, w:tblCellMar, w:lang).
# Where python-docx declares one (outlineLvl, numPr, rFonts, tblLayout), its own get_or_add_* places it.
_PPR = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
        "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
        "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_TRPR = ("w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
         "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden")
_TBLPR = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
          "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
          "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_RPR = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
        "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
        "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
        "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
        "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def twips(mm: float) -> int:
    """Millimetres as twentieths of a point."""
    return round(mm * 1440 / 25.4)


def element(tag: str, **attrs: str | int) -> BaseOxmlElement:
    """A new ``w:`` element with ``w:`` attributes."""
    made = OxmlElement(tag)
    for name, value in attrs.items():
        made.set(qn(f"w:{name}"), str(value))
    return made


def set_child(parent, child, order: tuple[str, ...]):
    """Put ``child`` into ``parent`` at its schema position, replacing one of the same tag."""
    tag = child.tag
    for old in parent.findall(tag):
        parent.remove(old)
    names = [qn(name) for name in order]
    later = names[names.index(tag) + 1:] if tag in names else []
    for existing in parent:
        if existing.tag in later:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


# --- paragraphs and runs -------------------------------------------------------------------------

def paragraph_rule(ppr, outer_pt: float = 3, space_pt: float = 1) -> None:
    """A closing rule under a paragraph: a thick line over a thin one (the kop's double rule)."""
    borders = element("w:pBdr")
    borders.append(element("w:bottom", val="thickThinSmallGap", sz=round(outer_pt * 8), space=round(space_pt),
                           color="000000"))
    set_child(ppr, borders, _PPR)


def outline_level(ppr, level: int) -> None:
    """Make paragraphs of this style show in Word's navigation pane at ``level`` (0 = top)."""
    ppr._remove_outlineLvl()
    ppr.get_or_add_outlineLvl().set(qn("w:val"), str(level))


def run_fonts(rpr, family: str) -> None:
    """One font family for every script of a run (Latin, complex, East Asian)."""
    rpr._remove_rFonts()
    fonts = rpr.get_or_add_rFonts()
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), family)


def run_language(rpr, tag: str) -> None:
    """The proofing language of a run, e.g. "id-ID"."""
    set_child(rpr, element("w:lang", val=tag, eastAsia=tag, bidi=tag), _RPR)


def mark_size(paragraph, size_pt: float) -> None:
    """The size of a paragraph's mark (the pilcrow), which sets the height of an otherwise empty line."""
    mark = element("w:rPr")
    mark.append(element("w:sz", val=round(size_pt * 2)))
    set_child(paragraph._p.get_or_add_pPr(), mark, _PPR)


def page_field(paragraph) -> None:
    """Append a PAGE field (showing the current page number) to a paragraph."""
    p = paragraph._p
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = element("w:r")
        if kind == "instr":
            instr = element("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = text
            run.append(instr)
        elif kind == "text":
            run.append(element("w:t"))
            run[-1].text = text
        else:
            run.append(element("w:fldChar", fldCharType=kind))
        p.append(run)


def hyperlink(paragraph, url: str):
    """A ``w:hyperlink`` to an external address at the end of a paragraph; move runs into it."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = element("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def numbered(paragraph, num_id: int, ilvl: int) -> None:
    """Attach a paragraph to a list numbering instance at a level."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr._remove_numPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def image_description(inline_shape, text: str) -> None:
    """Alternative text of a picture (read by screen readers and shown by Word)."""
    inline_shape._inline.docPr.set("descr", text)


# --- tables ----------------------------------------------------------------------------------------

def table_geometry(table, widths_mm: tuple[float, ...]) -> None:
    """Fixed column widths in millimetres, a table width to match, and a fixed layout."""
    tbl_pr = table._tbl.tblPr
    set_child(tbl_pr, element("w:tblW", w=sum(twips(w) for w in widths_mm), type="dxa"), _TBLPR)
    tbl_pr._remove_tblLayout()
    tbl_pr.get_or_add_tblLayout().set(qn("w:type"), "fixed")
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def table_borders(table, width_pt: float | None) -> None:
    """Single black lines around and between all cells, or none with ``width_pt=None``."""
    borders = element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if width_pt is None:
            borders.append(element(f"w:{side}", val="nil"))
        else:
            borders.append(element(f"w:{side}", val="single", sz=round(width_pt * 8), space=0, color="000000"))
    set_child(table._tbl.tblPr, borders, _TBLPR)


def cell_margins(table, top_mm: float, right_mm: float, bottom_mm: float, left_mm: float) -> None:
    """Default padding of every cell of a table."""
    margins = element("w:tblCellMar")
    for side, mm in (("top", top_mm), ("left", left_mm), ("bottom", bottom_mm), ("right", right_mm)):
        margins.append(element(f"w:{side}", w=twips(mm), type="dxa"))
    set_child(table._tbl.tblPr, margins, _TBLPR)


def table_indent(table, mm: float) -> None:
    """Move a table right by ``mm`` from where Word would put it (``w:tblInd``)."""
    set_child(table._tbl.tblPr, element("w:tblInd", w=twips(mm), type="dxa"), _TBLPR)


def row_flags(row, header: bool = False, keep_whole: bool = True) -> None:
    """``w:cantSplit`` (keep the row on one page) and ``w:tblHeader`` (repeat it on every page)."""
    tr_pr = row._tr.get_or_add_trPr()
    if keep_whole:
        set_child(tr_pr, element("w:cantSplit"), _TRPR)
    if header:
        set_child(tr_pr, element("w:tblHeader"), _TRPR)


def merge_row(row) -> object:
    """Merge all cells of a row into one (``w:gridSpan``); the merged cell."""
    cells = row.cells
    return cells[0].merge(cells[-1])


# --- numbering -------------------------------------------------------------------------------------

class Numbering:
    """The document's list numbering part: one abstractNum and one num per list run, so each restarts."""

    def __init__(self, document):
        self._root = document.part.numbering_part.element
        ids = [int(n.get(qn("w:abstractNumId"))) for n in self._root.findall(qn("w:abstractNum"))]
        nums = [int(n.get(qn("w:numId"))) for n in self._root.findall(qn("w:num"))]
        self._next_abstract = max(ids, default=-1) + 1
        self._next_num = max(nums, default=0) + 1

    def add(self, fmt: ListFormat, ilvl: int, left_mm: float, hanging_mm: float) -> int:
        """A new numbering instance counting ``fmt`` at level ``ilvl``; its numId."""
        abstract_id, num_id = self._next_abstract, self._next_num
        self._next_abstract += 1
        self._next_num += 1
        abstract = element("w:abstractNum", abstractNumId=abstract_id)
        abstract.append(element("w:nsid", val=f"{0x5C000000 + abstract_id:08X}"))
        abstract.append(element("w:multiLevelType", val="singleLevel" if ilvl == 0 else "multilevel"))
        for level in range(ilvl + 1):
            abstract.append(self._level(fmt, level, left_mm, hanging_mm))
        first_num = self._root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._root.append(abstract)
        num = element("w:num", numId=num_id)
        num.append(element("w:abstractNumId", val=abstract_id))
        self._root.append(num)
        return num_id

    @staticmethod
    def _level(fmt: ListFormat, ilvl: int, left_mm: float, hanging_mm: float):
        lvl = element("w:lvl", ilvl=ilvl)
        lvl.append(element("w:start", val=fmt.start))
        lvl.append(element("w:numFmt", val=fmt.num_fmt))
        lvl.append(element("w:suff", val="tab"))
        lvl.append(element("w:lvlText", val=fmt.level_text(ilvl)))
        lvl.append(element("w:lvlJc", val="left"))
        ppr = element("w:pPr")
        tabs = element("w:tabs")
        tabs.append(element("w:tab", val="num", pos=twips(left_mm)))
        ppr.append(tabs)
        ppr.append(element("w:ind", left=twips(left_mm), hanging=twips(hanging_mm)))
        lvl.append(ppr)
        return lvl


# --- sections and package --------------------------------------------------------------------------

def page_setup(section, size_mm: tuple[float, float], margins_mm: dict[str, float], header_mm: float) -> None:
    """Paper size, margins and the header's distance from the top edge."""
    section.page_width, section.page_height = Mm(size_mm[0]), Mm(size_mm[1])
    section.top_margin, section.bottom_margin = Mm(margins_mm["top"]), Mm(margins_mm["bottom"])
    section.left_margin, section.right_margin = Mm(margins_mm["left"]), Mm(margins_mm["right"])
    section.header_distance, section.footer_distance = Mm(header_mm), Mm(header_mm)
    section.gutter = Mm(0)


def drop_thumbnail(document) -> None:
    """Remove the template's preview picture, which would show python-docx's page, not ours."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[r_id]


def pin_properties(document, title: str, author: str, when: dt.date, language: str,
                   category: str = "Keputusan") -> None:
    """Core properties from the document alone: never the clock."""
    props = document.core_properties
    stamp = dt.datetime(when.year, when.month, when.day)
    props.title, props.subject, props.author = _short(title), "", _short(author)
    props.last_modified_by, props.comments, props.keywords = "sk-builder", "", ""
    props.category, props.language, props.revision = category, language, 1
    props.created = props.modified = stamp


def _short(text: str, limit: int = 255) -> str:
    """A property value within Word's 255-character limit, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


APP_XML = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           b"<Application>sk-builder</Application><DocSecurity>0</DocSecurity></Properties>")


def fixed_zip(data: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """Rewrite a package with sorted entries and fixed timestamps, so equal documents are equal bytes."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in sorted(source.namelist()):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 0, 0
            target.writestr(info, replace.get(name, source.read(name)), compresslevel=6)
    return out.getvalue()
