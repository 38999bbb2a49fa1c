"""Word-level differences."""

from hypothesis import given
from hypothesis import strategies as st

from sk_builder.review.words import Segment, similarity, word_diff

WORDS = st.lists(st.sampled_from(["hari", "kerja", "1", "(satu)", "2", "dua", ";", ".", "dan", "Rp10.000"]), max_size=12)


def test_changed_words_are_deleted_and_inserted_and_punctuation_is_its_own_token():
    assert word_diff("3 (tiga) hari kerja.", "2 (dua) hari kerja setelah diterima.") == (
        Segment("delete", "3"), Segment("insert", "2"), Segment("equal", " ("), Segment("delete", "tiga"),
        Segment("insert", "dua"), Segment("equal", ") hari kerja"), Segment("insert", " setelah diterima"),
        Segment("equal", "."),
    )


@given(WORDS, WORDS)
def test_segments_rebuild_both_sides(a, b):
    old, new = " ".join(a), " ".join(b)
    segments = word_diff(old, new)
    assert "".join(s.text for s in segments if s.op != "delete") == new
    assert "".join(s.text for s in segments if s.op != "insert") == old


def test_similarity():
    assert similarity("a b c", "a b c") == 1.0
    assert similarity("a b c", "x y z") == 0.0
