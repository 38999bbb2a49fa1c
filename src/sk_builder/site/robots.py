"""robots.txt: every page may be crawled, the search index may not, and where the sitemap is."""

from __future__ import annotations

from urllib.parse import urlsplit

from . import layout


def robots(base: str | None, has_sitemap: bool) -> bytes:
    """The rules for a site published at ``base`` (the shared ``url_dasar``), or at a host's root without one.

    Crawlers read robots.txt only at a host's root: under a sub-path the host's own file applies.
    """
    root = urlsplit(base).path if base else "/"
    lines = ["# sk-builder: semua halaman boleh dijelajahi; indeks pencarian tidak.", "User-agent: *",
             f"Disallow: {root}{layout.SEARCH_BUNDLE}/"]
    if base and has_sitemap:
        lines.append(f"Sitemap: {base}{layout.SITEMAP}")
    return ("\n".join(lines) + "\n").encode("utf-8")
