"""The PDF and DOCX files the site offers: the document renderers' bytes, copied, never re-rendered."""

from __future__ import annotations

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


def offered(job: Job, documents: dict[str, bytes]) -> tuple[Download, ...]:
    """The downloads of a document, in format order, for the formats that were built."""
    found = []
    for name in download_formats():
        data = documents.get(layout.document_key(job, name))
        if data is not None:
            found.append(Download(name, layout.download(job, name), len(data)))
    return tuple(found)


def copies(jobs: list[Job], documents: dict[str, bytes]) -> dict[str, bytes]:
    """The download files of every job, keyed by site path."""
    files = {}
    for job in jobs:
        for item in offered(job, documents):
            files[item.path] = documents[layout.document_key(job, item.format)]
    return files
