"""A Maklumat Pelayanan as a standalone HTML page and, printed from it by WeasyPrint, the PDF poster; the region's
own templates (``templat/maklumat/…``) are found before the package's."""

from __future__ import annotations

from markupsafe import Markup

from ..fonts import profile_fonts
from ..page import LINE_HEIGHT, TABLE
from ..project import Region
from ..render.html import css_string, page_settings
from ..render.templating import data_uri, render
from .document import PADDING_MM, PARAGRAPH_GAP, PledgeDocument


def stylesheet(region: Region, doc: PledgeDocument) -> str:
    """The poster's stylesheet: the decree's sheet on the poster's paper, the pledge at its own size."""
    body, kop = profile_fonts(region.profil)
    fonts = {"body": css_string(body.family or body.wanted[0]), "kop": css_string(kop.family or kop.wanted[0]),
             "size": region.profil.huruf.ukuran}
    return render(
        region.templat, "maklumat/maklumat.css.j2", page=page_settings(doc.page), fonts=fonts, table=TABLE,
        line_height=LINE_HEIGHT, size=doc.size, padding=PADDING_MM, gap=PARAGRAPH_GAP * LINE_HEIGHT,
        picture_height=doc.picture_height, space_above=doc.space_above)


def render_html(region: Region, doc: PledgeDocument, created: str | None) -> str:
    """The HTML text of a Maklumat poster (every record text escaped; pictures as data: URIs; an error in a
    region's template is a located SK132)."""
    return render(
        region.templat, "maklumat/maklumat.html.j2", doc=doc, css=Markup(stylesheet(region, doc)),
        emblem=data_uri(region.emblem), picture=data_uri(doc.picture), region_name=region.profil.nama,
        created=created)


def maklumat_html(job) -> str:
    """The HTML page of a Maklumat job."""
    return render_html(job.region, job.document, job.date.isoformat())


def maklumat_pdf(job) -> bytes:
    """The PDF poster of a Maklumat job."""
    from ..render.pdf import html_to_pdf

    return html_to_pdf(maklumat_html(job))
