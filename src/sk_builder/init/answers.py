"""What `sk init` asks: the region's name, the unit that publishes, the paper; and what follows from them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PAPERS = ("F4", "A4")
_PREFIXES = ("Kabupaten ", "Kota ", "Provinsi ")


@dataclass(frozen=True)
class Answers:
    """The answers to `sk init`'s questions (given as options or typed at the prompts)."""

    wilayah: str
    unit: str = "Sekretariat Daerah"
    kertas: str = "F4"

    @property
    def region_id(self) -> str:
        """The region folder's name: "Kota Contoh" -> "kota-contoh" (ASCII, lower case, hyphens)."""
        return slug(self.wilayah)

    @property
    def tempat(self) -> str:
        """Where decrees are enacted: the region's name without "Kota"/"Kabupaten" (edit it for a regency)."""
        for prefix in _PREFIXES:
            if self.wilayah.startswith(prefix) and len(self.wilayah) > len(prefix):
                return self.wilayah[len(prefix):]
        return self.wilayah

    @property
    def pemerintah(self) -> str:
        """The government's name on the letterhead."""
        return f"Pemerintah {self.wilayah}"

    @property
    def kepala(self) -> str:
        """The title of the unit's head, who enacts the decree: "Sekretaris Daerah", "Kepala Dinas …"."""
        if self.unit.lower() == "sekretariat daerah":
            return "Sekretaris Daerah"
        return f"Kepala {self.unit}"

    @property
    def domain(self) -> str:
        """A made-up web domain for the example addresses ("contohkota.go.id" style)."""
        return f"{self.region_id.replace('-', '')}.go.id"


def slug(name: str) -> str:
    """An ASCII folder name for a region's name ("" when nothing of it is a letter or digit)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def problems(answers: Answers) -> list[str]:
    """What is wrong with the answers, in Indonesian (empty when they can be used)."""
    found = []
    for label, value in (("nama wilayah", answers.wilayah), ("unit", answers.unit)):
        if not value.strip():
            found.append(f"{label} tidak boleh kosong")
        elif any(unicodedata.category(ch).startswith("C") for ch in value):
            found.append(f"{label} memuat karakter kendali")
        elif len(value) > 120:
            found.append(f"{label} terlalu panjang (paling banyak 120 karakter)")
    if answers.wilayah.strip() and not answers.region_id:
        found.append(f'nama wilayah "{answers.wilayah}" tidak memuat huruf atau angka untuk nama folder')
    if answers.kertas not in PAPERS:
        found.append(f'kertas "{answers.kertas}" tidak dikenal; pilih {" atau ".join(PAPERS)}')
    return found
