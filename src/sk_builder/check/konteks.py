"""What the region-aware rules know of a region: its dictionary (made once, on first use) and its domains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from ..project import Region
from .kamus import Kamus

_NAME_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class Konteks:
    """One region as the rules see it."""

    region: Region
    _names: frozenset[str] = field(default=frozenset())
    memo: dict[str, list] = field(default_factory=dict)
    """The spelling problems of each text met (code, message, place)."""
    sites: dict[str, list] = field(default_factory=dict)
    """The address problems of each text met (code, message, place)."""
    words: dict[str, tuple] = field(default_factory=dict)
    """The spelling problem of each word judged, and when it was judged (see ``ejaan._judged``)."""

    @cached_property
    def kamus(self) -> Kamus:
        """The region's dictionary, with the names its profile and decrees use (places, people) as words."""
        return Kamus.for_region(self.region.root, self._names | names(self.region))

    @cached_property
    def domains(self) -> tuple[str, ...]:
        """The region's own domains, from ``laman``, ``url_dasar`` and ``pos_el`` of the profile."""
        profil = self.region.profil
        found = []
        for value in (profil.laman, profil.url_dasar):
            if value:
                host = urlsplit(value if "//" in value else f"//{value}").hostname or ""
                found.append(host.removeprefix("www."))
        if profil.pos_el and "@" in profil.pos_el:
            found.append(profil.pos_el.rsplit("@", 1)[1].strip().lower())
        return tuple(sorted({d for d in found if "." in d}))


def names(region: Region) -> frozenset[str]:
    """Words of the names a region uses: its profile, the places and signers of its decrees."""
    profil = region.profil
    texts = [profil.nama, profil.pemerintah, profil.unit, profil.alamat or ""]
    for decree in region.decrees:
        record = decree.record
        texts += [record.ditetapkan.tempat, record.penandatangan.nama, record.penandatangan.pangkat or ""]
    return frozenset(word.lower() for text in texts for word in _NAME_WORD.findall(text))
