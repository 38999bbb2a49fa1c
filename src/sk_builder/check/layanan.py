"""Services of one region that repeat another: the same name, or exactly the same components.

A standard that stands only on revoked decrees is an earlier version kept beside today's (versions.py): it
shares the name of the standard that replaced it by design, so it is not compared."""

from __future__ import annotations

from typing import Iterator

from ..model import KOMPONEN_KEYS
from ..project import Region, Service
from ..versions import current_decree, in_force
from .finding import Finding, rules

RULES = rules("SK333", "SK334")


def _name(service: Service) -> str:
    return " ".join(service.record.nama.casefold().split())


def _content(service: Service) -> tuple[str, ...]:
    komponen = service.record.komponen
    return tuple((getattr(komponen, key) or "").strip() for key in KOMPONEN_KEYS)


def wilayah(region: Region) -> Iterator[tuple[Service, Finding]]:
    """Each later service (by id) that repeats an earlier one."""
    names: dict[str, Service] = {}
    contents: dict[tuple[str, ...], Service] = {}
    for service in region.services:
        decree = current_decree(region, service)
        if decree is not None and not in_force(region, decree):
            continue
        first = names.setdefault(_name(service), service)
        if first is not service:
            yield service, Finding("SK333", ("nama",), f'nama "{service.record.nama}" sudah dipakai oleh '
                                                      f"{first.source}")
        content = _content(service)
        if not any(content):
            continue
        twin = contents.setdefault(content, service)
        if twin is not service:
            yield service, Finding("SK334", ("komponen",), f"isi ke-14 komponen sama persis dengan {twin.source}")
