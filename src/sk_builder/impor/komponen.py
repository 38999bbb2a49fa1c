"""Which of the 14 components a label in a decree's table names, tolerant of the labels' variants.

Regions word the Komponen column their own way ("Persyaratan", "Sistem Mekanisme Prosedur",
"Waktu Penyelesaian", "Biaya / Tarif", "Pengelolaan Pengaduan"). A label is matched by its
telling words, most specific first, never by position; the default wording is recognised as
exact, anything else is a variant the report names.
"""

from __future__ import annotations

import re

from ..model import KOMPONEN

_RULES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("jaminan_keamanan", (("keamanan",), ("keselamatan",))),
    ("jaminan_pelayanan", (("jaminan",),)),
    ("evaluasi", (("evaluasi",), ("kinerja",))),
    ("jumlah_pelaksana", (("jumlah",),)),
    ("kompetensi", (("kompetensi",), ("kualifikasi",))),
    ("pengawasan", (("pengawasan",),)),
    ("sarana", (("sarana",), ("prasarana",), ("fasilitas",))),
    ("dasar_hukum", (("dasar", "hukum"), ("landasan", "hukum"), ("hukum",))),
    ("pengaduan", (("pengaduan",), ("saran",), ("masukan",), ("apresiasi",), ("penanganan", "keluhan"),
                   ("pengelolaan", "keluhan"))),
    ("produk", (("produk",), ("hasil", "pelayanan"), ("output",), ("keluaran",))),
    ("biaya", (("biaya",), ("tarif",), ("retribusi",))),
    ("jangka_waktu", (("waktu",), ("lama", "pelayanan"))),
    ("prosedur", (("prosedur",), ("mekanisme",), ("alur",), ("sistem",), ("tata", "cara"))),
    ("persyaratan", (("persyaratan",), ("syarat",))),
)
_GROUPS = ((0, ("penyampaian",)), (1, ("pengelolaan",)), (1, ("manajemen",)))
_DEFAULTS: dict[str, str] = {key: label for key, label, _ in KOMPONEN}
_NUMBERING = re.compile(r"^\s*(?:[0-9]{1,2}|[a-zA-Z]|[IVX]{1,4})\s*[.)]\s*")


def words(label: str) -> list[str]:
    """The label's words in lower case, without its leading number and punctuation."""
    return re.findall(r"[a-z]+", _NUMBERING.sub("", label).lower())


def component_of(label: str) -> tuple[str, bool] | None:
    """(component key, written exactly as the default label) for a Komponen label, or None."""
    found = set(words(label))
    if not found or len(found) > 12:
        return None
    for key, alternatives in _RULES:
        if any(all(word in found for word in need) for need in alternatives):
            return key, words(label) == words(_DEFAULTS[key])
    return None


def group_of(text: str) -> int | None:
    """0 (Penyampaian Layanan) or 1 (Pengelolaan Pelayanan) for a group row's text, or None."""
    found = set(words(text))
    if not found or len(found) > 5:
        return None
    for index, need in _GROUPS:
        if all(word in found for word in need):
            return index
    return None


def default_label(key: str) -> str:
    """The default label of a component."""
    return _DEFAULTS[key]
