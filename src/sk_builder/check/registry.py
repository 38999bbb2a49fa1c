"""Every `sk check` rule by its stable code, and which checks run on which records."""

from __future__ import annotations

from . import bilangan, daftar, diktum, judul, komponen, konsiderans, layanan, nip, penulisan, tanggal
from .finding import Rule

FAMILIES = (daftar, bilangan, konsiderans, komponen, layanan, judul, penulisan, nip, tanggal, diktum)
UNUSED = Rule("SK390", "setiap entri abaikan membungkam sedikitnya satu temuan")
RULES: dict[str, Rule] = {rule.code: rule for family in FAMILIES for rule in family.RULES} | {UNUSED.code: UNUSED}
SILENCEABLE = frozenset(code for code in RULES if code != UNUSED.code)

TEXT_CHECKS = (bilangan.check_text, penulisan.check_text, nip.check_text, tanggal.check_text)
"""Run on every text of every standard and decree: ``check(field, text)``."""
URAIAN_CHECKS = (daftar.check_text,)
"""Run on the Markdown of the components and the diktum: ``check(field, text)``."""
STANDAR_CHECKS = (komponen.standar, judul.standar, konsiderans.dasar_hukum)
KEPUTUSAN_CHECKS = (konsiderans.keputusan, komponen.keputusan, judul.keputusan, nip.keputusan,
                    tanggal.keputusan, diktum.keputusan)
WILAYAH_CHECKS = (layanan.wilayah,)
"""Run on a whole region; each yields (standard, finding)."""
