"""Tests for sk_builder.text.ordinal."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sk_builder.text.ordinal import diktum
from sk_builder.text.terbilang import angka_dari_kata


@pytest.mark.parametrize(
    ("n", "label"),
    [
        (1, "KESATU"), (2, "KEDUA"), (3, "KETIGA"), (4, "KEEMPAT"), (5, "KELIMA"),
        (6, "KEENAM"), (7, "KETUJUH"), (8, "KEDELAPAN"), (9, "KESEMBILAN"),
        (10, "KESEPULUH"), (11, "KESEBELAS"), (12, "KEDUA BELAS"), (19, "KESEMBILAN BELAS"),
        (20, "KEDUA PULUH"), (21, "KEDUA PULUH SATU"), (99, "KESEMBILAN PULUH SEMBILAN"),
        (100, "KESERATUS"), (101, "KESERATUS SATU"), (1000, "KESERIBU"),
    ],
)
def test_diktum_examples(n, label):
    assert diktum(n) == label


@pytest.mark.parametrize("n", [0, -1])
def test_diktum_starts_at_one(n):
    with pytest.raises(ValueError, match="nomor diktum harus 1 atau lebih"):
        diktum(n)


def test_diktum_labels_are_distinct_and_never_pertama():
    labels = [diktum(n) for n in range(1, 201)]
    assert len(set(labels)) == len(labels)
    assert not any("PERTAMA" in label for label in labels)


@given(st.integers(min_value=1, max_value=10**6))
def test_diktum_reads_back(n):
    label = diktum(n)
    assert label.startswith("KE") and label == label.upper()
    assert angka_dari_kata(label.removeprefix("KE")) == n
