"""The documents a project produces: each decree, each standard's lampiran extract, and each SOP."""

from __future__ import annotations

from dataclasses import dataclass

from .document import DecreeDocument, decree_document, standalone_standard
from .project import Decree, Procedure, Project, Region, Service


@dataclass(frozen=True)
class Job:
    """One document to produce, in every requested format."""

    region: Region
    decree: Decree | None
    service: Service | None
    sop: Procedure | None = None

    @property
    def stem(self) -> str:
        """The output path without suffix, relative to the documents folder."""
        if self.sop is not None:
            return f"{self.region.id}/sop/{self.sop.id}"
        if self.service is None:
            return f"{self.region.id}/{self.decree.id}"
        return f"{self.region.id}/standar/{self.service.id}"

    @property
    def date(self):
        """The date the document carries (the decree's, an SOP's effective date), or None."""
        if self.sop is not None:
            return self.sop.record.tanggal.efektif or self.sop.record.tanggal.pembuatan
        return self.decree.record.ditetapkan.tanggal if self.decree else None

    def document(self) -> DecreeDocument:
        """What the document prints."""
        if self.decree is None:
            return standalone_standard(self.region, self.service)
        return decree_document(self.region, self.decree, only=self.service)


def plan(project: Project) -> list[Job]:
    """Every document of every region, in a stable order."""
    jobs: list[Job] = []
    for region in project.regions:
        for decree in region.decrees:
            jobs.append(Job(region, decree, None))
        for service in region.services:
            jobs.append(Job(region, region.decree_of(service), service))
        for sop in region.sops:
            jobs.append(Job(region, None, None, sop))
    return jobs
