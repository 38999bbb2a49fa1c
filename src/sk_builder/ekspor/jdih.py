"""The JDIHN integration feed: one JSON array per region, one object per decree.

Fields and their order follow the feed schema BPHN publishes with ILDIS, the reference application of
the national legal documentation network (``schema/document-schema.json`` of bphndigitalservice/ildis),
plus ``lokasi`` of the 14-field JDIH metadata set. Every URL is absolute (``url_dasar``).
"""

from __future__ import annotations

import json

from ..diagnostics import Report, SourceError
from ..jobs import decree_job
from ..project import Decree, Project, Region
from ..site import layout
from ..site.context import base_url
from ..sources.yamlfile import locate
from .jenis import full_title, kind, short_kind
from .keluaran import enacted, require_decrees
from .status import in_force

NO_BASE_URL = "SK601"
BIDANG_HUKUM = "Hukum Administrasi Negara"
SUBJEK = "STANDAR PELAYANAN - PELAYANAN PUBLIK"


def _download(region: Region, decree: Decree, base: str) -> tuple[str, str]:
    """The PDF's file name and its address on the published site."""
    path = layout.download(decree_job(region, decree), "pdf")
    return path.rsplit("/", 1)[1], base + path


def entry(region: Region, decree: Decree) -> dict:
    """One decree as a JDIHN feed object (the region must have ``url_dasar``)."""
    record, profil, base = decree.record, region.profil, base_url(region)
    if base is None:
        raise ValueError(f"wilayah {region.id} tanpa url_dasar")  # files() reports it to the user first
    enacted_on = record.ditetapkan.tanggal.isoformat()
    page = base + layout.decree_page(region.id, decree.id)
    file_name, file_url = _download(region, decree, base)
    return {
        "idData": f"{region.id}/{decree.id}",
        "tahun_pengundangan": str(record.ditetapkan.tanggal.year),
        "tanggal_penetapan": enacted_on,
        "tanggal_pengundangan": enacted_on,
        "jenis": kind(region, decree),
        "noPeraturan": str(record.nomor),
        "judul": full_title(region, decree),
        "noPanggil": None,
        "singkatanJenis": short_kind(region, decree),
        "tempatTerbit": record.ditetapkan.tempat,
        "penerbit": profil.pemerintah,
        "deskripsiFisik": None,
        "sumber": "-",
        "isbn": None,
        "status": "Berlaku" if in_force(region, decree) else "Tidak Berlaku",
        "bahasa": "Indonesia",
        "bidangHukum": BIDANG_HUKUM,
        "teuBadan": profil.pemerintah,
        "nomorIndukBuku": None,
        "lokasi": profil.unit,
        "abstrak": record.tentang,
        "last_updated": f"{enacted_on}T00:00:00Z",
        "urlAbstrak": page,
        "urlDetailPeraturan": page,
        "fileDownload": file_name,
        "urlDownload": file_url,
        "subjek": SUBJEK,
        "operasi": "4",
        "display": "1",
    }


def _check_base_urls(project: Project) -> None:
    report = Report()
    for region in project.regions:
        if region.decrees and base_url(region) is None:
            report.error(locate(region.source, region.marks, ("url_dasar",)), NO_BASE_URL,
                         'kolom "url_dasar" wajib untuk ekspor JDIHN: umpan JDIHN memuat alamat mutlak '
                         "halaman dan unduhan keputusan")
    if report.errors:
        raise SourceError(report.sorted())


def encode(value: object) -> bytes:
    """Deterministic JSON: UTF-8, two-space indent, keys in the feed's order, final newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def files(project: Project) -> dict[str, bytes]:
    """``<region>.json`` for every region that has decrees (raises SourceError without ``url_dasar``)."""
    require_decrees(project)
    _check_base_urls(project)
    feeds: dict[str, list[dict]] = {}
    for region, decree in enacted(project):
        feeds.setdefault(region.id, []).append(entry(region, decree))
    return {f"{region_id}.json": encode(items) for region_id, items in feeds.items()}
