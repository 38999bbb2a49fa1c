"""House-style settings checked against the records they print (README "Gaya rumah"): a letterhead line that
names a profile field the profile leaves empty, a revocation wording that names a date an entry lacks."""

from __future__ import annotations

from ..model import GayaKop, Keputusan, Profil
from ..text.pola import names

Gap = tuple[tuple, str]
"""A field path in the checked file and the Indonesian message."""


def kop_gaps(gaya: GayaKop | None, profil: Profil) -> list[Gap]:
    """Each letterhead line naming a profile field (``{telepon}``) that the profile does not fill."""
    found: list[Gap] = []
    for index, line in enumerate(gaya.baris or [] if gaya else []):
        for name in names(line.teks):
            if not getattr(profil, name):
                found.append((("kop", "baris", index, "teks"),
                              f'baris kop memuat {{{name}}}, tetapi "{name}" tidak diisi di profil'))
    return found


def revocation_gaps(profil: Profil, record: Keputusan) -> list[Gap]:
    """Each revoked decree without ``tanggal`` when the region's wording names {tanggal}."""
    if "tanggal" not in names(profil.pencabutan.keputusan):
        return []
    return [(("diktum", i, "mencabut", j, "tanggal"),
             'kolom wajib "tanggal" tidak ada: kalimat pencabutan profil (pencabutan.keputusan) menyebut {tanggal}')
            for i, item in enumerate(record.diktum) for j, entry in enumerate(item.mencabut) if entry.tanggal is None]
