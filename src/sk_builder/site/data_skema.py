"""The JSON Schema of open data v2, published beside the data as ``data/v2/skema.json`` (draft 2020-12)."""

from __future__ import annotations

from ..model import KOMPONEN_KEYS

SCHEMA_ID = "sk-builder/data/2"

_TEXT = {"type": "string", "minLength": 1}
_MAYBE_TEXT = {"type": ["string", "null"]}
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_MAYBE_DATE = {"anyOf": [{"type": "null"}, _DATE]}
_PATH = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9/._-]*$"}
_URL = {"type": ["string", "null"], "format": "uri", "pattern": "^https?://"}
_ID = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]*(/(unit|layanan|sop|keputusan)/[a-z0-9][a-z0-9._-]*)?$"}
_IDS = {"type": "array", "items": {"$ref": "#/$defs/id"}}
_HASH = {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}


def _object(properties: dict, optional: tuple[str, ...] = ()) -> dict:
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": [name for name in properties if name not in optional]}


def _defs() -> dict:
    place = {"halaman": _PATH, "url": _URL}
    return {
        "id": _ID,
        "tempat": _object(place),
        "unduh": {"type": "object", "additionalProperties": False,
                  "properties": {"pdf": {"$ref": "#/$defs/tempat"}, "docx": {"$ref": "#/$defs/tempat"}}},
        "kontak": _object({key: _MAYBE_TEXT for key in ("alamat", "telepon", "faksimile", "laman", "pos_el")}),
        "blok": {"oneOf": [
            _object({"jenis": {"const": "paragraf"}, "teks": {"type": "string"}}),
            _object({"jenis": {"const": "daftar"}, "berurut": {"type": "boolean"}, "butir": {
                "type": "array", "items": _object({"penanda": _TEXT, "isi": {
                    "type": "array", "items": {"$ref": "#/$defs/blok"}}})}}),
        ]},
        "keputusan": _object({
            "id": {"$ref": "#/$defs/id"}, "nama": _TEXT, "jabatan": _TEXT, "nomor": _TEXT, "nomor_tertulis": _TEXT,
            "tahun": {"type": "integer"}, "tentang": _TEXT, "ditetapkan": _DATE, "status": {"enum": ["berlaku", "dicabut"]},
            "berlaku_sejak": _DATE, "berlaku_hingga": _MAYBE_DATE,
            "dicabut_oleh": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/id"}]}, **place,
            "unduh": {"$ref": "#/$defs/unduh"}, "layanan": _IDS}),
        "versi": _object({
            "keputusan": {"$ref": "#/$defs/id"}, "layanan": {"$ref": "#/$defs/id"}, "berlaku_sejak": _DATE,
            "berlaku_hingga": _DATE, "perubahan": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/tempat"}]}}),
        "komponen": _object({
            "kunci": {"enum": list(KOMPONEN_KEYS)}, "label": _TEXT, "grup": _TEXT, "teks": _MAYBE_TEXT,
            "isi": {"type": "array", "items": {"$ref": "#/$defs/blok"}},
            "bagan": {"type": "array", "items": {"type": "object"}}}, optional=("bagan",)),
    }


def _service() -> dict:
    return _object({
        "skema": {"const": SCHEMA_ID}, "id": {"$ref": "#/$defs/id"}, "wilayah": _TEXT, "unit": {"$ref": "#/$defs/id"},
        "nama": _TEXT, "judul": _MAYBE_TEXT, "nama_unit": _TEXT, "status": {"enum": ["final", "draft"]},
        "nomor_sk": _MAYBE_TEXT, "keputusan": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/keputusan"}]},
        "berlaku_sejak": _MAYBE_DATE, "berlaku_hingga": _MAYBE_DATE,
        "diganti_oleh": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/id"}]},
        "versi_terdahulu": {"type": "array", "items": {"$ref": "#/$defs/versi"}}, "halaman": _PATH, "url": _URL,
        "unduh": {"$ref": "#/$defs/unduh"}, "sop": _IDS, "lisensi": _MAYBE_TEXT,
        "komponen_kosong": {"type": "array", "items": {"enum": list(KOMPONEN_KEYS)}},
        "komponen": {"type": "array", "minItems": 14, "maxItems": 14, "items": {"$ref": "#/$defs/komponen"}},
        "sidik": _HASH})


def _sop() -> dict:
    return _object({
        "skema": {"const": SCHEMA_ID}, "id": {"$ref": "#/$defs/id"}, "wilayah": _TEXT, "nama": _TEXT,
        "nama_unit": _TEXT, "status": {"enum": ["final", "draft"]}, "nomor": _MAYBE_TEXT,
        "layanan": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/id"}]},
        "tanggal": _object({"pembuatan": _MAYBE_DATE, "revisi": _MAYBE_DATE, "efektif": _MAYBE_DATE}),
        "berlaku_sejak": _MAYBE_DATE, "halaman": _PATH, "url": _URL, "pelaksana": {"type": "array", "items": _TEXT},
        "lisensi": _MAYBE_TEXT, "kegiatan": {"type": "array", "items": {"type": "object"}}, "sidik": _HASH})


def _region() -> dict:
    summary = {"id": {"$ref": "#/$defs/id"}, "nama": _TEXT, "halaman": _PATH, "url": _URL}
    return _object({
        "id": {"$ref": "#/$defs/id"}, "nama": _TEXT, "pemerintah": _TEXT, "unit_penerbit": _TEXT,
        "url_dasar": {"type": ["string", "null"], "pattern": "^https?://.*/$"}, "lisensi": _MAYBE_TEXT,
        "kontak": {"$ref": "#/$defs/kontak"}, "halaman": _PATH, "url": _URL,
        "keputusan": {"type": "array", "items": {"$ref": "#/$defs/keputusan"}},
        "unit": {"type": "array", "items": _object({**summary, "kontak": {"$ref": "#/$defs/kontak"},
                                                      "layanan": _IDS})},
        "layanan": {"type": "array", "items": _object({**summary, "unit": {"$ref": "#/$defs/id"},
                                                         "status": {"enum": ["final", "draft"]}, "data": _PATH})},
        "sop": {"type": "array", "items": _object({**summary, "data": _PATH})}})


def schema() -> dict:
    """The schema: an index (``data/v2/index.json``), or a service or SOP record, by their ``$defs``."""
    defs = {**_defs(), "wilayah": _region(), "layanan": _service(), "sop": _sop(),
            "indeks": _object({"skema": {"const": SCHEMA_ID}, "$schema": {"type": "string"},
                               "wilayah": {"type": "array", "items": {"$ref": "#/$defs/wilayah"}}})}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "Data terbuka standar pelayanan (sk-builder), versi 2",
            "oneOf": [{"$ref": "#/$defs/indeks"}, {"$ref": "#/$defs/layanan"}, {"$ref": "#/$defs/sop"}],
            "$defs": defs}
