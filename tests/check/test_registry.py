"""Every rule code has a wrong example that triggers it and a right one that does not, and is documented.

The examples are the ones in README ("Drafting checks"), written into the minimal fixture region.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sk_builder.check.registry import DEFAULT, RULES, SILENCEABLE
from tests.check.region import codes, keputusan_yaml, run, standar_yaml
from tests.fixtures.minimal import PROFIL

DOCS = Path(__file__).resolve().parents[2] / "README.md"
STANDAR = "standar/contoh.yaml"
KEPUTUSAN = "keputusan/kep-12-2024.yaml"
MENIMBANG = "  - bahwa perlu menetapkan standar pelayanan;\n"
MENGINGAT = "  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.\n"
DIKTUM_AKHIR = "Keputusan ini mulai berlaku pada tanggal ditetapkan."
NIP = "19640828 198802 1 001"


def komponen(key: str, text: str) -> dict[str, str]:
    return {STANDAR: standar_yaml({key: text})}


def kep(old: str, new: str, **more: str) -> dict[str, str]:
    return {KEPUTUSAN: keputusan_yaml(**{old: new}), **more}


DAFTAR_LAYANAN = '  - teks: "Standar Pelayanan meliputi:"\n    daftar_layanan: true\n'
LAIN = standar_yaml({"biaya": "Gratis."}, head="nama: Layanan Lain\nunit: Bagian Umum\n")


def layanan_di_diktum(second: str) -> dict[str, str]:
    text = keputusan_yaml(**{DAFTAR_LAYANAN: "  - teks: |\n      Standar Pelayanan meliputi:\n      a. Contoh Layanan; "
                                             f"dan\n      b. {second}.\n", "layanan: [contoh]": "layanan: [contoh, lain]"})
    return {KEPUTUSAN: text, "standar/lain.yaml": LAIN}


def mencabut(tahun: int) -> dict[str, str]:
    return kep(f"  - teks: {DIKTUM_AKHIR}\n", "  - mencabut:\n      - jabatan: Sekretaris Daerah Kota Contoh\n"
               f'        nomor: "7"\n        tahun: {tahun}\n        tentang: Standar Pelayanan\n'
               f"  - teks: {DIKTUM_AKHIR}\n")


def bagan(keterangan: str) -> dict[str, str]:
    chart = ("  bagan_prosedur:\n    - langkah:\n        - {jenis: mulai, teks: Mulai}\n"
             "        - Petugas menerima berkas permohonan\n        - Kepala Bagian menandatangani surat\n"
             "        - {jenis: selesai, teks: Selesai}\n")
    text = standar_yaml({"prosedur": "Keterangan bagan alir:\n" + keterangan})
    return {STANDAR: text.replace("komponen:\n", "komponen:\n" + chart, 1)}


LAMAN = {"profil.yaml": PROFIL + "laman: https://contohkota.go.id\n"}


# code: (wrong files, right files)
EXAMPLES: dict[str, tuple[dict, dict]] = {
    "SK301": (komponen("persyaratan", "1. Surat permohonan.\n2. KTP; dan\n3. Kartu Keluarga."),
              komponen("persyaratan", "1. Surat permohonan;\n2. KTP; dan\n3. Kartu Keluarga.")),
    "SK302": (komponen("persyaratan", "1. Surat permohonan;\n2. KTP;\n3. Kartu Keluarga."),
              komponen("persyaratan", "1. Surat permohonan;\n2. KTP; dan\n3. Kartu Keluarga.")),
    "SK303": (komponen("persyaratan", "1. Surat permohonan; dan\n2. KTP"),
              komponen("persyaratan", "1. Surat permohonan; dan\n2. KTP.")),
    "SK304": (komponen("persyaratan", "1. Berkas\n   a. KTP; dan\n   b. Kartu Keluarga;\n2. Formulir."),
              komponen("persyaratan", "1. Berkas:\n   a. KTP; dan\n   b. Kartu Keluarga;\n2. Formulir.")),
    "SK305": (komponen("persyaratan", "1. Surat permohonan;\n2. KTP; dan\n4. Kartu Keluarga."),
              komponen("persyaratan", "1. Surat permohonan;\n2. KTP; dan\n3. Kartu Keluarga.")),
    "SK306": (komponen("pengawasan", "1. Supervisi atasan langsung; dan\n2. Dilaksanakan berkelanjutan.\n3."),
              komponen("pengawasan", "1. Supervisi atasan langsung; dan\n2. Dilaksanakan berkelanjutan.")),
    "SK307": (komponen("persyaratan", "c. Surat permohonan;\nd. KTP; dan\ne. Kartu Keluarga."),
              komponen("persyaratan", "a. Surat permohonan;\nb. KTP; dan\nc. Kartu Keluarga.")),
    "SK308": (komponen("pengawasan", "- Kepala Bagian Umum\n- Kepala Subbagian Tata Usaha\n- Staf pelaksana"),
              komponen("pengawasan", "- Kepala Bagian Umum;\n- Kepala Subbagian Tata Usaha; dan\n- Staf pelaksana.")),
    "SK311": (komponen("jumlah_pelaksana", "12 (sebelas) orang."),
              komponen("jumlah_pelaksana", "12 (dua belas) orang.")),
    "SK312": (komponen("jumlah_pelaksana", "5 (Lima) orang."),
              komponen("jumlah_pelaksana", "5 (lima) orang.")),
    "SK321": (kep(MENIMBANG, "  - perlu menetapkan standar pelayanan;\n"), kep(MENIMBANG, MENIMBANG)),
    "SK322": (kep(MENIMBANG, MENIMBANG + "  - bahwa perlu menetapkan Keputusan tentang Standar Pelayanan;\n"),
              kep(MENIMBANG, MENIMBANG + "  - bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, "
                                         "perlu menetapkan Keputusan tentang Standar Pelayanan;\n")),
    "SK323": (kep(MENGINGAT, "  - Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang "
                             "Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n"
                             "  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.\n"),
              kep(MENGINGAT, "  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n"
                             "  - Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang "
                             "Nomor 25 Tahun 2009 tentang Pelayanan Publik.\n")),
    "SK324": (kep(MENGINGAT, MENGINGAT.replace(".\n", ";\n") + MENGINGAT), kep(MENGINGAT, MENGINGAT)),
    "SK325": (komponen("dasar_hukum", "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Umum."),
              komponen("dasar_hukum", "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.")),
    "SK331": (komponen("biaya", "-"), komponen("biaya", "Tidak dipungut biaya.")),
    "SK332": ({STANDAR: standar_yaml(head="nama: Contoh Layanan\nunit: Bagian Umum\nstatus: draft\n")},
              {STANDAR: standar_yaml(head="nama: Contoh Layanan\nunit: Bagian Umum\nstatus: final\n")}),
    "SK333": ({"standar/lain.yaml": standar_yaml({"biaya": "Gratis."})},
              {"standar/lain.yaml": standar_yaml({"biaya": "Gratis."}, head="nama: Layanan Lain\nunit: Bagian Umum\n")}),
    "SK334": ({"standar/lain.yaml": standar_yaml(head="nama: Layanan Lain\nunit: Bagian Umum\n")},
              {"standar/lain.yaml": standar_yaml({"biaya": "Gratis."}, head="nama: Layanan Lain\nunit: Bagian Umum\n")}),
    "SK335": (komponen("pengaduan", "Laman:\nTelepon: 0343-000000"),
              komponen("pengaduan", "Laman: https://contoh.go.id\nTelepon: 0343-000000")),
    "SK341": ({STANDAR: standar_yaml(head="nama: Contoh Layanan.\nunit: Bagian Umum\n")},
              {STANDAR: standar_yaml(head="nama: Contoh Layanan\nunit: Bagian Umum\n")}),
    "SK342": ({STANDAR: standar_yaml(head="nama: Data Dan Informasi\nunit: Bagian Umum\n")},
              {STANDAR: standar_yaml(head="nama: Data dan Informasi\nunit: Bagian Umum\n")}),
    "SK343": (komponen("dasar_hukum", "Undang-undang Nomor 25 Tahun 2009 tentang Pelayanan Publik."),
              komponen("dasar_hukum", "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.")),
    "SK344": (komponen("dasar_hukum", "Undang-Undang Nomor 25 Taliun 2009 tentang Pelayanan Publik."),
              komponen("dasar_hukum", "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.")),
    "SK345": (komponen("jaminan_pelayanan", "Pelayanan diberikan sesuai dengan sesuai dengan standar."),
              komponen("jaminan_pelayanan", "Pelayanan diberikan sesuai dengan standar.")),
    "SK346": ({"standar/lain.yaml": LAIN.replace("unit: Bagian Umum", "unit: Bagian umum")},
              {"standar/lain.yaml": LAIN}),
    "SK347": (layanan_di_diktum("Layanan Baru"), layanan_di_diktum("Layanan Lain")),
    "SK351": (komponen("pengawasan", "Kepala Bagian Umum (NIP. 19640828 198802 1 00 1)."),
              komponen("pengawasan", "Kepala Bagian Umum (NIP. 19640828 198802 1 001).")),
    "SK352": (kep(NIP, "19900101 202501 1 001"), kep(NIP, NIP)),
    "SK353": (kep(f"  nip: {NIP}\n", ""), kep(NIP, NIP)),
    "SK361": (kep(DIKTUM_AKHIR, "Keputusan ini mulai berlaku pada tanggal 30 Februari 2024."),
              kep(DIKTUM_AKHIR, "Keputusan ini mulai berlaku pada tanggal 29 Februari 2024.")),
    "SK362": (kep(DIKTUM_AKHIR, "Keputusan ini mulai berlaku pada tanggal, 1 Maret 2024."),
              kep(DIKTUM_AKHIR, "Keputusan ini mulai berlaku pada tanggal 1 Maret 2024.")),
    "SK363": (kep("tahun: 2024", "tahun: 2023"), kep("tahun: 2024", "tahun: 2024")),
    "SK364": (kep("tentang: Standar Pelayanan", "tentang: Standar Pelayanan Tahun 2023"),
              kep("tentang: Standar Pelayanan", "tentang: Standar Pelayanan Tahun 2024")),
    "SK372": (mencabut(2025), mencabut(2020)),
    "SK376": (bagan("a. Petugas menerima berkas permohonan."),
              bagan("a. Petugas menerima berkas permohonan; dan\nb. Kepala Bagian menandatangani surat.")),
    "SK377": (bagan("a. Petugas menerima berkas permohonan; dan\nb. Berkas diarsipkan."),
              bagan("a. Petugas menerima berkas permohonan; dan\nb. Kepala Bagian menandatangani surat.")),
    "SK381": (komponen("persyaratan", "Fotokopi Kartu Keluaga."), komponen("persyaratan", "Fotokopi Kartu Keluarga.")),
    "SK382": (komponen("pengaduan", "Pos-el layanan@contoh.go,id."), komponen("pengaduan", "Pos-el layanan@contoh.go.id.")),
    "SK383": ({**LAMAN, **komponen("pengaduan", "Laman https://contohkota.co.id.")},
              {**LAMAN, **komponen("pengaduan", "Laman https://contohkota.go.id.")}),
    "SK384": (komponen("sarana", "Meja helpdesk."), komponen("sarana", "Meja *helpdesk*.")),
    "SK371": (kep(DIKTUM_AKHIR, "Standar sebagaimana dimaksud pada diktum KEEMPAT berlaku sejak ditetapkan."),
              kep(DIKTUM_AKHIR, "Standar sebagaimana dimaksud pada diktum KESATU berlaku sejak ditetapkan.")),
    "SK390": ({STANDAR: standar_yaml(tail="abaikan:\n  - aturan: SK312\n    kolom: komponen.jumlah_pelaksana\n"
                                          "    alasan: ditulis seperti aslinya\n")},
              {STANDAR: standar_yaml({"jumlah_pelaksana": "5 (Lima) orang."},
                                     tail="abaikan:\n  - aturan: SK312\n    kolom: komponen.jumlah_pelaksana\n"
                                          "    alasan: ditulis seperti aslinya\n")}),
}


def test_every_rule_has_examples():
    assert sorted(EXAMPLES) == sorted(set(RULES) - {"SK380"})  # SK380: tests/check/test_ejaan.py


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_wrong_example_breaks_the_rule(tmp_path, code):
    _, lines = run(tmp_path, semua=code not in DEFAULT, **EXAMPLES[code][0])
    assert code in codes(lines), lines


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_right_example_is_clean(tmp_path, code):
    _, lines = run(tmp_path, semua=code not in DEFAULT, **EXAMPLES[code][1])
    assert lines == []


@pytest.mark.parametrize("code", sorted(set(EXAMPLES) - DEFAULT))
def test_conventions_are_off_by_default(tmp_path, code):
    _, lines = run(tmp_path, **EXAMPLES[code][0])
    assert code not in codes(lines)


def test_codes_are_stable_and_documented():
    text = DOCS.read_text(encoding="utf-8")
    documented = set(re.findall(r"^### (SK3\d\d)\b", text, re.MULTILINE))
    assert documented == set(RULES)
    assert all(re.fullmatch(r"SK3\d\d", code) for code in RULES)
    assert SILENCEABLE == set(RULES) - {"SK390"}

