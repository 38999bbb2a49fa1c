"""A Word document read as printed: paragraphs with list numbers and indents, tables, pictures, headers.

Tracked changes are read as if accepted (inserted text kept, deleted text left out), comments
and field codes are left out (a field's shown result is kept), hidden text is skipped, text
boxes are read where they are anchored, and of Word's alternative content only the first
choice is read, so nothing is counted twice.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from .blocks import Cell, Paragraph, Picture, Row, Run, Table
from .numbering import Numbering
from .safety import Package
from .wordstyles import W, Look, Styles, attr, on, paragraph_look, run_look

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
V = "{urn:schemas-microsoft-com:vml}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
EMU_PER_MM = 36_000

_PASS_THROUGH = {f"{W}{tag}" for tag in ("ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo")}
_SKIPPED = {f"{W}{tag}" for tag in ("del", "moveFrom")}
_SYMBOLS = {"F0B7": "•", "F0A7": "▪", "F02D": "-", "F0D8": "➢", "F0FC": "✓"}


@dataclass
class Section:
    """The page of the document's first section, in millimetres."""

    width: float | None = None
    height: float | None = None
    margins: dict[str, float] = field(default_factory=dict)
    different_first: bool = False


@dataclass
class WordDocument:
    """What the importer works on: the body and header blocks, the page, styles and properties."""

    path: str
    body: list
    headers: list
    section: Section
    properties: dict[str, str]
    styles: Styles
    deleted: int = 0
    inserted: int = 0
    comments: int = 0


