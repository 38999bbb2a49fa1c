"""Which unit a Maklumat Pelayanan belongs to: one of the units its region's standards name, matched as the
contacts of ``kontak_unit`` are (case and spacing may differ), with a located error otherwise."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ..diagnostics import Location, Report
from ..project import Service


def unit_key(name: str) -> str:
    """A unit's name as compared: spacing squeezed, case folded."""
    return " ".join(name.split()).casefold()


def region_units(services: Iterable[Service]) -> dict[str, str]:
    """The units the standards name, by ``unit_key``: the name as the first standard (by id) writes it."""
    units: dict[str, str] = {}
    for service in sorted(services, key=lambda s: s.id):
        units.setdefault(unit_key(service.record.unit), service.record.unit)
    return units


def _hint(name: str, units: dict[str, str]) -> str:
    close = difflib.get_close_matches(unit_key(name), list(units), 1, 0.6)
    if close:
        return f' (maksud Anda "{units[close[0]]}"?)'
    listed = ", ".join(f'"{unit}"' for unit in sorted(units.values())[:5])
    more = " dan lainnya" if len(units) > 5 else ""
    return f"; unit pada standar wilayah ini: {listed}{more}" if units else "; wilayah ini belum punya standar"


class UnitClaims:
    """The units of a region and which Maklumat claimed each, so a unit has at most one."""

    def __init__(self, units: dict[str, str], complete: bool, report: Report):
        self.units, self.complete, self.report = units, complete, report
        self.taken: dict[str, str] = {}

    def claim(self, name: str, where: Location, file: str) -> str | None:
        """The unit named ``name`` as its standards write it, or None with a located error (SK129, SK130).

        When some standard of the region did not load (``complete`` False), an unknown unit is not reported:
        it may be the one that standard names, and its own errors come first."""
        key = unit_key(name)
        unit = self.units.get(key)
        if unit is None:
            if self.complete:
                self.report.error(where, "SK129", f'unit: tidak ada standar pelayanan berunit "{name}"'
                                                  f"{_hint(name, self.units)}")
            return None
        if key in self.taken:
            self.report.error(where, "SK130", f'unit: "{unit}" sudah punya maklumat pelayanan di {self.taken[key]}')
            return None
        self.taken[key] = file
        return unit
