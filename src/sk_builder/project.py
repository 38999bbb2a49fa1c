"""The whole source tree as plain data: regions with their profile, decrees, service standards, SOPs and Maklumat.

Every record knows ``source`` (its file as diagnostics show it: relative to the working folder
when possible), ``file`` (its path inside the sources folder, POSIX; what the cache and the
manifest use, whatever the working folder), and where its values stand in the file (``marks``,
``scalars``: from the loader, so nothing parses the file again to place a diagnostic).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .images import Picture
from .model import Keputusan, Maklumat, Profil, Sop, Standar
from .rupa import DokumenAcuan, TemplatWilayah


@dataclass(frozen=True)
class Service:
    """A service standard of a region, known by its file stem."""

    id: str
    region: str
    source: str
    record: Standar
    marks: dict = field(default_factory=dict, compare=False, repr=False)
    file: str = field(default="", compare=False)
    scalars: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def title(self) -> str:
        """The title printed after "STANDAR PELAYANAN" in the lampiran."""
        return self.record.judul or self.record.nama


@dataclass(frozen=True)
class Procedure:
    """An SOP AP of a region, known by its file stem; ``service`` is the standard it belongs to, if named."""

    id: str
    region: str
    source: str
    record: Sop
    service: Service | None = None
    marks: dict = field(default_factory=dict, compare=False, repr=False)
    file: str = field(default="", compare=False)
    scalars: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Pledge:
    """A unit's Maklumat Pelayanan, known by its file stem; ``unit`` is the unit's name as its standards write it,
    ``picture`` the checked poster image and ``picture_file`` its path inside the sources folder."""

    id: str
    region: str
    source: str
    record: Maklumat
    unit: str
    picture: Picture | None = None
    marks: dict = field(default_factory=dict, compare=False, repr=False)
    file: str = field(default="", compare=False)
    scalars: dict = field(default_factory=dict, compare=False, repr=False)
    picture_file: str = field(default="", compare=False)

    @property
    def attachment(self) -> Attachment | None:
        """Its picture as a document's input, or None."""
        return attachment(self.picture, self.picture_file)


@dataclass(frozen=True)
class Attachment:
    """A file a record names (a Maklumat's picture, a decree's kop) as an input of a document: known by the
    SHA-256 of its checked bytes (``id``), so that a new picture under the same name makes the document anew."""

    id: str
    record: str
    file: str


def attachment(picture: Picture | None, file: str) -> Attachment | None:
    """A checked picture, from ``file`` inside the sources folder, as a document's input (None without one)."""
    return None if picture is None else Attachment(picture.sha256, picture.kind, file)


@dataclass(frozen=True)
class Bagian:
    """A group of the lampiran: an optional heading and its services, in order."""

    heading: str | None
    services: tuple[Service, ...]


@dataclass(frozen=True)
class Decree:
    """A Keputusan with its lampiran resolved to service records."""

    id: str
    region: str
    source: str
    record: Keputusan
    lampiran: tuple[Bagian, ...]
    marks: dict = field(default_factory=dict, compare=False, repr=False)
    file: str = field(default="", compare=False)
    scalars: dict = field(default_factory=dict, compare=False, repr=False)
    kop_picture: Picture | None = None
    """The picture of the whole kop (``kop.gambar``: the decree's own, else the profile's), checked by content."""
    kop_file: str = field(default="", compare=False)

    @property
    def kop_attachment(self) -> Attachment | None:
        """Its kop picture as a document's input, or None."""
        return attachment(self.kop_picture, self.kop_file)

    @property
    def services(self) -> tuple[Service, ...]:
        """Every service of the lampiran, in order."""
        return tuple(s for bagian in self.lampiran for s in bagian.services)


@dataclass(frozen=True)
class Region:
    """A region (pemerintah daerah unit) with everything it publishes."""

    id: str
    root: Path
    source: str
    profil: Profil
    emblem: Picture | None
    services: tuple[Service, ...]
    decrees: tuple[Decree, ...]
    marks: dict = field(default_factory=dict, compare=False, repr=False)
    sops: tuple[Procedure, ...] = ()
    file: str = field(default="", compare=False)
    pledges: tuple[Pledge, ...] = ()
    templat: TemplatWilayah | None = None
    """The region's templates, found before the package's (profile ``templat``), checked by the loader."""
    acuan: DokumenAcuan | None = None
    """The Word reference document the DOCX starts from (profile ``dokumen_acuan``), checked by the loader."""

    def pledge_of(self, unit: str) -> Pledge | None:
        """The Maklumat Pelayanan of a unit (by the name its standards write; case and spacing may differ)."""
        key = " ".join(unit.split()).casefold()
        return next((p for p in self.pledges if " ".join(p.unit.split()).casefold() == key), None)

    def sops_of(self, service: Service) -> tuple[Procedure, ...]:
        """The SOPs that name this standard."""
        return tuple(p for p in self.sops if p.service == service)

    def decree_of(self, service: Service) -> Decree | None:
        """The first decree whose lampiran holds the service (the one it stands on now: ``versions.current_decree``)."""
        return next((d for d in self.decrees if service in d.services), None)


@dataclass(frozen=True)
class Project:
    """Every region of a source tree."""

    root: Path
    regions: tuple[Region, ...]

    def region(self, region_id: str) -> Region:
        """The region with this id."""
        return next(r for r in self.regions if r.id == region_id)