def _relationships(package: Package, part: str) -> dict[str, tuple[str, bool]]:
    """rId -> (target part path or URL, external) of one part."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if not package.has(rels):
        return {}
    found = {}
    for rel in package.xml(rels).iter(f"{PKG_REL}Relationship"):
        target, external = rel.get("Target", ""), rel.get("TargetMode") == "External"
        if not external:
            target = posixpath.normpath(posixpath.join(folder, target)) if not target.startswith("/") else target[1:]
        found[rel.get("Id")] = (target, external)
    return found


class Reader:
    """Reads one part (the body or a header) into blocks, numbering paragraphs as it goes."""

    def __init__(self, package: Package, styles: Styles, numbering: Numbering, counts: dict):
        self.package, self.styles, self.numbering, self.counts = package, styles, numbering, counts
        self.rels: dict[str, tuple[str, bool]] = {}
        self.fields: list[str] = []
        self.in_header = False

    def part(self, name: str, in_header: bool = False) -> list:
        """The blocks of one part."""
        self.rels, self.in_header = _relationships(self.package, name), in_header
        root = self.package.xml(name)
        container = root.find(f"{W}body") if root.tag == f"{W}document" else root
        return self.blocks(container, "")

    def blocks(self, container, place: str) -> list:
        """Paragraphs and tables of a container, in order (content controls opened)."""
        out: list = []
        for child in container:
            if child.tag == f"{W}p":
                out.extend(self.paragraph(child, place))
            elif child.tag == f"{W}tbl":
                out.append(self.table(child))
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
                if content is not None:
                    out.extend(self.blocks(content, place))
        return out

    # --- paragraphs -----------------------------------------------------------------------------

    def paragraph(self, node, place: str) -> list:
        """A paragraph and, after it, the paragraphs of text boxes anchored in it."""
        self.counts["paragraph"] += 1
        number = self.counts["paragraph"]
        ppr = node.find(f"{W}pPr")
        style_id = attr(ppr.find(f"{W}pStyle"), "val") if ppr is not None else None
        own, style = paragraph_look(ppr), self.styles.look(style_id)
        runs: list[Run] = []
        extras: list[Paragraph | Table] = []
        pictures: list[Picture] = []
        self.inline(node, style, None, runs, extras, pictures)
        font = self._first_font(node, style)
        where = place or ("kepala halaman, " if self.in_header else "") + f"paragraf {number}"
        paragraph = Paragraph(_merge(runs), number, where, self.styles.name(style_id),
                              align=own.align or style.align or "left", pictures=pictures, in_header=self.in_header,
                              font=font.font, size=font.size)
        paragraph.page_break = ppr is not None and on(ppr.find(f"{W}pageBreakBefore")) is True
        self._number(paragraph, own, style)
        if ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None and not paragraph.text.strip():
            return extras
        return [paragraph, *extras]

    def _first_font(self, node, style: Look) -> Look:
        """The font and size of the paragraph's first run with text (the style's when none says)."""
        for run in node.iter(f"{W}r"):
            if run.find(f"{W}t") is not None and (run.find(f"{W}t").text or "").strip():
                rpr = run.find(f"{W}rPr")
                char_style = attr(rpr.find(f"{W}rStyle"), "val") if rpr is not None else None
                return run_look(rpr).over(self.styles.char_look(char_style)).over(style)
        return style

    def _number(self, paragraph: Paragraph, own: Look, style: Look) -> None:
        """Word's list number and the indents (paragraph over list level over style)."""
        num_id = own.num_id if own.num_id is not None else style.num_id
        ilvl = own.ilvl if own.ilvl is not None else (style.ilvl or 0)
        level = None
        if num_id and num_id != "0" and not self.in_header:
            found = self.numbering.next_marker(num_id, ilvl)
            if found:
                paragraph.marker, level = found
                paragraph.num_format, paragraph.level = level.num_format, ilvl
        left = own.left if own.left is not None else (level.left if level and level.left is not None else style.left)
        hanging = own.hanging if own.hanging is not None else (
            level.hanging if level and level.hanging is not None else style.hanging)
        paragraph.left, paragraph.hanging = left or 0, hanging or 0

    def inline(self, node, look: Look, link: str | None, runs: list, extras: list, pictures: list) -> None:
        """Runs of a paragraph or inline container, with tracked changes taken as accepted."""
        for child in node:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child, look, link, runs, extras, pictures)
            elif tag == f"{W}hyperlink":
                target = self.rels.get(child.get(f"{R}id"), ("", False))[0] or (
                    "#" + attr(child, "anchor", "") if attr(child, "anchor") else None)
                self.inline(child, look, target, runs, extras, pictures)
            elif tag in _PASS_THROUGH:
                self.inline(child, look, link, runs, extras, pictures)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.inline(content, look, link, runs, extras, pictures)
            elif tag in _SKIPPED:
                self.counts["deleted"] += 1
            elif tag in (f"{M}oMath", f"{M}oMathPara"):
                runs.append(Run("".join(t.text or "" for t in child.iter(f"{M}t")), link=link))
            elif tag == f"{W}commentRangeStart":
                self.counts["comments"] += 1
            if tag == f"{W}ins":
                self.counts["inserted"] += 1

    def run(self, node, base: Look, link, runs: list, extras: list, pictures: list) -> None:
        """One run: its text unless it is hidden, deleted or a field code."""
        rpr = node.find(f"{W}rPr")
        char_style = attr(rpr.find(f"{W}rStyle"), "val") if rpr is not None else None
        look = run_look(rpr).over(self.styles.char_look(char_style)).over(base)
        for child in node:
            tag = child.tag
            if tag == f"{W}fldChar":
                self._field(attr(child, "fldCharType"))
                continue
            if self.fields and self.fields[-1] != "result" or look.hidden:
                continue
            text = self._text(child, extras, pictures)
            if text:
                runs.append(Run(text.upper() if look.caps else text, bool(look.bold), bool(look.italic), link))

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append("code")
        elif kind == "separate" and self.fields:
            self.fields[-1] = "result"
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _text(self, child, extras: list, pictures: list) -> str:
        tag = child.tag
        if tag == f"{W}t":
            return child.text or ""
        if tag in (f"{W}tab", f"{W}ptab"):
            return "\t"
        if tag == f"{W}br":
            return "" if attr(child, "type") in ("page", "column") else "\n"
        if tag == f"{W}cr":
            return "\n"
        if tag == f"{W}noBreakHyphen":
            return "-"
        if tag == f"{W}sym":
            code = (attr(child, "char") or "").upper()
            return _SYMBOLS.get(code, chr(int(code, 16)) if code and int(code, 16) < 0xE000 else "")
        if tag in (f"{W}drawing", f"{W}pict", f"{W}object", f"{MC}AlternateContent"):
            self.drawing(child, extras, pictures)
        return ""

    # --- pictures and text boxes ------------------------------------------------------------------

    def drawing(self, node, extras: list, pictures: list) -> None:
        """Pictures and charts of a drawing; the paragraphs of its text boxes go to ``extras``."""
        if node.tag == f"{MC}AlternateContent":
            chosen = node.find(f"{MC}Choice")
            chosen = chosen if chosen is not None else node.find(f"{MC}Fallback")
            for child in chosen if chosen is not None else []:
                self.drawing(child, extras, pictures)
            return
        for box in node.iter(f"{W}txbxContent"):
            extras.extend(self.blocks(box, ""))
        description = next((d.get("descr") or d.get("title") or "" for d in node.iter(f"{WP}docPr")), "")
        extent = next(iter(node.iter(f"{WP}extent")), None)
        width = int(extent.get("cx", "0")) / EMU_PER_MM if extent is not None else 0.0
        for data in node.iter(f"{A}graphicData"):
            if data.get("uri") == CHART_URI:
                pictures.append(Picture(None, "bagan (chart)", description, width))
        for ref in [b.get(f"{R}embed") for b in node.iter(f"{A}blip")] + \
                   [i.get(f"{R}id") for i in node.iter(f"{V}imagedata")]:
            if ref:
                pictures.append(self._picture(ref, description, width))

    def _picture(self, ref: str, description: str, width: float) -> Picture:
        target, external = self.rels.get(ref, ("", True))
        if external or not self.package.has(target):
            return Picture(None, target or ref, description, width)
        return Picture(self.package.read(target), target, description, width)

    # --- tables -----------------------------------------------------------------------------------

    def table(self, node) -> Table:
        """A table: rows of cells with their spans and vertical merges; deleted rows left out."""
        self.counts["table"] += 1
        number = self.counts["table"]
        rows: list[Row] = []
        for tr in _children(node, f"{W}tr"):
            if tr.find(f"{W}trPr/{W}del") is not None:
                continue
            row = Row([], header=on(tr.find(f"{W}trPr/{W}tblHeader")) is True)
            for tc in _children(tr, f"{W}tc"):
                place = f"tabel {number}, baris {len(rows) + 1}, sel {len(row.cells) + 1}"
                tcpr = tc.find(f"{W}tcPr")
                span = attr(tcpr.find(f"{W}gridSpan"), "val", "1") if tcpr is not None else "1"
                merge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                continues = merge is not None and attr(merge, "val", "continue") == "continue"
                row.cells.append(Cell(self.blocks(tc, place), int(span) if span.isdigit() else 1, continues, place))
            rows.append(row)
        table = Table(rows, number, f"tabel {number}", _has_borders(node, self.styles), self.in_header)
        return table


