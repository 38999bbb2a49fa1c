"""Whether a decree is still in force: another decree of its region that revokes it (``mencabut``) ends it."""

from __future__ import annotations

from ..model import Pencabutan
from ..project import Decree, Region, Service


def _names(revocation: Pencabutan, decree: Decree) -> bool:
    record = decree.record
    return (str(revocation.nomor).strip() == str(record.nomor).strip() and revocation.tahun == record.tahun
            and " ".join(revocation.jabatan.split()).casefold() == " ".join(record.jabatan.split()).casefold())


def revoked_by(region: Region, decree: Decree) -> Decree | None:
    """The decree of the region that revokes this one, if any."""
    for other in region.decrees:
        if other is decree:
            continue
        if any(_names(r, decree) for item in other.record.diktum for r in item.mencabut):
            return other
    return None


def in_force(region: Region, decree: Decree) -> bool:
    """True unless another decree of the region revokes it."""
    return revoked_by(region, decree) is None


def current_decree(region: Region, service: Service) -> Decree | None:
    """The decree a service stands on now: of those whose lampiran holds it, one in force, the latest enacted."""
    holding = [d for d in region.decrees if service in d.services]
    if not holding:
        return None
    return max(holding, key=lambda d: (in_force(region, d), d.record.ditetapkan.tanggal, d.id))
