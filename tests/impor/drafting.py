"""Writing Word files the way drafters do, for the importer's fixtures (python-docx plus raw OOXML).

What python-docx has no API for is written as raw WordprocessingML here: automatic list
numbering, PAGE fields, tracked insertions and deletions, text boxes, merged cells, borderless
tables and paragraph borders. Nothing here comes from sk-builder's own DOCX writer.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from sk_builder.text.penanda import is_bullet
from sk_builder.text.penomoran import marker_parse
from sk_builder.uraian import tree

TWIPS_PER_MM = 1440 / 25.4


def twips(mm: float) -> int:
    """Millimetres in twentieths of a point."""
    return round(mm * TWIPS_PER_MM)


def w(tag: str, **attrs) -> OxmlElement:
    """A ``w:`` element with ``w:`` attributes."""
    made = OxmlElement(tag)
    for name, value in attrs.items():
        made.set(qn(f"w:{name}"), str(value))
    return made


# --- Markdown as the lines a drafter types ---------------------------------------------------------

@dataclass
class Line:
    """One paragraph to type: a list item (with its marker) or a plain paragraph, at a depth."""

    depth: int
    marker: str | None
    runs: list[tuple[str, bool, bool, str | None]] = field(default_factory=list)  # text, bold, italic, link
    list_id: int = 0  # which written list the item belongs to (items of one list share it)


def _inline(node, bold=False, italic=False, link=None) -> list:
    runs = []
    for child in node.children:
        if child.type == "text":
            runs.append((child.content, bold, italic, link))
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(("\n", bold, italic, link))
        elif child.type == "em":
            runs += _inline(child, bold, True, link)
        elif child.type == "strong":
            runs += _inline(child, True, italic, link)
        elif child.type == "link":
            runs += _inline(child, bold, italic, child.attrs.get("href"))
        elif child.type == "code_inline":
            runs.append((child.content, bold, italic, link))
        else:
            runs += _inline(child, bold, italic, link)
    return runs


def markdown_lines(text: str) -> list[Line]:
    """The house Markdown of a record as the paragraphs it prints."""
    lines: list[Line] = []
    counter = [0]

    def blocks(nodes, depth):
        for node in nodes:
            if node.type in ("paragraph", "heading"):
                lines.append(Line(depth, None, _inline(node.children[0])))
            elif node.type in ("ordered_list", "bullet_list"):
                counter[0] += 1
                list_id = counter[0]
                for item in node.children:
                    marker = item.meta.get("marker", "-")
                    children = list(item.children)
                    runs = []
                    if children and children[0].type == "paragraph":
                        runs = _inline(children[0].children[0])
                        children = children[1:]
                    lines.append(Line(depth, marker, runs, list_id))
                    blocks(children, depth + 1)
            elif node.type == "blockquote":
                blocks(node.children, depth + 1)

    blocks(tree(text).children, 0)
    return lines


def add_runs(paragraph, runs, hyperlinks: bool = False) -> None:
    """Runs with bold/italic, line breaks as Shift+Enter, links as Word hyperlinks when asked."""
    for text, bold, italic, link in runs:
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index:
                paragraph.add_run().add_break()
            if not part:
                continue
            if link and hyperlinks:
                hyperlink(paragraph, link, part)
                continue
            run = paragraph.add_run(part)
            run.bold = bold or None
            run.italic = italic or None


def hyperlink(paragraph, url: str, text: str) -> None:
    """A Word hyperlink (blue, underlined) to ``url``."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = w("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = w("w:r")
    rpr = w("w:rPr")
    rpr.append(w("w:color", val="0000FF"))
    rpr.append(w("w:u", val="single"))
    run.append(rpr)
    t = w("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def indent(paragraph, left_mm: float, hanging_mm: float = 0.0, tabs_mm: tuple[float, ...] = ()) -> None:
    """Left and hanging indent, and explicit tab stops."""
    fmt = paragraph.paragraph_format
    fmt.left_indent = Mm(left_mm)
    fmt.first_line_indent = Mm(-hanging_mm) if hanging_mm else None
    for stop in tabs_mm:
        fmt.tab_stops.add_tab_stop(Mm(stop))


def spacing(paragraph, before: float = 0, after: float = 0) -> None:
    """Space before and after, in points; single line spacing."""
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)


