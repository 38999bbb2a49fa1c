"""Where a procedure's charts print: right after the item of the procedure's list that ``setelah`` names.

``setelah`` is written as the drafter reads the printed procedure: the item's marker (``3``, ``"3."``,
``"b)"``), the markers of its parents before it when the marker recurs in a nested list (``"2. b."``),
and the first words of the item's text when markers alone cannot tell two items apart (``"3. Surat
Masuk"``, or ``"- Petugas"`` for a bullet). A marker written bare (``3``, ``b``) stands for the item
numbered or lettered so with either delimiter (``3.``, ``3)``).

The Markdown source is cut at the end of the item (its sub-items included), after the house
Markdown's own nesting of lists written flat (``text.jenjang``), so the text before the cut renders as
it did in the whole; the text after it is set back to the left margin (after a nested item, its
remaining siblings print at the margin too). Markers are printed as written, so a list cut in two goes
on with its own numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, Sequence, TypeVar

from markdown_it.tree import SyntaxTreeNode

from .. import uraian
from ..text.jenjang import nested
from ..text.penanda import BULLET, LETTER, NUMBER, SECTION

_MARKER = re.compile(rf"(?:{SECTION}|{NUMBER}|{LETTER}|{BULLET}|[0-9]{{1,3}}|[a-z])(?=\s|$)")
_LISTS = ("ordered_list", "bullet_list")
T = TypeVar("T")


@dataclass(frozen=True)
class Butir:
    """A list item of the procedure: its markers from the outermost parent down, its first line, the line
    after its end (sub-items included) and the words of its own text."""

    markers: tuple[str, ...]
    line: int
    end: int
    lead: str

    @property
    def written(self) -> str:
        """How a drafter writes it in ``setelah`` (its markers)."""
        return " ".join(self.markers)


@dataclass(frozen=True)
class Sasaran:
    """What a ``setelah`` value asks for: markers (outermost first) and the first words of the item's text."""

    markers: tuple[str, ...]
    words: str


@dataclass(frozen=True)
class Piece(Generic[T]):
    """A stretch of a cell: Markdown text, then the charts that print right after it."""

    text: str
    charts: tuple[T, ...] = ()


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def butir(text: str) -> tuple[Butir, ...]:
    """Every list item of a text at any depth, in reading order."""
    found: list[Butir] = []
    _walk(uraian.tree(text), (), found)
    return tuple(found)


def _walk(node: SyntaxTreeNode, parents: tuple[str, ...], found: list[Butir]) -> None:
    for child in node.children:
        if child.type in _LISTS:
            for item in child.children:
                if item.type != "list_item" or not item.map:
                    continue
                markers = parents + (str(item.meta.get("marker", "-")),)
                lead = next((p.children[0].content for p in item.children
                             if p.type == "paragraph" and p.children), "")
                found.append(Butir(markers, item.map[0], item.map[1], lead))
                _walk(item, markers, found)


def sasaran(value: str) -> Sasaran:
    """A ``setelah`` value read as leading markers and the words after them."""
    rest, markers = value.strip(), []
    while rest:
        match = _MARKER.match(rest)
        if match is None or (len(match.group(0)) == 1 and match.group(0).isalpha() and rest[match.end():].strip()):
            break  # a lone letter is a marker only at the end ("2 b"); before words it is a word ("- p q")
        markers.append(match.group(0))
        rest = rest[match.end():].lstrip()
    return Sasaran(tuple(markers), " ".join(rest.split()))


def _same_marker(asked: str, written: str) -> bool:
    if asked == written:
        return True
    return asked[-1:] not in ".)" and written[:-1] == asked and written[-1:] in ".)"


def _fits(item: Butir, wanted: Sasaran) -> bool:
    count = len(wanted.markers)
    if count > len(item.markers):
        return False
    if not all(_same_marker(a, w) for a, w in zip(wanted.markers, item.markers[-count:] if count else ())):
        return False
    return " ".join(item.lead.split()).casefold().startswith(wanted.words.casefold())


def matches(text: str, value: str) -> tuple[Butir, ...]:
    """The items of ``text`` that a ``setelah`` value names (one when it is right)."""
    wanted = sasaran(value)
    if not wanted.markers and not wanted.words:
        return ()
    return tuple(item for item in butir(text) if _fits(item, wanted))


def problem(text: str, value: str) -> str | None:
    """Why ``value`` names no single item of ``text`` (an Indonesian message), or None when it does."""
    found = matches(text, value)
    if len(found) == 1:
        return None
    items = butir(text)
    if not items:
        return f'setelah: "{value}" tidak dapat ditempatkan; uraian prosedur tidak memuat daftar berpenanda'
    if not found:
        shown = list(dict.fromkeys(item.written for item in items))
        listing = ", ".join(shown[:12]) + (", ..." if len(shown) > 12 else "")
        return f'setelah: butir "{value}" tidak ada di uraian prosedur; butir yang ada: {listing}'
    where = " dan ".join(f"baris {item.line + 1}" for item in found[:3]) + (" ..." if len(found) > 3 else "")
    example = found[-1]
    hint = f'"{example.written}"' if len(example.markers) > len(sasaran(value).markers) else \
        f'"{example.markers[-1]} {" ".join(example.lead.split()[:3])}"'
    return (f'setelah: "{value}" cocok dengan {len(found)} butir ({where} uraian prosedur); tulis juga penanda '
            f"induknya atau awal teksnya, mis. {hint}")


def pieces(text: str, placed: Sequence[tuple[str, T]], rest: Sequence[T] = ()) -> tuple[Piece[T], ...]:
    """``text`` cut after the item each ``(setelah, thing)`` names, each thing right after its item (in the
    order given where several follow one item); ``rest`` (and anything whose item is not found) at the end."""
    lines = nested(_lines(text))
    cuts: dict[int, list[T]] = {}
    late: list[T] = []
    for value, thing in placed:
        found = matches(text, value)
        if len(found) == 1:
            cuts.setdefault(_end(lines, found[0].end), []).append(thing)
        else:
            late.append(thing)
    result: list[Piece[T]] = []
    start = 0
    for end in sorted(cuts):
        result.append(Piece(_chunk(lines[start:end]), tuple(cuts[end])))
        start = end
    result.append(Piece(_chunk(lines[start:]), tuple(late) + tuple(rest)))
    return tuple(piece for piece in result if piece.text or piece.charts)


def _end(lines: list[str], end: int) -> int:
    """The item's end without the blank lines markdown-it counts to it."""
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    return end


def _chunk(lines: list[str]) -> str:
    """Lines as a text of their own: blank lines around removed, set back to the leftmost line's indent."""
    kept = list(lines)
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    indent = min((len(line) - len(line.lstrip(" ")) for line in kept if line.strip()), default=0)
    return "\n".join(line[indent:] for line in kept)
