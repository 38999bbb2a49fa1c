"""Download slots: a page is rendered without its downloads and each slot is filled afterwards, so the page, and
the search index made from it, stay in the cache when only the formats a build makes (or a document's size)
change - a site-only build after a full build renders nothing, and Pagefind does not run.

A template writes ``context.slot(name, region, *records)``: a comment naming the fragment and the records'
document jobs (hex, so no id can end the comment). Records' text is always escaped, so no record can write one.
``fill`` replaces each with the macro ``name`` of ``site/_unduh.html.j2``, called with each record's
downloads, its links relative to the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from markupsafe import Markup

from . import layout
from .downloads import Download

START = b"<!--sk-unduh:"
_SLOT = re.compile(rb"<!--sk-unduh:([a-z_]+):([0-9a-f.-]*)-->")
FRAGMENTS = "site/_unduh.html.j2"


def marker(name: str, stems: Iterable[str | None]) -> Markup:
    """The comment a page holds where the downloads of these jobs (by stem; None: no document) go."""
    return Markup(f"<!--sk-unduh:{name}:{'.'.join(stem.encode('utf-8').hex() if stem else '-' for stem in stems)}-->")


Offered = Callable[[str], tuple[Download, ...]]
"""The downloads of a document job by its stem (``SiteContext.offered``)."""


def _downloads(offered: Offered, code: bytes) -> tuple[Download, ...]:
    return () if code == b"-" else offered(bytes.fromhex(code.decode("ascii")).decode("utf-8"))


def fill(offered: Offered, path: str, html: bytes) -> bytes:
    """The page at ``path`` with every slot replaced by its downloads (nothing where none was built)."""
    if START not in html:
        return html
    from ..render.templating import environment

    fragments = environment().get_template(FRAGMENTS).make_module({"link": partial(layout.relative, path)})

    def one(match: re.Match[bytes]) -> bytes:
        items = [_downloads(offered, code) for code in match.group(2).split(b".")]
        return str(getattr(fragments, match.group(1).decode("ascii"))(*items)).encode("utf-8")

    return _SLOT.sub(one, html)
