"""The semantic comparison reports exactly the known edits of the fixture pair (asserted on the JSON)."""

import json
import shutil

from sk_builder.review.compare import compare_projects
from sk_builder.review.jsonreport import SCHEMA, render_json
from sk_builder.sources.loader import load_or_fail

from .conftest import NEW, OLD


def _data(report):
    return json.loads(render_json(report))


def _doc(data, kind, doc_id):
    return next(d for d in data["documents"] if d["kind"] == kind and d["id"] == doc_id)


def _parts(doc):
    return {part["key"]: part for part in doc["parts"]}


def test_report_names_the_changed_documents(pair_report):
    data = _data(pair_report)
    assert data["schema"] == SCHEMA and data["changed"] is True
    assert [(d["kind"], d["id"], d["status"]) for d in data["documents"]] == [
        ("keputusan", "sekda-5-2024", "modified"),
        ("standar", "legalisasi-dokumen", "added"),
        ("standar", "peminjaman-ruang", "modified"),
        ("standar", "persuratan", "modified"),
    ]
    assert data["counts"] == {"added": 1, "removed": 0, "renamed": 0, "modified": 3, "unchanged": 1}


def test_changed_jangka_waktu_is_a_word_level_change(pair_report):
    doc = _doc(_data(pair_report), "standar", "peminjaman-ruang")
    assert list(_parts(doc)) == ["jangka_waktu"]
    (change,) = _parts(doc)["jangka_waktu"]["changes"]
    assert change["type"] == "change"
    assert change["old"] == "3 (tiga) hari kerja."
    assert change["new"] == "2 (dua) hari kerja setelah permohonan diterima."
    deleted = [w["text"] for w in change["words"] if w["op"] == "delete"]
    inserted = [w["text"] for w in change["words"] if w["op"] == "insert"]
    assert deleted == ["3", "tiga"] and inserted == ["2", "dua", " setelah permohonan diterima"]


def test_removed_list_item_is_one_deletion_and_the_rest_is_renumbered(pair_report):
    doc = _doc(_data(pair_report), "standar", "persuratan")
    assert list(_parts(doc)) == ["prosedur"]
    part = _parts(doc)["prosedur"]
    assert part["changes"] == [
        {"type": "delete", "old_line": 2, "old": "3. Petugas memeriksa kelengkapan surat;", "level": 0},
    ]
    assert [(r["old"], r["new"]) for r in part["renumbered"]] == [("4.", "3."), ("5.", "4.")]


def test_reordered_mengingat_is_a_move(pair_report):
    doc = _doc(_data(pair_report), "keputusan", "sekda-5-2024")
    mengingat = _parts(doc)["mengingat"]
    (move,) = mengingat["changes"]
    assert move["type"] == "move" and move["words"] == []
    assert move["old_line"] == 2 and move["new_line"] == 1
    assert move["new"].startswith("2. Peraturan Menteri Pendayagunaan")
    assert [(r["old"], r["new"]) for r in mengingat["renumbered"]] == [("2.", "3.")]


def test_added_service_enters_the_diktum_list_and_the_lampiran(pair_report):
    doc = _doc(_data(pair_report), "keputusan", "sekda-5-2024")
    assert sorted(_parts(doc)) == ["diktum", "lampiran", "mengingat"]
    diktum = _parts(doc)["diktum"]["changes"]
    assert [(c["type"], c.get("new")) for c in diktum] == [
        ("change", "a. Standar Pelayanan Persuratan;"),
        ("change", "b. Standar Pelayanan Peminjaman Ruang Rapat; dan"),
        ("insert", "c. Standar Pelayanan Legalisasi Dokumen."),
    ]
    assert _parts(doc)["lampiran"]["changes"] == [
        {"type": "insert", "new_line": 7, "new": "- STANDAR PELAYANAN LEGALISASI DOKUMEN", "level": 1},
    ]
    added = _doc(_data(pair_report), "standar", "legalisasi-dokumen")
    prosedur = _parts(added)["prosedur"]["changes"]
    assert {c["type"] for c in prosedur} == {"insert"} and len(prosedur) == 4


def test_same_sources_report_nothing():
    project, _ = load_or_fail(OLD)
    data = _data(compare_projects(project, project, "a", "a"))
    assert data["changed"] is False and data["documents"] == []


def test_a_standard_under_a_new_file_name_is_renamed(tmp_path):
    shutil.copytree(OLD, tmp_path / "renamed")
    region = tmp_path / "renamed" / "kota-contoh"
    (region / "standar" / "persuratan.yaml").rename(region / "standar" / "surat-menyurat.yaml")
    decree = region / "keputusan" / "sekda-5-2024.yaml"
    decree.write_text(decree.read_text().replace("[persuratan,", "[surat-menyurat,"))
    old, _ = load_or_fail(OLD)
    new, _ = load_or_fail(tmp_path / "renamed")
    data = _data(compare_projects(old, new, "old", "new"))
    assert [(d["id"], d["old_id"], d["status"], d["parts"]) for d in data["documents"]] == [
        ("surat-menyurat", "persuratan", "renamed", []),
    ]


def test_report_json_is_stable(pair_report):
    old, _ = load_or_fail(OLD)
    new, _ = load_or_fail(NEW)
    assert render_json(compare_projects(old, new, "old", "new")) == render_json(pair_report)
