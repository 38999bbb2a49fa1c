"""A chart as a document prints it: the graph, the frame it must fit, and its lettered explanations."""

from __future__ import annotations

from dataclasses import dataclass, replace

from markupsafe import Markup

from ..fonts import choose
from ..model import Bagan, Profil
from ..page import TABLE, PageSpec
from .model import TERMINATORS, Chart, chart_of
from .render import PT_PER_MM, Frame, Picture, pictures, svgs

CHART_SHARE_OF_PAGE = 0.75
"""How much of the page body one part of a chart may take; taller charts are cut into parts."""


@dataclass(frozen=True)
class Explanation:
    """A lettered explanation printed after the chart: marker ("a.") and Markdown text."""

    marker: str
    text: str


KETERANGAN = "Keterangan:"
"""The heading ``judul_keterangan: true`` prints above the lettered explanations."""


@dataclass(frozen=True)
class Figure:
    """A chart placed in a document: what it draws, the frame it must fit, and how the drafter prints it:
    the lettered explanations or not (``listed``) and their heading, letters in the boxes, start and end
    shapes. The defaults print what a chart printed before these choices existed."""

    chart: Chart
    frame: Frame
    listed: bool = True
    heading: str = ""
    letters: bool = True
    terminators: bool = True

    @property
    def title(self) -> str | None:
        """The chart's own title, if the record gives one."""
        return self.chart.title

    @property
    def explanations(self) -> tuple[Explanation, ...]:
        """The explanations of the lettered steps, in order (none when the drafter prints no list)."""
        if not self.listed:
            return ()
        return tuple(Explanation(f"{s.letter}.", s.explanation) for s in self.chart.explained)

    @property
    def drawn(self) -> Chart:
        """The chart as drawn: without the letters in its boxes, or without start and end shapes (and their
        arrows), when the drafter's original has none."""
        if self.letters and self.terminators:
            return self.chart
        steps = tuple(s if self.letters else replace(s, letter="") for s in self.chart.steps
                      if self.terminators or s.kind not in TERMINATORS)
        kept = {s.id for s in steps}
        arrows = tuple(a for a in self.chart.arrows if a.source in kept and a.target in kept)
        return replace(self.chart, steps=steps, arrows=arrows)

    def svgs(self) -> tuple[Markup, ...]:
        """The inline SVG of every part (Graphviz output, cleaned)."""
        return tuple(Markup(text) for text in svgs(self.drawn, self.frame))

    def pictures(self) -> tuple[Picture, ...]:
        """A 300 dpi PNG of every part with its printed size in points (for DOCX)."""
        return pictures(self.drawn, self.frame)


def uraian_frame(profil: Profil) -> Frame:
    """The frame of the Uraian cell of a standard's table on the region's paper, in its body font."""
    page = PageSpec.of(profil)
    family = choose("isi", profil.huruf.isi).family or profil.huruf.isi[0]
    cell = TABLE.uraian_text_width(page)
    return Frame(round(cell * PT_PER_MM, 2), round(page.text_height * CHART_SHARE_OF_PAGE * PT_PER_MM, 2),
                 family, round(profil.huruf.ukuran * 0.75, 2))


def heading(bagan: Bagan) -> str:
    """The heading printed above a chart's explanations ("" for none)."""
    if bagan.judul_keterangan is True:
        return KETERANGAN
    return bagan.judul_keterangan.strip() if isinstance(bagan.judul_keterangan, str) else ""


def figure(bagan: Bagan, frame: Frame) -> Figure:
    """One chart as the record asks it printed."""
    return Figure(chart_of(bagan), frame, bagan.keterangan, heading(bagan), bagan.huruf_di_kotak, bagan.mulai_selesai)


def figures(charts: list[Bagan], profil: Profil) -> tuple[Figure, ...]:
    """The figures of a standard's procedure charts."""
    frame = uraian_frame(profil)
    return tuple(figure(bagan, frame) for bagan in charts)
