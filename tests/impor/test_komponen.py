"""Component labels as regions word them map to the 14 components; other labels do not."""

import pytest

from sk_builder.impor.komponen import component_of, group_of
from sk_builder.model import KOMPONEN

VARIANTS = {
    "persyaratan": ["Persyaratan", "1. Persyaratan Pelayanan", "Syarat-syarat"],
    "prosedur": ["Sistem Mekanisme Prosedur", "Sistem, Mekanisme dan Prosedur", "Alur Pelayanan", "Tata Cara"],
    "jangka_waktu": ["Waktu Penyelesaian", "Jangka Waktu Penyelesaian", "WAKTU PELAYANAN"],
    "biaya": ["Biaya / Tarif", "Tarif", "Biaya"],
    "produk": ["Produk Layanan", "Hasil Pelayanan", "Output"],
    "pengaduan": ["Pengaduan Layanan", "Penanganan Pengaduan, Saran dan Masukan", "Penanganan Keluhan"],
    "dasar_hukum": ["Dasar Hukum", "Landasan Hukum"],
    "sarana": ["Sarana dan Prasarana", "Sarana, Prasarana dan/atau Fasilitas", "Fasilitas"],
    "kompetensi": ["Kompetensi Pelaksana", "Kualifikasi Pelaksana"],
    "pengawasan": ["Pengawasan Internal", "PENGAWASAN"],
    "jumlah_pelaksana": ["Jumlah Pelaksana", "Jumlah Petugas"],
    "jaminan_pelayanan": ["Jaminan Pelayanan", "Jaminan Layanan"],
    "jaminan_keamanan": ["Jaminan Keamanan dan Keselamatan", "Jaminan Keamanan dan Keselamatan Pelayanan"],
    "evaluasi": ["Evaluasi Kinerja", "Evaluasi Kinerja Pelaksana"],
}


@pytest.mark.parametrize("key,label", [(k, label) for k, labels in VARIANTS.items() for label in labels])
def test_variant_labels(key, label):
    assert component_of(label)[0] == key


def test_default_labels_are_exact():
    assert all(component_of(label) == (key, True) for key, label, _ in KOMPONEN)
    assert component_of("Persyaratan") == ("persyaratan", False)


@pytest.mark.parametrize("text", ["Menimbang", "KESATU", "Isu dan Keluhan", "Uraian", "No.", "Keterangan", ""])
def test_other_labels_are_not_components(text):
    assert component_of(text) is None


def test_group_rows():
    assert [group_of(t) for t in ("Penyampaian Layanan", "A. PENYAMPAIAN LAYANAN", "II. Pengelolaan Pelayanan",
                                  "Manajemen Pelayanan", "Persyaratan")] == [0, 0, 1, 1, None]
