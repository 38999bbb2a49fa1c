"""The PDF format: the official printed form, by WeasyPrint from the HTML pages.

A decree is printed in pieces (its body, each standard of its lampiran: render/pieces.py), each cached
and printed on any core, then joined and numbered (render/pdfjoin/); everything else is printed whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..base import Renderer

if TYPE_CHECKING:
    from ..pieces import Piece

Memo = Callable[[str, str, Callable[[], bytes]], bytes]
"""``memo(name, key, make)``: the bytes stored under ``name`` for ``key``, else ``make()``'s, stored."""


class PdfRenderer(Renderer):
    """The official printed form."""

    name, suffix, cost, label = "pdf", ".pdf", 10, "PDF"

    def warm_up(self) -> None:
        import weasyprint  # noqa: F401 - loaded once per worker, not per document

    def decree(self, job) -> bytes:
        """A whole decree printed at once (a build prints it in pieces: ``pieces``, ``join``)."""
        from ..html import job_printable
        from ..pdf import html_to_pdf

        return html_to_pdf(*job_printable(job))

    def standard(self, job) -> bytes:
        """One standard's lampiran extract."""
        return self.decree(job)

    def sop(self, job) -> bytes:
        """An SOP, with off-page connectors where its pages break."""
        from ...sop.render import sop_pdf

        return sop_pdf(job)

    def maklumat(self, job) -> bytes:
        """A Maklumat Pelayanan poster, one page."""
        from ...maklumat.render import maklumat_pdf

        return maklumat_pdf(job)

    def pieces(self, job) -> tuple[Piece, ...]:
        """A decree's pieces: its body and each standard of its lampiran."""
        from ..pieces import pieces

        return pieces(job) if job.kind == "decree" else ()

    def piece_key(self, job, piece: Piece) -> str:
        """What one piece is printed from."""
        from ..pieces import piece_key

        return piece_key(job, piece)

    def render_piece(self, job, piece: Piece) -> dict[str, bytes]:
        """One piece's PDF and the bookmark levels the join needs."""
        from ..pdf import print_run
        from ..pieces import piece_page

        printed = print_run(*piece_page(job, piece))
        return {"pdf": printed.pdf, "meta": json.dumps(printed.meta(), sort_keys=True).encode()}

    def join(self, job, printed: Sequence[Mapping[str, bytes]], memo: Memo) -> bytes:
        """The decree from its printed pieces, its pages numbered (the numbers of N pages of one page style
        are printed once and kept: ``memo``)."""
        from ..html import page_context
        from ..pdf import Printed, html_to_pdf
        from ..pdfjoin import join, page_count
        from ..pdfjoin.stamps import stamps_page

        runs = [Printed.from_meta(files["pdf"], json.loads(files["meta"])) for files in printed]
        count = sum(page_count(run.pdf) for run in runs)
        html, css = stamps_page(page_context(job), count)
        stamps = memo("pdf-nomor", f"{css}\n{count}", lambda: html_to_pdf(html, css))
        return join(runs, stamps)
