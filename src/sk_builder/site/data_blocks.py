"""Uraian Markdown as the open data's structured blocks: paragraphs and lists whose items keep their markers."""

from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from ..uraian import tree


def _inline(node: SyntaxTreeNode) -> str:
    parts: list[str] = []
    for child in node.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        else:
            parts.append(_inline(child))
    return "".join(parts)


def _block(node: SyntaxTreeNode) -> dict | None:
    if node.type in ("paragraph", "heading"):
        return {"jenis": "paragraf", "teks": _inline(node.children[0]) if node.children else ""}
    if node.type in ("bullet_list", "ordered_list"):
        return {"jenis": "daftar", "berurut": node.type == "ordered_list",
                "butir": [{"penanda": str(item.meta.get("marker", "-")), "isi": _blocks(item.children)}
                          for item in node.children]}
    if node.type == "hr":
        return None
    return {"jenis": "paragraf", "teks": node.content or ""}


def _blocks(nodes) -> list[dict]:
    return [block for block in map(_block, nodes) if block is not None]


def blocks(text: str | None) -> list[dict]:
    """The blocks of a text: ``{"jenis": "paragraf", "teks"}`` or ``{"jenis": "daftar", "berurut", "butir":
    [{"penanda", "isi": [blocks]}]}`` (empty for missing text; emphasis and links as their plain text)."""
    return _blocks(tree(text or "").children)
