"""Open data v2 (``data/v2/``, schema ``sk-builder/data/2``): stable ids, units with contacts, validity dates,
a content hash per record, the licence, components as structured lists, absolute URLs from ``url_dasar``."""

from __future__ import annotations

import hashlib

from ..jsontext import parse, pretty
from ..versions import current_decree, revoked_by
from ..model import KOMPONEN
from ..nomor import citation, decree_number
from ..project import Decree, Procedure, Region, Service
from . import layout, versi
from .context import SiteContext, base_url
from .data_blocks import blocks
from .data_skema import SCHEMA_ID, schema
from .downloads import Download

FOLDER = "data/v2"
INDEX = f"{FOLDER}/index.json"
SCHEMA = f"{FOLDER}/skema.json"


def service_file(region_id: str, service_id: str) -> str:
    """The v2 record of a service."""
    return f"{FOLDER}/{region_id}/layanan/{service_id}.json"


def sop_file(region_id: str, sop_id: str) -> str:
    """The v2 record of an SOP."""
    return f"{FOLDER}/{region_id}/sop/{sop_id}.json"


def encode(value: object) -> bytes:
    """Deterministic JSON: sorted keys, UTF-8, two-space indent, final newline."""
    return pretty(value)


def sealed(record: dict) -> dict:
    """The record with ``sidik``: SHA-256 of its encoding (as ``encode`` writes it) without ``sidik``."""
    body = {key: value for key, value in record.items() if key != "sidik"}
    return {**body, "sidik": "sha256:" + hashlib.sha256(encode(body)).hexdigest()}


def _place(context: SiteContext, region: Region, path: str) -> dict:
    return {"halaman": path, "url": context.canonical(region, path)}


def _downloads(context: SiteContext, region: Region, items) -> dict:
    return {item.format: _place(context, region, item.path) for item in items}


def _contacts(region: Region) -> dict:
    """The publisher's contacts from the profile (units have no contact records of their own yet)."""
    profil = region.profil
    return {"alamat": profil.alamat, "telepon": profil.telepon, "faksimile": profil.faksimile,
            "laman": profil.laman, "pos_el": profil.pos_el}


def unit_id(region: Region, slug: str) -> str:
    """The stable id of a unit."""
    return f"{region.id}/unit/{slug}"


def decree_entry(context: SiteContext, region: Region, decree: Decree) -> dict:
    """A decree with its validity: in force, or revoked by which decree and since when."""
    record, ender = decree.record, revoked_by(region, decree)
    return {
        "id": f"{region.id}/keputusan/{decree.id}", "nama": citation(region.profil, record),
        "jabatan": record.jabatan, "nomor": str(record.nomor), "nomor_tertulis": decree_number(region.profil, record).nomor,
        "tahun": record.tahun, "tentang": record.tentang,
        "ditetapkan": record.ditetapkan.tanggal.isoformat(), "status": "dicabut" if ender else "berlaku",
        "berlaku_sejak": record.ditetapkan.tanggal.isoformat(),
        "berlaku_hingga": ender.record.ditetapkan.tanggal.isoformat() if ender else None,
        "dicabut_oleh": f"{region.id}/keputusan/{ender.id}" if ender else None,
        **_place(context, region, layout.decree_page(region.id, decree.id)),
        "unduh": _downloads(context, region, context.decree_downloads(region, decree)),
        "layanan": [f"{region.id}/layanan/{s.id}" for s in decree.services],
    }


def _component(key: str, label: str, group: str, service: Service) -> dict:
    text = getattr(service.record.komponen, key)
    entry = {"kunci": key, "label": label, "grup": group, "teks": text if (text or "").strip() else None,
             "isi": blocks(text)}
    if key == "prosedur":
        entry["bagan"] = [chart.model_dump(mode="json") for chart in service.record.komponen.bagan_prosedur]
    return entry


def _versions(context: SiteContext, region: Region, service: Service) -> dict:
    """Which standard replaced this one (when its decree was revoked), and its earlier versions, newest first."""
    standing = versi.standing(region, service)
    earlier = []
    for version in standing.earlier:
        page = versi.change_page(region, version)
        earlier.append({"keputusan": f"{region.id}/keputusan/{version.decree.id}",
                        "layanan": f"{region.id}/layanan/{version.service.id}",
                        "berlaku_sejak": version.since.isoformat(),
                        "berlaku_hingga": version.until.isoformat() if version.until else None,
                        "perubahan": _place(context, region, page) if page else None})
    replacement = standing.replacement
    return {"diganti_oleh": f"{region.id}/layanan/{replacement.id}" if replacement else None,
            "versi_terdahulu": earlier}


