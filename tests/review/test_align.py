"""Aligning the lines of a part: changes, insertions, deletions, moves and renumbering."""

from sk_builder.review.align import align
from sk_builder.review.uraian_text import Line


def _items(*texts, marker="{}."):
    return [Line(0, marker.format(i), text) for i, text in enumerate(texts, start=1)]


def _ops(changes):
    return [(c.op, c.old_index, c.new_index) for c in changes]


def test_a_removed_item_with_the_rest_renumbered_is_one_deletion():
    changes = align(_items("A;", "B;", "C;", "D."), _items("A;", "B;", "D."))
    assert _ops(changes) == [("equal", 0, 0), ("equal", 1, 1), ("delete", 2, None), ("equal", 3, 2)]
    assert [c.renumbered for c in changes] == [False, False, False, True]


def test_a_swap_is_one_move_not_a_deletion_and_an_insertion():
    changes = align(_items("A;", "B;", "C;", "D."), _items("A;", "C;", "B;", "D."))
    moves = [c for c in changes if c.op == "move_to"]
    assert len(moves) == 1 and not [c for c in changes if c.op in ("insert", "delete", "change")]
    assert [c.op for c in changes].count("move_from") == 1


def test_a_move_that_changes_the_list_ending_is_a_move_with_word_changes():
    changes = align(_items("A;", "B.", marker="{})"), _items("B;", "A.", marker="{})"))
    moved = [c for c in changes if c.op == "move_to"]
    assert moved and all(c.op in ("equal", "move_to", "move_from", "change") for c in changes)


def test_an_edited_line_is_paired_with_its_old_self():
    changes = align([Line(0, None, "1 (satu) hari.")], [Line(0, None, "2 (dua) hari kerja.")])
    assert _ops(changes) == [("change", 0, 0)]


def test_unrelated_lines_are_deleted_and_inserted():
    changes = align(_items("Alpha beta gamma;", "Satu."), _items("Zeta eta theta;", "Dua tiga empat;", "Satu."))
    assert sorted(c.op for c in changes) == ["change", "equal", "insert"] or \
        sorted(c.op for c in changes) == ["delete", "equal", "insert", "insert"]
