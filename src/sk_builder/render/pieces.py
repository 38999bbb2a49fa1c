"""The pieces of a decree printed on pages of their own: its body, and each standard of its lampiran.

The lampiran starts a new page and so does every standard in it, so a decree's pages are its pieces'
pages one after the other. Each piece is printed by itself (on any core), cached by what it is made of,
and the decree's PDF joins them and numbers the pages afterwards (render/pdfjoin/): editing one
standard prints that standard again, not the decree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..document import DecreeDocument, Section, StandardTable, decree_frame, memo_table, section_heading
from ..jobs import DecreeJob
from ..keys import canonical
from ..project import Service
from .html import created, page_context, printable_page

BODY = "batang"
"""The name of the body's piece (kop to tembusan)."""


@dataclass(frozen=True)
class Piece:
    """One piece of a decree. ``name`` stays the same while the lampiran is edited around it (the service
    id, or ``BODY``); the rest says what the piece prints besides its standard: the lampiran's header
    (the first standard), its Bagian's heading (the first of a Bagian) and the signature after it."""

    name: str
    service: Service | None
    opens_lampiran: bool = False
    heading: str | None = None
    section: int = 0
    continued: bool = False
    signature: bool = False


def pieces(job: DecreeJob) -> tuple[Piece, ...]:
    """The pieces of a decree in page order: the body, then each standard of the lampiran."""
    repeat = job.region.profil.tanda_tangan_per_standar
    placed = [(number, bagian, i) for number, bagian in enumerate(
        (b for b in job.decree.lampiran if b.services), start=1) for i in range(len(bagian.services))]
    found = [Piece(BODY, None)]
    for order, (number, bagian, i) in enumerate(placed):
        service = bagian.services[i]
        name = service.id if all(p.name != service.id for p in found) else f"{service.id}#{order}"
        found.append(Piece(name, service, opens_lampiran=order == 0, heading=section_heading(bagian),
                           section=number, continued=i > 0, signature=repeat or order == len(placed) - 1))
    return tuple(found)


def piece_document(job: DecreeJob, piece: Piece, table: StandardTable | None = None) -> DecreeDocument:
    """What a piece prints: the decree's body alone, or one standard with what goes before and after it
    (``table`` defaults to the standard's own table; the cache key passes a stand-in)."""
    frame = decree_frame(job.region, job.decree)
    if piece.service is None:
        return frame
    if table is None:
        table = memo_table(piece.service, job.region.profil, job.tables)
    section = Section(piece.heading, (table,), piece.section, piece.continued)
    return replace(frame, body=False, opens_lampiran=piece.opens_lampiran, sections=(section,),
                   lampiran_header=frame.lampiran_header if piece.opens_lampiran else (),
                   signature=frame.signature if piece.signature else None)


STAND_IN = StandardTable("", (), (), False)
"""The table in a piece's cache key: the table itself is made from the service record and the profile, which
the key holds, by sk-builder's code, which the build's settings hold (keys.job_digest does the same)."""


def piece_key(job: DecreeJob, piece: Piece) -> str:
    """The canonical text of everything a piece is printed from, without building its table."""
    region = job.region
    emblem = region.emblem.sha256 if region.emblem and piece.service is None else None
    record = piece.service.record if piece.service else None
    return canonical([piece.name, region.id, region.profil, emblem, job.date, record,
                      piece_document(job, piece, STAND_IN)])


def piece_page(job: DecreeJob, piece: Piece) -> tuple[str, str]:
    """The HTML page a piece is printed from and its stylesheet: no page numbers (the join adds them), and
    the first page's own top margin only on the body's first page, where the decree begins."""
    return printable_page(piece_document(job, piece), page_context(job), created(job), numbers=False,
                          first=piece.service is None)
