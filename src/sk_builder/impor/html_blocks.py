"""A web page read as a flat run of blocks: headings, paragraphs, lists, tables and pictures.

Scripts, styles, forms and navigation are left out. Each block remembers its source line and
the container it sits in (a tab pane, a section), so a page whose headings were lost can still
be split where its containers split. Text inside a paragraph keeps bold, italics, links and
``<br>`` line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Run
from .outline import Node

SKIP = {"script", "style", "noscript", "template", "head", "iframe", "form", "button", "select", "input",
        "textarea", "nav", "svg", "object", "embed", "canvas", "video", "audio", "map"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PARAGRAPHS = {"p", "address", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "center", "label"}
CONTAINERS = {"div", "section", "article", "main", "header", "aside", "footer", "body", "figure", "fieldset",
              "details", "summary", "dl"}
_BOLD, _ITALIC = {"b", "strong"}, {"i", "em", "cite", "var"}


@dataclass
class Block:
    """One block of the page."""

    kind: str                      # "heading", "para", "list", "table", "image"
    line: int
    group: int                     # the container it sits in
    level: int = 0                 # heading level
    runs: list[Run] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)      # a list's items
    rows: list[list[tuple[str, list[Run], bool]]] = field(default_factory=list)  # table: (text, runs, header)
    alt: str = ""

    @property
    def text(self) -> str:
        """The block's text on one line (for comparing and matching)."""
        if self.kind in ("heading", "para"):
            return " ".join("".join(r.text for r in self.runs).split())
        if self.kind == "list":
            return " | ".join(" ".join("".join(r.text for r in n.runs).split()) for n in self.nodes)
        if self.kind == "table":
            return " | ".join(text for row in self.rows for text, _, _ in row)
        return self.alt


class PageReader:
    """Walks the page's body in document order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.groups = 0

    def read(self, root) -> list[Block]:
        """The blocks of the page's body."""
        body = root.find(".//body")
        self.container(body if body is not None else root, 0)
        return self.blocks

    def container(self, element, group: int) -> None:
        pending: list = []
        if element.text:
            pending.append(element.text)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in SKIP or not tag:
                self._tail(child, pending)
                continue
            if tag in HEADINGS or tag in PARAGRAPHS or tag in ("ul", "ol", "table", "img") or tag in CONTAINERS:
                self._flush(pending, child, group)
                pending = []
                self.block(child, tag, group)
            else:
                pending.append(child)
            self._tail(child, pending)
        self._flush(pending, element, group)

    @staticmethod
    def _tail(child, pending: list) -> None:
        if child.tail and child.tail.strip():
            pending.append(child.tail)

    def _flush(self, pending: list, near, group: int) -> None:
        runs = []
        for item in pending:
            runs += [Run(item)] if isinstance(item, str) else inline(item)
        if "".join(r.text for r in runs).strip():
            self.blocks.append(Block("para", near.sourceline or 0, group, runs=runs))
        for item in pending:
            if not isinstance(item, str):
                self.images(item, group)

    def block(self, element, tag: str, group: int) -> None:
        line = element.sourceline or 0
        if tag in HEADINGS:
            self.blocks.append(Block("heading", line, group, HEADINGS[tag], inline(element)))
        elif tag in PARAGRAPHS:
            self.images(element, group)
            runs = inline(element)
            if "".join(r.text for r in runs).strip():
                self.blocks.append(Block("para", line, group, runs=runs))
        elif tag in ("ul", "ol"):
            nodes = list_nodes(element)
            if any("".join(r.text for r in n.runs).strip() or n.children for n in nodes):
                self.blocks.append(Block("list", line, group, nodes=nodes))
        elif tag == "table":
            self.blocks.append(Block("table", line, group, rows=table_grid(element)))
        elif tag == "img":
            self.images(element, group)
        else:
            self.groups += 1
            self.container(element, self.groups)

    def images(self, element, group: int) -> None:
        """Pictures with alternative text (decorative ones, with empty alt, are left out)."""
        for image in ([element] if element.tag == "img" else element.iter("img")):
            alt = (image.get("alt") or "").strip()
            if alt:
                self.blocks.append(Block("image", image.sourceline or 0, group, alt=alt))


def inline(element, bold: bool = False, italic: bool = False, link: str | None = None) -> list[Run]:
    """The runs of an element's inline content (its tail not included)."""
    runs = [Run(_space(element.text), bold, italic, link)] if element.text else []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            runs.append(Run("\n", bold, italic, link))
        elif tag and tag not in SKIP and tag not in ("ul", "ol", "table", "img"):
            runs += inline(child, bold or tag in _BOLD, italic or tag in _ITALIC,
                           child.get("href") if tag == "a" and child.get("href") else link)
        if child.tail:
            runs.append(Run(_space(child.tail), bold, italic, link))
    return runs


def _space(text: str) -> str:
    return re.sub(r"[ \t\r\n\u00a0]+", " ", text)


def list_nodes(element) -> list[Node]:
    """The items of ``<ol>``/``<ul>`` with their markers as the browser prints them, nested lists inside."""
    ordered = element.tag == "ol"
    kind = (element.get("type") or "1") if ordered else "-"
    start = int(element.get("start")) if (element.get("start") or "").isdigit() else 1
    nodes = []
    for index, item in enumerate(i for i in element if i.tag == "li"):
        value = int(item.get("value")) if (item.get("value") or "").isdigit() else start + index
        marker = _marker(kind, value) if ordered else "-"
        children: list[Node] = []
        for sub in item:
            if sub.tag in ("ul", "ol"):
                children += list_nodes(sub)
        nodes.append(Node(marker, inline(item), None, children))
    return nodes


def _marker(kind: str, value: int) -> str:
    from ..text.penomoran import huruf, romawi

    if kind == "a":
        return f"{huruf(value)}."
    if kind == "A":
        return f"{huruf(value).upper()}."
    if kind in ("i", "I"):
        numeral = romawi(value)
        return f"{numeral.lower() if kind == 'i' else numeral}."
    return f"{value}."


def table_grid(element) -> list[list[tuple[str, list[Run], bool]]]:
    """A table as a grid of (text, runs, is header) with row and column spans spread over the cells they cover."""
    grid: list[list] = []
    spans: dict[tuple[int, int], tuple] = {}
    rows = [r for r in element.iter("tr")]
    for r_index, row in enumerate(rows):
        out: list = []
        column = 0
        for cell in (c for c in row if c.tag in ("td", "th")):
            while (r_index, column) in spans:
                out.append(spans.pop((r_index, column)))
                column += 1
            runs = inline(cell)
            entry = (" ".join("".join(r.text for r in runs).split()), runs, cell.tag == "th")
            colspan = int(cell.get("colspan")) if (cell.get("colspan") or "").isdigit() else 1
            rowspan = int(cell.get("rowspan")) if (cell.get("rowspan") or "").isdigit() else 1
            for offset in range(min(colspan, 50)):
                out.append(entry)
                for down in range(1, min(rowspan, 200)):
                    spans[(r_index + down, column + offset)] = entry
            column += min(colspan, 50)
        while (r_index, column) in spans:
            out.append(spans.pop((r_index, column)))
            column += 1
        grid.append(out)
    return grid
