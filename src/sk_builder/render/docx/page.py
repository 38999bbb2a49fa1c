"""The page of a profile in millimetres: paper, margins, text width and where the page number sits."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Profil
from ..html import PAPER


@dataclass(frozen=True)
class Page:
    """Paper size and margins (mm) and the page-number text around ``{n}``."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    number_before: str
    number_after: str

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
        """From the top edge to the page number: centred in the top margin, as in the PDF."""
        return max(self.top / 2 - 2.5, 4.0)

    @property
    def margins(self) -> dict[str, float]:
        """The four margins by side."""
        return {"top": self.top, "bottom": self.bottom, "left": self.left, "right": self.right}


def page_of(profil: Profil) -> Page:
    """The page a profile asks for (F4 215 x 330 mm by default, A4 210 x 297 mm by profile)."""
    width, height = PAPER[profil.kertas]
    margin = profil.margin
    before, _, after = profil.nomor_halaman.partition("{n}")
    return Page(width, height, margin.atas, margin.bawah, margin.kiri, margin.kanan, before, after)
