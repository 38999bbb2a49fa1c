"""The house Markdown for Uraian text: CommonMark whose list markers are kept as written.

Drafters write lists the way decrees print them: ``a.``, ``1.``, ``a)``, ``1)``, ``2.1``, ``-`` or the
bullets of real decrees (``▪``, ``•``, ``·``, ``–``, ...), nesting by indenting to the text of the parent
item, or flat: a lettered list typed flush left under a numbered item is read as nested
(``text.jenjang``). What counts as a marker (and what does not: times, amounts, dates, a section number
inside a sentence) is ``text.penanda``'s one grammar. CommonMark only knows ``1.``/``1)`` and ``-*+``,
so each ordered marker is swapped for a same-width ``1.`` or ``1)``, and each bullet for one of
``-+*``, before parsing, and put back on the list item token (``token.meta["marker"]``) afterwards. Every newline is a line break, raw
HTML is off, bare URLs and e-mail addresses become links, and images are not allowed. Block
quotes are off too: ``> 3 (tiga) hari`` at the start of a line is text ("more than"), and no
format has a place for quotes nested deeper than markdown-it keeps (which dropped their text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from .text.jenjang import nested
from .text.penanda import BULLETS, is_bullet, marker_at
from .text.penomoran import marker_parse



def _swap_markers(text: str) -> tuple[str, dict[int, str]]:
    """Replace written ordered markers with CommonMark ones; remember the originals by line.

    A list that restarts (its first marker is 1/a again, or its kind changes) at the same indent
    gets the other CommonMark delimiter, so it becomes a list of its own.
    """
    lines_as_written = text.split("\n")
    lines = nested(lines_as_written)
    originals: dict[int, str] = {}
    open_lists: dict[int, tuple[str, int]] = {}  # indent -> (kind, delimiter toggle)
    bullets: dict[int, tuple[str, str]] = {}  # indent -> (bullet as written, bullet CommonMark reads)
    for number, line in enumerate(lines):
        match = marker_at(line, lines_as_written[number - 1] if number else None)
        if not match:
            lines[number] = _not_a_list(line)
            if line.strip():
                indent = len(line) - len(line.lstrip(" "))
                open_lists = {i: v for i, v in open_lists.items() if i < indent}
                bullets = {i: v for i, v in bullets.items() if i < indent}
            continue
        marker, indent = match.group("marker"), len(match.group("indent"))
        originals[number] = marker
        open_lists = {i: v for i, v in open_lists.items() if i <= indent}
        bullets = {i: v for i, v in bullets.items() if i <= indent}
        if is_bullet(marker):
            read = _bullet(marker, bullets.get(indent))
            bullets[indent] = (marker, read)
            open_lists.pop(indent, None)
            lines[number] = match.group("indent") + read + _item_text(line[match.end():])
            continue
        bullets.pop(indent, None)
        kind, value = marker_parse(marker) or ("1.", 1)
        previous = open_lists.get(indent)
        toggle = previous[1] if previous else 0
        if previous and (previous[0] != kind or value == 1):
            toggle ^= 1
        open_lists[indent] = (kind, toggle)
        swapped = ("1)" if toggle else "1.").ljust(len(marker))
        if match.end() == len(line):
            swapped = swapped.rstrip()
        lines[number] = match.group("indent") + swapped + _item_text(line[match.end():])
    return "\n".join(lines), originals


def _bullet(written: str, before: tuple[str, str] | None) -> str:
    """The CommonMark bullet a written bullet is read as: the one of the list above at this indent when the
    same bullet goes on, else another, so that a change of bullet starts a list of its own."""
    if before is not None and before[0] == written:
        return before[1]
    choices = ([written] if written in "-*+" else []) + ["-", "+", "*"]
    return next(c for c in choices if before is None or c != before[1])


_COMMONMARK_ORDERED = re.compile(r"^( *)([0-9]{1,9})([.)])(?=[ \t]|$)")
_ESCAPED_BULLET = re.compile("^( *)\\\\(?=[" + "".join(ch for ch in BULLETS if ch not in "-*+") + "])")
_LEADING_BULLET = re.compile("^( *)(?=[" + "".join(ch for ch in BULLETS if ch not in "-*+") + "](?: |$))", re.M)


def _item_text(rest: str) -> str:
    """An item's text after its marker; an escaped bullet that starts it loses its backslash, as at the start of a
    line ("1. \\▪ tanda" prints "▪ tanda" after "1.")."""
    return _ESCAPED_BULLET.sub(r"\1", rest, count=1)


def _not_a_list(line: str) -> str:
    """A line that is no list item by the house grammar, escaped where CommonMark would start a list
    ("2024. Selanjutnya"), so that the parser and the grammar agree; a bullet CommonMark does not know
    loses the backslash that kept it text ("\\▪ tanda" prints "▪ tanda")."""
    line = _ESCAPED_BULLET.sub(r"\1", line, count=1)
    found = _COMMONMARK_ORDERED.match(line)
    return line if found is None else f"{line[:found.start(3)]}\\{line[found.start(3):]}"


def _new_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"breaks": True, "html": False, "linkify": True, "typographer": False})
    md.enable(["linkify", "strikethrough"])
    md.disable(["code", "fence", "html_block", "html_inline", "image", "reference", "lheading", "blockquote"])
    return md


_parser = lru_cache(maxsize=1)(_new_parser)


_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape(plain: str) -> str:
    """Uraian text that renders exactly as the plain text given (every ASCII punctuation escaped, and a
    bullet that starts a line)."""
    return _LEADING_BULLET.sub(r"\1\\", _PUNCTUATION.sub(r"\\\1", plain))


@lru_cache(maxsize=1024)
def _parsed(text: str) -> tuple[Token, ...]:
    """One parse of a text, kept: a build reads each component text for the model's limits, the checks, and
    every format and page that prints it. Nothing downstream changes a token."""
    swapped, originals = _swap_markers(text.replace("\r\n", "\n").replace("\r", "\n"))
    stream = _parser().parse(swapped)
    for token in stream:
        if token.type == "list_item_open" and token.map:
            token.meta["marker"] = originals.get(token.map[0], token.markup or "-")
    return tuple(stream)


def tokens(text: str) -> list[Token]:
    """Parse Uraian text into markdown-it tokens; list items carry ``meta["marker"]``."""
    return list(_parsed(text))


def tree(text: str) -> SyntaxTreeNode:
    """Parse Uraian text into a syntax tree (for renderers that walk blocks)."""
    return SyntaxTreeNode(_parsed(text))


@dataclass(frozen=True)
class Shape:
    """How deep and how busy a text is: list nesting, inline nesting (emphasis in links in ...), inline marks."""

    lists: int
    inline: int
    marks: int


@lru_cache(maxsize=16384)
def shape(text: str) -> Shape:
    """The nesting and the number of emphasis/link marks of a text, from one parse."""
    depth = deepest = inline = marks = 0
    for token in tokens(text):
        if token.type in ("ordered_list_open", "bullet_list_open"):
            depth += 1
            deepest = max(deepest, depth)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            depth -= 1
        for child in token.children or ():
            if child.nesting == 1:
                marks += 1
                inline = max(inline, child.level + 1)
    return Shape(deepest, inline, marks)


def list_depth(text: str) -> int:
    """The deepest list nesting in the text (0 when there is no list)."""
    return shape(text).lists


def _marker_width(stream: list[Token], start: int) -> int:
    """The longest marker among the items of the list opened at ``start``."""
    level, widest = stream[start].level, 1
    for token in stream[start + 1:]:
        if token.level == stream[start].level and token.type.endswith("_list_close"):
            break
        if token.type == "list_item_open" and token.level == level + 1:
            widest = max(widest, len(token.meta.get("marker", "-")))
    return min(widest, 6)


def _render_list_open(self, stream, idx, options, env) -> str:
    tag = "ol" if stream[idx].type == "ordered_list_open" else "ul"
    return f'<{tag} class="daftar lebar-{_marker_width(stream, idx)}">\n'


def _render_item_open(self, stream, idx, options, env) -> str:
    marker = escapeHtml(stream[idx].meta.get("marker", "-"))
    return f'<li><span class="penanda">{marker}</span><div class="isi">'


def _render_item_close(self, stream, idx, options, env) -> str:
    return "</div></li>\n"


_SCHEME_AND_HOST = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s]{1,40}", re.I)


def _render_text(self, stream, idx, options, env) -> str:
    """Text; a link's "https://host" is held on one line (never "https://" alone at a line's end)."""
    content = stream[idx].content
    found = _SCHEME_AND_HOST.match(content) if idx and stream[idx - 1].type == "link_open" else None
    if found is None:
        return escapeHtml(content)
    return f'<span class="url-awal">{escapeHtml(found.group())}</span>{escapeHtml(content[found.end():])}'


@lru_cache(maxsize=1)
def _html_renderer() -> MarkdownIt:
    md = _new_parser()
    md.add_render_rule("ordered_list_open", _render_list_open)
    md.add_render_rule("bullet_list_open", _render_list_open)
    md.add_render_rule("list_item_open", _render_item_open)
    md.add_render_rule("list_item_close", _render_item_close)
    md.add_render_rule("text", _render_text)
    return md


@lru_cache(maxsize=16384)
def to_html(text: str) -> str:
    """Render Uraian text to safe HTML (everything escaped; markers printed as written); kept per text, as every
    page and data file that prints a component asks again."""
    md = _html_renderer()
    return md.renderer.render(_parsed(text), md.options, {})
