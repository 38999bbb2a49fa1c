"""A workbook per region for bulk entry into SIPPN: one row per final standard, one column per component.

Columns (order documented in README, "Exports"): identity of the service, then the 14 components of
PermenPANRB 15/2014 in their order and with their standard labels, then the page address. Cells hold
plain text (markers and nesting kept, Markdown marks dropped). Bytes are reproducible: XlsxWriter's zip
entries carry a fixed 1980 date, and the document properties a fixed creation date.
"""

from __future__ import annotations

import datetime as dt
import io

import xlsxwriter

from ..diagnostics import Location, Report, SourceError
from ..model import KOMPONEN
from ..project import Project, Region, Service
from ..site import layout
from ..site.catalog import ordered_services
from ..site.context import base_url
from ..sources.yamlfile import locate
from .jenis import citation
from .keluaran import NOTHING
from .status import current_decree
from .teks import chart_text, plain

TOO_LONG = "SK603"
CELL_LIMIT = 32_767
CREATED = dt.datetime(1980, 1, 1)
IDENTITY = ("No.", "Wilayah", "Penyelenggara", "Unit Pelayanan", "Nama Layanan", "Nomor SK")
COLUMNS = IDENTITY + tuple(label for _, label, _ in KOMPONEN) + ("Alamat Halaman",)
WIDTHS = (5, 18, 24, 28, 32, 36) + (60,) * len(KOMPONEN) + (50,)


def component_text(service: Service, key: str) -> str:
    """A component as plain text; a procedure drawn as flowcharts follows as numbered steps."""
    text = plain(getattr(service.record.komponen, key))
    if key == "prosedur" and service.record.komponen.bagan_prosedur:
        text = "\n\n".join(part for part in (text, chart_text(service.record.komponen.bagan_prosedur)) if part)
    return text


def _sk(region: Region, service: Service) -> str:
    decree = current_decree(region, service)
    return citation(region, decree) if decree else (service.record.nomor_sk or "")


def row(region: Region, service: Service, number: int) -> list[str]:
    """The cells of one service, in column order."""
    base = base_url(region)
    page = base + layout.service_page(region.id, service.id) if base else ""
    identity = [str(number), region.profil.nama, region.profil.pemerintah, service.record.unit, service.record.nama,
                _sk(region, service)]
    return identity + [component_text(service, key) for key, _, _ in KOMPONEN] + [page]


def services(region: Region) -> list[Service]:
    """The region's final standards in site order (drafts are not registered)."""
    return [s for s in ordered_services(region) if s.record.status == "final"]


def _check_lengths(project: Project) -> None:
    report = Report()
    for region in project.regions:
        for service in services(region):
            for key, _, _ in KOMPONEN:
                if len(component_text(service, key)) > CELL_LIMIT:
                    report.error(locate(service.source, service.marks, ("komponen", key)), TOO_LONG,
                                 f'komponen "{key}" lebih panjang dari satu sel Excel ({CELL_LIMIT} karakter); '
                                 "pecah teksnya atau isi SIPPN lewat formulir")
    if report.errors:
        raise SourceError(report.sorted())


def workbook(region: Region) -> bytes:
    """The region's workbook as bytes."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": f"Standar Pelayanan {region.profil.nama}", "author": region.profil.pemerintah,
                         "comments": "Dibuat oleh sk-builder untuk SIPPN", "created": CREATED})
    sheet = book.add_worksheet("Layanan")
    head = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1})
    cell = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    for column, (title, width) in enumerate(zip(COLUMNS, WIDTHS)):
        sheet.write_string(0, column, title, head)
        sheet.set_column(column, column, width)
    for number, service in enumerate(services(region), start=1):
        for column, value in enumerate(row(region, service, number)):
            sheet.write_string(number, column, value, cell)
    sheet.freeze_panes(1, 5)
    book.close()
    return out.getvalue()


def files(project: Project) -> dict[str, bytes]:
    """``<region>.xlsx`` for every region with final standards."""
    _check_lengths(project)
    out = {f"{region.id}.xlsx": workbook(region) for region in project.regions if services(region)}
    if not out:
        report = Report()
        report.error(Location(str(project.root)), NOTHING, "tidak ada standar pelayanan final untuk didaftarkan ke "
                     'SIPPN (standar berstatus "draft" tidak diekspor)')
        raise SourceError(report.sorted())
    return out
