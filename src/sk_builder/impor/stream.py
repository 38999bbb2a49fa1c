"""The document as one stream: paragraphs in reading order, with the standards' tables kept whole.

Drafters lay out Menimbang, Mengingat, the diktum, the kop and the signature with tables or text
boxes as often as with tabs. Those layout tables are opened into their paragraphs, row by row
and cell by cell, so "Menimbang | : | a. bahwa ..." reads the same as "Menimbang<tab>:<tab>a.
bahwa ...". Only a table whose rows name the components of a standard stays a table.
"""

from __future__ import annotations

import re

from .blocks import Paragraph, Row, Table
from .komponen import component_of, group_of

_HEADER_WORDS = (re.compile(r"^no\.?$|^nomor$", re.I), re.compile(r"komponen", re.I), re.compile(r"uraian", re.I))


def is_header_row(row: Row) -> bool:
    """A "No. | Komponen | Uraian" row (also repeated at the top of a table continued on the next page)."""
    texts = [cell.text for cell in row.cells if cell.text]
    hits = sum(1 for pattern in _HEADER_WORDS if any(pattern.search(text) for text in texts))
    return hits >= 2 and len(texts) <= 4


def component_rows(table: Table) -> int:
    """How many rows of a table name a component in a cell before the last."""
    count = 0
    for row in table.rows:
        cells = [cell for cell in row.cells if not cell.merged_above]
        if len(cells) >= 2 and any(component_of(cell.text) for cell in cells[:-1] if len(cell.text) < 90):
            count += 1
    return count


def is_component_table(table: Table) -> bool:
    """Whether a table holds (part of) a standard: component rows, or its header and group rows."""
    width = max((len(row.cells) for row in table.rows), default=0)
    if width < 2:
        return False
    named = component_rows(table)
    header = any(is_header_row(row) for row in table.rows[:2])
    groups = any(len([c for c in row.cells if c.text]) == 1 and group_of(row.cells[0].text) is not None
                 for row in table.rows)
    return named >= 2 or (named >= 1 and (header or groups)) or (header and width >= 3)


def flatten(blocks: list) -> list:
    """Paragraphs in reading order, layout tables opened, component tables kept."""
    out: list = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block)
        elif is_component_table(block):
            out.append(block)
        else:
            for row in block.rows:
                for cell in row.cells:
                    if not cell.merged_above:
                        out.extend(flatten(cell.blocks))
    return out
