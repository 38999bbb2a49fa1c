"""A chart as a document prints it: the graph, the frame it must fit, and its lettered explanations."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..fonts import choose
from ..model import Bagan, Profil
from ..page import TABLE, PageSpec
from .model import Chart, chart_of
from .render import PT_PER_MM, Frame, Picture, pictures, svgs

CHART_SHARE_OF_PAGE = 0.75
"""How much of the page body one part of a chart may take; taller charts are cut into parts."""


@dataclass(frozen=True)
class Explanation:
    """A lettered explanation printed after the chart: marker ("a.") and Markdown text."""

    marker: str
    text: str


@dataclass(frozen=True)
class Figure:
    """A chart placed in a document: what it draws and the frame it must fit."""

    chart: Chart
    frame: Frame

    @property
    def title(self) -> str | None:
        """The chart's own title, if the record gives one."""
        return self.chart.title

    @property
    def explanations(self) -> tuple[Explanation, ...]:
        """The explanations of the lettered steps, in order."""
        return tuple(Explanation(f"{s.letter}.", s.explanation) for s in self.chart.explained)

    def svgs(self) -> tuple[Markup, ...]:
        """The inline SVG of every part (Graphviz output, cleaned)."""
        return tuple(Markup(text) for text in svgs(self.chart, self.frame))

    def pictures(self) -> tuple[Picture, ...]:
        """A 300 dpi PNG of every part with its printed size in points (for DOCX)."""
        return pictures(self.chart, self.frame)


def uraian_frame(profil: Profil) -> Frame:
    """The frame of the Uraian cell of a standard's table on the region's paper, in its body font."""
    page = PageSpec.of(profil)
    family = choose("isi", profil.huruf.isi).family or profil.huruf.isi[0]
    cell = TABLE.uraian_text_width(page)
    return Frame(round(cell * PT_PER_MM, 2), round(page.text_height * CHART_SHARE_OF_PAGE * PT_PER_MM, 2),
                 family, round(profil.huruf.ukuran * 0.75, 2))


def figures(charts: list[Bagan], profil: Profil) -> tuple[Figure, ...]:
    """The figures of a standard's procedure charts."""
    frame = uraian_frame(profil)
    return tuple(Figure(chart_of(bagan), frame) for bagan in charts)
