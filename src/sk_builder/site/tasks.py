"""The site as tasks: one per page and per data file, each with what it is made from, so the build's cache
renders only the pages an edit touches.

What a page is made from is written down here, next to nothing else, and generously:

- a region's *frame* is everything its pages show of it besides the components of standards - the
  profile, the emblem, the units and their services, every decree (whole), every standard's
  fields but its components, every SOP's name, unit and standard, every Maklumat's id and unit, the
  site's base URL. Every page of the region depends on it, the home and search pages on every region's
  frame (whether a decree is in force, and a standard's versions, come from the decrees and the
  standards' names, so from the frame);
- a standard's page adds the standard and its SOPs; a decree's page the standards it prints; an SOP's
  page the SOP (whole); a Maklumat's page the Maklumat and its picture's digest; the page of the changes
  between two versions of a standard both standards; the data files the same as the pages.

No page or record file is made from the documents a build made: each is rendered without its downloads
(``SiteContext.bare``) and gets them afterwards from its task's ``late`` step (``slots.fill`` for pages,
``with_downloads`` for data files), which every build runs. So a page rendered by a full build serves the
site-only build after it, and so does the search index made from the pages. Only the data index is made
with the downloads of every decree.

``tests/site/test_tasks.py`` edits each kind of record and checks that the site built from the cache
is byte for byte the site built from nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from .. import keys
from ..project import Decree, Pledge, Procedure, Region, Service
from ..versions import current_decree
from . import data, data_v2, layout, pages, slots, versi
from .catalog import ordered_services
from .context import SiteContext, base_url
from .notfound import not_found


@dataclass(frozen=True)
class SiteTask:
    """One cached output of the site: its name, what it is made from, and how it is made (site path -> bytes)."""

    name: str
    inputs: object
    produce: Callable[[], dict[str, bytes]]
    canonical: str | None = None
    late: Callable[[bytes], bytes] | None = None
    """What each made file needs after the cache: its downloads (see the module)."""


def _downloads(context: SiteContext, region: Region, record: Decree | Service | Procedure | Pledge | None) -> list:
    if record is None:
        return []
    return [(item.format, item.path, item.size) for item in context.downloads(region, record)]


def region_frame(context: SiteContext, region: Region) -> list:
    """What every page of a region shows of it, but the components of its standards (see the module)."""
    return [
        region.id, region.profil, region.emblem.sha256 if region.emblem else None, base_url(region),
        [(unit.name, unit.slug, [s.id for s in unit.services]) for unit in context.units(region)],
        [(s.id, s.record.model_dump(mode="json", exclude={"komponen"})) for s in region.services],
        [(d.id, d.record, [(b.heading, [s.id for s in b.services]) for b in d.lampiran]) for d in region.decrees],
        [(p.id, p.record.nama, p.record.unit, p.record.standar, p.record.status) for p in region.sops],
        [(m.id, m.unit) for m in region.pledges],
    ]


@dataclass(frozen=True)
class _Site:
    """The two views of the site a task needs: ``bare`` to render from, ``full`` (with the build's documents)
    to fill in the downloads."""

    bare: SiteContext
    full: SiteContext

    def page(self, path: str, inputs: object, make: Callable[[], tuple[pages.Page, bytes]],
             region: Region | None) -> SiteTask:
        """A page's task: rendered from the bare site, its download slots filled from the full one."""
        return SiteTask(path, inputs, _page(make), self.full.canonical(region, path),
                        partial(slots.fill, self.full.offered, path))


def _page(make: Callable[[], tuple[pages.Page, bytes]]) -> Callable[[], dict[str, bytes]]:
    def produce() -> dict[str, bytes]:
        page, html = make()
        return {page.path: html}
    return produce


def _region_tasks(site: _Site, region: Region, frame: str) -> list[SiteTask]:
    context = site.bare
    tasks = [site.page(layout.region_page(region.id), ["wilayah", frame],
                       lambda: pages.region(context, region), region)]
    for unit in context.units(region):
        path = layout.unit_page(region.id, unit.slug)
        tasks.append(site.page(path, ["unit", frame, unit.slug], partial(pages.unit, context, region, unit), region))
    for service in ordered_services(region):
        tasks += _service_tasks(site, region, service, frame)
    for decree in region.decrees:
        inputs: list[object] = ["keputusan", frame, [s.record for s in decree.services],
                  decree.kop_picture.sha256 if decree.kop_picture else None]
        tasks.append(site.page(layout.decree_page(region.id, decree.id), inputs,
                               partial(pages.decree, context, region, decree), region))
    for procedure in region.sops:
        tasks += _sop_tasks(site, region, procedure, frame)
    for pledge in region.pledges:
        inputs = ["maklumat", frame, pledge.record, pledge.picture.sha256 if pledge.picture else None]
        tasks.append(site.page(layout.maklumat_page(region.id, pledge.id), inputs,
                               partial(pages.maklumat, context, region, pledge), region))
    for version in versi.changes(region):
        inputs = ["perubahan", frame, version.service.record, version.after.record if version.after else None]
        tasks.append(site.page(layout.change_page(region.id, version.decree.id, version.service.id), inputs,
                               partial(pages.change, context, region, version), region))
    return tasks


def _service_tasks(site: _Site, region: Region, service: Service, frame: str) -> list[SiteTask]:
    context, full = site.bare, site.full
    inputs = [frame, service.record, [p.record for p in region.sops_of(service)]]
    v1, v2 = layout.service_data(region.id, service.id), data_v2.service_file(region.id, service.id)
    decree = current_decree(region, service)
    own, whole = full.downloads(region, service), full.downloads(region, decree) if decree else ()
    return [
        site.page(layout.service_page(region.id, service.id), ["layanan", *inputs],
                  lambda: pages.service(context, region, service), region),
        SiteTask(v1, ["data", *inputs], lambda: {v1: data.encode(data.service_record(context, region, service))},
                 late=partial(data.with_downloads, own=own, whole=whole) if own or whole else None),
        SiteTask(v2, ["data2", *inputs],
                 lambda: {v2: data_v2.encode(data_v2.service_record(context, region, service))},
                 late=partial(data_v2.with_downloads, full, region, own=own, whole=whole) if own or whole else None),
    ]


def _sop_tasks(site: _Site, region: Region, procedure: Procedure, frame: str) -> list[SiteTask]:
    context = site.bare
    inputs = [frame, procedure.record, procedure.service.record if procedure.service else None]
    file = data_v2.sop_file(region.id, procedure.id)
    return [
        site.page(layout.sop_page(region.id, procedure.id), ["sop", *inputs],
                  lambda: pages.sop(context, region, procedure), region),
        SiteTask(file, ["data-sop", *inputs],
                 lambda: {file: data_v2.encode(data_v2.sop_record(context, region, procedure))}),
    ]


def site_tasks(context: SiteContext) -> list[SiteTask]:
    """Every page and data file of the site as a task, in a stable order. A frame enters the tasks' inputs
    as its digest: it is the same for every page of a region, and large."""
    frames = {region.id: keys.digest(keys.canonical(region_frame(context, region)))
              for region in context.project.regions}
    site = _Site(context.bare(), context)
    shared = [list(frames.values()), context.shared_base]
    everything = [shared, [[_downloads(context, r, d) for d in r.decrees] for r in context.project.regions]]
    tasks = [
        site.page(layout.HOME, ["beranda", shared], lambda: pages.home(site.bare), None),
        site.page(layout.SEARCH, ["cari", shared], lambda: pages.search(site.bare), None),
        SiteTask(layout.NOT_FOUND, ["404", shared], _page(lambda: not_found(site.bare))),
        SiteTask("data", ["indeks", everything], lambda: data.index_files(context)),
    ]
    for region in context.project.regions:
        tasks += _region_tasks(site, region, frames[region.id])
    return tasks
