"""A Standar Operasional Prosedur (SOP AP): identity, executors and activities."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from .bagan import JenisLangkah, Kunci
from .common import Markdown, Record, Teks, text_number
from .keputusan import Pejabat


class MutuBaku(Record):
    """The quality standard of an SOP activity: what it needs, how long it takes, what it yields."""

    kelengkapan: str | None = Field(default=None, title="Kelengkapan",
                                    description="Kelengkapan yang dibutuhkan kegiatan.", examples=["Surat permohonan"])
    waktu: str | None = Field(default=None, title="Waktu", description="Lama kegiatan.", examples=["10 menit"])
    output: str | None = Field(default=None, title="Output", description="Hasil kegiatan.", examples=["Surat tercatat"])


class Kegiatan(Record):
    """One activity of an SOP: who does it, its symbol, Mutu Baku and, for a decision, where ya/tidak go."""

    id: Kunci | None = Field(default=None, title="Id",
                             description="Id kegiatan yang dirujuk ya/tidak (bawaan: urutannya).", examples=["periksa"])
    uraian: Markdown = Field(min_length=1, title="Uraian", description="Uraian kegiatan.",
                             examples=["Memeriksa kelengkapan berkas"])
    pelaksana: Teks = Field(title="Pelaksana", description="Pelaksana kegiatan; salah satu dari daftar pelaksana SOP.",
                            examples=["Petugas"])
    jenis: JenisLangkah = Field(default="proses", title="Jenis",
                                description="Simbol: mulai, proses, keputusan atau selesai.", examples=["proses"])
    mutu_baku: MutuBaku = Field(default=MutuBaku(), title="Mutu baku",
                                description="Kelengkapan, waktu dan output kegiatan.",
                                examples=[{"kelengkapan": "Berkas", "waktu": "10 menit", "output": "Berkas lengkap"}])
    keterangan: Markdown | None = Field(default=None, title="Keterangan", description="Keterangan kegiatan.",
                                        examples=["Bila berkas tidak lengkap, dikembalikan"])
    ya: Kunci | None = Field(default=None, title="Ya", description="Id kegiatan berikutnya bila keputusan \"ya\".",
                             examples=["terima"])
    tidak: Kunci | None = Field(default=None, title="Tidak",
                                description="Id kegiatan berikutnya bila keputusan \"tidak\".", examples=["kembalikan"])


class TanggalSop(Record):
    """The dates of an SOP."""

    pembuatan: dt.date | None = Field(default=None, title="Tanggal pembuatan",
                                      description="Tanggal pembuatan SOP (TTTT-BB-HH).", examples=["2024-01-15"])
    revisi: dt.date | None = Field(default=None, title="Tanggal revisi", description="Tanggal revisi SOP (TTTT-BB-HH).",
                                   examples=["2024-06-01"])
    efektif: dt.date | None = Field(default=None, title="Tanggal efektif",
                                    description="Tanggal SOP mulai berlaku (TTTT-BB-HH).", examples=["2024-07-01"])


class Sop(Record):
    """A Standar Operasional Prosedur Administrasi Pemerintahan (PermenPANRB 35/2012)."""

    nama: Teks = Field(title="Nama SOP", description="Nama prosedur.", examples=["Permohonan Cuti"])
    unit: Teks = Field(title="Unit", description="Unit pemilik SOP.", examples=["Bagian Umum"])
    status: Literal["final", "draft"] = Field(default="final", title="Status",
                                              description="final, atau draft selama identitasnya belum lengkap.",
                                              examples=["final"])
    nomor: Annotated[str | None, BeforeValidator(text_number)] = Field(
        default=None,
        title="Nomor SOP",
        description="Nomor SOP (angka boleh ditulis tanpa tanda kutip).",
        examples=["800/12/424.013/2024"],
    )
    standar: str | None = Field(default=None, title="Standar",
                                description="Id standar pelayanan yang dijabarkan SOP ini.", examples=["persuratan"])
    tanggal: TanggalSop = Field(default=TanggalSop(), title="Tanggal",
                                description="Tanggal pembuatan, revisi dan efektif.",
                                examples=[{"pembuatan": "2024-01-15"}])
    disahkan: Pejabat | None = Field(default=None, title="Disahkan oleh",
                                           description="Pejabat yang mengesahkan SOP.",
                                           examples=[{"jabatan": "Kepala Bagian Umum", "nama": "Budi Santoso"}])
    dasar_hukum: Markdown | None = Field(default=None, title="Dasar hukum", description="Dasar hukum SOP.",
                                         examples=["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik."])
    kualifikasi_pelaksana: Markdown | None = Field(default=None, title="Kualifikasi pelaksana",
                                                   description="Kualifikasi pelaksana.",
                                                   examples=["Mampu mengoperasikan komputer."])
    keterkaitan: Markdown | None = Field(default=None, title="Keterkaitan", description="SOP lain yang terkait.",
                                         examples=["SOP Pengarsipan."])
    peralatan: Markdown | None = Field(default=None, title="Peralatan/perlengkapan",
                                       description="Peralatan yang dipakai.", examples=["Komputer, pencetak."])
    peringatan: Markdown | None = Field(default=None, title="Peringatan",
                                        description="Akibat bila SOP tidak dilaksanakan.",
                                        examples=["Surat tidak tercatat."])
    pencatatan: Markdown | None = Field(default=None, title="Pencatatan dan pendataan", description="Apa yang dicatat.",
                                        examples=["Buku agenda."])
    pelaksana: list[Annotated[str, Field(min_length=1, max_length=60)]] = Field(
        min_length=1, max_length=8,
        title="Pelaksana",
        description="Kolom pelaksana di bagan SOP, urut dari kiri (paling banyak 8).",
        examples=[["Pemohon", "Petugas", "Kepala Bagian"]],
    )
    kegiatan: list[Kegiatan] = Field(min_length=1, max_length=200, title="Kegiatan", description="Kegiatan berurutan.",
                                     examples=[[{"uraian": "Menerima berkas", "pelaksana": "Petugas"}]])
