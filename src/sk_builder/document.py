"""What a Keputusan prints, part by part, decided once for every output format.

Renderers (HTML/PDF and DOCX) walk these plain objects; none of them decides numbering,
capitalisation, dates or wording on its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache

from .flowchart.figure import Figure, figures
from .flowchart.tempat import Piece, pieces
from .fonts import choose
from .kop import BOLD_WIDER, Kop, KopLine, kop
from .model import KOMPONEN, Bagan, Profil
from .nomor import decree_number, full_title
from .page import LINE_HEIGHT, TABLE, PageSpec
from .project import Decree, Region, Service
from .tatanaskah import (Signature, heading, lampiran_header, lampiran_signature, official_line, revocation,
                         signature, standard_title)
from .text.ordinal import diktum as diktum_name
from .text.penomoran import huruf
from .textmetrics import MM_PER_PT, metrics
from .uraian import escape


@dataclass(frozen=True)
class Point:
    """A numbered point: its marker as printed and its Markdown text."""

    marker: str
    text: str


@dataclass(frozen=True)
class DiktumPart:
    """One diktum: its generated name, its Markdown text and an optional generated list."""

    name: str
    text: str
    items: tuple[Point, ...] = ()


@dataclass(frozen=True)
class Row:
    """One component row of a standard's table; ``keep_whole``: the row may not break across pages."""

    number: str
    key: str
    label: str
    text: str
    charts: tuple[Figure, ...] = ()
    keep_whole: bool = True
    pieces: tuple[Piece[Figure], ...] = ()
    """The text cut where charts print inside it (``setelah``); empty when every chart follows the text."""

    @property
    def blocks(self) -> tuple[Piece[Figure], ...]:
        """What the Uraian cell prints in order: stretches of text, each followed by its charts."""
        return self.pieces or (Piece(self.text, self.charts),)


TITLE_MARGIN = 1.03
"""How much wider a centred title may set in the PDF or Word than the regular face's metrics say (a margin)."""


def title_lines(text: str, profil: Profil, bold: bool = False) -> tuple[str, ...]:
    """A centred title line as the decree prints it: when it does not fit the text width, broken into balanced
    lines, so that no word is left alone on its last line. Decided once for every format."""
    family = choose("isi", profil.huruf.isi).family or profil.huruf.isi[0]
    return _even_lines(text, family, PageSpec.of(profil).text_width, profil.huruf.ukuran,
                       BOLD_WIDER if bold else TITLE_MARGIN)


@lru_cache(maxsize=4096)
def _even_lines(text: str, family: str, width: float, size: float, wider: float) -> tuple[str, ...]:
    """``Metrics.even_lines``, once per title (a standard's table is made for its extract, the decree, the site)."""
    return metrics(family).even_lines(text, width, size, wider)


def _balanced_heading(lines: tuple[str, ...], nomor: str, profil: Profil) -> tuple[str, ...]:
    """The title block's lines above TENTANG, each too long for one line balanced (``title_lines``); the line
    holding the decree's number is kept as it is (the number is never broken)."""
    return tuple(part for line in lines for part in ((line,) if nomor and nomor in line else title_lines(line, profil)))


def keeps_whole(text: str, charts: tuple, profil: Profil) -> bool:
    """Whether a row stays on one page: its text, measured in the body font across the Uraian column,
    takes at most ``TABLE.keep_whole_share`` of the page's text height; a row with a chart may always
    break (between its text, its chart parts and their explanations). Decided once for every format."""
    if charts:
        return False
    page = PageSpec.of(profil)
    size = profil.huruf.ukuran
    family = choose("isi", profil.huruf.isi).family or profil.huruf.isi[0]
    lines = metrics(family).lines(text, TABLE.uraian_text_width(page), size)
    return lines * size * MM_PER_PT * LINE_HEIGHT <= TABLE.keep_whole_share * page.text_height


@dataclass(frozen=True)
class Group:
    """A group row of the table and its component rows."""

    label: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class StandardTable:
    """A standard in the lampiran: anchor id, title lines and grouped rows."""

    id: str
    title: tuple[str, ...]
    groups: tuple[Group, ...]
    draft: bool
    header: tuple[str, ...] = ("No.", "Komponen", "Uraian")


