"""What the site lists: each region's services in decree order, grouped into units (Bagian)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..project import Region, Service


@dataclass(frozen=True)
class Unit:
    """A unit of a region (the ``unit`` of its service records) and its services, in order."""

    slug: str
    name: str
    services: tuple[Service, ...]
    id: str = ""
    """Region-qualified, as in open data v2: ``<wilayah>/unit/<slug>`` (two regions' "Bagian Umum" differ)."""

    @property
    def drafts(self) -> int:
        """How many of its standards are drafts."""
        return sum(1 for s in self.services if s.record.status == "draft")


def slug(text: str) -> str:
    """A lowercase ASCII path segment for a name ("Bagian Umum" -> "bagian-umum")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unit"


def unit_id(region_id: str, unit_slug: str) -> str:
    """The stable id of a unit: ``<wilayah>/unit/<slug>``."""
    return f"{region_id}/unit/{unit_slug}"


def ordered_services(region: Region) -> tuple[Service, ...]:
    """The region's services as its decrees list them, then those in no decree, by id."""
    ordered: dict[str, Service] = {}  # by id: comparing records one by one made this quadratic (500: 0.2 s)
    for service in (*(s for decree in region.decrees for s in decree.services), *region.services):
        ordered.setdefault(service.id, service)
    return tuple(ordered.values())


def units(region: Region) -> tuple[Unit, ...]:
    """The region's units in order of their first service; slugs made unique with -2, -3, ..."""
    grouped: dict[str, list[Service]] = {}
    for service in ordered_services(region):
        grouped.setdefault(service.record.unit, []).append(service)
    taken: set[str] = set()
    result = []
    for name, services in grouped.items():
        base = candidate = slug(name)
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        result.append(Unit(candidate, name, tuple(services), unit_id(region.id, candidate)))
    return tuple(result)
