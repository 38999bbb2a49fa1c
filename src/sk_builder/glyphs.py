"""Characters of the records that no installed font can draw: the PDF would print a blank that text extraction still "finds".

Each text field is checked against the character maps (fontTools) of the fonts its profile
names — the kop font for the letterhead fields, the body font for everything else — and, for
what they lack, against every other installed font, since Pango falls back to those. A
character in none of them is a located warning SK124 naming the character and the field.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

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


@lru_cache(maxsize=None)
def _family_map(family: str) -> frozenset[int]:
    return frozenset().union(*(character_map(path) for path in family_files({family})))


@lru_cache(maxsize=1)
def _installed_map() -> frozenset[int]:
    return frozenset().union(*(character_map(font.path) for font in catalogue()))


def _needs_glyph(char: str) -> bool:
    return unicodedata.category(char) not in _SILENT and not 0xFE00 <= ord(char) <= 0xFE0F


def missing(text: str, choice: FontChoice) -> list[str]:
    """The characters of ``text`` neither the chosen family nor any installed font can draw, in text order."""
    wanted = {c for c in text if _needs_glyph(c)}
    if not wanted or choice.family is None:
        return []
    lacking = {c for c in wanted if ord(c) not in _family_map(choice.family)}
    if lacking:
        lacking = {c for c in lacking if ord(c) not in _installed_map()}
    return sorted(lacking, key=text.index)


def _describe(chars: list[str]) -> str:
    named = [f'"{c}" (U+{ord(c):04X} {unicodedata.name(c, "TANPA NAMA")})' for c in chars[:SHOWN]]
    more = f" dan {len(chars) - SHOWN} lainnya" if len(chars) > SHOWN else ""
    return ", ".join(named) + more


def check_region(region: Region, report: Report) -> None:
    """Warn (SK124) for every field with characters that would print blank. Every character of the region
    is looked up once; fields are searched only for the few that no font has."""
    body, kop = profile_fonts(region.profil)
    owners = [(region, region.profil)] + [(s, s.record) for s in region.services] + \
        [(d, d.record) for d in region.decrees] + [(p, p.record) for p in region.sops] + \
        [(m, m.record) for m in region.pledges]
    texts = [(owner, path, text) for owner, record in owners for path, text in text_fields(record)]
    everything = "".join(sorted(set().union(*(set(text) for _, _, text in texts))))
    if not missing(everything, body) and not missing(everything, kop):
        return
    for owner, path, text in texts:
        choice = kop if owner is region and path and path[0] in KOP_FIELDS else body
        lacking = missing(text, choice)
        if lacking:
            field = field_name(path)
            report.warning(locate(owner.source, owner.marks, path), "SK124",
                           f"{field}: karakter {_describe(lacking)} tidak ada pada huruf \"{choice.family}\" "
                           "maupun huruf lain yang terpasang, sehingga tercetak kosong di PDF; pasang huruf yang "
                           "memuatnya (mis. paket fonts-noto-core) atau ganti karakternya (lihat `sk doctor`)")
