"""Which decree is in force and the versions of a standard: a decree that revokes another (``mencabut``) ends it,
and the standards of the revoked decree's lampiran are the earlier versions of the revoking decree's.

A version is a standard as one decree enacted it: the pair (decree, standard file). Going back from the
decree a standard stands on now, each decree it revokes holds the earlier version: the same standard file
(its text in the sources is today's: the old text is only in the history of the files), or a file of its
own with the same ``nama`` (the text as it was enacted, kept beside today's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import Pencabutan
from .project import Decree, Region, Service


def named(revocation: Pencabutan, decree: Decree) -> bool:
    """Whether a ``mencabut`` entry names this decree: the same nomor and tahun, and the same jabatan (spacing and
    case aside)."""
    record = decree.record
    return (str(revocation.nomor).strip() == str(record.nomor).strip() and revocation.tahun == record.tahun
            and " ".join(revocation.jabatan.split()).casefold() == " ".join(record.jabatan.split()).casefold())


def revokes(decree: Decree, other: Decree) -> bool:
    """Whether a diktum of ``decree`` revokes ``other`` (same jabatan, nomor and tahun)."""
    return other is not decree and any(named(r, other) for item in decree.record.diktum for r in item.mencabut)


@dataclass(frozen=True)
class _Index:
    """Per region: the decrees whose lampiran holds each standard (by id), and the decree that revokes each."""

    holding: dict[str, tuple[Decree, ...]]
    ender: dict[str, Decree | None]


_INDEXES: dict[int, tuple[Region, _Index]] = {}
"""The index of the regions asked about lately, by identity (a region is frozen: its index never changes)."""


def _index(region: Region) -> _Index:
    found = _INDEXES.get(id(region))
    if found is None or found[0] is not region:
        holding: dict[str, list[Decree]] = {}
        for decree in region.decrees:
            for service in decree.services:
                holding.setdefault(service.id, []).append(decree)
        ender = {d.id: next((other for other in region.decrees if revokes(other, d)), None) for d in region.decrees}
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        found = _INDEXES[id(region)] = (region, _Index({k: tuple(v) for k, v in holding.items()}, ender))
    return found[1]


def revoked_by(region: Region, decree: Decree) -> Decree | None:
    """The decree of the region that revokes this one, if any."""
    return _index(region).ender.get(decree.id)


def in_force(region: Region, decree: Decree) -> bool:
    """True unless another decree of the region revokes it."""
    return revoked_by(region, decree) is None


def current_decree(region: Region, service: Service) -> Decree | None:
    """The decree a service stands on now: of those whose lampiran holds it, one in force, the latest enacted."""
    holding = _index(region).holding.get(service.id, ())
    if not holding:
        return None
    return max(holding, key=lambda d: (in_force(region, d), d.record.ditetapkan.tanggal, d.id))


@dataclass(frozen=True)
class Version:
    """A standard as one decree enacted it; for an earlier version also the decree that revoked it (``ender``)
    and the standard of that decree that replaced it (``after``)."""

    decree: Decree
    service: Service
    ender: Decree | None = None
    after: Service | None = None

    @property
    def since(self) -> dt.date:
        """The day its decree was enacted."""
        return self.decree.record.ditetapkan.tanggal

    @property
    def until(self) -> dt.date | None:
        """The day the decree that revoked it was enacted, or None while it is in force."""
        return self.ender.record.ditetapkan.tanggal if self.ender else None

    @property
    def same_file(self) -> bool:
        """Whether the standard that replaced it is the same file (so the sources hold only today's text)."""
        return self.after is not None and self.after.id == self.service.id


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def counterpart(decree: Decree, service: Service) -> Service | None:
    """The standard of ``decree``'s lampiran that is a version of ``service``: the same file, else the same name."""
    if any(s.id == service.id for s in decree.services):
        return service
    return next((s for s in decree.services if _key(s.record.nama) == _key(service.record.nama)), None)


def earlier_versions(region: Region, service: Service) -> tuple[Version, ...]:
    """The versions before the one a service stands on now, newest first: each in a decree that the decree of
    the version after it revokes (the latest such decree, when it revokes several that hold one)."""
    decree = current_decree(region, service)
    found: list[Version] = []
    seen = {decree.id} if decree else set()
    while decree is not None:
        older = [(d, s) for d in region.decrees if d.id not in seen and revokes(decree, d)
                 for s in [counterpart(d, service)] if s is not None]
        if not older:
            break
        before, service_then = max(older, key=lambda pair: (pair[0].record.ditetapkan.tanggal, pair[0].id))
        found.append(Version(before, service_then, decree, service))
        seen.add(before.id)
        decree, service = before, service_then
    return tuple(found)


def successor(region: Region, service: Service) -> Version | None:
    """When the decree a service stands on is revoked: the standard of the revoking decree that replaces it
    (the same file or the same name), or None when the revoking decree holds none."""
    decree = current_decree(region, service)
    ender = revoked_by(region, decree) if decree else None
    if ender is None:
        return None
    replacement = counterpart(ender, service)
    return Version(ender, replacement) if replacement is not None else None


def version_of(region: Region, decree: Decree, service: Service) -> Version | None:
    """The earlier version a decree enacted of the standard a service's page shows (None when it enacted none)."""
    for version in earlier_versions(region, service):
        if version.decree.id == decree.id:
            return version
    return None
