"""A region's own look (README "Template overrides and a Word reference document"): its templates, found before
the package's (profile ``templat``), and the Word document whose styles, page and kop the DOCX starts from
(profile ``dokumen_acuan``). Both are checked by the loader and kept here as content, so they key the cache."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TemplatBerkas:
    """One template of a region: its name as the package names it (``dokumen/keputusan.html.j2``), its file inside
    the sources folder (POSIX), how diagnostics show that file, and its text."""

    name: str
    file: str
    text: str
    shown: str = field(default="", compare=False)


@dataclass(frozen=True)
class TemplatWilayah:
    """A region's template overrides, sorted by name."""

    files: tuple[TemplatBerkas, ...]

    def source(self, name: str) -> TemplatBerkas | None:
        """The region's template of this name, or None (the package's is used)."""
        return next((f for f in self.files if f.name == name), None)

    @property
    def digest(self) -> str:
        """The SHA-256 of every name and text: what the documents printed from these templates depend on."""
        h = hashlib.sha256()
        for item in self.files:
            for part in (item.name, item.text):
                data = part.encode("utf-8")
                h.update(b"%d:" % len(data) + data)
        return h.hexdigest()


@dataclass(frozen=True)
class DokumenAcuan:
    """A region's Word reference document: its checked bytes and its file inside the sources folder."""

    data: bytes = field(repr=False)
    file: str

    @property
    def sha256(self) -> str:
        """The SHA-256 of its bytes: what the DOCX made from it depends on."""
        return hashlib.sha256(self.data).hexdigest()
