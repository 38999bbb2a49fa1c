"""How a decree is named in catalogues: its kind ("Keputusan Bupati"), short kind (KEPBUP), full title."""

from __future__ import annotations

from .. import nomor
from ..project import Decree, Region

_SHORT = (("bupati", "KEPBUP"), ("wali kota", "KEPWALI"), ("walikota", "KEPWALI"), ("gubernur", "KEPGUB"))


def _without_region(jabatan: str, region_name: str) -> str:
    """The office without the region's name at its end ("Bupati Gianyar" -> "Bupati")."""
    words = region_name.split()
    for suffix in (region_name, " ".join(words[1:])):
        if suffix and jabatan.casefold().endswith(" " + suffix.casefold()):
            return jabatan[: -len(suffix) - 1].strip()
    return jabatan


def office(region: Region, decree: Decree) -> str:
    """The signing office without the region's name."""
    return _without_region(" ".join(decree.record.jabatan.split()), region.profil.nama)


def kind(region: Region, decree: Decree) -> str:
    """The kind of legal instrument, e.g. "Keputusan Sekretaris Daerah"."""
    return f"Keputusan {office(region, decree)}"


def short_kind(region: Region, decree: Decree) -> str:
    """The usual abbreviation of the kind: KEPBUP, KEPWALI, KEPGUB, else KEP."""
    head = office(region, decree).casefold()
    return next((short for word, short in _SHORT if head == word), "KEP")


def citation(region: Region, decree: Decree) -> str:
    """How the decree is cited: "Keputusan <jabatan> Nomor <number as its pattern writes it>" (nomor.py)."""
    return nomor.citation(region.profil, decree.record)


def full_title(region: Region, decree: Decree) -> str:
    """The citation followed by "tentang <title>"."""
    return nomor.full_title(region.profil, decree.record)
