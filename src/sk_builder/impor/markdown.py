"""An outline written as the house Markdown, escaped only where a character would change meaning.

Plain text from a Word file may hold characters that Markdown reads as markup (``*``, a "1. " or a
"• " at the start of a line, ``<https://...>``). They are escaped where they would act; the result is
checked by parsing it back and comparing its lines with a fully escaped rendering of the same
outline, and falls back to full escaping if the two disagree, so the text always means what the
document printed.
"""

from __future__ import annotations

import re

from ..review.uraian_text import uraian_lines
from ..text.jenjang import marker_kind
from ..text.penanda import BULLET
from ..uraian import escape as escape_all
from .blocks import Run
from .outline import Node

_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|" + BULLET + r"(?=\s|$)|\d+(?=[.)](?:\s|$))|"
                         r"[a-z]{1,2}(?=[.)](?:\s|$))|\d+(?=(?:\.\d+)+\.?(?:\s|$))|[-*_](?=(?:\s*[-*_]){2,}\s*$)|=+\s*$)")
_ENTITY = re.compile(r"&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_SPACES = re.compile(r"[ \t\u00a0]+")
_PADDED = re.compile(r"^(\s*)(.*?)(\s*)$", re.S)


def escape_some(text: str) -> str:
    """Escape the characters of one line of plain text that Markdown would read as markup there."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([*`\[])", r"\\\1", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    text = _ENTITY.sub(r"\\&", text)
    text = text.replace("~~", "\\~\\~")
    match = _LINE_START.match(text)
    if match:
        token = match.group(0)
        if token[0].isdigit() or token[0].isalpha():
            end = match.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = "\\" + text
    return text


def _segments(runs: list[Run]) -> list[list[Run]]:
    """Runs split into printed lines at line breaks, spaces squeezed."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.replace("\r", "").split("\n")
        for index, part in enumerate(parts):
            if index:
                lines.append([])
            part = _SPACES.sub(" ", part)
            if part:
                lines[-1].append(Run(part, run.bold, run.italic, run.link))
    cleaned = []
    for line in lines:
        text = "".join(r.text for r in line)
        if text.strip():
            cleaned.append(_trim(line))
    return cleaned or [[]]


def _trim(line: list[Run]) -> list[Run]:
    first, last = line[0], line[-1]
    line = [Run(first.text.lstrip(), first.bold, first.italic, first.link), *line[1:]]
    last = line[-1]
    return [*line[:-1], Run(last.text.rstrip(), last.bold, last.italic, last.link)]


def _inline(line: list[Run], escape) -> str:
    """One printed line as Markdown: emphasis around the words only, links bare when they show their address."""
    out = []
    for index, run in enumerate(line):
        text = run.text
        padded = _PADDED.match(text)
        assert padded is not None, "every text matches: each part may be empty"
        lead, core, trail = padded.groups()
        if not core:
            out.append(text)
            continue
        escaped = escape(core) if index == 0 or not out or out[-1].endswith(" ") else _escape_inner(core, escape)
        if run.link and _shows_address(core, run.link):
            escaped = core
        elif run.link and not run.link.startswith("#"):
            escaped = f"[{escaped}]({run.link.replace(' ', '%20').replace(')', '%29')})"
        if run.bold:
            escaped = f"**{escaped}**"
        if run.italic:
            escaped = f"*{escaped}*"
        out.append(lead + escaped + trail)
    return "".join(out)


def _escape_inner(text: str, escape) -> str:
    """Escaping for text that does not start a line (no line-start rules)."""
    escaped = escape("x" + text)
    return escaped[1:]


def _shows_address(text: str, link: str) -> bool:
    return link in (text, f"mailto:{text}", f"http://{text}", f"https://{text}") or text.startswith(("http", "www."))


def _lines(nodes: list[Node], indent: str, escape) -> list[str]:
    """Nodes at one level; a list of another kind after a list is set apart by a blank line, or the house
    Markdown would read it as nested under the item above it (``text.jenjang``)."""
    out: list[str] = []
    previous, kind = None, None
    for node in nodes:
        is_item = node.marker is not None
        other_list = is_item and kind is not None and marker_kind(node.marker or "")[0] != kind
        if previous is not None and (not is_item or previous != "item" or other_list):
            out.append("")
        kind = marker_kind(node.marker)[0] if node.marker is not None else None
        segments = _segments(node.runs)
        if is_item:
            head = f"{node.marker} "
            first = _inline(segments[0], escape)
            out.append((indent + head + first).rstrip())
            inner = indent + " " * len(head)
            out += [inner + _inline(seg, escape) for seg in segments[1:]]
            out += _children(node.children, inner, escape)
        else:
            out += [indent + _inline(seg, escape) for seg in segments]
            out += _children(node.children, indent, escape)
        previous = "item" if is_item else "paragraph"
    return out


def _children(children: list[Node], indent: str, escape) -> list[str]:
    if not children:
        return []
    lines = _lines(children, indent, escape)
    if children[0].marker is None:
        lines.insert(0, "")
    return lines


def markdown(nodes: list[Node]) -> str:
    """The outline as house Markdown; minimal escaping when it reads back the same, full otherwise."""
    light = "\n".join(_lines(nodes, "", escape_some)).strip("\n")
    full = "\n".join(_lines(nodes, "", _escape_line_all)).strip("\n")
    if uraian_lines(light) == uraian_lines(full):
        return light + "\n" if light else ""
    return full + "\n" if full else ""


def _escape_line_all(text: str) -> str:
    return escape_all(text)


def plain(nodes: list[Node]) -> str:
    """The outline's text without markup (for labels and one-line values)."""
    parts = []
    for node in nodes:
        text = " ".join("".join(r.text for r in seg) for seg in _segments(node.runs))
        parts.append(f"{node.marker} {text}" if node.marker else text)
        parts.append(plain(node.children))
    return " ".join(p for p in parts if p).strip()
