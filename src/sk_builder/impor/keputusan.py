"""The body of a decree read from the stream: heading, Menimbang, Mengingat, diktum, signature, Tembusan.

Parts are found by the words drafters put in front of them ("Menimbang", "KESATU", "Ditetapkan
di", ...), whether typed with tabs and colons, split over a label paragraph and a ":" paragraph,
or set in the cells of a borderless table. Points are split by their markers: a paragraph with a
marker of the kind that opened the part starts a point, anything else goes on with the point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..text.ordinal import diktum as diktum_name
from .blocks import Paragraph, Table
from .lampiran import LAMPIRAN
from .outline import Node, entry, outline, strip_runs
from .signature import SIGNATURE, signature_end

DIKTUM_NAMES = tuple(diktum_name(n) for n in range(1, 41)) + ("PERTAMA",)
_LABELS = ("Menimbang", "Mengingat", "Memperhatikan", "Menetapkan", "Tembusan")
_LABEL = re.compile(r"^[\t ]*(?P<label>Menimbang|Mengingat|Memperhatikan|Menetapkan|Tembusan(?:[\t ]+Yth\.?)?|"
                    + "|".join(sorted((re.escape(n).replace(r"\ ", r"[\t ]+") for n in DIKTUM_NAMES), key=len,
                                      reverse=True))
                    + r")(?![A-Za-z])[\t ]*(?P<colon>:?)[\t ]*", re.I)
_HEADING = re.compile(r"^\s*KEPUTUSAN\b")
_MEMUTUSKAN = re.compile(r"^\s*M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N\s*:?\s*$", re.I)


@dataclass
class Part:
    """A labelled part: its label as printed, where it starts, and its paragraphs (label removed)."""

    label: str
    at: Paragraph
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class DecreeFound:
    """The parts of a decree body as found; ``end`` is where the lampiran starts in the stream."""

    kop: list[Paragraph]
    heading: list[tuple[str, Paragraph]]
    parts: list[Part]
    signature: list[tuple[str, Paragraph]]
    end: int
    strays: list[Paragraph] = field(default_factory=list)


def heading_start(items: list) -> int | None:
    """Where "KEPUTUSAN ..." stands, when a Menimbang follows it; None when the document has no body.

    The lampiran header of an extract also starts a line with "KEPUTUSAN", after "LAMPIRAN".
    """
    for index, item in enumerate(items):
        if isinstance(item, Table):
            return None
        text = item.text.strip()
        if LAMPIRAN.match(text) or _is_menimbang(item):
            return None
        if _HEADING.match(text) and len(text) < 400:
            later = items[index + 1:index + 80]
            return index if any(isinstance(p, Paragraph) and _is_menimbang(p) for p in later) else None
    return None


def _is_menimbang(paragraph: Paragraph) -> bool:
    match = _LABEL.match(paragraph.text)
    return match is not None and match["label"].lower() == "menimbang"


def label_of(paragraph: Paragraph) -> tuple[str, Paragraph] | None:
    """(label, the paragraph without "Label :") when a paragraph opens a part."""
    match = _LABEL.match(paragraph.text)
    if not match:
        return None
    label = " ".join(match["label"].split())
    upper = label.upper()
    is_diktum = upper in DIKTUM_NAMES
    rest = paragraph.text[match.end():]
    if is_diktum and not label.isupper():
        return None  # "Kedua ..." in running text is not a diktum label
    if not match["colon"] and rest.strip() and not paragraph.text[len(match.group(0).rstrip()):].startswith("\t"):
        return None  # "Mengingat ketentuan ..." in a sentence
    stripped = replace(paragraph, runs=strip_runs(paragraph.runs, match.end()), marker=paragraph.marker)
    return label, stripped


def read_body(items: list, start: int) -> DecreeFound:
    """The body from the KEPUTUSAN heading to the lampiran (or the end)."""
    heading, index = _heading(items, start)
    found = DecreeFound(items[:start], heading, [], [], len(items))
    current: Part | None = None
    while index < len(items):
        item = items[index]
        if isinstance(item, Table):
            found.end = index
            return found
        text = item.text.strip()
        if LAMPIRAN.match(text) and (found.signature or current is not None and current.label != "Menetapkan"):
            found.end = index
            return found
        index += 1
        if not text or text == ":":
            continue
        if SIGNATURE.match(text):
            index = _signature(items, index - 1, found)
            current = None
            continue
        if _MEMUTUSKAN.match(text):
            current = None
            continue
        labelled = label_of(item)
        if labelled:
            current = Part(labelled[0], item)
            found.parts.append(current)
            item = labelled[1]
            if not item.text.strip():
                continue
        elif item.text.lstrip().startswith(":") and current is not None and not current.paragraphs:
            item = replace(item, runs=strip_runs(item.runs, len(item.text) - len(item.text.lstrip()) + 1))
        if current is None:
            found.strays.append(item)
        else:
            current.paragraphs.append(item)
    return found


def _heading(items: list, index: int) -> tuple[list[tuple[str, Paragraph]], int]:
    """The heading lines, up to and including the official's line that ends with a comma."""
    lines: list[tuple[str, Paragraph]] = []
    while index < len(items) and isinstance(items[index], Paragraph):
        paragraph = items[index]
        if label_of(paragraph):
            break
        index += 1
        parts = [" ".join(line.split()) for line in paragraph.text.split("\n") if line.strip()]
        lines += [(line, paragraph) for line in parts]
        if parts and parts[-1].endswith(",") and any(l.upper().startswith("TENTANG") for l, _ in lines):
            break
    return lines, index


def _signature(items: list, index: int, found: DecreeFound) -> int:
    """The signature block's lines (see ``signature_end``)."""
    end = signature_end(items, index)
    for paragraph in items[index:end]:
        for line in paragraph.text.split("\n"):
            if line.strip():
                found.signature.append((" ".join(line.split()), paragraph))
    return end


# --- points -------------------------------------------------------------------------------------

@dataclass
class Point:
    """One point of a part: its marker as printed (or None), its head paragraph and what follows it."""

    marker: str | None
    head: Node
    rest: list[Paragraph] = field(default_factory=list)

    def nodes(self) -> list[Node]:
        """The point's text as an outline without its marker."""
        return [Node(None, self.head.runs, self.head.paragraph), *outline(self.rest)]


def _kind(marker: str) -> str:
    from ..text.penomoran import marker_parse

    parsed = marker_parse(marker)
    return parsed[0] if parsed else marker


def points(paragraphs: list[Paragraph]) -> list[Point]:
    """A part's paragraphs split into points by the kind of marker the first point has."""
    found: list[Point] = []
    kind = None
    for paragraph in paragraphs:
        if not paragraph.text.strip():
            continue
        item = entry(paragraph)
        if item.marker is not None and (kind is None and not found or item.marker and _kind(item.marker) == kind):
            kind = _kind(item.marker)
            found.append(Point(item.marker, Node(None, item.runs, paragraph)))
        elif not found:
            found.append(Point(None, Node(None, item.runs if item.marker is None else paragraph.runs, paragraph)))
        else:
            found[-1].rest.append(paragraph)
    return found
