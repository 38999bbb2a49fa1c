"""Wording that disagrees with itself: words repeated by accident, one unit named two ways, and a
diktum's list of services unlike the titles of the lampiran."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from typing import Iterator

from ..project import Decree, Region, Service
from .daftar import enumerations
from .finding import FieldPath, Finding, line_col, rules

RULES = rules("SK345", "SK346", "SK347")

_REPEAT = re.compile(r"(?<![\w-])(?P<words>[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{2,}){0,3})[ \t]+(?P=words)(?![\w-])",
                     re.IGNORECASE)
_ADDRESS = re.compile(r"\S+@\S+|\S+://\S+|www\.\S+")
_AFFIXES = ("pen", "pem", "peng", "peny", "pe", "per", "ke")
_SERVICE_WORDS = re.compile(r"^(?:standar\s+)?(?:pelayanan|layanan)\s+", re.IGNORECASE)


def check_text(field: FieldPath, text: str) -> Iterator[Finding]:
    """Words or phrases written twice in a row ("pedoman pedoman", "sesuai dengan sesuai dengan")."""
    masked = _ADDRESS.sub(lambda m: " " * len(m.group(0)), text)
    for match in _REPEAT.finditer(masked):
        words = match["words"]
        yield Finding("SK345", field, f'"{words} {words}": kata ditulis dua kali; hapus salah satunya',
                      line_col(text, match.start()))


def wilayah(region: Region) -> Iterator[tuple[Service, Finding]]:
    """Each standard whose unit is written unlike the same unit elsewhere in the region."""
    written = Counter(service.record.unit.strip() for service in region.services)
    written[region.profil.unit.strip()] += 1
    for service in region.services:
        mine = service.record.unit.strip()
        other = _same_unit(mine, written)
        if other is not None:
            yield service, Finding("SK346", ("unit",), f'unit "{mine}" ditulis "{other}" di tempat lain; samakan')


def _same_unit(mine: str, written: Counter) -> str | None:
    """The more common spelling of the same unit, if ``mine`` is a variant of one."""
    for other, count in written.most_common():
        if other == mine or count < written[mine] or (count == written[mine] and other > mine):
            continue
        if _variant(mine, other):
            return other
    return None


def _variant(a: str, b: str) -> bool:
    """Two names of one unit: equal but for case or spacing, or one word differing by a slip or an affix."""
    if " ".join(a.casefold().split()) == " ".join(b.casefold().split()):
        return True
    words_a, words_b = a.casefold().split(), b.casefold().split()
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    return len(differing) == 1 and _word_variant(*differing[0])


def _word_variant(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    if len(short) >= 5 and any(long == affix + short for affix in _AFFIXES):
        return True
    return len(short) >= 6 and SequenceMatcher(None, x, y).ratio() >= 0.9


def keputusan(decree: Decree) -> Iterator[Finding]:
    """A list of services written in a diktum by hand, against the titles of the lampiran."""
    titles = {_service_key(s.title): s.title for s in decree.services}
    titles |= {_service_key(s.record.nama): s.title for s in decree.services}
    for d, item in enumerate(decree.record.diktum):
        if item.daftar_layanan or not item.teks:
            continue
        for items in enumerations(item.teks):
            keys = [_service_key(entry.lead) for entry in items]
            if len(items) < 2 or sum(key in titles for key in keys) * 2 < len(items):
                continue
            for entry, key in zip(items, keys):
                if key not in titles:
                    closest = max(titles.values(), key=lambda t: SequenceMatcher(None, key, _service_key(t)).ratio())
                    yield Finding("SK347", ("diktum", d, "teks"), f'layanan "{entry.lead.rstrip(" ;.")}" tidak ada '
                                  f'di lampiran; judul standar yang terdekat: "{closest}"', (entry.line, entry.col))


def _service_key(text: str) -> str:
    text = re.sub(r";\s*(?:dan|atau|dan/atau)\s*$|[;.,:]+\s*$", "", text.strip())
    return " ".join(_SERVICE_WORDS.sub("", text).casefold().split())
