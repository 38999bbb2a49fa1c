"""Citations: "Undang-Undang", and "Nomor ... Tahun ..." with "Tahun" spelt and capitalised."""

from __future__ import annotations

import pytest

from sk_builder.check.penulisan import check_text


@pytest.mark.parametrize("text, flagged", [
    ("Nomor 25 Taliun 2009", True), ("Nomor 25 tahun 2009", True), ("Nomor 25 Thn 2009", True),
    ("No 77 tahun 2020", True), ("Nomor 25 Tahun 2009", False), ("Nomor 12 Tahap 2024", False),
    ("Nomor 5 Juni 2020", False), ("Nomor 16 dan 17 Tahun 1950", False),
])
def test_citation_year_word(text, flagged):
    assert bool([f for f in check_text(("x",), text) if f.code == "SK344"]) == flagged


def test_undang_undang_but_not_perundang_undangan():
    assert [f.code for f in check_text(("x",), "Undang-undang dan peraturan perundang-undangan")] == ["SK343"]
