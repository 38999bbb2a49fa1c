"""Characters of the records that no installed font can draw: the PDF would print a blank that text extraction still "finds".

Each text field is checked against the character maps (fontTools) of the fonts its profile
names — the kop font for the letterhead fields, the body font for everything else — and, for
what they lack, against every other installed font, since Pango falls back to those. A
character in none of them is a located warning SK124 naming the character and the field.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .cache import Store
from .diagnostics import Report
from .fieldpaths import text_fields
from .fonts import FontChoice, catalogue, family_files, profile_fonts
from .project import Region
from .sources.validate import field_name
from .sources.yamlfile import locate

KOP_FIELDS = frozenset({"pemerintah", "unit", "alamat", "telepon", "faksimile", "laman", "pos_el", "nama"})
_SILENT = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
SHOWN = 5


@lru_cache(maxsize=None)
def character_map(path: Path) -> frozenset[int]:
    """The code points a font file has glyphs for (every font of a collection)."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        fonts = TTCollection(path, lazy=True).fonts if path.suffix.lower() in (".ttc", ".otc") else \
            [TTFont(path, lazy=True)]
        points: set[int] = set()
        for font in fonts:
            points.update((font.getBestCmap() or {}).keys())
            font.close()
        return frozenset(points)
    except (OSError, TTLibError, KeyError, ValueError, AssertionError):
        return frozenset()


class CharacterMaps:
    """The code points of font files (``character_map``), kept in the store by each file's size and
    modification time: reading a family's tables takes a tenth of a second of every build."""

    def __init__(self, store: Store):
        self.store = store

    def __call__(self, path: Path) -> frozenset[int]:
        try:
            stat = os.stat(path)
        except OSError:
            return character_map(path)
        name, key = f"cmap:{Path(path).resolve()}", f"{stat.st_size}:{stat.st_mtime_ns}"
        found = self.store.load_data(name, key)
        if isinstance(found, list) and all(isinstance(point, int) for point in found):
            return frozenset(found)
        points = character_map(path)
        self.store.save_data(name, key, sorted(points))
        return points


Maps = Callable[[Path], frozenset[int]]
"""Where character maps come from: ``character_map``, or the build's store (``CharacterMaps``)."""


@lru_cache(maxsize=16)  # bounded: each build (and each rebuild of `sk serve`) brings maps of its own
def _family_map(family: str, maps: Maps) -> frozenset[int]:
    return frozenset().union(*(maps(path) for path in family_files({family})))


@lru_cache(maxsize=4)
def _installed_map(maps: Maps) -> frozenset[int]:
    return frozenset().union(*(maps(font.path) for font in catalogue()))


def _needs_glyph(char: str) -> bool:
    return unicodedata.category(char) not in _SILENT and not 0xFE00 <= ord(char) <= 0xFE0F


def missing(text: str, choice: FontChoice, maps: Maps = character_map) -> list[str]:
    """The characters of ``text`` neither the chosen family nor any installed font can draw, in text order."""
    wanted = {c for c in text if _needs_glyph(c)}
    if not wanted or choice.family is None:
        return []
    lacking = {c for c in wanted if ord(c) not in _family_map(choice.family, maps)}
    if lacking:
        lacking = {c for c in lacking if ord(c) not in _installed_map(maps)}
    return sorted(lacking, key=text.index)


def _describe(chars: list[str]) -> str:
    named = [f'"{c}" (U+{ord(c):04X} {unicodedata.name(c, "TANPA NAMA")})' for c in chars[:SHOWN]]
    more = f" dan {len(chars) - SHOWN} lainnya" if len(chars) > SHOWN else ""
    return ", ".join(named) + more


def check_region(region: Region, report: Report, maps: Maps = character_map) -> None:
    """Warn (SK124) for every field with characters that would print blank. Every character of the region
    is looked up once; fields are searched only for the few that no font has."""
    body, kop = profile_fonts(region.profil)
    owners = [(region, region.profil)] + [(s, s.record) for s in region.services] + \
        [(d, d.record) for d in region.decrees] + [(p, p.record) for p in region.sops] + \
        [(m, m.record) for m in region.pledges]
    texts = [(owner, path, text) for owner, record in owners for path, text in text_fields(record)]
    everything = "".join(sorted(set().union(*(set(text) for _, _, text in texts))))
    if not missing(everything, body, maps) and not missing(everything, kop, maps):
        return
    for owner, path, text in texts:
        choice = kop if owner is region and path and path[0] in KOP_FIELDS else body
        lacking = missing(text, choice, maps)
        if lacking:
            field = field_name(path)
            report.warning(locate(owner.source, owner.marks, path), "SK124",
                           f"{field}: karakter {_describe(lacking)} tidak ada pada huruf \"{choice.family}\" "
                           "maupun huruf lain yang terpasang, sehingga tercetak kosong di PDF; pasang huruf yang "
                           "memuatnya (mis. paket fonts-noto-core) atau ganti karakternya (lihat `sk doctor`)")
