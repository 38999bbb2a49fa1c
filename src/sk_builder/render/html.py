"""The decree (or one standard's lampiran extract) as a standalone HTML page, also the PDF's source."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..document import DecreeDocument
from ..fonts import FontChoice, profile_fonts
from ..images import Picture
from ..model import Profil
from ..page import LINE_HEIGHT, TABLE, PageSpec
from ..rupa import DokumenAcuan, TemplatWilayah
from .templating import data_uri, render

def css_string(text: str) -> str:
    """A quoted CSS string that no record text can break out of."""
    escaped = "".join(ch if ch.isalnum() or ch in " -_.,()/:" else f"\\{ord(ch):x} " for ch in text)
    return f'"{escaped}"'


def page_settings(page: PageSpec, numbers: bool = True, first: bool = True) -> dict:
    """Paper, margins and page-number text for the stylesheet; without ``numbers`` the pages carry none (a
    piece numbered afterwards), without ``first`` the first page has the others' top margin (a later piece)."""
    return {
        "width": page.width, "height": page.height, "top": page.top, "bottom": page.bottom,
        "left": page.left, "right": page.right, "first_top": min(page.top, 12),
        "number_before": css_string(page.number_before), "number_after": css_string(page.number_after),
        "numbers": numbers, "first": first,
    }


@dataclass(frozen=True)
class PageContext:
    """What a document page needs besides the document itself."""

    profil: Profil
    fonts: tuple[FontChoice, FontChoice]
    emblem: Picture | None
    region_name: str
    templat: TemplatWilayah | None = None
    """The region's templates, found before the package's."""
    acuan: DokumenAcuan | None = None
    """The region's Word reference document (the DOCX starts from it)."""
    kop_sendiri: bool = False
    """Whether the decree prints a kop of its own (``kop`` in its record), which the reference's does not replace."""


def stylesheet(context: PageContext, numbers: bool = True, first: bool = True) -> str:
    """The document stylesheet for a region (``numbers`` and ``first``: see ``page_settings``)."""
    body, kop = context.fonts
    fonts = {"body": css_string(body.family or body.wanted[0]), "kop": css_string(kop.family or kop.wanted[0]),
             "size": context.profil.huruf.ukuran}
    return render(context.templat, "dokumen/dokumen.css.j2",
                  page=page_settings(PageSpec.of(context.profil), numbers, first), fonts=fonts, table=TABLE,
                  line_height=LINE_HEIGHT)


def render_page(doc: DecreeDocument, context: PageContext, created: str | None, numbers: bool = True,
                first: bool = True) -> str:
    """The HTML text of a document (``numbers`` and ``first``: see ``page_settings``)."""
    return printable_page(doc, context, created, numbers, first, inline=True)[0]


def printable_page(doc: DecreeDocument, context: PageContext, created: str | None, numbers: bool = True,
                   first: bool = True, inline: bool = False) -> tuple[str, str]:
    """A document's HTML and its stylesheet; unless ``inline`` the page does not hold the stylesheet, which
    the PDF printer then parses once for every page that shares it (render/pdf.py)."""
    css = stylesheet(context, numbers, first)
    html = render(context.templat, "dokumen/keputusan.html.j2", doc=doc, css=Markup(css if inline else ""),
                  emblem=data_uri(context.emblem), region_name=context.region_name, created=created)
    return html, css


def page_context(job) -> PageContext:
    """The region settings a document page is rendered with."""
    region = job.region
    decree = getattr(job, "decree", None)
    return PageContext(region.profil, profile_fonts(region.profil), region.emblem, region.profil.nama,
                       region.templat, region.acuan, decree is not None and decree.record.kop is not None)


def created(job) -> str | None:
    """The date a job's page says it was made: the document's own date, never the clock."""
    return job.date.isoformat() if job.date else None


def job_html(job) -> str:
    """The HTML page of a decree or standard job."""
    return render_page(job.document, page_context(job), created(job))


def job_printable(job) -> tuple[str, str]:
    """The HTML page of a decree or standard job and its stylesheet apart, for the PDF printer."""
    return printable_page(job.document, page_context(job), created(job))

