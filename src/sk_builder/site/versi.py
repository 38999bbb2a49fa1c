"""What the site says of validity: whether a standard and a decree are *berlaku* or *dicabut*, since and until
when, which decree revoked or replaced which, and a standard's earlier versions with a redline against the
version that replaced each - the comparison and the rows of `sk diff --format html` (review/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Pencabutan
from ..project import Decree, Region, Service
from ..text.tanggal import format_tanggal
from ..versions import Version, current_decree, earlier_versions, named, revoked_by, successor
from . import layout

if TYPE_CHECKING:
    from ..review.redline import PartView


def tanggal(day: dt.date | None) -> tuple[str, str] | None:
    """A date as (ISO for ``<time datetime>``, "15 Januari 2024"), or None."""
    return (day.isoformat(), format_tanggal(day)) if day else None


@dataclass(frozen=True)
class Standing:
    """Where a standard stands: the decree it stands on now, whether that decree is in force, the decree that
    revoked it and the standard that replaced it (another file only), and its earlier versions, newest first."""

    decree: Decree | None
    ender: Decree | None
    replacement: Service | None
    earlier: tuple[Version, ...]

    @property
    def in_force(self) -> bool:
        """Whether the decree it stands on is in force (False also when no decree enacts it)."""
        return self.decree is not None and self.ender is None

    @property
    def since(self) -> tuple[str, str] | None:
        """The day its decree was enacted."""
        return tanggal(self.decree.record.ditetapkan.tanggal if self.decree else None)

    @property
    def until(self) -> tuple[str, str] | None:
        """The day the decree that revoked it was enacted."""
        return tanggal(self.ender.record.ditetapkan.tanggal if self.ender else None)


def standing(region: Region, service: Service) -> Standing:
    """A service's standing in its region."""
    decree = current_decree(region, service)
    ender = revoked_by(region, decree) if decree else None
    after = successor(region, service)
    replacement = after.service if after and after.service.id != service.id else None
    return Standing(decree, ender, replacement, earlier_versions(region, service))


def change_page(region: Region, version: Version) -> str | None:
    """The redline page of an earlier version, or None when it is the same file as the version after it."""
    if version.after is None or version.same_file:
        return None
    return layout.change_page(region.id, version.decree.id, version.service.id)


def changes(region: Region) -> list[Version]:
    """Every earlier version of the region that has a redline page (a file of its own), each once."""
    found: dict[str, Version] = {}
    for service in region.services:
        for version in earlier_versions(region, service):
            page = change_page(region, version)
            if page is not None:
                found.setdefault(page, version)
    return [found[page] for page in sorted(found)]


def redline(region: Region, version: Version) -> list[PartView]:
    """The parts of a standard that changed from an earlier version to the version that replaced it, as
    `sk diff` prints them (same comparison, same rows)."""
    from ..review.canonical import service_text  # the document models: only a page of changes needs them
    from ..review.compare import compare_documents
    from ..review.redline import document_parts

    assert version.after is not None, "only an earlier version has a version after it"
    old, new = service_text(region, version.service), service_text(region, version.after)
    return document_parts(compare_documents(old, new, "modified"))


@dataclass(frozen=True)
class Revocation:
    """A decree that a decree revokes, as the diktum names it, and its page when the region has it."""

    entry: Pencabutan
    decree: Decree | None


def revocations(region: Region, decree: Decree) -> list[Revocation]:
    """What a decree revokes, in diktum order, each with the region's decree when it has that one."""
    found = []
    for item in decree.record.diktum:
        for entry in item.mencabut:
            match = next((d for d in region.decrees if d is not decree and named(entry, d)), None)
            found.append(Revocation(entry, match))
    return found
