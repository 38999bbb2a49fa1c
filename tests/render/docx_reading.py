"""The text of a DOCX as a reader sees it: paragraphs in order with Word's list numbers filled in.

python-docx and a plain walk of document.xml show no list numbers, because real Word lists keep
them in numbering.xml. This computes them the way Word does for the formats sk-builder writes
(decimal, lowerLetter, upperLetter, bullet, none), so text checks see "a. bahwa ...".
"""

from __future__ import annotations

import io
import zipfile
from string import ascii_lowercase

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _letters(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = ascii_lowercase[rest] + letters
    return letters


def _counter(fmt: str, value: int) -> str:
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    return str(value)


def _levels(numbering) -> dict[str, dict[int, tuple[str, str, int]]]:
    """numId -> ilvl -> (numFmt, lvlText, start)."""
    abstract = {}
    for node in numbering.iter(f"{W}abstractNum"):
        levels = {}
        for lvl in node.iter(f"{W}lvl"):
            get = lambda tag, default: (lvl.find(f"{W}{tag}").get(f"{W}val") if lvl.find(f"{W}{tag}") is not None
                                        else default)
            levels[int(lvl.get(f"{W}ilvl"))] = (get("numFmt", "decimal"), get("lvlText", ""), int(get("start", "1")))
        abstract[node.get(f"{W}abstractNumId")] = levels
    return {num.get(f"{W}numId"): abstract[num.find(f"{W}abstractNumId").get(f"{W}val")]
            for num in numbering.iter(f"{W}num")}


def _paragraph_text(paragraph) -> str:
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}instrText"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}br":
            parts.append("\n")
        elif node.tag == f"{W}tab":
            parts.append("\t")
    return "".join(parts)


R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def first_page_header(package: zipfile.ZipFile, body) -> list:
    """The paragraphs of the first page's own header (the kop), when the document has one."""
    section = body.find(f"{W}body/{W}sectPr")
    if section is None or section.find(f"{W}titlePg") is None:
        return []
    refs = {ref.get(f"{W}type"): ref.get(f"{R}id") for ref in section.findall(f"{W}headerReference")}
    if "first" not in refs:
        return []
    rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
    target = next(rel.get("Target") for rel in rels if rel.get("Id") == refs["first"])
    return list(etree.fromstring(package.read("word/" + target)).iter(f"{W}p"))


def numbered_paragraphs(data: bytes, header: bool = False) -> list[tuple[str, str]]:
    """Every body paragraph in document order as (list label or "", text); with ``header`` the first page's
    header (the kop) comes first, as a reader sees the first page."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        names = package.namelist()
        numbering = etree.fromstring(package.read("word/numbering.xml")) if "word/numbering.xml" in names else None
        kop = first_page_header(package, body) if header else []
    levels = _levels(numbering) if numbering is not None else {}
    counters: dict[str, dict[int, int]] = {}
    result = [("", _paragraph_text(paragraph)) for paragraph in kop]
    for paragraph in body.iter(f"{W}p"):
        label = ""
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = num_pr.find(f"{W}numId").get(f"{W}val")
            ilvl = int(num_pr.find(f"{W}ilvl").get(f"{W}val"))
            label = _label(levels[num_id], counters.setdefault(num_id, {}), ilvl)
        result.append((label, _paragraph_text(paragraph)))
    return result


def _label(levels, counters: dict[int, int], ilvl: int) -> str:
    fmt, text, start = levels[ilvl]
    counters[ilvl] = counters.get(ilvl, start - 1) + 1
    for deeper in [k for k in counters if k > ilvl]:
        del counters[deeper]
    if fmt == "bullet":
        return text
    for level in range(len(levels)):
        if f"%{level + 1}" in text:
            value = counters.get(level, levels[level][2])
            text = text.replace(f"%{level + 1}", _counter(levels[level][0], value))
    return text


def reading_text(data: bytes) -> str:
    """The document's text as a reader sees it, one paragraph a line, each list item led by its number: the
    first page's header (the kop) first, then the body."""
    return "\n".join(f"{label} {text}" if label else text for label, text in numbered_paragraphs(data, header=True))
