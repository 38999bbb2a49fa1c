"""NIP: numbers written in texts must be valid, and the signer's NIP plausible on the decree's date."""

from __future__ import annotations

import re
from typing import Iterator

from ..project import Decree
from ..text.nip import NipError, nip_plausibility, parse_nip
from .finding import FieldPath, Finding, line_col, rules

RULES = rules("SK351", "SK352", "SK353")
_ELECTED = re.compile(r"^(?:Plt\.?\s+|Pj\.?\s+|Penjabat\s+)?(?:Wakil\s+)?(?:Bupati|Wali\s*kota|Gubernur|Ketua\s+DPRD)\b",
                      re.IGNORECASE)

_NIP = re.compile(r"\bNIP\b\.?\s*:?\s*(?P<digits>\d[\d ]{6,30}\d)")


def check_text(field: FieldPath, text: str) -> Iterator[Finding]:
    """Every "NIP. ..." in a text that is not a valid NIP."""
    for match in _NIP.finditer(text):
        try:
            parse_nip(match["digits"])
        except NipError as exc:
            yield Finding("SK351", field, f'"NIP {match["digits"]}": {exc}', line_col(text, match.start("digits")))


def keputusan(decree: Decree) -> Iterator[Finding]:
    """The signer's NIP judged on the date the decree is enacted."""
    record = decree.record
    signer = record.penandatangan
    if not signer.nip:
        if signer.pangkat and not _ELECTED.match(signer.jabatan):
            yield Finding("SK353", ("penandatangan",), f'penandatangan berpangkat "{signer.pangkat}" tanpa NIP; '
                                                       "tulis nip (18 angka)")
        return
    on = record.ditetapkan.tanggal
    for problem in nip_plausibility(parse_nip(signer.nip), on):
        yield Finding("SK352", ("penandatangan", "nip"), f"NIP penandatangan tidak masuk akal: {problem}")
