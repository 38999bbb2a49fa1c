"""sop/drawing.py: symbols, arrows between rows, decision branches along lanes, off-page connectors."""

from __future__ import annotations

from sk_builder.sop.document import ActivityRow, SopDocument, with_page_breaks
from sk_builder.sop.drawing import CROSS_Y, Flow, draw

WIDTHS = (20.0, 20.0, 20.0)


def test_consecutive_activities_in_one_column_are_joined_straight_down():
    rows = draw(Flow((0, 0), ("mulai", "selesai"), ((0, 1, None),)), WIDTHS)
    first, second = rows[0][0], rows[1][0]
    assert first.rails == ((10.0, first.symbol.bottom),)
    top = second.symbol.cy - second.symbol.height / 2
    assert second.lines == ((10.0, 0.0, 10.0, top),) and second.arrows == ((10.0, top, "down"),)


def test_an_arrow_to_another_column_crosses_at_the_top_of_the_next_row():
    rows = draw(Flow((0, 2), ("mulai", "selesai"), ((0, 1, None),)), WIDTHS)
    source, middle, target = rows[1]
    assert source.lines == ((10.0, 0.0, 10.0, CROSS_Y), (10.0, CROSS_Y, 20.0, CROSS_Y))
    assert middle.lines == ((0.0, CROSS_Y, 20.0, CROSS_Y),)
    assert target.lines[0] == (0.0, CROSS_Y, 10.0, CROSS_Y) and target.arrows[0][2] == "down"


def test_a_decision_goes_down_to_the_next_row_and_sideways_back_along_a_lane():
    flow = Flow((0, 1, 1), ("mulai", "keputusan", "selesai"), ((0, 1, None), (1, 2, "Ya"), (1, 0, "Tidak")))
    rows = draw(flow, WIDTHS)
    diamond = rows[1][1]
    assert diamond.symbol.kind == "keputusan" and any(label[2] == "Ya" for label in diamond.labels)
    assert any(label[2] == "Tidak" for label in diamond.labels)
    lane_x = max(line[0] for line in diamond.lines if line[0] == line[2] and line[3] == 0.0)
    assert lane_x > diamond.symbol.cx + diamond.symbol.width / 2
    assert (lane_x, rows[0][0].symbol.cy) not in rows[0][0].rails  # the lane runs in the decision's column
    assert rows[0][1].rails == ((lane_x, rows[0][0].symbol.cy),)
    assert rows[0][0].arrows[-1][2] == "left"  # enters the start symbol from its right


def test_a_page_break_puts_matching_connectors_below_and_above():
    rows = draw(Flow((0, 1), ("mulai", "selesai"), ((0, 1, None),)), WIDTHS)
    activities = tuple(ActivityRow(i + 1, "", name, kind, "", "", "", "", cells)
                       for i, (name, kind, cells) in enumerate(zip("AB", ("mulai", "selesai"), rows)))
    doc = SopDocument("x", "", "", "", "", (), None, (), ("A", "B", "C"), None, activities, False, "serif")
    broken = with_page_breaks(doc, (2,))
    assert broken.rows[0].cells[0].exit == (10.0, "1") and broken.rows[1].cells[0].entry == (10.0, "1")
    assert with_page_breaks(doc, ()) == doc
