"""The canonical text of decrees and standards."""

from sk_builder.review.canonical import project_texts, render_text
from sk_builder.sources.loader import load_or_fail

from .conftest import OLD


def _texts():
    project, _ = load_or_fail(OLD)
    return {doc.path: render_text(doc) for doc in project_texts(project)}


def test_one_file_per_decree_standard_and_profile():
    assert sorted(_texts()) == [
        "kota-contoh/profil.txt",
        "kota-contoh/sekda-5-2024.txt",
        "kota-contoh/standar/peminjaman-ruang.txt",
        "kota-contoh/standar/persuratan.txt",
    ]


def test_decree_text_has_generated_diktum_names_and_points():
    text = _texts()["kota-contoh/sekda-5-2024.txt"]
    assert text.startswith("KEPUTUSAN SEKRETARIS DAERAH KOTA CONTOH\nNOMOR 5 TAHUN 2024\nTENTANG\n")
    assert "## Mengingat\n1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n2. Peraturan Pemerintah" in text
    assert "KEDUA : Standar Pelayanan sebagaimana dimaksud pada diktum KESATU meliputi:\n" \
           "   a. Standar Pelayanan Persuratan; dan\n   b. Standar Pelayanan Peminjaman Ruang Rapat.\n" in text
    assert "KETIGA : Keputusan ini mulai berlaku" in text
    assert "NIP. 19640828 198802 1 001" in text
    assert "BAGIAN UMUM\n   - STANDAR PELAYANAN PERSURATAN\n" in text


def test_standard_text_puts_components_under_their_numbered_labels():
    text = _texts()["kota-contoh/standar/persuratan.txt"]
    assert text.startswith("STANDAR PELAYANAN\nPERSURATAN\n\nNama: Persuratan\nUnit: Bagian Umum\nStatus: final\n")
    assert "# PENYAMPAIAN LAYANAN\n\n### 1. Persyaratan Pelayanan\nSurat permohonan dari instansi pengirim.\n" in text
    assert "### 2. Sistem, Mekanisme, dan Prosedur\n1. Pemohon menyampaikan surat kepada petugas;\n" in text
    assert "# PENGELOLAAN PELAYANAN\n\n### 1. Dasar Hukum\n" in text
    assert text.endswith("### 8. Evaluasi Kinerja Pelaksana\nRapat staf setiap 3 (tiga) bulan.\n")


def test_text_is_the_same_every_time():
    assert _texts() == _texts()
