"""Site paths and the relative links between them."""

from __future__ import annotations

import pytest

from sk_builder.site.layout import relative


@pytest.mark.parametrize("source, target, expected", [
    ("index.html", "kota/index.html", "kota/index.html"),
    ("kota/layanan/a.html", "index.html", "../../index.html"),
    ("kota/layanan/a.html", "kota/keputusan/sk.html#layanan-a", "../keputusan/sk.html#layanan-a"),
    ("kota/layanan/a.html", "kota/layanan/b.html", "b.html"),
    ("kota/layanan/a.html", "kota/layanan/a.html#biaya", "#biaya"),
    ("kota/layanan/a.html", "kota/layanan/a.html", "a.html"),
    ("cari.html", "aset/situs.css", "aset/situs.css"),
    ("kota/unit/u.html", "unduh/kota/standar/a.pdf", "../../unduh/kota/standar/a.pdf"),
])
def test_relative(source, target, expected):
    assert relative(source, target) == expected


def test_relative_never_absolute():
    assert not relative("a/b/c.html", "x.html").startswith("/")
