"""Headings and titles: no final punctuation, and function words in lower case inside a title."""

from __future__ import annotations

import re
from typing import Iterator

from ..project import Decree, Service
from .finding import FieldPath, Finding, rules

RULES = rules("SK341", "SK342")

_END = ".,;:!?"
_FUNCTION_WORDS = frozenset(
    "dan atau serta di ke dari yang untuk pada bagi dengan tentang terhadap oleh kepada atas".split()
)


def heading(field: FieldPath, text: str | None, title: bool = True) -> Iterator[Finding]:
    """A heading's last character and, for titles, its function words."""
    if not text:
        return
    stripped = text.rstrip()
    if stripped and stripped[-1] in _END:
        shown = stripped if len(stripped) <= 40 else "…" + stripped[-30:]
        yield Finding("SK341", field, f'"{shown}" diakhiri "{stripped[-1]}"; judul dan nama ditulis '
                                      "tanpa tanda baca di akhir", (0, len(stripped) - 1))
    if not title or stripped.isupper():
        return
    for match in list(re.finditer(r"\S+", stripped))[1:]:
        word = match.group(0)
        if word.lower() in _FUNCTION_WORDS and word[0].isupper():
            yield Finding("SK342", field, f'kata "{word}" di dalam judul ditulis huruf kecil: "{word.lower()}"',
                          (0, match.start()))


def standar(service: Service) -> Iterator[Finding]:
    """The name and the printed title of a standard."""
    yield from heading(("nama",), service.record.nama)
    yield from heading(("judul",), service.record.judul)


def keputusan(decree: Decree) -> Iterator[Finding]:
    """The decree's title, the officials' titles and the Bagian headings of the lampiran."""
    record = decree.record
    yield from heading(("tentang",), record.tentang)
    yield from heading(("jabatan",), record.jabatan, title=False)
    yield from heading(("penandatangan", "jabatan"), record.penandatangan.jabatan, title=False)
    for g, group in enumerate(record.lampiran):
        yield from heading(("lampiran", g, "bagian"), group.bagian)
    for d, item in enumerate(record.diktum):
        for c, revoked in enumerate(item.mencabut):
            yield from heading(("diktum", d, "mencabut", c, "tentang"), revoked.tentang)
