"""The lampiran read from the stream: its header, Bagian headings, standard titles and their tables.

A standard is its title ("STANDAR PELAYANAN" and the service, on one line or several), an
optional draft note, and one or more component tables: a table that goes on over a page break
is often split into several tables, each repeating the header row, and a row cut at the break
continues in the next table with its No. and Komponen cells left empty. Those pieces are put
back together. A signature block after a table is noted (the profile's
``tanda_tangan_per_standar``); an upper-case line before a title is a Bagian heading.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .blocks import Cell, Paragraph, Picture, Table
from .komponen import component_of, group_of
from .signature import SIGNATURE, signature_end
from .stream import is_header_row

TITLE = re.compile(r"^\s*STANDAR\s+PELAYANAN\b[\s:]*", re.I)
LAMPIRAN = re.compile(r"^\s*LAMPIRAN\b", re.I)
DRAFT = re.compile(r"^\s*DRAF\b", re.I)
NIP = re.compile(r"^\s*NIP\b", re.I)


@dataclass
class ComponentRow:
    """A table row naming a component: its key, the label as printed and the Uraian paragraphs."""

    key: str
    label: str
    place: Paragraph | Cell
    paragraphs: list[Paragraph]
    pictures: list[tuple[Picture, str]] = field(default_factory=list)


@dataclass
class StandardFound:
    """One standard of the lampiran as found."""

    title: str
    title_at: Paragraph | None
    heading: str | None
    heading_at: Paragraph | None
    draft: bool = False
    tables: list[Table] = field(default_factory=list)
    rows: list[ComponentRow] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    strays: list[tuple[str, str]] = field(default_factory=list)  # (place, text) of rows no component takes
    signature_after: bool = False


@dataclass
class LampiranFound:
    """The lampiran: header lines, its standards and the paragraphs no part took."""

    header: list[str] = field(default_factory=list)
    header_at: Paragraph | None = None
    standards: list[StandardFound] = field(default_factory=list)
    strays: list[Paragraph] = field(default_factory=list)
    signatures: int = 0


def _lines(paragraph: Paragraph) -> list[str]:
    return [" ".join(line.split()) for line in paragraph.text.split("\n") if line.strip()]


def _is_heading(paragraph: Paragraph) -> bool:
    text = " ".join(paragraph.text.split())
    return bool(text) and text.upper() == text and any(c.isalpha() for c in text) and len(text) < 150


def read_lampiran(items: list, start: int, tentang: str | None = None) -> LampiranFound:
    """The lampiran from ``items[start:]``."""
    found = LampiranFound()
    index = start
    index = _header(items, index, found, tentang)
    heading: tuple[str, Paragraph] | None = None
    current: StandardFound | None = None
    while index < len(items):
        item = items[index]
        index += 1
        if isinstance(item, Table):
            if current is None or (current.tables and current.tables[-1] is not _previous_table(items, index - 1)):
                current = _new(found, "", None, heading)
            current.tables.append(item)
            continue
        text = " ".join(item.text.split())
        if not text:
            continue
        if TITLE.match(text):
            current = _new(found, TITLE.sub("", item.text), item, heading)
            index = _title_rest(items, index, current)
        elif DRAFT.match(text) and current is not None:
            current.draft = True
        elif SIGNATURE.match(text):
            index = signature_end(items, index - 1)
            found.signatures += 1
            if current is not None and current.tables:
                current.signature_after = True
        elif LAMPIRAN.match(text) and found.header:
            found.strays.append(item)
            index = _header(items, index - 1, LampiranFound(), None)
        elif _is_heading(item):
            heading = (text, item)
        else:
            found.strays.append(item)
    for standard in found.standards:
        _read_tables(standard)
    return found


def _previous_table(items: list, index: int):
    """The table before ``items[index]`` when only empty paragraphs lie between (a table split at a page)."""
    index -= 1
    while index >= 0 and isinstance(items[index], Paragraph) and not items[index].text.strip():
        index -= 1
    return items[index] if index >= 0 and isinstance(items[index], Table) else None


def _new(found: LampiranFound, title: str, at, heading) -> StandardFound:
    standard = StandardFound(" ".join(title.split()), at, heading[0] if heading else None,
                             heading[1] if heading else None)
    found.standards.append(standard)
    return standard


def _title_rest(items: list, index: int, standard: StandardFound) -> int:
    """Upper-case lines after "STANDAR PELAYANAN" up to the table continue the title."""
    while index < len(items) and isinstance(items[index], Paragraph):
        paragraph = items[index]
        text = " ".join(paragraph.text.split())
        if text and (not _is_heading(paragraph) or DRAFT.match(text) or TITLE.match(text)):
            break
        if text:
            standard.title = f"{standard.title} {text}".strip()
        index += 1
    return index


def _header(items: list, index: int, found: LampiranFound, tentang: str | None) -> int:
    """The header block ("LAMPIRAN", "KEPUTUSAN ...", "NOMOR ...", "TENTANG ...") when it is there."""
    while index < len(items) and isinstance(items[index], Paragraph) and not items[index].text.strip():
        index += 1
    if index >= len(items) or not isinstance(items[index], Paragraph) or not LAMPIRAN.match(items[index].text):
        return index
    found.header_at = items[index]
    while index < len(items) and isinstance(items[index], Paragraph):
        paragraph = items[index]
        text = " ".join(paragraph.text.split())
        if found.header and (not text or TITLE.match(text) or paragraph.align == "center"
                             or _covers(found.header, tentang)):
            break
        found.header.extend(_lines(paragraph))
        index += 1
    return index


def _covers(header: list[str], tentang: str | None) -> bool:
    """Whether the header's TENTANG lines already hold the whole title of the decree."""
    if not tentang:
        return False
    joined = " ".join(header).upper()
    at = joined.find("TENTANG")
    return at >= 0 and " ".join(joined[at + 7:].split()) == " ".join(tentang.upper().split())


