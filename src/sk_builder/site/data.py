"""Open data v1 (frozen, kept for its consumers; README "Open data (JSON)"), and v2 beside it (data_v2.py)."""

from __future__ import annotations

from ..jsontext import parse, pretty
from ..model import KOMPONEN
from ..nomor import citation
from ..project import Decree, Region, Service
from ..versions import current_decree
from . import layout
from .context import SiteContext, base_url
from .downloads import Download

VERSION = 1


def encode(value: object) -> bytes:
    """Deterministic JSON: sorted keys, UTF-8, two-space indent, final newline."""
    return pretty(value)


def _text(value: str | None) -> str | None:
    """A component's Markdown as written, or None when it is missing or blank."""
    return value if (value or "").strip() else None


def _downloads(items) -> dict[str, str]:
    return {item.format: item.path for item in items}


def decree_entry(context: SiteContext, region: Region, decree: Decree) -> dict:
    """A decree as the data files describe it."""
    record = decree.record
    return {
        "id": decree.id, "nama": citation(region.profil, record), "jabatan": record.jabatan, "nomor": record.nomor,
        "tahun": record.tahun, "tentang": record.tentang, "ditetapkan": record.ditetapkan.tanggal.isoformat(),
        "halaman": layout.decree_page(region.id, decree.id),
        "unduh": _downloads(context.decree_downloads(region, decree)),
        "layanan": [s.id for s in decree.services],
    }


def service_record(context: SiteContext, region: Region, service: Service) -> dict:
    """One service: where it belongs, its decree, its 14 components as Markdown (null when missing)."""
    record, decree = service.record, current_decree(region, service)
    table = context.table(region, service)
    rows = {row.key: (group.label, row) for group in table.groups for row in group.rows}
    path = layout.service_page(region.id, service.id)
    return {
        "versi": VERSION, "id": service.id, "wilayah": region.id, "nama": record.nama, "judul": record.judul,
        "unit": record.unit, "status": record.status, "nomor_sk": record.nomor_sk,
        "keputusan": decree_entry(context, region, decree) if decree else None,
        "halaman": path, "url": context.canonical(region, path),
        "unduh": _downloads(context.service_downloads(region, service)),
        "komponen_kosong": record.komponen.missing(),
        "komponen": [{"kunci": key, "label": rows[key][1].label, "grup": rows[key][0],
                      "teks": _text(getattr(record.komponen, key))} for key, _, _ in KOMPONEN],
    }


def with_downloads(raw: bytes, own: tuple[Download, ...], whole: tuple[Download, ...]) -> bytes:
    """A service's file as rendered without downloads (``SiteContext.bare``), with its own and its decree's."""
    record = parse(raw)
    assert isinstance(record, dict), "a service's file holds an object"
    record["unduh"] = _downloads(own)
    if record["keputusan"] is not None:
        record["keputusan"]["unduh"] = _downloads(whole)
    return encode(record)


def region_entry(context: SiteContext, region: Region) -> dict:
    """A region in the index: its profile names, decrees and units with their services."""
    return {
        "id": region.id, "nama": region.profil.nama, "pemerintah": region.profil.pemerintah,
        "unit_penerbit": region.profil.unit, "url_dasar": base_url(region),
        "halaman": layout.region_page(region.id),
        "keputusan": [decree_entry(context, region, d) for d in region.decrees],
        "unit": [{"nama": u.name, "halaman": layout.unit_page(region.id, u.slug), "layanan": [s.id for s in u.services]}
                 for u in context.units(region)],
        "layanan": [{"id": s.id, "nama": s.record.nama, "unit": s.record.unit, "status": s.record.status,
                     "halaman": layout.service_page(region.id, s.id), "data": layout.service_data(region.id, s.id)}
                    for u in context.units(region) for s in u.services],
    }


def index_files(context: SiteContext) -> dict[str, bytes]:
    """The files about the whole site: the v1 and v2 indexes and the v2 JSON Schema."""
    from . import data_v2

    out = {layout.DATA_INDEX: encode({
        "versi": VERSION, "wilayah": [region_entry(context, r) for r in context.project.regions]})}
    out.update(data_v2.index_files(context))
    return out


def files(context: SiteContext) -> dict[str, bytes]:
    """Every data file, v1 and v2, keyed by site path (the build makes them as tasks, see tasks.py)."""
    from . import data_v2

    out = index_files(context)
    for region in context.project.regions:
        for service in region.services:
            out[layout.service_data(region.id, service.id)] = encode(service_record(context, region, service))
    out.update(data_v2.record_files(context))
    return out
