"""What a document format is: a name, a file suffix, a relative cost, a download label, and one method per job kind."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any


class Renderer:
    """A document format. ``render(job)`` calls the method named after the job's kind (``decree``,
    ``standard``, ``sop``); a format without that method does not make that kind of document.

    A format may print a document in pieces (``pieces``): each piece is rendered by itself
    (``render_piece``, on any core, cached by ``piece_key``) and the pieces are joined (``join``), so that
    editing one part of a long document renders that part again, not the document."""

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

    def pieces(self, job: Any) -> tuple[Any, ...]:
        """The pieces a job is rendered in (each with a ``name`` unique in the job), or () to render it whole."""
        return ()

    def piece_key(self, job: Any, piece: Any) -> str:
        """The canonical text of what one piece is rendered from (its cache key)."""
        raise NotImplementedError

    def render_piece(self, job: Any, piece: Any) -> dict[str, bytes]:
        """One piece, as named files (kept in the cache until the pieces are joined again)."""
        raise NotImplementedError

    def join(self, job: Any, printed: Sequence[Mapping[str, bytes]],
             memo: Callable[[str, str, Callable[[], bytes]], bytes]) -> bytes:
        """The document from its rendered pieces, in order; ``memo(name, key, make)`` keeps bytes that many
        documents share across builds."""
        raise NotImplementedError
