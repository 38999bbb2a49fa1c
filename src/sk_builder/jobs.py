"""The documents a project produces, one typed job each: a whole decree, one standard's lampiran extract, an SOP,
a Maklumat Pelayanan.

A job knows its output stem, the date it carries, the document it prints (built once, the first
time it is asked for; a decree and its standards' extracts share each standard's table) and the
sources it is made from. Those sources are the one declaration of what
shapes a document: the cache key (``keys.job_digest``) and the manifest's source list both read
them, so the two cannot disagree. Renderers dispatch on ``kind``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from .project import Attachment, Decree, Pledge, Procedure, Project, Region, Service
from .versions import current_decree

if TYPE_CHECKING:  # the document models are imported when a job is rendered: a build that finds
    from .document import DecreeDocument, StandardTable  # every output in the cache never loads them
    from .maklumat.document import PledgeDocument

Tables = dict[str, "StandardTable"]
"""The standards' tables of one region by service id, built once and shared by the jobs that print them."""
Input = Decree | Service | Procedure | Pledge | Attachment
"""A record a document is made from (``Job.inputs``): each has ``id``, ``record`` and ``file``."""


@dataclass(frozen=True)
class Job:
    """One document to produce, in every requested format."""

    kind: ClassVar[str] = ""
    region: Region

    @property
    def stem(self) -> str:
        """The output path without suffix, relative to the documents folder."""
        raise NotImplementedError

    @property
    def date(self) -> dt.date | None:
        """The date the document carries (the decree's, an SOP's effective date), or None."""
        return None

    def inputs(self) -> tuple[Input, ...]:
        """The records it is made from besides the region (decree, standards, SOP), in a stable order."""
        raise NotImplementedError

    @property
    def cost(self) -> int:
        """How many standards it prints: a rough share of the work, for scheduling big documents first."""
        return 1


@dataclass(frozen=True)
class DecreeJob(Job):
    """A whole decree: its body and the lampiran with every standard it enacts."""

    kind: ClassVar[str] = "decree"
    decree: Decree = field(kw_only=True)
    tables: Tables = field(kw_only=True, default_factory=dict, compare=False, repr=False)

    @cached_property
    def document(self) -> DecreeDocument:
        """What it prints."""
        from .document import decree_document

        return decree_document(self.region, self.decree, tables=self.tables)

    @property
    def stem(self) -> str:
        return f"{self.region.id}/{self.decree.id}"

    @property
    def date(self) -> dt.date | None:
        return self.decree.record.ditetapkan.tanggal

    def inputs(self) -> tuple[Input, ...]:
        kop = self.decree.kop_attachment
        return (self.decree, *self.decree.services, *((kop,) if kop else ()))

    @property
    def cost(self) -> int:
        return 1 + len(self.decree.services)


@dataclass(frozen=True)
class StandardJob(Job):
    """One standard's lampiran extract (header, table, signature), or its table alone when no decree enacts it."""

    kind: ClassVar[str] = "standard"
    service: Service = field(kw_only=True)
    decree: Decree | None = field(kw_only=True)
    tables: Tables = field(kw_only=True, default_factory=dict, compare=False, repr=False)

    @cached_property
    def document(self) -> DecreeDocument:
        """What it prints."""
        from .document import decree_document, standalone_standard

        if self.decree is None:
            return standalone_standard(self.region, self.service, tables=self.tables)
        return decree_document(self.region, self.decree, only=self.service, tables=self.tables)

    @property
    def stem(self) -> str:
        return f"{self.region.id}/standar/{self.service.id}"

    @property
    def date(self) -> dt.date | None:
        return self.decree.record.ditetapkan.tanggal if self.decree else None

    def inputs(self) -> tuple[Input, ...]:
        return (self.decree, self.service) if self.decree else (self.service,)


@dataclass(frozen=True)
class SopJob(Job):
    """An SOP AP document (identity block and flow table), landscape."""

    kind: ClassVar[str] = "sop"
    sop: Procedure = field(kw_only=True)

    @property
    def stem(self) -> str:
        return f"{self.region.id}/sop/{self.sop.id}"

    @property
    def date(self) -> dt.date | None:
        return self.sop.record.tanggal.efektif or self.sop.record.tanggal.pembuatan

    def inputs(self) -> tuple[Input, ...]:
        return (self.sop, self.sop.service) if self.sop.service else (self.sop,)


@dataclass(frozen=True)
class PledgeJob(Job):
    """A unit's Maklumat Pelayanan: a one-page poster with the pledge, the picture and the signature."""

    kind: ClassVar[str] = "maklumat"
    pledge: Pledge = field(kw_only=True)

    @cached_property
    def document(self) -> PledgeDocument:
        """What it prints."""
        from .maklumat.document import pledge_document

        return pledge_document(self.region, self.pledge)

    @property
    def stem(self) -> str:
        return f"{self.region.id}/maklumat/{self.pledge.id}"

    @property
    def date(self) -> dt.date | None:
        return self.pledge.record.ditetapkan.tanggal

    def inputs(self) -> tuple[Input, ...]:
        picture = self.pledge.attachment
        return (self.pledge, picture) if picture else (self.pledge,)


def decree_job(region: Region, decree: Decree, tables: Tables | None = None) -> DecreeJob:
    """The job of a whole decree."""
    return DecreeJob(region, decree=decree, tables={} if tables is None else tables)


def standard_job(region: Region, service: Service, tables: Tables | None = None) -> StandardJob:
    """The job of one standard's extract, from the decree it stands on now (``versions.current_decree``), if any."""
    return StandardJob(region, service=service, decree=current_decree(region, service),
                       tables={} if tables is None else tables)


def sop_job(region: Region, procedure: Procedure) -> SopJob:
    """The job of an SOP."""
    return SopJob(region, sop=procedure)


def plan(project: Project) -> list[Job]:
    """Every document of every region, in a stable order: decrees, standards, SOPs, Maklumat (none built yet)."""
    jobs: list[Job] = []
    for region in project.regions:
        tables: Tables = {}
        jobs += [decree_job(region, decree, tables) for decree in region.decrees]
        jobs += [standard_job(region, service, tables) for service in region.services]
        jobs += [sop_job(region, procedure) for procedure in region.sops]
        jobs += [PledgeJob(region, pledge=pledge) for pledge in region.pledges]
    return jobs
