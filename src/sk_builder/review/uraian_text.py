"""Uraian Markdown as plain lines: one line per written line or list item, markers as written."""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it.tree import SyntaxTreeNode

from ..uraian import tree


@dataclass(frozen=True)
class Line:
    """One line of canonical text: nesting level, list marker (or None) and the words."""

    level: int
    marker: str | None
    text: str

    def render(self, indent: str = "   ") -> str:
        """The line as written to a text file."""
        head = f"{self.marker} " if self.marker else ""
        return (indent * self.level + head + self.text).rstrip()


def squeeze(text: str) -> str:
    """Runs of whitespace as one space, as a printed page shows them."""
    return " ".join(text.split())


def _inline(node: SyntaxTreeNode) -> str:
    """Inline content as text; a soft or hard break becomes a newline."""
    parts: list[str] = []
    for child in node.children:
        kind = child.type
        if kind == "text":
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "code_inline":
            parts.append(f"`{child.content}`")
        elif kind == "em":
            parts.append(f"*{_inline(child)}*")
        elif kind == "strong":
            parts.append(f"**{_inline(child)}**")
        elif kind == "s":
            parts.append(f"~~{_inline(child)}~~")
        elif kind == "link":
            parts.append(_link(child))
        else:
            parts.append(_inline(child))
    return "".join(parts)


def _link(node: SyntaxTreeNode) -> str:
    label = _inline(node)
    href = str(node.attrs.get("href", ""))
    if href in (label, f"mailto:{label}", f"http://{label}"):
        return label
    return f"{label} <{href}>"


def _text_lines(text: str, level: int, marker: str | None) -> list[Line]:
    rows = [squeeze(row) for row in text.split("\n")]
    rows = [row for row in rows if row] or [""]
    first = [Line(level, marker, rows[0])]
    follow = level + 1 if marker else level
    return first + [Line(follow, None, row) for row in rows[1:]]


def _block(node: SyntaxTreeNode, level: int, marker: str | None) -> list[Line]:
    kind = node.type
    if kind in ("paragraph", "heading"):
        return _text_lines(_inline(node.children[0]) if node.children else "", level, marker)
    if kind in ("bullet_list", "ordered_list"):
        lines = []
        for item in node.children:
            lines.extend(_item(item, level))
        return lines
    if kind == "hr":
        return [Line(level, marker, "---")]
    if kind == "blockquote":
        return _blocks(node.children, level + 1, marker)
    return _text_lines(node.content or "", level, marker)


def _blocks(nodes, level: int, marker: str | None) -> list[Line]:
    lines: list[Line] = []
    for node in nodes:
        lines.extend(_block(node, level if not lines or not marker else level + 1, marker if not lines else None))
    if marker and not lines:
        lines.append(Line(level, marker, ""))
    return lines


def _item(item: SyntaxTreeNode, level: int) -> list[Line]:
    return _blocks(item.children, level, str(item.meta.get("marker", "-")))


def uraian_lines(text: str, level: int = 0, marker: str | None = None) -> list[Line]:
    """The lines of a Uraian text; with ``marker`` the first line carries it and the rest hang under it."""
    return _blocks(tree(text or "").children, level, marker)