def _children(node, tag: str):
    """Children with a tag, looking through content controls and custom XML wrappers."""
    for child in node:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                yield from _children(content, tag)


def _has_borders(node, styles: Styles) -> bool:
    """Whether a table draws lines: its own borders, its cells' borders, or a grid table style."""
    sides = list(node.iterfind(f"{W}tblPr/{W}tblBorders/*")) + list(node.iter(f"{W}tcBorders"))
    drawn = [s for s in sides if s.tag != f"{W}tcBorders" and attr(s, "val") not in ("nil", "none")]
    drawn += [s for b in node.iter(f"{W}tcBorders") for s in b if attr(s, "val") not in ("nil", "none")]
    if sides:
        return bool(drawn)
    style = attr(node.find(f"{W}tblPr/{W}tblStyle"), "val")
    return "grid" in styles.name(style).lower() or "grid" in (style or "").lower()


def _merge(runs: list[Run]) -> list[Run]:
    """Neighbouring runs with the same look joined into one."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].link) == (run.bold, run.italic, run.link):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(run)
    return merged


def _section(root) -> Section:
    sect = next(iter(root.iter(f"{W}sectPr")), None)
    if sect is None:
        return Section()
    size, margin = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    section = Section(different_first=on(sect.find(f"{W}titlePg")) is True)
    if size is not None:
        section.width, section.height = _mm(attr(size, "w")), _mm(attr(size, "h"))
    if margin is not None:
        given = {side: _mm(attr(margin, side)) for side in ("top", "bottom", "left", "right")}
        section.margins = {side: value for side, value in given.items() if value is not None}
    return section


def _mm(twips: str | None) -> float | None:
    """A length in twips as millimetres (one decimal); None when not given or empty."""
    return round(int(float(twips)) * 25.4 / 1440, 1) if twips else None


def _header_parts(package: Package, root) -> list[str]:
    """The header parts of every section, first-page headers first, each once."""
    rels = _relationships(package, "word/document.xml")
    names: list[str] = []
    for sect in root.iter(f"{W}sectPr"):
        refs = sorted(sect.iter(f"{W}headerReference"), key=lambda r: attr(r, "type") != "first")
        for ref in refs:
            target = rels.get(ref.get(f"{R}id"), ("", True))
            if not target[1] and package.has(target[0]) and target[0] not in names:
                names.append(target[0])
    return names


def _properties(package: Package) -> dict[str, str]:
    if not package.has("docProps/core.xml"):
        return {}
    found = {}
    for node in package.xml("docProps/core.xml"):
        name = node.tag.rsplit("}", 1)[-1]
        if node.text and name in ("title", "creator", "subject", "description", "lastModifiedBy"):
            found[name] = node.text
    return found


def read_document(package: Package) -> WordDocument:
    """The whole document: body, headers, first section's page, styles and core properties."""
    styles = Styles(package.xml("word/styles.xml") if package.has("word/styles.xml") else None)
    style_numbers = {sid: num_id for sid in styles.ids() if (num_id := styles.look(sid).num_id)}
    numbering = Numbering(package.xml("word/numbering.xml") if package.has("word/numbering.xml") else None,
                          style_numbers)
    counts = {"paragraph": 0, "table": 0, "deleted": 0, "inserted": 0, "comments": 0}
    reader = Reader(package, styles, numbering, counts)
    root = package.xml("word/document.xml")
    body = reader.part("word/document.xml")
    headers = []
    saved = counts["paragraph"]
    for name in _header_parts(package, root):
        counts["paragraph"] = 0
        headers.extend(reader.part(name, in_header=True))
    counts["paragraph"] = saved
    return WordDocument(package.shown, body, headers, _section(root), _properties(package), styles,
                        counts["deleted"], counts["inserted"], counts["comments"])
