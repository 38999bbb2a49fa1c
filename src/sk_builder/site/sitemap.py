"""sitemap.xml: the absolute URLs of every page whose region gives a base URL (``profil.url_dasar``)."""

from __future__ import annotations

from xml.sax.saxutils import escape


def sitemap(urls: list[str]) -> bytes | None:
    """The sitemap of these absolute URLs (in the order given), or None when there is none."""
    if not urls:
        return None
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"  <url><loc>{escape(url)}</loc></url>" for url in urls]
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
