"""Where every file of the site lives (paths relative to the site root) and relative links between them."""

from __future__ import annotations

import posixpath

from ..jobs import Job

HOME = "index.html"
SEARCH = "cari.html"
NOT_FOUND = "404.html"
ROBOTS = "robots.txt"
STYLESHEET = "aset/situs.css"
SEARCH_SCRIPT = "aset/cari.js"
ICON = "aset/ikon.svg"
DATA_INDEX = "data/index.json"
SITEMAP = "sitemap.xml"
SEARCH_BUNDLE = "pagefind"


def region_page(region_id: str) -> str:
    """The page of a region."""
    return f"{region_id}/index.html"


def emblem(region_id: str, suffix: str) -> str:
    """The copied emblem of a region."""
    return f"{region_id}/lambang{suffix}"


def unit_page(region_id: str, slug: str) -> str:
    """The page of a unit (Bagian) of a region."""
    return f"{region_id}/unit/{slug}.html"


def service_page(region_id: str, service_id: str) -> str:
    """The page of a service standard."""
    return f"{region_id}/layanan/{service_id}.html"


def sop_page(region_id: str, sop_id: str) -> str:
    """The page of an SOP AP."""
    return f"{region_id}/sop/{sop_id}.html"


def decree_page(region_id: str, decree_id: str) -> str:
    """The page of a decree (the whole Keputusan)."""
    return f"{region_id}/keputusan/{decree_id}.html"


def maklumat_page(region_id: str, pledge_id: str) -> str:
    """The page of a unit's Maklumat Pelayanan."""
    return f"{region_id}/maklumat/{pledge_id}.html"


def kop_picture(region_id: str, decree_id: str, suffix: str) -> str:
    """The picture of a decree's whole kop (its checked bytes, the suffix from its content)."""
    return f"{region_id}/keputusan/{decree_id}-kop{suffix}"


def maklumat_picture(region_id: str, pledge_id: str, suffix: str) -> str:
    """The picture of a Maklumat Pelayanan (its checked bytes, the suffix from its content)."""
    return f"{region_id}/maklumat/{pledge_id}{suffix}"


def change_page(region_id: str, decree_id: str, service_id: str) -> str:
    """The redline of a standard as ``decree_id`` enacted it against the version that replaced it."""
    return f"{region_id}/perubahan/{decree_id}/{service_id}.html"


def service_data(region_id: str, service_id: str) -> str:
    """The JSON record of a service."""
    return f"data/{region_id}/{service_id}.json"


def download(job: Job, name: str) -> str:
    """A document download; the same path as under ``dokumen/``, below ``unduh/``."""
    return f"unduh/{job.stem}.{name}"


def document_key(job: Job, name: str) -> str:
    """The build output key of a document (as written by the document renderers)."""
    return f"dokumen/{job.stem}.{name}"


def sop_stylesheet(region_id: str, sop_id: str) -> str:
    """The stylesheet of an SOP page's flow table (column widths, rails): rules, never ``style=``."""
    return f"{region_id}/sop/{sop_id}.css"


def relative(source: str, target: str) -> str:
    """A link from the page at ``source`` to ``target`` (both site paths; target may carry #anchor)."""
    path, hash_, anchor = target.partition("#")
    if path == source:
        return f"#{anchor}" if hash_ else posixpath.basename(path)
    link = posixpath.relpath(path, posixpath.dirname(source) or ".")
    return f"{link}#{anchor}" if hash_ else link
