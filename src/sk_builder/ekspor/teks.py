"""Uraian Markdown as plain text for a form or a spreadsheet cell: markers as written, nesting as indent."""

from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from ..model import Bagan
from ..uraian import tree

INDENT = "   "


def _inline(node: SyntaxTreeNode) -> str:
    parts: list[str] = []
    for child in node.children:
        if child.type == "text" or child.type == "code_inline":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "link":
            label, href = _inline(child), str(child.attrs.get("href", ""))
            parts.append(label if href in (label, f"mailto:{label}", f"http://{label}") else f"{label} ({href})")
        else:
            parts.append(_inline(child))
    return "".join(parts)


def _lines(nodes, level: int) -> list[str]:
    lines: list[str] = []
    for node in nodes:
        if node.type in ("bullet_list", "ordered_list"):
            for item in node.children:
                inner = _lines(item.children, level + 1) or [INDENT * (level + 1)]
                marker = str(item.meta.get("marker", "-"))
                lines.append(INDENT * level + marker + " " + inner[0].lstrip(" "))
                lines.extend(inner[1:])
        elif node.type in ("paragraph", "heading"):
            text = _inline(node.children[0]) if node.children else ""
            lines.extend(INDENT * level + row.strip() for row in text.split("\n"))
        elif node.type != "hr":
            lines.append(INDENT * level + (node.content or "").strip())
    return lines


def plain(text: str | None) -> str:
    """The text as plain lines (empty for missing text)."""
    return "\n".join(line.rstrip() for line in _lines(tree(text or "").children, 0)).strip("\n")


def chart_text(charts: list[Bagan]) -> str:
    """Procedure flowcharts as numbered steps with their explanations, for places that cannot draw them."""
    blocks = []
    for chart in charts:
        lines = [f"Bagan alur: {chart.judul}" if chart.judul else "Bagan alur:"]
        for number, step in enumerate(chart.langkah, start=1):
            lines.append(f"{number}. {step.teks}")
            if step.uraian:
                lines.extend(INDENT + line for line in plain(step.uraian).split("\n"))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
