"""Headings: no final punctuation, function words in lower case inside titles."""

from __future__ import annotations

import pytest

from sk_builder.check.judul import heading


@pytest.mark.parametrize("text, codes", [
    ("Contoh Layanan", []), ("Contoh Layanan.", ["SK341"]), ("Data Dan Informasi", ["SK342"]),
    ("Dan Seterusnya", []), ("DATA DAN INFORMASI", []), ("\r", []), ("   ", []), (".", ["SK341"]),
])
def test_heading(text, codes):
    assert [f.code for f in heading(("nama",), text)] == codes
