"""One service standard (Standar Pelayanan) and its 14 components."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .bagan import Bagan
from .common import KOMPONEN_KEYS, Abaikan, Markdown, Record, Teks


class AbaikanStandar(Abaikan):
    """An ``abaikan`` entry of a Standar."""

    @staticmethod
    def pemilik() -> type[BaseModel]:
        return Standar


class Komponen(Record):
    """The 14 components of a standard as Markdown; all are required unless the record is a draft."""

    persyaratan: Markdown | None = Field(default=None, title="Persyaratan Pelayanan",
                                         description="Komponen \"Persyaratan Pelayanan\", sebagai uraian Markdown.",
                                         examples=["KTP.\n"])
    prosedur: Markdown | None = Field(
        default=None,
        title="Sistem, Mekanisme, dan Prosedur",
        description="Komponen \"Sistem, Mekanisme, dan Prosedur\", sebagai uraian Markdown.",
        examples=["1. Pemohon mengajukan surat;\n2. Petugas memproses; dan\n3. Pemohon menerima balasan.\n"],
    )
    jangka_waktu: Markdown | None = Field(default=None, title="Jangka Waktu Pelayanan",
                                          description="Komponen \"Jangka Waktu Pelayanan\", sebagai uraian Markdown.",
                                          examples=["1 (satu) hari kerja.\n"])
    biaya: Markdown | None = Field(default=None, title="Biaya/Tarif",
                                   description="Komponen \"Biaya/Tarif\", sebagai uraian Markdown.",
                                   examples=["Tidak dipungut biaya.\n"])
    produk: Markdown | None = Field(default=None, title="Produk Pelayanan",
                                    description="Komponen \"Produk Pelayanan\", sebagai uraian Markdown.",
                                    examples=["Surat balasan.\n"])
    pengaduan: Markdown | None = Field(
        default=None,
        title="Penanganan Pengaduan, Saran dan Masukan/Apresiasi",
        description="Komponen \"Penanganan Pengaduan, Saran dan Masukan/Apresiasi\", sebagai uraian Markdown.",
        examples=["Pos-el: umum@contohkota.go.id\n"],
    )
    dasar_hukum: Markdown | None = Field(default=None, title="Dasar Hukum",
                                         description="Komponen \"Dasar Hukum\", sebagai uraian Markdown.",
                                         examples=["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.\n"])
    sarana: Markdown | None = Field(
        default=None,
        title="Sarana, Prasarana, dan/atau Fasilitas",
        description="Komponen \"Sarana, Prasarana, dan/atau Fasilitas\", sebagai uraian Markdown.",
        examples=["Komputer dan ruang tunggu.\n"],
    )
    kompetensi: Markdown | None = Field(default=None, title="Kompetensi Pelaksana",
                                        description="Komponen \"Kompetensi Pelaksana\", sebagai uraian Markdown.",
                                        examples=["Mampu mengoperasikan komputer.\n"])
    pengawasan: Markdown | None = Field(default=None, title="Pengawasan Internal",
                                        description="Komponen \"Pengawasan Internal\", sebagai uraian Markdown.",
                                        examples=["Atasan langsung.\n"])
    jumlah_pelaksana: Markdown | None = Field(default=None, title="Jumlah Pelaksana",
                                              description="Komponen \"Jumlah Pelaksana\", sebagai uraian Markdown.",
                                              examples=["2 (dua) orang.\n"])
    jaminan_pelayanan: Markdown | None = Field(default=None, title="Jaminan Pelayanan",
                                               description="Komponen \"Jaminan Pelayanan\", sebagai uraian Markdown.",
                                               examples=["Layanan diberikan sesuai standar.\n"])
    jaminan_keamanan: Markdown | None = Field(
        default=None,
        title="Jaminan Keamanan dan Keselamatan Pelayanan",
        description="Komponen \"Jaminan Keamanan dan Keselamatan Pelayanan\", sebagai uraian Markdown.",
        examples=["Data pemohon dijaga kerahasiaannya.\n"],
    )
    evaluasi: Markdown | None = Field(default=None, title="Evaluasi Kinerja Pelaksana",
                                      description="Komponen \"Evaluasi Kinerja Pelaksana\", sebagai uraian Markdown.",
                                      examples=["Dilaksanakan 1 (satu) kali dalam setahun.\n"])
    bagan_prosedur: list[Bagan] = Field(
        default=[],
        title="Bagan prosedur",
        description="Prosedur sebagai bagan alir (menggantikan atau melengkapi uraian prosedur).",
        examples=[[{"langkah": ["Pemohon mengajukan surat", "Petugas mencatat surat"]}]],
    )

    def missing(self) -> list[str]:
        """Keys of the components that are absent or blank (a flowchart fills the procedure)."""
        filled = {"prosedur"} if self.bagan_prosedur else set()
        return [key for key in KOMPONEN_KEYS if key not in filled and not (getattr(self, key) or "").strip()]


class Standar(Record):
    """One service standard (Standar Pelayanan)."""

    nama: Teks = Field(title="Nama",
                       description="Nama layanan seperti disebut keputusan, sesudah \"Standar Pelayanan\".",
                       examples=["Persuratan Bagian Umum"])
    judul: str | None = Field(default=None, title="Judul", description="Judul di lampiran, bila berbeda dari nama.",
                              examples=["Persuratan"])
    unit: Teks = Field(title="Unit", description="Bagian atau unit yang memberikan layanan.", examples=["Bagian Umum"])
    status: Literal["final", "draft"] = Field(
        default="final",
        title="Status",
        description="final, atau draft selama masih ditulis (komponen boleh belum lengkap).",
        examples=["final"],
    )
    nomor_sk: str | None = Field(
        default=None,
        title="Nomor SK",
        description="Nomor keputusan yang menetapkan standar ini bila keputusannya tidak ada di sumber.",
        examples=["060/79/424.013/2022"],
    )
    komponen: Komponen = Field(title="Komponen", description="Ke-14 komponen standar pelayanan (PermenPANRB 15/2014).",
                               examples=[{"persyaratan": "KTP.", "biaya": "Tidak dipungut biaya."}])
    abaikan: list[AbaikanStandar] = Field(
        default=[],
        title="Abaikan",
        description="Aturan `sk check` yang dibungkam untuk satu kolom, dengan alasannya.",
        examples=[[{"aturan": "SK312", "kolom": "komponen.jumlah_pelaksana", "alasan": "seperti naskah asli"}]],
    )
