"""Open data v1 (frozen: its schema, deterministic encoding, drafts) and v2 (the schema the site publishes, ids,
validity, hashes, structured components, absolute URLs)."""

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
    records = sorted(p for p in (site / "data").glob("*/*.json") if p.parent.name != "v2")
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


# ---- v2 -------------------------------------------------------------------------------------------------------------

SEMBADA = Path(__file__).resolve().parents[1] / "ekspor" / "sumber"


@pytest.fixture(scope="module")
def sembada_site(tmp_path_factory) -> Path:
    from sk_builder.build import build

    out = tmp_path_factory.mktemp("sembada") / "build"
    build(SEMBADA, out, ("site",))
    return out / "site"


def _v2(site: Path) -> list[Path]:
    return sorted((site / "data" / "v2").rglob("*.json"))


def _validator(site: Path):
    schema = _load(site / "data/v2/skema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("which", ["site", "sembada_site"])
def test_every_v2_file_matches_the_published_schema(which, request):
    site = request.getfixturevalue(which)
    validator = _validator(site)
    files = [p for p in _v2(site) if p.name != "skema.json"]
    assert len(files) >= 3
    for path in files:
        errors = sorted(validator.iter_errors(_load(path)), key=str)
        assert not errors, f"{path}: {errors[0].message}"


def test_ids_are_unique_region_qualified_and_resolve(site):
    index = _load(site / "data/v2/index.json")
    ids = []
    for region in index["wilayah"]:
        ids.append(region["id"])
        for kind in ("keputusan", "unit", "layanan", "sop"):
            for item in region[kind]:
                assert item["id"].startswith(f"{region['id']}/{kind}/")
                ids.append(item["id"])
        for item in region["layanan"] + region["sop"]:
            assert _load(site / item["data"])["id"] == item["id"]
    assert len(ids) == len(set(ids))
    units = [u["nama"] for r in index["wilayah"] for u in r["unit"]]
    assert len(units) > len(set(units))  # the same unit name in two regions, told apart by the id


def test_content_hash_covers_the_record(site):
    from sk_builder.site.data_v2 import encode

    record = _load(site / "data/v2/kota-pasuruan/layanan/hibah-uang.json")
    body = {k: v for k, v in record.items() if k != "sidik"}
    assert record["sidik"] == "sha256:" + __import__("hashlib").sha256(encode(body)).hexdigest()
    other = _load(site / "data/v2/kota-pasuruan/layanan/persuratan.json")
    assert other["sidik"] != record["sidik"]


def test_validity_follows_revocation(sembada_site):
    index = _load(sembada_site / "data/v2/index.json")
    old, new = index["wilayah"][0]["keputusan"]
    assert (old["status"], old["berlaku_hingga"], old["dicabut_oleh"]) == (
        "dicabut", "2025-02-20", "kabupaten-sembada/keputusan/bupati-2025")
    assert (new["status"], new["berlaku_sejak"], new["berlaku_hingga"]) == ("berlaku", "2025-02-20", None)
    akta = _load(sembada_site / "data/v2/kabupaten-sembada/layanan/akta-kelahiran.json")
    assert akta["keputusan"]["id"] == "kabupaten-sembada/keputusan/bupati-2025"
    assert (akta["berlaku_sejak"], akta["berlaku_hingga"]) == ("2025-02-20", None)
    draft = _load(sembada_site / "data/v2/kabupaten-sembada/layanan/legalisir.json")
    assert draft["keputusan"] is None and draft["berlaku_sejak"] is None


def test_components_as_structured_lists(sembada_site):
    akta = _load(sembada_site / "data/v2/kabupaten-sembada/layanan/akta-kelahiran.json")
    persyaratan = akta["komponen"][0]
    assert persyaratan["teks"].startswith("a. Surat keterangan kelahiran dari:")
    (listing,) = persyaratan["isi"]
    assert listing["jenis"] == "daftar" and [i["penanda"] for i in listing["butir"]] == ["a.", "b.", "c."]
    first = listing["butir"][0]["isi"]
    assert first[0] == {"jenis": "paragraf", "teks": "Surat keterangan kelahiran dari:"}
    assert [i["penanda"] for i in first[1]["butir"]] == ["1)", "2)"]
    prosedur = akta["komponen"][1]
    assert prosedur["label"] == "Sistem Mekanisme Prosedur" and prosedur["bagan"][0]["judul"] == "Alur Penerbitan Akta"


def test_absolute_urls_licence_and_contacts(sembada_site, site):
    index = _load(sembada_site / "data/v2/index.json")
    region = index["wilayah"][0]
    base = "https://layanan.sembadakab.go.id/standar/"
    assert region["url_dasar"] == base and region["lisensi"] == "CC-BY-4.0"
    assert index["$schema"] == base + "data/v2/skema.json"
    for item in [region, *region["keputusan"], *region["unit"], *region["layanan"]]:
        assert item["url"] == base + item["halaman"]
    assert region["unit"][0]["kontak"]["pos_el"] == "pengaduan@sembadakab.go.id"
    lumajang = next(r for r in _load(site / "data/v2/index.json")["wilayah"] if r["id"] == "kabupaten-lumajang")
    assert lumajang["url"] is None and lumajang["lisensi"] is None
