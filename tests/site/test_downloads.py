"""Download sizes as readers count them: kB of 1000 bytes, MB of a million, Indonesian decimal comma."""

from __future__ import annotations

import pytest

from sk_builder.site.downloads import Download


@pytest.mark.parametrize("size, text", [
    (1, "1 kB"), (499, "1 kB"), (1500, "2 kB"), (85_000, "85 kB"), (999_499, "999 kB"), (999_500, "1,0 MB"),
    (1_024_000, "1,0 MB"), (1_250_000, "1,2 MB"), (12_960_000, "13,0 MB"),
])
def test_size_text(size, text):
    assert Download("pdf", "unduh/x.pdf", size).size_text == text
