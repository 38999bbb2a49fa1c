"""What an SOP AP prints (PermenPANRB 35/2012), decided once for HTML, PDF and DOCX.

Page one is the identity block: the unit at the left; number, dates, approval and name at the
right; then legal basis, qualifications, links, equipment, warnings and records in two columns.
Then the flow table: No | Uraian Kegiatan | one column per performer | Mutu Baku (Kelengkapan,
Waktu, Output) | Keterangan, the symbols drawn in the performers' columns (see drawing.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Profil, Sop
from ..page import PageSpec
from ..project import Procedure, Region
from ..text.nip import parse_nip
from ..text.tanggal import format_tanggal
from .chart import chart_of_sop
from .drawing import Cell, Flow, draw

KINDS = {"mulai": "Mulai", "selesai": "Selesai", "proses": "Proses", "keputusan": "Keputusan"}
# Column shares of the text width, besides the performers' columns (which get PERFORMERS_SHARE).
COLUMN_SHARES = {"no": 10, "uraian": 72, "kelengkapan": 34, "waktu": 20, "output": 34, "keterangan": 30}
PERFORMERS_SHARE = 80
PERFORMER_WIDTH = (14.0, 30.0)  # mm, narrowest and widest performer column


@dataclass(frozen=True)
class Entry:
    """A labelled field of the identity block; ``text`` is Markdown, empty when not filled in."""

    label: str
    text: str


@dataclass(frozen=True)
class Approval:
    """Who approved the SOP."""

    jabatan: str
    nama: str
    pangkat: str | None
    nip_line: str | None


@dataclass(frozen=True)
class Columns:
    """Widths of the flow table's columns in millimetres."""

    no: float
    uraian: float
    performers: tuple[float, ...]
    kelengkapan: float
    waktu: float
    output: float
    keterangan: float

    @property
    def all(self) -> tuple[float, ...]:
        """Every column width, left to right."""
        return (self.no, self.uraian, *self.performers, self.kelengkapan, self.waktu, self.output, self.keterangan)


@dataclass(frozen=True)
class ActivityRow:
    """One activity: its number, text, performer, Mutu Baku, remark and the drawing of its performer cells."""

    number: int
    uraian: str
    performer: str
    kind: str
    kelengkapan: str
    waktu: str
    output: str
    keterangan: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class SopDocument:
    """Everything an SOP prints, in reading order."""

    id: str
    title: str
    pemerintah: str
    unit: str
    nama: str
    identity: tuple[Entry, ...]
    approval: Approval | None
    sections: tuple[tuple[Entry, Entry], ...]
    performers: tuple[str, ...]
    columns: Columns
    rows: tuple[ActivityRow, ...]
    draft: bool
    font: str


def columns(profil: Profil, count: int) -> Columns:
    """Column widths on the region's paper turned landscape, for ``count`` performers."""
    width = PageSpec.of(profil, landscape=True).text_width
    unit = width / (sum(COLUMN_SHARES.values()) + PERFORMERS_SHARE)
    shares = {key: value * unit for key, value in COLUMN_SHARES.items()}
    low, high = PERFORMER_WIDTH
    each = max(low, min(high, PERFORMERS_SHARE * unit / count))
    spare = PERFORMERS_SHARE * unit - each * count
    shares["uraian"] += spare * 2 / 3
    shares["keterangan"] += spare / 3
    r = {key: round(value, 2) for key, value in shares.items()}
    return Columns(r["no"], r["uraian"], (round(each, 2),) * count, r["kelengkapan"], r["waktu"], r["output"],
                   r["keterangan"])


def _date(value) -> str:
    return format_tanggal(value) if value else ""


def approval(record: Sop) -> Approval | None:
    """The approval block, with the NIP grouped 8-6-1-3."""
    person = record.disahkan
    if person is None:
        return None
    nip_line = f"NIP. {parse_nip(person.nip).formatted}" if person.nip else None
    return Approval(person.jabatan, person.nama, person.pangkat, nip_line)


