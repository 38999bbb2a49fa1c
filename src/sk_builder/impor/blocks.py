"""What the importer reads out of a Word document: paragraphs with runs and list numbers, tables, pictures."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A stretch of text with one look; ``\\n`` is a line break, ``\\t`` a tab."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(frozen=True)
class Picture:
    """A picture in the document: its bytes (when embedded), content type and alternative text."""

    data: bytes | None
    name: str
    description: str = ""
    width_mm: float = 0.0


@dataclass
class Paragraph:
    """One paragraph as printed: runs, Word's list number (if any), indents in twips, alignment."""

    runs: list[Run]
    number: int                 # position in reading order (1-based), for the report
    place: str                  # "paragraf 12" or "tabel 3, baris 4, sel 3"
    style: str = ""
    marker: str | None = None   # Word's list number as printed ("a.", "1)"), or None
    num_format: str | None = None
    level: int = 0              # Word list level (ilvl)
    left: int = 0               # left indent of the text, twips
    hanging: int = 0            # hanging indent, twips (negative for a first-line indent)
    align: str = "left"
    page_break: bool = False
    pictures: list[Picture] = field(default_factory=list)
    in_header: bool = False
    font: str | None = None
    size: float | None = None

    @property
    def text(self) -> str:
        """The paragraph's text (breaks as newlines)."""
        return "".join(run.text for run in self.runs)

    @property
    def bold(self) -> bool:
        """Whether all its visible text is bold."""
        seen = [run.bold for run in self.runs if run.text.strip()]
        return bool(seen) and all(seen)


@dataclass
class Cell:
    """A table cell: its blocks, how many grid columns it spans and whether it continues a merge above."""

    blocks: list
    span: int = 1
    merged_above: bool = False
    place: str = ""

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph in the cell, nested tables included, in reading order."""
        return list(walk_paragraphs(self.blocks))

    @property
    def text(self) -> str:
        """The cell's text, one line per paragraph."""
        return "\n".join(p.text for p in self.paragraphs).strip()


@dataclass
class Row:
    """A table row; ``header`` when Word repeats it at the top of every page."""

    cells: list[Cell]
    header: bool = False


@dataclass
class Table:
    """A table: rows, its number in reading order and whether it has visible borders."""

    rows: list[Row]
    number: int
    place: str
    borders: bool = True
    in_header: bool = False


def walk_paragraphs(blocks):
    """Every paragraph of a block list, descending into tables."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            for row in block.rows:
                for cell in row.cells:
                    yield from walk_paragraphs(cell.blocks)
