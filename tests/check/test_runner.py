"""`abaikan` entries: one rule silenced for one field (and what is inside it), counted, with a reason."""

from __future__ import annotations

import pytest

from sk_builder.check.registry import TEXT_CHECKS, URAIAN_CHECKS
from sk_builder.sources.loader import load_project
from tests.check.region import codes, keputusan_yaml, run, standar_yaml
from tests.fixtures.minimal import write_region

LIMA = {"jumlah_pelaksana": "5 (Lima) orang.", "evaluasi": "7 (Tujuh) hari."}


def abaikan(*entries: tuple[str, str, str]) -> str:
    return "abaikan:\n" + "".join(f"  - aturan: {a}\n    kolom: {k}\n    alasan: {r}\n" for a, k, r in entries)


def test_unsilenced_findings_carry_the_field_name(tmp_path):
    result, lines = run(tmp_path, **{"standar/contoh.yaml": standar_yaml(LIMA)})
    assert lines == [
        'standar/contoh.yaml:25:5: warning SK312 komponen.jumlah_pelaksana: "5 (Lima)": kata bilangan ditulis '
        'huruf kecil ("lima")',
        'standar/contoh.yaml:31:5: warning SK312 komponen.evaluasi: "7 (Tujuh)": kata bilangan ditulis '
        'huruf kecil ("tujuh")',
    ]
    assert result.silenced == 0


def test_one_field_is_silenced_and_counted(tmp_path):
    tail = abaikan(("SK312", "komponen.jumlah_pelaksana", "ditulis seperti naskah aslinya"))
    result, lines = run(tmp_path, **{"standar/contoh.yaml": standar_yaml(LIMA, tail=tail)})
    assert codes(lines) == ["SK312"] and "komponen.evaluasi" in lines[0]
    assert result.silenced == 1
    assert result.summary() == "1 peringatan, 1 dibungkam (abaikan)"


def test_a_parent_field_covers_its_items(tmp_path):
    mengingat = "  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.\n"
    wrong = "  - Undang-undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n  - Undang-undang Nomor 14 Tahun 2008.\n"
    text = keputusan_yaml(**{mengingat: wrong}) + abaikan(("SK343", "mengingat", "kutipan judul asli"))
    result, lines = run(tmp_path, **{"keputusan/kep-12-2024.yaml": text})
    assert codes(lines) == ["SK323"]
    assert result.silenced == 2


def test_unused_entry_is_reported(tmp_path):
    tail = abaikan(("SK311", "komponen.biaya", "tidak perlu"))
    _, lines = run(tmp_path, **{"standar/contoh.yaml": standar_yaml(tail=tail)})
    assert lines == ['standar/contoh.yaml:33:5: warning SK390 abaikan[0]: aturan SK311 pada "komponen.biaya" tidak '
                     'menemukan apa pun; hapus entri ini']


def test_unknown_rule_field_or_missing_reason_are_load_errors(tmp_path):
    tail = ("abaikan:\n  - aturan: SK999\n    kolom: komponen.jumlahpelaksana\n    alasan: x\n"
            "  - aturan: SK312\n    kolom: komponen.biaya\n")
    region = write_region(tmp_path, **{"standar/contoh.yaml": standar_yaml(tail=tail)})
    project, report = load_project(region)
    assert project is None
    assert [str(d) for d in report.sorted()] == [
        'standar/contoh.yaml:33:13: error SK119 abaikan[0].aturan: aturan "SK999" tidak dikenal (kode aturan '
        "`sk check`, mis. SK301)",
        'standar/contoh.yaml:34:12: error SK119 abaikan[0].kolom: kolom "komponen.jumlahpelaksana" tidak ada pada '
        'Standar (maksud Anda "komponen.jumlah_pelaksana"?)',
        'standar/contoh.yaml:36:5: error SK103 kolom wajib "alasan" tidak ada',
    ]


TEXTS = ["5 (Lima) orang; 7 (tujuh) hari.", "1. Berkas;\n2. KTP\n4. KK.", "NIP. 19800101 200501 1 001 dan "
         "tanggal, 31 Febuari 2024", "Undang-undang Nomor 25 Tahum 2009 Tentang Pelayanan Publik", "dan dan lagi"]


@pytest.mark.parametrize("check", TEXT_CHECKS + URAIAN_CHECKS)
def test_text_rules_read_only_the_text(check):
    """What lets a run read a text once for all the fields holding it: the field only labels the findings."""
    for text in TEXTS:
        one, other = list(check(("komponen", "biaya"), text)), list(check(("diktum", 3, "teks"), text))
        assert [(f.code, f.message, f.at) for f in one] == [(f.code, f.message, f.at) for f in other]
        assert {f.field for f in one} <= {("komponen", "biaya")} and {f.field for f in other} <= {("diktum", 3, "teks")}


def test_a_text_repeated_across_standards_is_reported_in_each(tmp_path):
    files = {f"standar/{name}.yaml": standar_yaml(LIMA, head=f"nama: Layanan {name.title()}\nunit: Bagian Umum\n")
             for name in ("satu", "dua")}
    _, lines = run(tmp_path, **files)
    assert [line.split(" komponen.")[0] for line in lines if " SK312 " in line] == [
        f"standar/{name}.yaml:{line}:5: warning SK312" for name in ("dua", "satu") for line in (25, 31)]
