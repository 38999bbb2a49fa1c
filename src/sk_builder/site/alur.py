"""The SOP flow table on the website: drawn in the page's text colours, with widths that fit any paper.

The PDF prints the rails (the lines from a symbol down to the bottom of its cell) as background
images in black. On the website they are lines of the cell's own SVG, running far below its band
and clipped by the cell (see ``.sop-situs td.simbol`` in situs.css), so they follow the text colour
like the symbols: forced-colours (high-contrast) modes keep every line and arrow, and no ``style=``
or ``data:`` image is needed under the site's Content-Security-Policy. The column widths are shares
of the table's width, so a printed page narrows the table to its paper without losing a column.
"""

from __future__ import annotations

from markupsafe import Markup

from ..sop.document import SopDocument
from ..sop.render import column_widths
from ..sop.svg import cell_svg

RAIL_REACH = 2000.0
"""How far down (mm of the drawing) a rail is drawn; the cell clips it at its bottom edge."""
INK, PAPER = "currentColor", "Canvas"


def drawn_cells(doc: SopDocument) -> list[list[tuple[Markup, str]]]:
    """Per activity row, each performer cell's SVG (rails included) and its extra class (none)."""
    return [[(Markup(cell_svg(cell, doc.font, rails_to=RAIL_REACH, ink=INK, paper=PAPER)), "")
             for cell in row.cells] for row in doc.rows]


def flow_rules(doc: SopDocument) -> str:
    """The stylesheet of one flow table: its width on screens, each column's share of it."""
    widths = column_widths(doc)
    total = sum(widths)
    rules = [f"@media screen {{ .sop-situs table.alur {{ width: {total:.2f}mm; }} }}"]
    rules += [f"table.alur col.kolom-{i} {{ width: {width / total * 100:.3f}%; }}"
              for i, width in enumerate(widths, start=1)]
    return "\n".join(rules) + "\n"