# --- the component tables ---------------------------------------------------------------------------

def _label_column(table: Table) -> int:
    """The column that holds the component labels (the most common among rows that name one)."""
    votes: Counter[int] = Counter()
    for row in table.rows:
        for position, cell in enumerate(row.cells[:-1]):
            if len(cell.text) < 90 and component_of(cell.text):
                votes[position] += 1
                break
    return votes.most_common(1)[0][0] if votes else max(0, min(len(r.cells) for r in table.rows) - 2)


def _read_tables(standard: StandardFound) -> None:
    for table in standard.tables:
        column = _label_column(table)
        for row in table.rows:
            if is_header_row(row):
                continue
            cells = row.cells
            filled = [cell for cell in cells if cell.text or _pictures(cell)]
            if len(filled) == 1 and (group := group_of(filled[0].text)) is not None and len(filled[0].text) < 60:
                standard.groups.append((group, " ".join(filled[0].text.split())))
                continue
            if not filled:
                continue
            _component_row(standard, cells, column)


def _pictures(cell: Cell) -> list[Picture]:
    return [picture for paragraph in cell.paragraphs for picture in paragraph.pictures]


def _component_row(standard: StandardFound, cells: list[Cell], column: int) -> None:
    label_cell = cells[column] if column < len(cells) else None
    rest = cells[column + 1:] if label_cell is not None else cells
    paragraphs = [p for cell in rest for p in cell.paragraphs]
    pictures = [(picture, cell.place) for cell in rest for picture in _pictures(cell)]
    label = " ".join(label_cell.text.split()) if label_cell is not None else ""
    match = component_of(label) if label else None
    number = " ".join(cells[column - 1].text.split()) if column >= 1 else ""
    if match and label_cell is not None:  # a label is read only from a label cell
        standard.rows.append(ComponentRow(match[0], label, label_cell, paragraphs, pictures))
    elif not label and not number and standard.rows:
        standard.rows[-1].paragraphs.extend(paragraphs)  # a row cut at a page break goes on here
        standard.rows[-1].pictures.extend(pictures)
    else:
        place = label_cell.place if label_cell is not None else cells[0].place
        text = " | ".join(" ".join(cell.text.split()) for cell in cells if cell.text)
        standard.strays.append((place, text))