@dataclass(frozen=True)
class Section:
    """A Bagian of the lampiran and its standards; ``number`` is its place in the lampiran (1, 2, ...) and
    ``continued`` says its heading was printed above an earlier standard (a later piece of a decree printed
    on pages of its own, render/pieces.py)."""

    heading: str | None
    standards: tuple[StandardTable, ...]
    number: int = 0
    continued: bool = False


@dataclass(frozen=True)
class DecreeDocument:
    """Everything a decree prints, in reading order."""

    title: str
    kop: Kop
    heading: tuple[str, ...]
    tentang: str
    dengan_rahmat: bool
    official: str
    menimbang: tuple[Point, ...]
    mengingat: tuple[Point, ...]
    memperhatikan: tuple[Point, ...]
    menetapkan: str
    diktum: tuple[DiktumPart, ...]
    signature: Signature | None  # None for a standard no decree enacts yet (its table alone)
    tembusan: tuple[Point, ...]
    lampiran_header: tuple[str, ...]
    sections: tuple[Section, ...]
    repeat_signature: bool
    body: bool = True
    date: dt.date | None = None
    nomor: str = ""
    """The decree's number as its pattern writes it (nomor.py): printed whole, never re-cased."""
    lampiran_signature: Signature | None = None
    """The lampiran's signature block when the region writes it unlike the body's (else ``signature``)."""
    heading_lines: tuple[str, ...] = ()
    """The title block's lines above TENTANG as they print (``heading`` with long lines balanced); () for
    ``heading``. The review text and the site keep ``heading``: line breaks are layout, not content."""
    tentang_lines: tuple[str, ...] = ()
    """The title after TENTANG in the lines it prints on (``title_lines``); () for ``(tentang,)``."""
    opens_lampiran: bool = True
    """Whether the lampiran begins in this document (its header block, or a hidden heading without one);
    False for a later piece of a decree printed on pages of its own."""


def decree_kop(region: Region, decree: Decree) -> Kop:
    """A decree's letterhead: its own kop settings, else the region's, with the picture the loader read."""
    return kop(region.profil, decree.record.kop, decree.kop_picture)


def _enumerate(texts, marker) -> tuple[Point, ...]:
    return tuple(Point(marker(i), text.strip()) for i, text in enumerate(texts, start=1))


def service_list(services: tuple[Service, ...]) -> tuple[Point, ...]:
    """The lettered list of services for a diktum: ";" after each, "; dan" before the last, "."."""
    items = []
    for i, service in enumerate(services, start=1):
        end = "." if i == len(services) else ("; dan" if i == len(services) - 1 else ";")
        items.append(Point(f"{huruf(i)}.", escape(f"Standar Pelayanan {service.record.nama}{end}")))
    return tuple(items)


def _diktum(decree: Decree, profil: Profil) -> tuple[DiktumPart, ...]:
    parts = []
    for i, item in enumerate(decree.record.diktum, start=1):
        revoking = revocation(profil, decree.record, item.mencabut) if item.mencabut else ""
        text = "\n\n".join(t for t in (item.teks, revoking) if t)
        items = service_list(decree.services) if item.daftar_layanan else ()
        parts.append(DiktumPart(diktum_name(i), text.strip(), items))
    return tuple(parts)


def standard_table(service: Service, profil: Profil) -> StandardTable:
    """A standard's table: two groups, numbering restarting at 1 in each."""
    groups = []
    for index, group_label in enumerate(profil.label_grup):
        rows: list[Row] = []
        for key, label, group in KOMPONEN:
            if group != index:
                continue
            text = getattr(service.record.komponen, key) or ""
            charts = figures(service.record.komponen.bagan_prosedur, profil) if key == "prosedur" else ()
            rows.append(Row(f"{len(rows) + 1}.", key, profil.label_komponen.get(key, label), text.strip(), charts,
                            keeps_whole(text.strip(), charts, profil),
                            placed(text.strip(), service.record.komponen.bagan_prosedur, charts) if charts else ()))
        groups.append(Group(group_label, tuple(rows)))
    title = tuple(line for written in standard_title(profil, service.title, service.record.unit)
                  for line in title_lines(written, profil, bold=True))
    return StandardTable(service.id, title, tuple(groups),
                         service.record.status == "draft", tuple(profil.lampiran.kepala_tabel))


