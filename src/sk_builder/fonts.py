"""Find the installed font families that a profile asks for; a missing font is an error, never a swap."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from .model import Profil


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Font family names known to fontconfig (lower case)."""
    if shutil.which("fc-list") is None:
        return frozenset()
    listing = subprocess.run(["fc-list", "--format", "%{family}\n"], capture_output=True, text=True,
                             check=False).stdout
    names = set()
    for line in listing.splitlines():
        names.update(name.strip().lower() for name in line.split(",") if name.strip())
    return frozenset(names)


@dataclass(frozen=True)
class FontChoice:
    """The family used for one role (isi or kop), or None with the families that were asked for."""

    role: str
    wanted: tuple[str, ...]
    family: str | None


def choose(role: str, wanted: list[str]) -> FontChoice:
    """The first wanted family that is installed."""
    present = installed_families()
    family = next((name for name in wanted if name.lower() in present), None)
    return FontChoice(role, tuple(wanted), family)


def profile_fonts(profil: Profil) -> tuple[FontChoice, FontChoice]:
    """The body and letterhead fonts of a profile."""
    return choose("isi", profil.huruf.isi), choose("kop", profil.huruf.kop)
