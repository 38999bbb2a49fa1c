"""The page static hosts show for an address that does not exist (``404.html`` at the site root).

A host serves it in place of the missing address, at any depth, so relative links would point
nowhere: its links start from the site's root path instead, the path of the regions' shared
``url_dasar`` (``https://example.go.id/standar/`` gives ``/standar/aset/situs.css``), else ``/``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..render.templating import environment
from . import layout
from .context import SiteContext
from .pages import SITE_NAME, Page


def site_root(context: SiteContext) -> str:
    """The path where the site is published: from the shared ``url_dasar``, else the host's root."""
    return urlsplit(context.shared_base).path if context.shared_base else "/"


def not_found(context: SiteContext) -> tuple[Page, bytes]:
    """The 404 page: what happened, search, the way home and to each region (not indexed, no canonical)."""
    page = Page(layout.NOT_FOUND, f"Halaman tidak ditemukan — {SITE_NAME}",
                "Alamat yang dibuka tidak ada di situs ini.", None)
    root = site_root(context)
    html = environment().get_template("site/404.html.j2").render(
        page=page, link=lambda target: root + target, layout=layout, site_name=SITE_NAME,
        regions=context.project.regions)
    return page, html.encode("utf-8")