def service_record(context: SiteContext, region: Region, service: Service) -> dict:
    """One service: ids, unit, the decree it stands on and its validity, the 14 components."""
    record, decree = service.record, current_decree(region, service)
    table = context.table(region, service)
    rows = {row.key: (group.label, row.label) for group in table.groups for row in group.rows}
    unit = context.unit_of(region, service)
    decree_data = decree_entry(context, region, decree) if decree else None
    return sealed({
        "skema": SCHEMA_ID, "id": f"{region.id}/layanan/{service.id}", "wilayah": region.id,
        "unit": unit_id(region, unit.slug), "nama": record.nama, "judul": record.judul, "nama_unit": record.unit,
        "status": record.status, "nomor_sk": record.nomor_sk, "keputusan": decree_data,
        "berlaku_sejak": decree_data["berlaku_sejak"] if decree_data else None,
        "berlaku_hingga": decree_data["berlaku_hingga"] if decree_data else None,
        **_versions(context, region, service),
        **_place(context, region, layout.service_page(region.id, service.id)),
        "unduh": _downloads(context, region, context.service_downloads(region, service)),
        "sop": [f"{region.id}/sop/{p.id}" for p in region.sops_of(service)],
        "lisensi": region.profil.lisensi_data,
        "komponen_kosong": record.komponen.missing(),
        "komponen": [_component(key, rows[key][1], rows[key][0], service) for key, _, _ in KOMPONEN],
    })


def with_downloads(context: SiteContext, region: Region, raw: bytes, own: tuple[Download, ...],
                   whole: tuple[Download, ...]) -> bytes:
    """A service's file as rendered without downloads (``SiteContext.bare``), with its own and its decree's,
    sealed anew."""
    record = parse(raw)
    assert isinstance(record, dict), "a service's file holds an object"
    record["unduh"] = _downloads(context, region, own)
    if record["keputusan"] is not None:
        record["keputusan"]["unduh"] = _downloads(context, region, whole)
    return encode(sealed(record))


def sop_record(context: SiteContext, region: Region, sop: Procedure) -> dict:
    """One SOP AP: identity, dates, the standard it serves and its activities."""
    record = sop.record
    start = record.tanggal.efektif or record.tanggal.pembuatan
    return sealed({
        "skema": SCHEMA_ID, "id": f"{region.id}/sop/{sop.id}", "wilayah": region.id, "nama": record.nama,
        "nama_unit": record.unit, "status": record.status, "nomor": record.nomor,
        "layanan": f"{region.id}/layanan/{sop.service.id}" if sop.service else None,
        "tanggal": record.tanggal.model_dump(mode="json"),
        "berlaku_sejak": start.isoformat() if start else None,
        **_place(context, region, layout.sop_page(region.id, sop.id)),
        "pelaksana": list(record.pelaksana), "lisensi": region.profil.lisensi_data,
        "kegiatan": [activity.model_dump(mode="json") for activity in record.kegiatan],
    })


def region_entry(context: SiteContext, region: Region) -> dict:
    """A region in the index: its units with contacts, decrees, services and SOPs, each with its id."""
    units = context.units(region)
    return {
        "id": region.id, "nama": region.profil.nama, "pemerintah": region.profil.pemerintah,
        "unit_penerbit": region.profil.unit, "url_dasar": base_url(region), "lisensi": region.profil.lisensi_data,
        "kontak": _contacts(region), **_place(context, region, layout.region_page(region.id)),
        "keputusan": [decree_entry(context, region, d) for d in region.decrees],
        "unit": [{"id": unit_id(region, u.slug), "nama": u.name, "kontak": _contacts(region),
                  **_place(context, region, layout.unit_page(region.id, u.slug)),
                  "layanan": [f"{region.id}/layanan/{s.id}" for s in u.services]} for u in units],
        "layanan": [{"id": f"{region.id}/layanan/{s.id}", "nama": s.record.nama, "unit": unit_id(region, u.slug),
                     "status": s.record.status, "data": service_file(region.id, s.id),
                     **_place(context, region, layout.service_page(region.id, s.id))}
                    for u in units for s in u.services],
        "sop": [{"id": f"{region.id}/sop/{p.id}", "nama": p.record.nama, "data": sop_file(region.id, p.id),
                 **_place(context, region, layout.sop_page(region.id, p.id))} for p in region.sops],
    }


def index_files(context: SiteContext) -> dict[str, bytes]:
    """The v2 index and the JSON Schema the v2 files follow, keyed by site path."""
    index = {"skema": SCHEMA_ID, "$schema": context.canonical(None, SCHEMA) or "skema.json",
             "wilayah": [region_entry(context, r) for r in context.project.regions]}
    return {INDEX: encode(index), SCHEMA: encode(schema())}


def record_files(context: SiteContext) -> dict[str, bytes]:
    """The v2 file of every standard and SOP, keyed by site path."""
    out = {}
    for region in context.project.regions:
        for service in region.services:
            out[service_file(region.id, service.id)] = encode(service_record(context, region, service))
        for sop in region.sops:
            out[sop_file(region.id, sop.id)] = encode(sop_record(context, region, sop))
    return out
