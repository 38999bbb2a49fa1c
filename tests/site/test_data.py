"""The open data files: JSON Schema of the index and of each service, deterministic encoding, drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sk_builder.model import KOMPONEN_KEYS

jsonschema = pytest.importorskip("jsonschema")

TEXT = {"type": "string", "minLength": 1}
OPTIONAL_TEXT = {"type": ["string", "null"]}
PATH = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9/._-]*$"}
DOWNLOADS = {"type": "object", "additionalProperties": False,
             "properties": {"pdf": PATH, "docx": PATH}}

DECREE = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "nama", "jabatan", "nomor", "tahun", "tentang", "ditetapkan", "halaman", "unduh", "layanan"],
    "properties": {
        "id": TEXT, "nama": TEXT, "jabatan": TEXT, "nomor": TEXT, "tahun": {"type": "integer"}, "tentang": TEXT,
        "ditetapkan": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "halaman": PATH, "unduh": DOWNLOADS, "layanan": {"type": "array", "items": TEXT},
    },
}

SERVICE = {
    "type": "object", "additionalProperties": False,
    "required": ["versi", "id", "wilayah", "nama", "judul", "unit", "status", "nomor_sk", "keputusan", "halaman",
                 "url", "unduh", "komponen_kosong", "komponen"],
    "properties": {
        "versi": {"const": 1}, "id": TEXT, "wilayah": TEXT, "nama": TEXT, "judul": OPTIONAL_TEXT, "unit": TEXT,
        "status": {"enum": ["final", "draft"]}, "nomor_sk": OPTIONAL_TEXT,
        "keputusan": {"oneOf": [{"type": "null"}, DECREE]},
        "halaman": PATH, "url": {"type": ["string", "null"], "pattern": "^https?://"}, "unduh": DOWNLOADS,
        "komponen_kosong": {"type": "array", "items": {"enum": list(KOMPONEN_KEYS)}},
        "komponen": {
            "type": "array", "minItems": 14, "maxItems": 14,
            "items": {"type": "object", "additionalProperties": False, "required": ["kunci", "label", "grup", "teks"],
                      "properties": {"kunci": {"enum": list(KOMPONEN_KEYS)}, "label": TEXT, "grup": TEXT,
                                     "teks": OPTIONAL_TEXT}},
        },
    },
}

INDEX = {
    "type": "object", "additionalProperties": False, "required": ["versi", "wilayah"],
    "properties": {
        "versi": {"const": 1},
        "wilayah": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "nama", "pemerintah", "unit_penerbit", "url_dasar", "halaman", "keputusan", "unit",
                         "layanan"],
            "properties": {
                "id": TEXT, "nama": TEXT, "pemerintah": TEXT, "unit_penerbit": TEXT,
                "url_dasar": {"type": ["string", "null"], "pattern": "^https?://.*/$"}, "halaman": PATH,
                "keputusan": {"type": "array", "items": DECREE},
                "unit": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["nama", "halaman", "layanan"],
                    "properties": {"nama": TEXT, "halaman": PATH, "layanan": {"type": "array", "items": TEXT}}}},
                "layanan": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False,
                    "required": ["id", "nama", "unit", "status", "halaman", "data"],
                    "properties": {"id": TEXT, "nama": TEXT, "unit": TEXT, "status": {"enum": ["final", "draft"]},
                                   "halaman": PATH, "data": PATH}}},
            },
        }},
    },
}


@pytest.fixture(scope="module")
def site(site_only) -> Path:
    return site_only / "site"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_index_matches_schema_and_points_at_existing_files(site):
    index = _load(site / "data/index.json")
    jsonschema.validate(index, INDEX)
    assert [r["id"] for r in index["wilayah"]] == ["kabupaten-bengkulu-selatan", "kabupaten-lumajang",
                                                   "kabupaten-pasuruan", "kota-pasuruan"]
    for region in index["wilayah"]:
        for service in region["layanan"]:
            assert (site / service["halaman"]).is_file()
            assert (site / service["data"]).is_file()


def test_every_service_record_matches_schema(site):
    records = sorted((site / "data").glob("*/*.json"))
    assert len(records) == 21
    for path in records:
        record = _load(path)
        jsonschema.validate(record, SERVICE)
        assert [c["kunci"] for c in record["komponen"]] == list(KOMPONEN_KEYS)
        assert (site / record["halaman"]).is_file()


def test_service_record_content(site):
    hibah = _load(site / "data/kota-pasuruan/hibah-uang.json")
    assert hibah["keputusan"]["nama"] == "Keputusan Sekretaris Daerah Kota Pasuruan Nomor 167 Tahun 2024"
    assert hibah["url"] == "https://standar.pasuruankota.go.id/kota-pasuruan/layanan/hibah-uang.html"
    assert hibah["komponen"][3]["teks"] == "Tidak dipungut biaya (gratis).\n"
    assert hibah["unduh"] == {}  # a site-only build has no documents to offer


def test_draft_record_names_its_missing_components(site):
    draft = _load(site / "data/kabupaten-pasuruan/rapat-perlengkapan-acara-tamu.json")
    assert draft["status"] == "draft" and draft["keputusan"] is None
    assert draft["nomor_sk"] == "060/79/424.013/2022"
    assert "dasar_hukum" in draft["komponen_kosong"] and "persyaratan" not in draft["komponen_kosong"]
    empty = {c["kunci"] for c in draft["komponen"] if c["teks"] is None}
    assert empty == set(draft["komponen_kosong"])


def test_json_is_sorted_utf8_with_final_newline(site):
    raw = (site / "data/kota-pasuruan/hibah-uang.json").read_text(encoding="utf-8")
    assert raw.endswith("}\n") and "\\u" not in raw
    assert raw == json.dumps(json.loads(raw), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
