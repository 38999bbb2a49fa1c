"""The JDIHN feed: every entry valid against BPHN's feed schema, fields taken from the records, URLs absolute."""

from __future__ import annotations

import json

import pytest

from sk_builder.diagnostics import SourceError
from sk_builder.ekspor import jdih
from sk_builder.sources.loader import load_or_fail

from .conftest import HERE, OTHER_STYLES

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((HERE / "skema" / "jdihn-document.schema.json").read_text(encoding="utf-8"))


def _validate(entry: dict) -> None:
    jsonschema.validate(entry, SCHEMA, format_checker=jsonschema.FormatChecker())


def _feed(project, region_id: str) -> list[dict]:
    return json.loads(jdih.files(project)[f"{region_id}.json"])


def test_every_entry_matches_the_feed_schema(sembada, pasuruan):
    entries = _feed(sembada, "kabupaten-sembada") + _feed(pasuruan, "kota-pasuruan")
    assert len(entries) == 3
    for entry in entries:
        _validate(entry)
        assert list(entry)[:3] == ["idData", "tahun_pengundangan", "tanggal_penetapan"]


def test_fields_come_from_the_decree(sembada):
    old, new = _feed(sembada, "kabupaten-sembada")
    assert new["idData"] == "kabupaten-sembada/bupati-2025"
    assert new["jenis"] == "Keputusan Bupati" and new["singkatanJenis"] == "KEPBUP"
    assert new["noPeraturan"] == "470/35/Kep/2025" and new["tanggal_penetapan"] == "2025-02-20"
    assert new["judul"] == ("Keputusan Bupati Sembada Nomor 470/35/Kep/2025 tentang Standar Pelayanan pada "
                            "Dinas Kependudukan dan Pencatatan Sipil")
    assert new["tempatTerbit"] == "Sembada" and new["teuBadan"] == "Pemerintah Kabupaten Sembada"
    assert new["urlDetailPeraturan"] == "https://layanan.sembadakab.go.id/standar/kabupaten-sembada/keputusan/bupati-2025.html"
    assert new["urlDownload"] == "https://layanan.sembadakab.go.id/standar/unduh/kabupaten-sembada/bupati-2025.pdf"
    assert new["fileDownload"] == "bupati-2025.pdf"


def test_a_revoked_decree_is_no_longer_in_force(sembada):
    old, new = _feed(sembada, "kabupaten-sembada")
    assert (old["status"], new["status"]) == ("Tidak Berlaku", "Berlaku")


def test_pasuruan_kind_drops_the_region_name(pasuruan):
    (entry,) = _feed(pasuruan, "kota-pasuruan")
    assert entry["jenis"] == "Keputusan Sekretaris Daerah" and entry["singkatanJenis"] == "KEP"
    assert entry["noPeraturan"] == "167"


@pytest.mark.parametrize("root", OTHER_STYLES, ids=lambda p: p.name)
def test_regions_without_url_dasar_are_refused_at_the_profile(root):
    project, _ = load_or_fail(root)
    with pytest.raises(SourceError) as caught:
        jdih.files(project)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "SK601" and diagnostic.path.endswith("profil.yaml")
    assert "url_dasar" in diagnostic.message


def test_sources_without_decrees_are_refused(tmp_path):
    from sk_builder.sources.loader import load_or_fail as load

    project, _ = load(HERE.parents[1] / "sources" / "kabupaten-lumajang")
    with pytest.raises(SourceError) as caught:
        jdih.files(project)
    assert [d.code for d in caught.value.diagnostics] == ["SK602"]


def test_feed_is_deterministic_utf8(sembada):
    first, second = jdih.files(sembada), jdih.files(sembada)
    assert first == second
    raw = first["kabupaten-sembada.json"].decode("utf-8")
    assert raw.endswith("]\n") and "\\u" not in raw