def identity(record: Sop) -> tuple[Entry, ...]:
    """The right half of the identity block (Disahkan oleh is printed from ``approval``)."""
    dates = record.tanggal
    return (Entry("Nomor SOP", record.nomor or ""), Entry("Tanggal Pembuatan", _date(dates.pembuatan)),
            Entry("Tanggal Revisi", _date(dates.revisi)), Entry("Tanggal Efektif", _date(dates.efektif)),
            Entry("Disahkan oleh", ""), Entry("Nama SOP", record.nama))


def sections(record: Sop) -> tuple[tuple[Entry, Entry], ...]:
    """The two-column part of the identity block."""
    def entry(label: str, text: str | None) -> Entry:
        return Entry(label, (text or "").strip())
    return ((entry("Dasar Hukum", record.dasar_hukum), entry("Kualifikasi Pelaksana", record.kualifikasi_pelaksana)),
            (entry("Keterkaitan", record.keterkaitan), entry("Peralatan/Perlengkapan", record.peralatan)),
            (entry("Peringatan", record.peringatan), entry("Pencatatan dan Pendataan", record.pencatatan)))


def flow(record: Sop) -> Flow:
    """The activities' columns, kinds and arrows (by row) for the drawing."""
    chart = chart_of_sop(record)
    rows = {step.id: i for i, step in enumerate(chart.steps)}
    arrows = tuple((rows[a.source], rows[a.target], a.label) for a in chart.arrows
                   if a.source in rows and a.target in rows)
    performers = list(record.pelaksana)
    return Flow(tuple(performers.index(k.pelaksana) for k in record.kegiatan),
                tuple(k.jenis for k in record.kegiatan), arrows)


def activity_rows(record: Sop, widths: tuple[float, ...]) -> tuple[ActivityRow, ...]:
    """Every activity row with its drawn performer cells."""
    drawn = draw(flow(record), widths)
    rows = []
    for i, (activity, cells) in enumerate(zip(record.kegiatan, drawn), start=1):
        column = record.pelaksana.index(activity.pelaksana)
        title = f"{KINDS[activity.jenis]}: {activity.pelaksana}"
        cells = tuple(replace(c, title=title) if k == column else c for k, c in enumerate(cells))
        quality = activity.mutu_baku
        rows.append(ActivityRow(i, activity.uraian.strip(), activity.pelaksana, activity.jenis,
                                (quality.kelengkapan or "").strip(), (quality.waktu or "").strip(),
                                (quality.output or "").strip(), (activity.keterangan or "").strip(), cells))
    return tuple(rows)


def sop_document(region: Region, procedure: Procedure, font: str) -> SopDocument:
    """The SOP as printed; ``font`` is the installed body family the drawing's labels use."""
    record, profil = procedure.record, region.profil
    widths = columns(profil, len(record.pelaksana))
    return SopDocument(
        id=procedure.id,
        title=f"SOP {record.nama}",
        pemerintah=profil.pemerintah.upper(),
        unit=record.unit.upper(),
        nama=record.nama,
        identity=identity(record),
        approval=approval(record),
        sections=sections(record),
        performers=tuple(record.pelaksana),
        columns=widths,
        rows=activity_rows(record, widths.performers),
        draft=record.status == "draft",
        font=font,
    )


def with_page_breaks(doc: SopDocument, breaks: tuple[int, ...]) -> SopDocument:
    """The document with off-page connectors where the flow goes on from one page to the next.

    ``breaks`` are the numbers of the activities that start a new page; a connector is drawn only
    where the activity before leads straight to that one.
    """
    rows, count = list(doc.rows), 0
    for number in sorted(breaks):
        before, after = rows[number - 2], rows[number - 1]
        column = doc.performers.index(before.performer)
        cell = before.cells[column]
        if cell.symbol is None or not any(x == cell.symbol.cx for x, _ in cell.rails):
            continue
        count += 1
        spot = (cell.symbol.cx, str(count))
        rows[number - 2] = replace(before, cells=_swap(before.cells, column, replace(cell, exit=spot)))
        rows[number - 1] = replace(after, cells=_swap(after.cells, column, replace(after.cells[column], entry=spot)))
    return replace(doc, rows=tuple(rows))


def _swap(cells: tuple[Cell, ...], index: int, cell: Cell) -> tuple[Cell, ...]:
    return cells[:index] + (cell,) + cells[index + 1:]
