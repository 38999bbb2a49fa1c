"""The PDF and DOCX files the site offers: the document renderers' bytes, copied, never re-rendered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..jobs import Job
from ..render.registry import RENDERERS, download_formats
from . import layout


@dataclass(frozen=True)
class Download:
    """One file to download: its format, site path and size in bytes."""

    format: str
    path: str
    size: int

    @property
    def label(self) -> str:
        """The format as readers know it, e.g. "PDF"."""
        return RENDERERS[self.format].label or self.format.upper()

    @property
    def size_text(self) -> str:
        """The size in kB (1000 bytes) or MB (a million), Indonesian decimal comma (e.g. "1,2 MB")."""
        if round(self.size / 1000) >= 1000:
            return f"{self.size / 1_000_000:.1f} MB".replace(".", ",")
        return f"{max(1, round(self.size / 1000))} kB"


def _size(documents: Mapping[str, bytes], key: str) -> int:
    """A built document's size: from the build's store without reading it, or from its bytes."""
    size = getattr(documents, "size", None)
    return size(key) if callable(size) else len(documents[key])


def offered(job: Job, documents: Mapping[str, bytes]) -> tuple[Download, ...]:
    """The downloads of a document, in format order, for the formats that were built."""
    found = []
    for name in download_formats():
        key = layout.document_key(job, name)
        if key in documents:
            found.append(Download(name, layout.download(job, name), _size(documents, key)))
    return tuple(found)


def copies_of(jobs: list[Job], documents: Mapping[str, bytes]) -> dict[str, str]:
    """The download files of every job: site path -> the document output it is a copy of."""
    return {item.path: layout.document_key(job, item.format) for job in jobs for item in offered(job, documents)}
