"""The installed fonts: which families exist, their files, which a profile asks for; a missing font is an error, never a swap.

Fonts are listed by fontconfig (``fc-list``), which is what WeasyPrint's Pango uses to find
them. Where fontconfig's command is missing (Windows, some macOS set-ups, or ``SK_PORTABEL=1``)
the usual font folders are scanned and each file's family names are read with fontTools.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .portable import LINUX

if TYPE_CHECKING:
    from .model import Profil

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")


@dataclass(frozen=True)
class FontFile:
    """One installed font file, the family names it answers to and its style names (lower case)."""

    path: Path
    families: frozenset[str]
    styles: frozenset[str] = frozenset()

    @property
    def regular(self) -> bool:
        """Whether this is the upright, normal-weight face of its family."""
        return bool(self.styles & {"regular", "book", "roman", "normal"})


def font_folders() -> list[Path]:
    """Where fonts are installed on this kind of system, for scanning without fontconfig."""
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path("/usr/share/texmf/fonts"),
            home / ".local" / "share" / "fonts", home / ".fonts"]


def _listed_by_fontconfig() -> list[FontFile] | None:
    if shutil.which("fc-list") is None or (sys.platform.startswith("linux") and not LINUX):
        return None
    try:
        listing = subprocess.run(["fc-list", "--format", "%{file}\t%{family}\t%{style}\n"], capture_output=True,
                                 text=True, check=False).stdout
    except OSError:
        return None
    found: dict[Path, tuple[set[str], set[str]]] = {}
    for line in listing.splitlines():
        file, _, rest = line.partition("\t")
        names, _, styles = rest.partition("\t")
        if file:
            families, kinds = found.setdefault(Path(file), (set(), set()))
            families.update(n.strip().lower() for n in names.split(",") if n.strip())
            kinds.update(n.strip().lower() for n in styles.split(",") if n.strip())
    return [FontFile(path, frozenset(names), frozenset(kinds)) for path, (names, kinds) in sorted(found.items())]


def _names(path: Path) -> tuple[set[str], set[str]]:
    """The family names (typographic and legacy) and style names in a font file's name table, lower case."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    families: set[str] = set()
    styles: set[str] = set()
    try:
        with path.open("rb") as handle:  # closed even when fontTools gives up on a damaged file
            fonts = TTCollection(handle, lazy=True).fonts if path.suffix.lower() in (".ttc", ".otc") else \
                [TTFont(handle, lazy=True)]
            for font in fonts:
                for record in font["name"].names:
                    if record.nameID in (1, 16):
                        families.add(record.toUnicode().strip().lower())
                    elif record.nameID in (2, 17):
                        styles.add(record.toUnicode().strip().lower())
    except (OSError, TTLibError, KeyError, UnicodeDecodeError, ValueError, AssertionError):
        return set(), set()
    return families, styles


def _scanned() -> list[FontFile]:
    found = []
    for folder in font_folders():
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                path = Path(root) / name
                if path.suffix.lower() in FONT_SUFFIXES:
                    families, styles = _names(path)
                    if families:
                        found.append(FontFile(path, frozenset(families), frozenset(styles)))
    return sorted(found, key=lambda f: f.path)


@lru_cache(maxsize=1)
def catalogue() -> tuple[FontFile, ...]:
    """Every installed font file with its families: from fontconfig, else by scanning the font folders."""
    listed = _listed_by_fontconfig()
    return tuple(listed if listed is not None else _scanned())


def installed_families() -> frozenset[str]:
    """Font family names that are installed (lower case), gathered once per catalogue (a standard's table asks
    for every row)."""
    fonts = catalogue()
    if _FAMILIES[0] is not fonts:
        _FAMILIES[:] = [fonts, frozenset(name for font in fonts for name in font.families)]
    return _FAMILIES[1]


_FAMILIES: list = [None, frozenset()]
"""The catalogue ``installed_families`` last gathered, and its families."""


def family_files(families: set[str]) -> list[Path]:
    """The font files of these families (every style), sorted."""
    wanted = {name.lower() for name in families}
    return sorted({font.path for font in catalogue() if font.families & wanted})


def regular_file(family: str) -> Path | None:
    """The upright, normal-weight file of a family (what fontconfig would match), or None."""
    faces = [font for font in catalogue() if family.lower() in font.families]
    chosen = next((font for font in faces if font.regular), faces[0] if faces else None)
    return chosen.path if chosen else None


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


OFFICE_TWINS = {
    "TeX Gyre Bonum": "Bookman Old Style", "Liberation Sans": "Arial", "Liberation Serif": "Times New Roman",
    "Liberation Mono": "Courier New", "Liberation Sans Narrow": "Arial Narrow", "TeX Gyre Termes": "Times New Roman",
    "TeX Gyre Heros": "Arial", "TeX Gyre Cursor": "Courier New", "TeX Gyre Pagella": "Palatino Linotype",
    "TeX Gyre Schola": "Century Schoolbook", "Carlito": "Calibri", "Caladea": "Cambria",
}
"""Free fonts and the office font each has the same metrics as (every letter as wide): a line breaks at the
same word in Word with the office font as in the PDF with the free one."""
_OFFICE = {free.lower(): office for free, office in OFFICE_TWINS.items()}
_FREE = {office.lower(): free for free, office in reversed(OFFICE_TWINS.items())}


def office_twin(family: str) -> str | None:
    """The office font a free font stands in for ("TeX Gyre Bonum" -> "Bookman Old Style"), or None."""
    return _OFFICE.get(family.lower())


def free_twin(family: str) -> str | None:
    """The free font that stands in for an office font ("Bookman Old Style" -> "TeX Gyre Bonum"), or None."""
    return _FREE.get(family.lower())


@dataclass(frozen=True)
class WordFont:
    """The family the DOCX names for one role, and why: "word" (the profile's huruf.word), "twin" (the office
    font the free one stands in for) or "listed" (the first family the profile lists)."""

    role: str
    family: str
    reason: str


def word_font(profil: Profil, role: str) -> WordFont:
    """The family the DOCX names for a role ("isi" or "kop"): what Word on an office PC has, never a free font
    no office PC has when an office twin of it exists."""
    chosen = getattr(profil.huruf.word, role)
    if chosen:
        return WordFont(role, chosen, "word")
    first = getattr(profil.huruf, role)[0]
    twin = office_twin(first)
    return WordFont(role, twin, "twin") if twin else WordFont(role, first, "listed")
