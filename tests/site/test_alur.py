"""site/alur.py: the website's SOP flow cells draw in the text colour with their rails as lines; the column
widths are shares; the documents' drawing stays black on white with rails as backgrounds."""

from __future__ import annotations

import re

import pytest

from sk_builder.site.alur import RAIL_REACH, drawn_cells, flow_rules
from sk_builder.sop import render as sop_render
from sk_builder.sop.render import column_widths, document_of
from sk_builder.sources.loader import load_or_fail
from tests.flowchart.built import FIXTURE, LUMAJANG


@pytest.fixture(scope="module", params=["lumajang", "fixture"])
def doc(request):
    """Seed 004's SOP (A4, a straight flow) and the chart fixture's (F4, decisions and a loop back)."""
    project, _ = load_or_fail(LUMAJANG if request.param == "lumajang" else FIXTURE)
    region = next(r for r in project.regions if r.sops)
    return document_of(region, region.sops[0])


def test_site_cells_draw_in_the_text_colour_with_every_rail_as_a_line(doc):
    rails = sum(len(cell.rails) for row in doc.rows for cell in row.cells)
    assert rails > 0
    svgs = [str(svg) for row in drawn_cells(doc) for svg, _ in row]
    assert all("#000" not in svg and "#fff" not in svg for svg in svgs)
    assert all('stroke="currentColor"' in svg for svg in svgs if "<line" in svg)
    reach = re.compile(rf'<line x1="([0-9.]+)" y1="[0-9.]+" x2="\1" y2="{int(RAIL_REACH)}"/>')
    assert sum(len(reach.findall(svg)) for svg in svgs) == rails
    assert all(cls == "" for row in drawn_cells(doc) for _, cls in row)  # no background rules needed


def test_documents_keep_black_lines_and_rails_as_backgrounds(doc):
    svgs = [str(svg) for row in sop_render.drawn_cells(doc) for svg, _ in row]
    assert any('stroke="#000"' in svg for svg in svgs) and "currentColor" not in "".join(svgs)
    assert "background-image" in sop_render.flow_rules(doc)


def test_site_stylesheet_gives_shares_of_the_width_and_the_screen_width(doc):
    rules = flow_rules(doc)
    widths = column_widths(doc)
    shares = [float(x) for x in re.findall(r"col\.kolom-\d+ \{ width: ([0-9.]+)%; \}", rules)]
    assert len(shares) == len(widths) and abs(sum(shares) - 100) < 0.01
    assert f"@media screen {{ .sop-situs table.alur {{ width: {sum(widths):.2f}mm; }} }}" in rules
    assert "url(" not in rules and "background" not in rules
