"""What every page may ask of the whole site: units, documents and their downloads, canonical URLs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from markupsafe import Markup

from ..jobs import Job, Tables
from ..project import Decree, Pledge, Procedure, Project, Region, Service
from . import layout
from .catalog import Unit, units
from .downloads import Download, offered
from .slots import marker

if TYPE_CHECKING:
    from ..document import StandardTable


def base_url(region: Region) -> str | None:
    """The region's published site root (``profil.url_dasar``) ending in "/", or None."""
    url = (region.profil.url_dasar or "").strip()
    if not url:
        return None
    return url if url.endswith("/") else url + "/"


@dataclass
class SiteContext:
    """The project, the built documents and the build's jobs (by stem), and lookups the pages share."""

    project: Project
    documents: Mapping[str, bytes] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    _offered: dict[str, tuple[Download, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def job(self, region: Region, record: Decree | Service | Procedure | Pledge) -> Job:
        """The document job of a decree, a standard's extract, an SOP or a Maklumat."""
        if isinstance(record, Decree):
            return self.jobs[f"{region.id}/{record.id}"]
        folder = "standar" if isinstance(record, Service) else "maklumat" if isinstance(record, Pledge) else "sop"
        return self.jobs[f"{region.id}/{folder}/{record.id}"]

    @cached_property
    def _units(self) -> dict[str, tuple[Unit, ...]]:
        return {region.id: units(region) for region in self.project.regions}

    def units(self, region: Region) -> tuple[Unit, ...]:
        """The region's units, in order."""
        return self._units[region.id]

    @cached_property
    def _unit_of(self) -> dict[tuple[str, str], Unit]:
        return {(region.id, service.id): unit for region in self.project.regions
                for unit in self.units(region) for service in unit.services}

    def unit_of(self, region: Region, service: Service) -> Unit:
        """The unit a service belongs to."""
        return self._unit_of[region.id, service.id]

    @cached_property
    def _tables(self) -> dict[str, Tables]:
        found: dict[str, Tables] = {}
        for job in self.jobs.values():
            tables = getattr(job, "tables", None)
            if tables is not None:
                found.setdefault(job.region.id, tables)
        return found

    def table(self, region: Region, service: Service) -> StandardTable:
        """A standard's table, built once per build: the region's jobs share theirs with every page and data file."""
        from ..document import memo_table

        return memo_table(service, region.profil, self.tables(region))

    def tables(self, region: Region) -> Tables:
        """The region's standards' tables built so far, by service id."""
        return self._tables.setdefault(region.id, {})

    def downloads(self, region: Region, record: Decree | Service | Procedure | Pledge) -> tuple[Download, ...]:
        """The downloads of a decree, a standard's extract, an SOP or a Maklumat: the formats that were built."""
        return self.offered(self.job(region, record).stem)

    def offered(self, stem: str) -> tuple[Download, ...]:
        """The downloads of the job ``stem``, found once per build (every page of a decree's standards offers
        the decree)."""
        found = self._offered.get(stem)
        if found is None:
            found = self._offered[stem] = offered(self.jobs[stem], self.documents)
        return found

    def slot(self, name: str, region: Region, *records: Decree | Service | Procedure | Pledge | None) -> Markup:
        """Where a page shows the downloads of these records (``slots.fill`` puts them there, after the page is
        rendered and cached without them)."""
        return marker(name, [self.job(region, record).stem if record is not None else None for record in records])

    def bare(self) -> SiteContext:
        """The same site without its documents: what pages and data files are rendered from before their
        downloads are filled in (so a cached page serves every set of formats)."""
        twin = SiteContext(self.project, {}, self.jobs)
        twin.__dict__.update({name: self.__dict__[name] for name in ("_units", "_unit_of", "_tables")
                              if name in self.__dict__})
        return twin

    def decree_downloads(self, region: Region, decree: Decree) -> tuple[Download, ...]:
        """The whole decree's downloads."""
        return self.downloads(region, decree)

    def service_downloads(self, region: Region, service: Service) -> tuple[Download, ...]:
        """The downloads of one standard's lampiran extract."""
        return self.downloads(region, service)

    @cached_property
    def shared_base(self) -> str | None:
        """The base URL of the site-wide pages: the one all regions that give one agree on."""
        bases = {base_url(r) for r in self.project.regions} - {None}
        return bases.pop() if len(bases) == 1 else None

    def canonical(self, region: Region | None, path: str) -> str | None:
        """The absolute URL of a page, when its region (or the whole site) has a base URL."""
        base = base_url(region) if region is not None else self.shared_base
        if base is None:
            return None
        return base + ("" if path == layout.HOME else path)

    def emblem(self, region: Region) -> str | None:
        """The site path of the region's emblem, when the profile names one."""
        return layout.emblem(region.id, region.emblem.suffix) if region.emblem else None

    @staticmethod
    def kop_picture(region: Region, decree: Decree) -> str | None:
        """The site path of a decree's picture of its whole kop, when it has one."""
        picture = decree.kop_picture
        return layout.kop_picture(region.id, decree.id, picture.suffix) if picture else None
