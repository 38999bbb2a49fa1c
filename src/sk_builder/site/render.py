"""Render the whole site in memory: pages, assets, emblems, downloads, data, search index, sitemap."""

from __future__ import annotations

from ..jobs import Job
from ..project import Project
from ..render.templating import TEMPLATES
from . import data, layout, pages, search
from .catalog import ordered_services
from .context import SiteContext
from .downloads import copies
from .notfound import not_found
from .robots import robots
from .sitemap import sitemap

PREFIX = "site/"
ASSETS = {layout.STYLESHEET: "site/situs.css", layout.SEARCH_SCRIPT: "site/cari.js", layout.ICON: "site/ikon.svg"}


def rendered_pages(context: SiteContext) -> list[tuple[pages.Page, bytes]]:
    """Every HTML page, in a stable order: home, search, the 404 page, then region by region."""
    found = [pages.home(context), pages.search(context), not_found(context)]
    for region in context.project.regions:
        found.append(pages.region(context, region))
        found.extend(pages.unit(context, region, unit) for unit in context.units(region))
        found.extend(pages.service(context, region, service) for service in ordered_services(region))
        found.extend(pages.decree(context, region, decree) for decree in region.decrees)
        found.extend(pages.sop(context, region, procedure) for procedure in region.sops)
    return found


def static_files(context: SiteContext) -> dict[str, bytes]:
    """The stylesheet, the search script and each region's emblem."""
    files = {path: (TEMPLATES / source).read_bytes() for path, source in ASSETS.items()}
    for region in context.project.regions:
        if region.emblem is not None:
            files[context.emblem(region)] = region.emblem.data  # the cleaned image, never the file as given
        files.update(pages.sop_stylesheet(region, procedure) for procedure in region.sops)
    return files


def render_site(project: Project, documents: dict[str, bytes], jobs: dict[str, Job]) -> dict[str, bytes]:
    """The site's files keyed ``site/...``; downloads are copied from ``documents`` (the built PDF/DOCX of
    ``jobs``, the build's jobs by stem)."""
    context = SiteContext(project, documents, jobs)
    built = rendered_pages(context)
    files = {page.path: html for page, html in built}
    files.update(search.index(files))
    files.update(static_files(context))
    files.update(copies(list(jobs.values()), documents))
    files.update(data.files(context))
    urls = sitemap([page.canonical for page, _ in built if page.canonical])
    if urls is not None:
        files[layout.SITEMAP] = urls
    files[layout.ROBOTS] = robots(context.shared_base, urls is not None)
    return {PREFIX + path: content for path, content in sorted(files.items())}
