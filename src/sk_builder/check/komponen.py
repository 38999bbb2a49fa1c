"""Components that are there but say nothing, and decrees that enact a standard still in draft."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import KOMPONEN_KEYS
from ..project import Decree, Service
from .finding import Finding, line_col, rules

RULES = rules("SK331", "SK332", "SK335")
_CONTACT = re.compile(
    r"^[ \t]*(?P<label>Laman|Situs|Website|Pos-el|E-?mail|Surel|Telepon|Telp\.?|Fax|Faks|Faksimile|Whats[Aa]pp|WA|"
    r"SMS|Instagram|Facebook|Twitter|X|Alamat)[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

_PLACEHOLDER = re.compile(
    r"(?:tbd|todo|xxx+|belum diisi|belum ada|isi di sini|diisi kemudian|menyusul|lorem ipsum.*|n/?a)\.?",
    re.IGNORECASE,
)


def empty(text: str) -> bool:
    """Whether a component text is only punctuation or a placeholder."""
    stripped = text.strip()
    return bool(stripped) and (not any(ch.isalnum() for ch in stripped) or bool(_PLACEHOLDER.fullmatch(stripped)))


def standar(service: Service) -> Iterator[Finding]:
    """Components filled with a placeholder."""
    for key in KOMPONEN_KEYS:
        text = getattr(service.record.komponen, key) or ""
        for match in _CONTACT.finditer(text):
            yield Finding("SK335", ("komponen", key), f'"{match["label"]}:" tanpa isi; tulis alamat atau nomornya, '
                                                      "atau hapus barisnya", line_col(text, match.start("label")))
        if empty(text):
            yield Finding("SK331", ("komponen", key), f'komponen "{key}" hanya berisi "{text.strip()[:40]}"; '
                                                      "isi uraiannya atau tandai standar sebagai draft")


def keputusan(decree: Decree) -> Iterator[Finding]:
    """Draft standards named in the lampiran."""
    for g, group in enumerate(decree.record.lampiran):
        for i, service_id in enumerate(group.layanan):
            service = next((s for s in decree.services if s.id == service_id), None)
            if service is not None and service.record.status == "draft":
                yield Finding("SK332", ("lampiran", g, "layanan", i),
                              f'standar "{service_id}" masih berstatus draft; selesaikan sebelum ditetapkan')
