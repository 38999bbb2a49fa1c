"""What a document format is: a name, a file suffix, a relative cost, a download label, and one method per job kind."""

from __future__ import annotations

from typing import Any


class Renderer:
    """A document format. ``render(job)`` calls the method named after the job's kind (``decree``,
    ``standard``, ``sop``); a format without that method does not make that kind of document."""

    name: str = ""
    suffix: str = ""
    cost: int = 1
    """Rough relative cost of one standard's worth of this format, for scheduling big tasks first."""
    label: str | None = None
    """How the site's download list names the format, or None when the site does not offer it."""

    def warm_up(self) -> None:
        """Load, once per process, what every document of this format needs (an engine, fonts)."""

    def supports(self, kind: str) -> bool:
        """Whether this format makes documents of a job kind."""
        return callable(getattr(self, kind, None))

    def render(self, job: Any) -> bytes:
        """The bytes of one job in this format."""
        return getattr(self, job.kind)(job)
