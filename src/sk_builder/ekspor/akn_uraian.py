"""Uraian Markdown as Akoma Ntoso blocks: paragraphs, lists with their markers as written, emphasis, links."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from lxml import etree
from markdown_it.tree import SyntaxTreeNode

from ..uraian import tree

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_INLINE_TAGS = {"strong": ("b", None), "em": ("i", None), "s": ("span", "coret"), "code_inline": ("span", "kode")}


def q(tag: str) -> str:
    """A qualified Akoma Ntoso tag name."""
    return f"{{{NS}}}{tag}"


@lru_cache(maxsize=1)
def _any_uri() -> etree.XMLSchema:
    """A one-attribute schema: libxml2's own test of xs:anyURI, the type of Akoma Ntoso's href."""
    return etree.XMLSchema(etree.XML(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a"><xs:complexType>'
        b'<xs:attribute name="href" type="xs:anyURI"/></xs:complexType></xs:element></xs:schema>'))


def uri(href: str) -> str | None:
    """The link target as a valid xs:anyURI (unsafe characters escaped), or None when it cannot be one
    (e.g. "http://a.idhttp://b.id"): the text then stays, unlinked."""
    quoted = quote(href, safe=":/?#[]@!$&'()*+,;=%~")
    return quoted if _any_uri().validate(etree.Element("a", href=quoted)) else None


def _append_text(parent: etree._Element, text: str) -> None:
    """Add text after the last child of ``parent`` (or as its text when it has none)."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _inline(parent: etree._Element, node: SyntaxTreeNode) -> None:
    for child in node.children:
        kind = child.type
        if kind == "text":
            _append_text(parent, child.content)
        elif kind in ("softbreak", "hardbreak"):
            etree.SubElement(parent, q("br"))
        elif kind == "link":
            href = uri(str(child.attrs.get("href", "")))
            _inline(etree.SubElement(parent, q("a"), href=href) if href else parent, child)
        elif kind in _INLINE_TAGS:
            tag, klass = _INLINE_TAGS[kind]
            element = etree.SubElement(parent, q(tag), **({"class": klass} if klass else {}))
            if kind == "code_inline":
                element.text = child.content
            else:
                _inline(element, child)
        else:
            _inline(parent, child)


def _paragraph(parent: etree._Element, node: SyntaxTreeNode, klass: str | None = None) -> None:
    p = etree.SubElement(parent, q("p"), **({"class": klass} if klass else {}))
    for child in node.children:
        _inline(p, child)


def _list(parent: etree._Element, node: SyntaxTreeNode) -> None:
    tag = "ol" if node.type == "ordered_list" else "ul"
    element = etree.SubElement(parent, q(tag))
    for item in node.children:
        li = etree.SubElement(element, q("li"), value=str(item.meta.get("marker", "-")))
        blocks(li, item.children)


def blocks(parent: etree._Element, nodes) -> None:
    """Append the blocks of parsed Uraian nodes to ``parent``."""
    for node in nodes:
        if node.type == "paragraph":
            _paragraph(parent, node)
        elif node.type == "heading":
            _paragraph(parent, node, "judul")
        elif node.type in ("bullet_list", "ordered_list"):
            _list(parent, node)
        elif node.type == "hr":
            etree.SubElement(parent, q("p"), **{"class": "garis"})
        else:
            etree.SubElement(parent, q("p")).text = node.content or ""


def uraian(parent: etree._Element, text: str) -> None:
    """Append Uraian text to ``parent`` as Akoma Ntoso blocks (nothing for empty text)."""
    blocks(parent, tree(text or "").children)
