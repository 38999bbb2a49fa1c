"""An SOP as an HTML page (also the PDF's source) and as PDF with off-page connectors at page breaks; the region's
own templates (``templat/sop/…``) are found before the package's."""

from __future__ import annotations

from markupsafe import Markup

from ..fonts import profile_fonts
from ..page import LINE_HEIGHT, TABLE, PageSpec
from ..project import Procedure, Region
from ..render.html import css_string, page_settings
from ..render.templating import data_uri, render
from .document import SopDocument, sop_document, with_page_breaks
from .svg import RAIL, cell_style, cell_svg


def stylesheet(region: Region) -> str:
    """The SOP stylesheet: the decree's sheet on a landscape page."""
    body, kop = profile_fonts(region.profil)
    page = page_settings(PageSpec.of(region.profil, landscape=True))
    fonts = {"body": css_string(body.family or body.wanted[0]), "kop": css_string(kop.family or kop.wanted[0]),
             "size": region.profil.huruf.ukuran}
    return render(region.templat, "sop/sop.css.j2", page=page, fonts=fonts, table=TABLE, line_height=LINE_HEIGHT)


def document_of(region: Region, procedure: Procedure) -> SopDocument:
    """The SOP document of a procedure, its drawing labelled in the region's body font."""
    body, _ = profile_fonts(region.profil)
    return sop_document(region, procedure, body.family or body.wanted[0])


def cell_class(row: int, column: int) -> str:
    """The class of a performer cell that has a background (rails, connector): ``sel-<row>-<column>``."""
    return f"sel-{row}-{column}"


def drawn_cells(doc: SopDocument) -> list[list[tuple[Markup, str]]]:
    """Per activity row, each performer cell's SVG and the class that gives it its background (or "")."""
    return [[(Markup(cell_svg(cell, doc.font)), cell_class(r, c) if cell.rails or cell.exit else "")
             for c, cell in enumerate(row.cells, start=1)] for r, row in enumerate(doc.rows, start=1)]


def column_widths(doc: SopDocument) -> list[float]:
    """The flow table's column widths in millimetres, left to right."""
    widths = doc.columns
    return [widths.no, widths.uraian, *widths.performers, widths.kelengkapan, widths.waktu, widths.output,
            widths.keterangan]


def flow_rules(doc: SopDocument, rail: str = RAIL) -> str:
    """The stylesheet rules of one flow table: column widths and the backgrounds of the cells that have one.

    They are rules, not ``style=`` attributes; ``rail`` is the rail image's URL (see ``cell_style``).
    """
    rules = [f"table.alur col.kolom-{i} {{ width: {width}mm; }}" for i, width in enumerate(column_widths(doc), start=1)]
    for r, row in enumerate(doc.rows, start=1):
        for c, cell in enumerate(row.cells, start=1):
            if cell.rails or cell.exit:
                rules.append(f"table.alur td.{cell_class(r, c)} {{ {cell_style(cell, doc.font, rail)}; }}")
    return "\n".join(rules) + "\n"


def render_html(doc: SopDocument, region: Region, created: str | None) -> str:
    """The HTML text of an SOP (an error in a region's template is a located SK132)."""
    css = stylesheet(region) + flow_rules(doc)
    return render(region.templat, "sop/sop.html.j2", doc=doc, drawn=drawn_cells(doc), css=Markup(css),
                  emblem=data_uri(region.emblem), region_name=region.profil.nama, created=created)


def page_starts(html: str) -> tuple[int, ...]:
    """The numbers of the activities that begin a new page when the HTML is printed."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"})
    layout = HTML(string=html, base_url="about:blank", url_fetcher=fetcher, media_type="print").render()
    first_page: dict[int, int] = {}
    for index, page in enumerate(layout.pages):
        root = getattr(page, "_page_box", None)  # WeasyPrint's laid-out boxes (not public API)
        if root is None:
            return ()  # without it the PDF simply has no off-page connectors
        for box in root.descendants():
            element_id = box.element.get("id", "") if box.element is not None and box.element_tag == "tr" else ""
            if element_id.startswith("kegiatan-"):
                first_page.setdefault(int(element_id.removeprefix("kegiatan-")), index)
    numbers = sorted(first_page)
    return tuple(n for previous, n in zip(numbers, numbers[1:]) if first_page[n] > first_page[previous])


def render_pdf(doc: SopDocument, region: Region, created: str | None) -> bytes:
    """The SOP as PDF: laid out once to find the page breaks, then printed with their connectors."""
    from ..render.pdf import html_to_pdf

    html = render_html(doc, region, created)
    breaks = page_starts(html)
    if breaks:
        html = render_html(with_page_breaks(doc, breaks), region, created)
    return html_to_pdf(html)


def _created(job) -> str | None:
    return job.date.isoformat() if job.date else None


def sop_html(job) -> str:
    """The HTML page of an SOP job."""
    return render_html(document_of(job.region, job.sop), job.region, _created(job))


def sop_pdf(job) -> bytes:
    """The PDF of an SOP job."""
    return render_pdf(document_of(job.region, job.sop), job.region, _created(job))
