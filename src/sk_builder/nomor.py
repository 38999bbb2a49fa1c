"""A decree's number as the region writes it, the pattern applied once, and how a decree is cited.

The pattern (``format_nomor`` of the decree, else of the profile) says what follows the word NOMOR
in the title block: ``{nomor} TAHUN {tahun}``, ``: {nomor}/{tahun}``, ``{nomor}``. Applied once it
gives three views of one string:

- ``judul``: what follows "NOMOR " in the title block and the lampiran header, exactly as the
  pattern writes it (``167 TAHUN 2024``, ``: 188.45/ 12 /HK/2024``);
- ``nomor``: the number itself, ``judul`` without a leading ":" — printed whole (no line break
  inside it) and never re-cased (``Kep/Dinkes`` stays ``Kep/Dinkes``);
- ``kutipan``: the number in a sentence ("Keputusan … Nomor 167 Tahun 2024"): ``nomor`` with the
  pattern's own word TAHUN written "Tahun". No "Tahun" is added that the pattern does not write.

Nothing else spells a decree's number: the title block, the lampiran header, document titles and
metadata, the site, the open data, the revocation sentence, ``sk export text`` and ``sk diff`` read it here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import Formatter

from .model import Keputusan, Pencabutan, Profil

_TAHUN = re.compile(r"\btahun\b", re.IGNORECASE)
_LEAD = re.compile(r"[\s:]*")


@dataclass(frozen=True)
class Nomor:
    """A decree's number written by its pattern: in headings (``judul``), alone (``nomor``), in sentences
    (``kutipan``)."""

    judul: str
    nomor: str
    kutipan: str


def apply(pattern: str, nomor: str, tahun: int) -> Nomor:
    """The pattern applied to a decree's ``nomor`` and ``tahun`` (the pattern is valid: see model.FormatNomor)."""
    heading: list[str] = []
    sentence: list[str] = []
    for literal, field, _, _ in Formatter().parse(pattern):
        heading.append(literal)
        sentence.append(_TAHUN.sub("Tahun", literal))
        if field is not None:
            value = str(nomor) if field == "nomor" else str(tahun)
            heading.append(value)
            sentence.append(value)
    separator = _LEAD.match(heading[0] if heading else "")  # before the number: only the pattern's own ":"
    lead = separator.end() if separator else 0
    judul = "".join(heading)
    return Nomor(judul, judul[lead:].strip(), "".join(sentence)[lead:].strip())  # no space around the number


def pattern_of(profil: Profil, record: Keputusan) -> str:
    """The decree's own pattern, else the region's."""
    return record.format_nomor or profil.format_nomor


def decree_number(profil: Profil, record: Keputusan) -> Nomor:
    """A decree's number, as its pattern writes it."""
    return apply(pattern_of(profil, record), record.nomor, record.tahun)


def revoked_number(profil: Profil, record: Keputusan, entry: Pencabutan) -> Nomor:
    """The number of a decree that ``record`` revokes: by the entry's own pattern, else the revoking decree's."""
    return apply(entry.format_nomor or pattern_of(profil, record), entry.nomor, entry.tahun)


def citation(profil: Profil, record: Keputusan) -> str:
    """How a decree is cited in a sentence: "Keputusan <jabatan> Nomor <number>"."""
    return f"Keputusan {record.jabatan} Nomor {decree_number(profil, record).kutipan}"


def revoked_citation(profil: Profil, record: Keputusan, entry: Pencabutan) -> str:
    """How a decree that ``record`` revokes is cited: "Keputusan <jabatan> Nomor <number>"."""
    return f"Keputusan {entry.jabatan} Nomor {revoked_number(profil, record, entry).kutipan}"


def full_title(profil: Profil, record: Keputusan) -> str:
    """The citation followed by "tentang <title>"."""
    return f"{citation(profil, record)} tentang {record.tentang}"
