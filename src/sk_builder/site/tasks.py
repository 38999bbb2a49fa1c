"""The site as tasks: one per page and per data file, each with what it is made from, so the build's cache
renders only the pages an edit touches.

What a page is made from is written down here, next to nothing else, and generously:

- a region's *frame* is everything its pages show of it besides the components of standards - the
  profile, the emblem, the units and their services, every decree (whole), every standard's
  fields but its components, every SOP's name, unit and standard, every Maklumat's id and unit, the
  site's base URL. Every page of the region depends on it, the home and search pages on every region's
  frame (whether a decree is in force, and a standard's versions, come from the decrees and the
  standards' names, so from the frame);
- a standard's page adds the standard, its SOPs and the downloads of its extract and of the decree it
  stands on; a decree's page the standards it prints and its downloads; an SOP's page the SOP (whole)
  and its downloads; a Maklumat's page the Maklumat, its picture's digest and its downloads; the page of
  the changes between two versions of a standard both standards; a region's page the downloads of its
  decrees; the data files the same as the pages.

``tests/site/test_tasks.py`` edits each kind of record and checks that the site built from the cache
is byte for byte the site built from nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from .. import keys
from ..project import Decree, Pledge, Procedure, Region, Service
from ..versions import Version, current_decree
from . import data, data_v2, layout, pages, versi
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


def _page(make: Callable[[], tuple[pages.Page, bytes]]) -> Callable[[], dict[str, bytes]]:
    def produce() -> dict[str, bytes]:
        page, html = make()
        return {page.path: html}
    return produce


def _region_tasks(context: SiteContext, region: Region, frame: str) -> list[SiteTask]:
    tasks = [SiteTask(layout.region_page(region.id),
                      ["wilayah", frame, [_downloads(context, region, d) for d in region.decrees]],
                      _page(lambda: pages.region(context, region)),
                      context.canonical(region, layout.region_page(region.id)))]
    for unit in context.units(region):
        path = layout.unit_page(region.id, unit.slug)
        tasks.append(SiteTask(path, ["unit", frame, unit.slug], _page(partial(pages.unit, context, region, unit)),
                              context.canonical(region, path)))
    for service in ordered_services(region):
        tasks += _service_tasks(context, region, service, frame)
    for decree in region.decrees:
        path = layout.decree_page(region.id, decree.id)
        inputs = ["keputusan", frame, [s.record for s in decree.services], _downloads(context, region, decree),
                  decree.kop_picture.sha256 if decree.kop_picture else None]
        tasks.append(SiteTask(path, inputs, _page(partial(pages.decree, context, region, decree)),
                              context.canonical(region, path)))
    for procedure in region.sops:
        tasks += _sop_tasks(context, region, procedure, frame)
    tasks += [_pledge_task(context, region, pledge, frame) for pledge in region.pledges]
    tasks += [_change_task(context, region, version, frame) for version in versi.changes(region)]
    return tasks


def _pledge_task(context: SiteContext, region: Region, pledge: Pledge, frame: str) -> SiteTask:
    path = layout.maklumat_page(region.id, pledge.id)
    inputs = ["maklumat", frame, pledge.record, pledge.picture.sha256 if pledge.picture else None,
              _downloads(context, region, pledge)]
    return SiteTask(path, inputs, _page(partial(pages.maklumat, context, region, pledge)),
                    context.canonical(region, path))


def _change_task(context: SiteContext, region: Region, version: Version, frame: str) -> SiteTask:
    path = layout.change_page(region.id, version.decree.id, version.service.id)
    inputs = ["perubahan", frame, version.service.record, version.after.record if version.after else None]
    return SiteTask(path, inputs, _page(partial(pages.change, context, region, version)),
                    context.canonical(region, path))


def _service_tasks(context: SiteContext, region: Region, service: Service, frame: str) -> list[SiteTask]:
    inputs = ["layanan", frame, service.record, [p.record for p in region.sops_of(service)],
              _downloads(context, region, service), _downloads(context, region, current_decree(region, service))]
    path = layout.service_page(region.id, service.id)
    v1, v2 = layout.service_data(region.id, service.id), data_v2.service_file(region.id, service.id)
    return [
        SiteTask(path, inputs, _page(lambda: pages.service(context, region, service)), context.canonical(region, path)),
        SiteTask(v1, ["data", *inputs[1:]], lambda: {v1: data.encode(data.service_record(context, region, service))}),
        SiteTask(v2, ["data2", *inputs[1:]],
                 lambda: {v2: data_v2.encode(data_v2.service_record(context, region, service))}),
    ]


def _sop_tasks(context: SiteContext, region: Region, procedure: Procedure, frame: str) -> list[SiteTask]:
    inputs = [frame, procedure.record, procedure.service.record if procedure.service else None,
              _downloads(context, region, procedure)]
    path, file = layout.sop_page(region.id, procedure.id), data_v2.sop_file(region.id, procedure.id)
    return [
        SiteTask(path, ["sop", *inputs], _page(lambda: pages.sop(context, region, procedure)),
                 context.canonical(region, path)),
        SiteTask(file, ["data-sop", *inputs],
                 lambda: {file: data_v2.encode(data_v2.sop_record(context, region, procedure))}),
    ]


def site_tasks(context: SiteContext) -> list[SiteTask]:
    """Every page and data file of the site as a task, in a stable order. A frame enters the tasks' inputs
    as its digest: it is the same for every page of a region, and large."""
    frames = {region.id: keys.digest(keys.canonical(region_frame(context, region)))
              for region in context.project.regions}
    site = [list(frames.values()), context.shared_base]
    everything = [site, [[_downloads(context, r, d) for d in r.decrees] for r in context.project.regions]]
    tasks = [
        SiteTask(layout.HOME, ["beranda", site], _page(lambda: pages.home(context)),
                 context.canonical(None, layout.HOME)),
        SiteTask(layout.SEARCH, ["cari", site], _page(lambda: pages.search(context)),
                 context.canonical(None, layout.SEARCH)),
        SiteTask(layout.NOT_FOUND, ["404", site], _page(lambda: not_found(context))),
        SiteTask("data", ["indeks", everything], lambda: data.index_files(context)),
    ]
    for region in context.project.regions:
        tasks += _region_tasks(context, region, frames[region.id])
    return tasks
