"""Uraian Markdown written as Word paragraphs: runs, line breaks, emphasis, links and real list numbering."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from docx.shared import Mm, Pt

from ... import uraian
from . import oxml
from .numbering import marker_width_mm, runs
from .styles import TAUTAN

BLOCK_GAP_PT = 4  # about 1.5 mm between paragraphs, as the PDF
QUOTE_INDENT_MM = 7
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Flow:
    """Where paragraphs go, in one paragraph style: the document body or a table cell."""

    def __init__(self, container, style: str):
        self.container, self.style = container, style
        spare = container.paragraphs if hasattr(container, "_tc") else []
        self._spare = spare[0] if len(spare) == 1 and not spare[0].text else None

    def paragraph(self, style: str | None = None):
        """A new paragraph (a new cell's empty first paragraph is used first)."""
        if self._spare is not None:
            paragraph, self._spare = self._spare, None
            paragraph.style = style or self.style
            return paragraph
        return self.container.add_paragraph(style=style or self.style)


@dataclass(frozen=True)
class Look:
    """Character formatting in force while walking inline Markdown."""

    bold: bool = False
    italic: bool = False
    strike: bool = False


_LOOKS = {"strong": {"bold": True}, "em": {"italic": True}, "s": {"strike": True}}


class UraianWriter:
    """Writes Markdown text and numbered points into a flow, giving each list its own numbering."""

    def __init__(self, numbering: oxml.Numbering):
        self.numbering = numbering

    def text(self, flow: Flow, text: str, indent_mm: float = 0.0) -> None:
        """Every block of a Markdown text."""
        self.blocks(flow, uraian.tree(text).children, indent_mm, 0)

    def points(self, flow: Flow, items: list[tuple[str, str]], indent_mm: float = 0.0) -> None:
        """A numbered list of (marker, Markdown text) points, e.g. Menimbang a., b., ..."""
        self.list(flow, [(marker, uraian.tree(text).children) for marker, text in items], indent_mm, 0, False)

    def blocks(self, flow: Flow, nodes, indent_mm: float, depth: int, previous: str | None = None,
               in_item: bool = False) -> None:
        """Paragraphs, lists, headings and quotes at one indent, spaced as the PDF spaces them.

        A paragraph after any block gets a small gap; a list gets one after a paragraph, except
        inside a list item, where a sub-list follows its item's text directly.
        """
        for node in nodes:
            if node.type in ("ordered_list", "bullet_list"):
                items = [(item.meta.get("marker", "-"), item.children) for item in node.children]
                self.list(flow, items, indent_mm, depth, previous == "paragraph" and not in_item)
            elif node.type == "blockquote":
                self.blocks(flow, node.children, indent_mm + QUOTE_INDENT_MM, depth, previous, in_item)
            elif node.type in ("paragraph", "heading"):
                paragraph = self._paragraph(flow, indent_mm, previous is not None)
                self.inline(paragraph, node.children[0].children, Look(bold=node.type == "heading"))
            elif node.type == "hr":
                oxml.paragraph_rule(self._paragraph(flow, indent_mm, False)._p.get_or_add_pPr(), 0.75, 1)
            previous = "paragraph" if node.type in ("paragraph", "heading", "blockquote") else node.type

    def list(self, flow: Flow, items, indent_mm: float, depth: int, gap: bool) -> None:
        """A list: one Word numbering instance per run of markers, hanging indents by the widest marker."""
        markers = [marker for marker, _ in items]
        hanging = marker_width_mm(markers)
        left, ilvl = indent_mm + hanging, min(depth, 8)
        num_ids = []
        for fmt, count in runs(markers):
            num_ids += [self.numbering.add(fmt, ilvl, left, hanging)] * count
        for index, ((_, children), num_id) in enumerate(zip(items, num_ids)):
            paragraph = flow.paragraph()
            if gap and index == 0:
                paragraph.paragraph_format.space_before = Pt(BLOCK_GAP_PT)
            oxml.numbered(paragraph, num_id, ilvl)
            rest, previous = children, None
            if children and children[0].type == "paragraph":
                self.inline(paragraph, children[0].children[0].children, Look())
                rest, previous = children[1:], "paragraph"
            self.blocks(flow, rest, left, depth + 1, previous, in_item=True)

    def _paragraph(self, flow: Flow, indent_mm: float, gap: bool):
        paragraph = flow.paragraph()
        if indent_mm:
            paragraph.paragraph_format.left_indent = Mm(round(indent_mm, 2))
        if gap:
            paragraph.paragraph_format.space_before = Pt(BLOCK_GAP_PT)
        return paragraph

    def inline(self, paragraph, nodes, look: Look, link=None) -> None:
        """Runs for inline Markdown: text, breaks, emphasis and hyperlinks (links and e-mail addresses)."""
        for node in nodes:
            if node.type in ("text", "code_inline"):
                self._run(paragraph, node.content, look, link)
            elif node.type in ("softbreak", "hardbreak"):
                self._run(paragraph, "", look, link).add_break()
            elif node.type in _LOOKS:
                self.inline(paragraph, node.children, replace(look, **_LOOKS[node.type]), link)
            elif node.type == "link":
                target = oxml.hyperlink(paragraph, node.attrs["href"])
                self.inline(paragraph, node.children, look, target)
            elif node.content:
                self._run(paragraph, node.content, look, link)

    @staticmethod
    def _run(paragraph, text: str, look: Look, link):
        run = paragraph.add_run(_NOT_XML.sub("", text))
        run.bold = look.bold or None
        run.italic = look.italic or None
        run.font.strike = look.strike or None
        if link is not None:
            run.style = TAUTAN
            link.append(run._r)
        return run