def page_break(document) -> None:
    """A page break typed with Ctrl+Enter (a break run in its own paragraph)."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bottom_rule(paragraph) -> None:
    """A thick-thin double line under a paragraph (the kop's closing rule)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = w("w:pBdr")
    borders.append(w("w:bottom", val="thickThinSmallGap", sz=24, space=1, color="000000"))
    ppr.append(borders)


# --- fields, tracked changes, text boxes --------------------------------------------------------------

def page_number_header(section, before: str = "- ", after: str = " -", first_page_differs: bool = True) -> None:
    """Page numbers in the header as a PAGE field, none on the first page."""
    section.different_first_page_header_footer = first_page_differs
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(before)
    for kind, text in (("begin", None), ("instr", " PAGE  \\* MERGEFORMAT "), ("separate", None), ("text", "2"),
                       ("end", None)):
        run = w("w:r")
        if kind == "instr":
            instr = w("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = text
            run.append(instr)
        elif kind == "text":
            t = w("w:t")
            t.text = text
            run.append(t)
        else:
            run.append(w("w:fldChar", fldCharType=kind))
        paragraph._p.append(run)
    paragraph.add_run(after)


def tracked(paragraph, kind: str, text: str, author: str = "Kasubbag Hukum", date: str = "2024-01-10T09:00:00Z"):
    """A tracked insertion (``ins``) or deletion (``del``) appended to a paragraph."""
    change = w(f"w:{kind}", id=abs(hash((kind, text))) % 100000, author=author, date=date)
    run = w("w:r")
    node = w("w:delText" if kind == "del" else "w:t")
    node.text = text
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(node)
    change.append(run)
    paragraph._p.append(change)


def deleted_paragraph(document_or_cell, text: str) -> None:
    """A whole paragraph deleted with Track Changes on (its text and its paragraph mark)."""
    paragraph = document_or_cell.add_paragraph()
    ppr = paragraph._p.get_or_add_pPr()
    rpr = w("w:rPr")
    rpr.append(w("w:del", id=4242, author="Kasubbag Hukum", date="2024-01-10T09:00:00Z"))
    ppr.append(rpr)
    tracked(paragraph, "del", text)


_TEXTBOX = (
    '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" '
    'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
    '<wp:docPr id="{id}" name="Kotak Teks {id}"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
    '<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape id="kotak{id}" type="#_x0000_t202" style="width:{wpt}pt;height:{hpt}pt" '
    'stroked="f"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>'
)


_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
}


def text_box(paragraph, lines: list[tuple[str, bool]], width_mm: float, height_mm: float, x_mm: float,
             shape_id: int) -> None:
    """A borderless text box anchored in ``paragraph`` holding one paragraph per (text, bold) line.

    Word writes a text box twice, as DrawingML and as a VML fallback; a reader must take one.
    """
    from xml.sax.saxutils import escape

    body = "".join(
        f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr>'
        + (f'<w:r><w:rPr>{"<w:b/>" if bold else ""}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
           if text else "")
        + "</w:p>"
        for text, bold in lines)
    emu = 36000
    xml = _TEXTBOX.format(
        x=round(x_mm * emu), cx=round(width_mm * emu), cy=round(height_mm * emu), id=shape_id, body=body,
        wpt=round(width_mm * 72 / 25.4), hpt=round(height_mm * 72 / 25.4))
    xml = xml.replace("%s", " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items()), 1)
    paragraph._p.append(parse_xml(xml))


# --- tables ---------------------------------------------------------------------------------------------

def borders(table, size: int | None) -> None:
    """Single lines of ``size`` eighths of a point around and between cells, or none."""
    tbl_pr = table._tbl.tblPr
    node = w("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        node.append(w(f"w:{side}", val="nil") if size is None else
                    w(f"w:{side}", val="single", sz=size, space=0, color="000000"))
    tbl_pr.append(node)


def widths(table, mm: tuple[float, ...]) -> None:
    """Column widths in millimetres (the table grid and every cell)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), mm):
        column.set(qn("w:w"), str(twips(width)))
    for row in table.rows:
        for cell, width in zip(row.cells, mm):
            cell.width = Mm(width)


def repeat_header(row) -> None:
    """Word's "Repeat as header row at the top of each page"."""
    row._tr.get_or_add_trPr().append(w("w:tblHeader"))


def merge_across(row) -> object:
    """The row's cells merged into one (gridSpan)."""
    return row.cells[0].merge(row.cells[-1])


# --- automatic numbering ----------------------------------------------------------------------------

_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter"}


class Numbering:
    """Word list definitions added to a document's numbering part."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.next_abstract = 100 + len(self.root.findall(qn("w:abstractNum")))
        self.next_num = 100 + len(self.root.findall(qn("w:num")))

    def add(self, levels: list[tuple[str, str, int]], left_mm: float, step_mm: float, hanging_mm: float,
            restart_at: dict[int, int] | None = None) -> int:
        """A list definition with (numFmt, lvlText, start) per level and a num using it; the numId."""
        abstract_id, num_id = self.next_abstract, self.next_num
        self.next_abstract += 1
        self.next_num += 1
        abstract = w("w:abstractNum", abstractNumId=abstract_id)
        abstract.append(w("w:multiLevelType", val="hybridMultilevel"))
        for ilvl, (fmt, text, start) in enumerate(levels):
            lvl = w("w:lvl", ilvl=ilvl)
            lvl.append(w("w:start", val=start))
            lvl.append(w("w:numFmt", val=fmt))
            lvl.append(w("w:lvlText", val=text))
            lvl.append(w("w:lvlJc", val="left"))
            ppr = w("w:pPr")
            ppr.append(w("w:ind", left=twips(left_mm + hanging_mm + ilvl * step_mm), hanging=twips(hanging_mm)))
            lvl.append(ppr)
            if fmt == "bullet" and "\uf000" <= text <= "\uf0ff":  # a Symbol-font bullet
                rpr = w("w:rPr")
                rpr.append(w("w:rFonts", ascii="Symbol", hAnsi="Symbol", hint="default"))
                lvl.append(rpr)
            abstract.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        num = w("w:num", numId=num_id)
        num.append(w("w:abstractNumId", val=abstract_id))
        for ilvl, start in (restart_at or {}).items():
            override = w("w:lvlOverride", ilvl=ilvl)
            override.append(w("w:startOverride", val=start))
            num.append(override)
        self.root.append(num)
        return num_id


def number(paragraph, num_id: int, ilvl: int) -> None:
    """Attach a paragraph to a Word list at a level."""
    num_pr = w("w:numPr")
    num_pr.append(w("w:ilvl", val=ilvl))
    num_pr.append(w("w:numId", val=num_id))
    ppr = paragraph._p.get_or_add_pPr()
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)


def word_level(marker: str) -> tuple[str, str, int] | None:
    """(numFmt, lvlText, start) Word uses to print ``marker`` at level 1, or None when it cannot."""
    if is_bullet(marker):  # the bullet the decree prints, as the drafter's Word list shows it
        return "bullet", marker, 1
    parsed = marker_parse(marker)
    if parsed is None or parsed[0].startswith("1.1"):
        return None
    kind, value = parsed
    return _FORMATS[kind[0]], "%1" + kind[1:], value


def png_of_svg(path) -> bytes:
    """The region's emblem drawn to PNG, as a drafter pastes it into Word."""
    import cairosvg

    return cairosvg.svg2png(bytestring=path.read_bytes(), output_width=300, unsafe=False)


def picture(paragraph, png: bytes, width_mm: float, description: str = "") -> None:
    """An inline picture."""
    shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(width_mm))
    if description:
        shape._inline.docPr.set("descr", description)