def placed(text: str, records: list[Bagan], charts: tuple[Figure, ...]) -> tuple[Piece[Figure], ...]:
    """The procedure text cut after the items its charts name (``setelah``); () when no chart names one."""
    if not any(record.setelah for record in records):
        return ()
    named = [(record.setelah, chart) for record, chart in zip(records, charts) if record.setelah]
    return pieces(text, named, [chart for record, chart in zip(records, charts) if not record.setelah])


def memo_table(service: Service, profil: Profil, tables: dict[str, StandardTable] | None) -> StandardTable:
    """A standard's table, from ``tables`` when it was built already (a decree and its extracts share it)."""
    if tables is None:
        return standard_table(service, profil)
    if service.id not in tables:
        tables[service.id] = standard_table(service, profil)
    return tables[service.id]


def decree_frame(region: Region, decree: Decree) -> DecreeDocument:
    """Everything a decree prints except its lampiran's standards: cheap to make (no table is built)."""
    profil, record = region.profil, decree.record
    return DecreeDocument(
        title=full_title(profil, record),
        kop=decree_kop(region, decree),
        heading=heading(profil, record),
        heading_lines=_balanced_heading(heading(profil, record), decree_number(profil, record).nomor, profil),
        tentang=record.tentang.upper(),
        tentang_lines=title_lines(record.tentang.upper(), profil),
        dengan_rahmat=record.dengan_rahmat,
        official=official_line(record),
        menimbang=_enumerate(record.menimbang, lambda i: f"{huruf(i)}."),
        mengingat=_enumerate(record.mengingat, lambda i: f"{i}."),
        memperhatikan=_enumerate(record.memperhatikan, lambda i: f"{i}."),
        menetapkan=record.menetapkan.upper(),
        diktum=_diktum(decree, profil),
        signature=signature(record, profil.tanda_tangan),
        tembusan=_enumerate(map(escape, record.tembusan), lambda i: f"{i}."),
        lampiran_header=lampiran_header(profil, record, decree_number(profil, record)),
        sections=(),
        repeat_signature=profil.tanda_tangan_per_standar,
        date=record.ditetapkan.tanggal,
        nomor=decree_number(profil, record).nomor,
        lampiran_signature=lampiran_signature(profil, record),
    )


def section_heading(bagian) -> str | None:
    """A Bagian's heading as the lampiran prints it."""
    return bagian.heading.upper() if bagian.heading else None


def decree_document(region: Region, decree: Decree, only: Service | None = None,
                    tables: dict[str, StandardTable] | None = None) -> DecreeDocument:
    """The whole decree, or with ``only`` the lampiran extract of one standard; ``tables`` memoises the
    standards' tables of the region by service id."""
    profil = region.profil
    sections: list[Section] = []
    for bagian in decree.lampiran:
        chosen = [s for s in bagian.services if only is None or s == only]
        if chosen:
            standards = tuple(memo_table(s, profil, tables) for s in chosen)
            sections.append(Section(section_heading(bagian), standards, len(sections) + 1))
    frame = decree_frame(region, decree)
    title = frame.title if only is None else f"Standar Pelayanan {only.record.nama} — Lampiran {frame.title}"
    return replace(frame, title=title, sections=tuple(sections), body=only is None)


def standalone_standard(region: Region, service: Service,
                        tables: dict[str, StandardTable] | None = None) -> DecreeDocument:
    """A standard that no decree enacts yet (e.g. a draft): its table alone, without body or signature."""
    profil = region.profil
    title = f"Standar Pelayanan {service.record.nama}"
    return DecreeDocument(
        title=title, kop=kop(profil), heading=(), tentang="", dengan_rahmat=False, official="",
        menimbang=(), mengingat=(), memperhatikan=(), menetapkan="", diktum=(),
        signature=None, tembusan=(), lampiran_header=(),
        sections=(Section(service.record.unit.upper(), (memo_table(service, profil, tables),)),),
        repeat_signature=False, body=False,
    )


