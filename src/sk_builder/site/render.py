"""Render the site: its tasks (pages and data files, each cached by the build), its static files, the download
copies, then what needs every page - the search index, the sitemap and robots.txt."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..jobs import Job
from ..project import Project
from ..render.templating import TEMPLATES
from . import layout, pages, search
from .context import SiteContext
from .downloads import copies_of
from .robots import robots
from .sitemap import sitemap
from .tasks import SiteTask, site_tasks

PREFIX = "site/"
ASSETS = {layout.STYLESHEET: "site/situs.css", layout.SEARCH_SCRIPT: "site/cari.js", layout.ICON: "site/ikon.svg"}


@dataclass
class SitePlan:
    """What a site is made of before anything is rendered: the tasks, the files every build writes anew
    (small), and the downloads, which are the documents' own files (site path -> document output)."""

    context: SiteContext
    tasks: list[SiteTask]
    static: dict[str, bytes]
    downloads: dict[str, str]


def static_files(context: SiteContext) -> dict[str, bytes]:
    """The stylesheet, the search script, the icon, each region's emblem, each SOP page's stylesheet, each
    Maklumat's picture and each decree's kop picture (their checked bytes)."""
    files = {path: (TEMPLATES / source).read_bytes() for path, source in ASSETS.items()}
    for region in context.project.regions:
        emblem, path = region.emblem, context.emblem(region)
        if emblem is not None and path is not None:
            files[path] = emblem.data  # the cleaned image, never the file as given
        files.update(pages.sop_stylesheet(region, procedure) for procedure in region.sops)
        files.update((layout.maklumat_picture(region.id, pledge.id, pledge.picture.suffix), pledge.picture.data)
                     for pledge in region.pledges if pledge.picture is not None)
        files.update((layout.kop_picture(region.id, decree.id, decree.kop_picture.suffix), decree.kop_picture.data)
                     for decree in region.decrees if decree.kop_picture is not None)
    return files


def plan_site(project: Project, documents: Mapping[str, bytes], jobs: dict[str, Job]) -> SitePlan:
    """The site of a project whose built documents are ``documents`` (output path -> bytes; the jobs by stem)."""
    context = SiteContext(project, documents, jobs)
    return SitePlan(context, site_tasks(context), static_files(context), copies_of(list(jobs.values()), documents))


def finish_site(plan: SitePlan, made: dict[str, bytes], meanwhile: Callable[[], object] | None = None) -> dict[str, bytes]:
    """The files that need every page (``made``: the tasks' outputs): the search index (``meanwhile`` is run
    while Pagefind makes it), sitemap, robots.txt."""
    html = {path: data for path, data in made.items() if path.endswith(".html")}
    files = dict(search.index(html, meanwhile))
    urls = sitemap([task.canonical for task in plan.tasks if task.canonical])
    if urls is not None:
        files[layout.SITEMAP] = urls
    files[layout.ROBOTS] = robots(plan.context.shared_base, urls is not None)
    return files


def render_site(project: Project, documents: Mapping[str, bytes], jobs: dict[str, Job]) -> dict[str, bytes]:
    """The whole site keyed ``site/...``, every task rendered (the build caches them instead, see incremental)."""
    plan = plan_site(project, documents, jobs)
    done = [(task, task.produce()) for task in plan.tasks]
    made = {path: data for _, files in done for path, data in files.items()}
    files = {**made, **plan.static, **finish_site(plan, made)}
    for task, produced in done:  # the downloads, after the search index (tasks.py)
        if task.late is not None:
            files.update((path, task.late(data)) for path, data in produced.items())
    files.update({path: documents[source] for path, source in plan.downloads.items()})
    return {PREFIX + path: content for path, content in sorted(files.items())}
