"""A list written flat read as nested: a lettered (or bullet) list under a numbered item, typed flush left, and a
paragraph between two items of one list; only indentation changes (hypothesis over flat-typed lists)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sk_builder.text.jenjang import marker_kind, nested


def read(text: str) -> str:
    return "\n".join(nested(text.split("\n")))


def test_a_lettered_list_after_an_item_ending_with_a_colon_is_nested():
    assert read("1. Persyaratan administrasi:\na. KTP;\nb. KK;\n2. Persyaratan teknis.") == \
        "1. Persyaratan administrasi:\n   a. KTP;\n   b. KK;\n2. Persyaratan teknis."


def test_the_outer_list_going_on_nests_it_without_a_colon():
    assert read("1. Berkas\na. KTP;\nb. KK;\n2. Formulir.") == "1. Berkas\n   a. KTP;\n   b. KK;\n2. Formulir."


def test_bullets_nest_under_the_item_to_its_text():
    assert read("1. Persyaratan:\n▪ KTP;\n▪ KK;\n2. Formulir.") == \
        "1. Persyaratan:\n   ▪ KTP;\n   ▪ KK;\n2. Formulir."
    assert read("10. Persyaratan:\n– KTP;\n11. Formulir.") == "10. Persyaratan:\n    – KTP;\n11. Formulir."


def test_three_levels_typed_flat():
    text = "1. Berkas:\na. surat:\n1) asli;\n2) salinan;\nb. KTP;\n2. Formulir."
    assert read(text) == "1. Berkas:\n   a. surat:\n      1) asli;\n      2) salinan;\n   b. KTP;\n2. Formulir."


def test_a_list_that_neither_is_introduced_nor_interrupts_stays_its_own():
    assert read("1. Berkas lengkap.\na. KTP;\nb. KK.") == "1. Berkas lengkap.\na. KTP;\nb. KK."
    assert read("Persyaratan:\na. KTP;\nb. KK.") == "Persyaratan:\na. KTP;\nb. KK."


def test_a_blank_line_before_the_inner_list_keeps_it_apart():
    assert read("1. Berkas:\n\na. KTP;\n2. Formulir.") == "1. Berkas:\n\na. KTP;\n2. Formulir."


def test_a_paragraph_between_two_items_belongs_to_the_item_above():
    assert read("1. Pemohon datang.\n\nPetugas menyambut.\n\n2. Selesai.") == \
        "1. Pemohon datang.\n\n   Petugas menyambut.\n\n2. Selesai."
    assert read("1. Pemohon datang.\n\nPenutup.") == "1. Pemohon datang.\n\nPenutup."  # no item after it


def test_lists_already_indented_are_left_alone():
    text = "1. Berkas:\n   a. KTP;\n   b. KK;\n2. Formulir."
    assert read(text) == text


def test_marker_kinds():
    assert [marker_kind(m) for m in ("c)", "2.", "b.", "▪", "-", "2.3")] == [
        ("a)", 3), ("1.", 2), ("a.", 2), ("▪", 0), ("-", 0), ("1.1", 3)]


_MARKERS = st.sampled_from(["1.", "2.", "3.", "a.", "b.", "c.", "1)", "2)", "a)", "▪", "•", "-", "–"])
_TEXT = st.sampled_from(["berkas", "KTP;", "Persyaratan:", "surat permohonan; dan", "selesai.", "08.00 WIB"])


@st.composite
def flat_list(draw) -> list[str]:
    lines = []
    for _ in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(["item", "item", "item", "text", "blank"]))
        if kind == "item":
            lines.append(draw(st.sampled_from(["", "   "])) + f"{draw(_MARKERS)} {draw(_TEXT)}")
        else:
            lines.append(draw(_TEXT) if kind == "text" else "")
    return lines


@settings(max_examples=300, deadline=None)
@given(flat_list())
@example(["berkas", "▪ berkas", "1. Persyaratan:", "a. berkas", "▪ berkas"])  # found by CI: read twice, it moved
def test_only_indentation_changes_and_a_second_reading_changes_nothing(lines):
    once = nested(lines)
    assert len(once) == len(lines)
    assert [line.lstrip(" ") for line in once] == [line.lstrip(" ") for line in lines]
    assert all(len(new) >= len(old) for new, old in zip(once, lines))
    assert nested(once) == once


def test_a_list_that_goes_on_past_a_deeper_list_holds_the_item_between():
    """The bullets go on after "1. Persyaratan:" and its a-list, so 1. stands under the first bullet, and a. under 1."""
    lines = ["berkas", "▪ berkas", "1. Persyaratan:", "a. berkas", "▪ berkas"]
    assert nested(lines) == ["berkas", "▪ berkas", "  1. Persyaratan:", "     a. berkas", "▪ berkas"]
