"""The printed page and the standards' table in millimetres, decided once from the profile for every format.

The HTML/PDF stylesheet, the DOCX page set-up and tables, the frame a flowchart must fit and the
columns of an SOP all read these; none of them keeps its own paper sizes or column widths.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Profil

PAPER: dict[str, tuple[float, float]] = {"F4": (215, 330), "A4": (210, 297)}
"""Paper sizes in millimetres, portrait (F4 is set in mm: the library's "Folio" is 215.9 × 330.2 mm)."""
LINE_HEIGHT = 1.3
"""The body's line height against its type size, in the stylesheet and the DOCX styles alike."""


@dataclass(frozen=True)
class PageSpec:
    """Paper size and margins (mm), the page-number text around ``{n}``, and the orientation."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    number_before: str
    number_after: str
    landscape: bool = False

    @classmethod
    def of(cls, profil: Profil, landscape: bool = False) -> "PageSpec":
        """The page a profile asks for (F4 by default), turned landscape for an SOP."""
        width, height = PAPER[profil.kertas]
        if landscape:
            width, height = max(width, height), min(width, height)
        margin = profil.margin
        before, _, after = profil.nomor_halaman.partition("{n}")
        return cls(width, height, margin.atas, margin.bawah, margin.kiri, margin.kanan, before, after, landscape)

    @property
    def text_width(self) -> float:
        """The width between the left and right margins."""
        return self.width - self.left - self.right

    @property
    def text_height(self) -> float:
        """The height between the top and bottom margins."""
        return self.height - self.top - self.bottom

    @property
    def header_distance(self) -> float:
        """From the top edge to the page number: centred in the top margin."""
        return max(self.top / 2 - 2.5, 4.0)

    @property
    def margins(self) -> dict[str, float]:
        """The four margins by side."""
        return {"top": self.top, "bottom": self.bottom, "left": self.left, "right": self.right}


@dataclass(frozen=True)
class TableSpec:
    """The No. | Komponen | Uraian table of a standard: fixed first columns, cell padding and rules (mm, pt)."""

    number: float = 11
    label: float = 42
    padding_vertical: float = 1.2
    padding_horizontal: float = 1.6
    rule_pt: float = 0.75
    keep_whole_share: float = 1 / 3
    """A row whose text takes more than this share of the page's text height may break across pages (pushed
    whole to the next page, a taller row would leave more than a third of a page empty)."""

    def uraian_width(self, page: PageSpec) -> float:
        """The width of the Uraian column."""
        return page.text_width - self.number - self.label

    def uraian_text_width(self, page: PageSpec) -> float:
        """What text and charts may fill in an Uraian cell: the column less its padding and rules."""
        return page.text_width - (self.number + self.label + 2 * self.padding_horizontal + 1)


TABLE = TableSpec()
"""The standards' table of every region (labels and groups vary; the geometry does not, yet)."""
