"""Every `sk check` rule by its stable code, which checks run on which records, and the default set."""

from __future__ import annotations

from . import (bagan, bilangan, daftar, diktum, ejaan, hukum, judul, komponen, konsiderans, konsistensi, layanan,
               nip, penulisan, tanggal)
from ..catalogue import SILENCEABLE
from .finding import Rule, rules

FAMILIES = (daftar, bilangan, konsiderans, hukum, komponen, layanan, judul, penulisan, konsistensi, nip, tanggal,
            diktum, bagan, ejaan)
(UNUSED,) = rules("SK390")
RULES: dict[str, Rule] = {rule.code: rule for family in FAMILIES for rule in family.RULES} | {UNUSED.code: UNUSED}
assert SILENCEABLE == frozenset(RULES) - {UNUSED.code}, "every drafting rule is in the catalogue as silenceable"
DEFAULT = frozenset(code for code, rule in RULES.items() if rule.bawaan)
"""The rules `sk check` and `sk build` apply unless asked for all (``--semua``)."""
_FAMILY = {rule.code: family.__name__.rsplit(".", 1)[-1] for family in FAMILIES for rule in family.RULES}

TEXT_CHECKS = (bilangan.check_text, penulisan.check_text, nip.check_text, tanggal.check_text, konsistensi.check_text)
"""Run on every text of every standard and decree: ``check(field, text)``."""
REGION_TEXT_CHECKS = (ejaan.check_text,)
"""Run on every text with what the region knows (dictionary, domains): ``check(konteks, field, text)``."""
URAIAN_CHECKS = (daftar.check_text,)
"""Run on the Markdown of the components and the diktum: ``check(field, text)``."""
STANDAR_CHECKS = (komponen.standar, judul.standar, konsiderans.dasar_hukum, hukum.standar, bagan.standar)
KEPUTUSAN_CHECKS = (konsiderans.keputusan, hukum.keputusan, komponen.keputusan, judul.keputusan, nip.keputusan,
                    tanggal.keputusan, tanggal.years, diktum.keputusan, diktum.pencabutan, konsistensi.keputusan)
WILAYAH_CHECKS = (layanan.wilayah, hukum.wilayah, konsistensi.wilayah)
"""Run on a whole region; each yields (standard or decree, finding)."""


def family_of(code: str) -> str:
    """The family (module) a rule code belongs to, for figures per family."""
    return _FAMILY.get(code, "abaikan")
