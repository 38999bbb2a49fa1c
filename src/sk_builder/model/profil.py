"""The region's profile: publisher, letterhead, contacts and page settings."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from .common import GRUP, FormatNomor, KomponenKey, Record, Teks
from .gaya import GayaKop, GayaLampiran, GayaPencabutan, GayaTandaTangan


_WHATSAPP = re.compile(r"\+?[0-9][0-9 ().-]*[0-9]")
_SUREL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_LAMAN = re.compile(r"(?:https?://)?[^\s/:@]+\.[^\s/:@]+(?::[0-9]+)?(?:/\S*)?", re.IGNORECASE)


def _whatsapp_text(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        raise PydanticCustomError("sk102", 'nomor WhatsApp harus ditulis sebagai teks dalam tanda kutip, mis. '
                                           '"0812-3456-7890" (sebagai angka, 0 di depannya hilang)')
    return value


def _check_whatsapp(text: str) -> str:
    digits = sum(c.isdigit() for c in text)
    if not _WHATSAPP.fullmatch(text.strip()) or not 8 <= digits <= 15:
        raise PydanticCustomError("sk105", 'nomor WhatsApp "{value}" tidak valid: tulis satu nomor (8-15 angka), '
                                           "mis. 0812-3456-7890", {"value": text})
    return text.strip()


def _check_surel(text: str) -> str:
    if not _SUREL.fullmatch(text.strip()):
        raise PydanticCustomError("sk105", 'alamat pos-el "{value}" tidak valid, mis. pengaduan@contohkota.go.id',
                                  {"value": text})
    return text.strip()


def _check_laman(text: str) -> str:
    if not _LAMAN.fullmatch(text.strip()):
        raise PydanticCustomError("sk105", 'alamat laman "{value}" tidak valid, mis. https://www.lapor.go.id',
                                  {"value": text})
    return text.strip()


Whatsapp = Annotated[str, BeforeValidator(_whatsapp_text), AfterValidator(_check_whatsapp)]
"""One telephone number that takes WhatsApp messages, as written (0812-3456-7890)."""
Surel = Annotated[str, AfterValidator(_check_surel)]
"""An e-mail address."""
Laman = Annotated[str, AfterValidator(_check_laman)]
"""A web address, with or without https://."""


class Margin(Record):
    """Page margins in millimetres."""

    atas: float = Field(default=20, title="Margin atas", description="Margin atas halaman, dalam milimeter.",
                        examples=[20])
    bawah: float = Field(default=25, title="Margin bawah", description="Margin bawah halaman, dalam milimeter.",
                         examples=[25])
    kiri: float = Field(default=30, title="Margin kiri", description="Margin kiri halaman, dalam milimeter.",
                        examples=[30])
    kanan: float = Field(default=20, title="Margin kanan", description="Margin kanan halaman, dalam milimeter.",
                         examples=[20])


class HurufWord(Record):
    """The families the DOCX names for Word (the office's fonts), when they differ from what the PDF embeds."""

    isi: Teks | None = Field(default=None, title="Huruf isi di Word",
                             description="Keluarga huruf isi yang dinamai DOCX; bawaan: huruf kantor yang setara metrik "
                                         "dengan huruf.isi pertama (TeX Gyre Bonum: Bookman Old Style).",
                             examples=["Bookman Old Style"])
    kop: Teks | None = Field(default=None, title="Huruf kop di Word",
                             description="Keluarga huruf kop yang dinamai DOCX; bawaan: huruf kantor yang setara metrik "
                                         "dengan huruf.kop pertama (Liberation Sans: Arial).",
                             examples=["Arial"])


class Huruf(Record):
    """Font families, each a list in order of preference, the body size in points, and what the DOCX names."""

    isi: list[Teks] = Field(
        default=["TeX Gyre Bonum"], min_length=1,
        title="Huruf isi",
        description="Keluarga huruf isi, urut menurut pilihan; yang pertama terpasang dipakai, tak pernah diganti.",
        examples=[["Bookman Old Style", "TeX Gyre Bonum"]],
    )
    kop: list[Teks] = Field(default=["Liberation Sans"], min_length=1, title="Huruf kop",
                            description="Keluarga huruf kop surat, urut menurut pilihan.",
                            examples=[["Arial", "Liberation Sans"]])
    ukuran: float = Field(default=12, title="Ukuran huruf", description="Ukuran huruf isi, dalam poin.", examples=[12])
    word: HurufWord = Field(default=HurufWord(), title="Huruf di Word",
                            description="Huruf yang dinamai DOCX untuk Word di kantor (PDF tetap menanam huruf yang "
                                        "terpasang).", examples=[{"isi": "Bookman Old Style", "kop": "Arial"}])


class Pengaduan(Record):
    """Where citizens send complaints, suggestions and praise: SP4N-LAPOR!, WhatsApp, e-mail (each optional)."""

    lapor: Laman | None = Field(default=None, title="SP4N-LAPOR!",
                                description="Alamat laman SP4N-LAPOR! untuk pengaduan.",
                                examples=["https://www.lapor.go.id"])
    whatsapp: Whatsapp | None = Field(
        default=None,
        title="WhatsApp",
        description="Satu nomor WhatsApp pengaduan, ditulis sebagai teks dalam tanda kutip.",
        examples=["0812-3456-7890"],
    )
    pos_el: Surel | None = Field(default=None, title="Pos-el pengaduan",
                                 description="Alamat pos-el (e-mail) pengaduan.",
                                 examples=["pengaduan@contohkota.go.id"])


class Kontak(Record):
    """A unit's own contacts (profile ``kontak_unit``); an address it leaves out is the profile's, nothing else."""

    alamat: Teks | None = Field(default=None, title="Alamat unit",
                                description="Alamat kantor unit; bila kosong dipakai alamat profil.",
                                examples=["Jalan Pahlawan Nomor 1, Contoh 12345"])
    telepon: Teks | None = Field(default=None, title="Telepon unit", description="Nomor telepon unit.",
                                 examples=["(0343) 000000"])
    faksimile: Teks | None = Field(default=None, title="Faksimile unit", description="Nomor faksimile unit.",
                                   examples=["(0343) 000001"])
    laman: Laman | None = Field(default=None, title="Laman unit", description="Alamat laman unit.",
                                examples=["https://umum.contohkota.go.id"])
    pos_el: Surel | None = Field(default=None, title="Pos-el unit", description="Alamat pos-el (e-mail) unit.",
                                 examples=["umum@contohkota.go.id"])
    pengaduan: Pengaduan = Field(default=Pengaduan(), title="Saluran pengaduan unit",
                                 description="SP4N-LAPOR!, WhatsApp dan pos-el pengaduan unit ini.",
                                 examples=[{"whatsapp": "0812-3456-7890"}])


class Profil(Record):
    """A region's profile: who publishes, the letterhead and the page settings."""

    nama: Teks = Field(title="Nama wilayah", description="Nama pemerintah daerah, seperti dicetak.",
                       examples=["Kota Contoh", "Kabupaten Contoh"])
    pemerintah: Teks = Field(title="Pemerintah", description="Baris pertama kop surat.",
                             examples=["Pemerintah Kota Contoh"])
    unit: Teks = Field(title="Unit", description="Unit yang menerbitkan standar, baris kedua kop surat.",
                       examples=["Sekretariat Daerah"])
    alamat: str | None = Field(default=None, title="Alamat", description="Alamat kantor pada kop surat.",
                               examples=["Jalan Pahlawan Nomor 1, Contoh 12345"])
    telepon: str | None = Field(default=None, title="Telepon", description="Nomor telepon pada kop surat.",
                                examples=["(0343) 000000"])
    faksimile: str | None = Field(
        default=None,
        title="Faksimile",
        description="Nomor faksimile pada kop surat; tulis dalam tanda kutip bila hanya angka.",
        examples=["000001"],
    )
    laman: str | None = Field(default=None, title="Laman", description="Alamat laman pada kop surat.",
                              examples=["www.contohkota.go.id"])
    pos_el: str | None = Field(default=None, title="Pos-el", description="Alamat pos-el (e-mail) pada kop surat.",
                               examples=["setda@contohkota.go.id"])
    lambang: str | None = Field(default=None, title="Lambang",
                                description="Berkas lambang daerah (SVG, PNG atau JPEG) di dalam folder wilayah.",
                                examples=["lambang.svg"])
    templat: str | None = Field(default=None, title="Folder templat",
                                description="Folder di dalam folder wilayah berisi templat HTML/PDF yang dipakai "
                                            "sebelum templat bawaan (mis. dokumen/keputusan.html.j2 yang mengganti "
                                            "satu blok).", examples=["templat"])
    dokumen_acuan: str | None = Field(default=None, title="Dokumen acuan Word",
                                      description="Dokumen Word (.docx) di dalam folder wilayah yang gaya, ukuran "
                                                  "halaman, margin dan kop halaman pertamanya dipakai DOCX.",
                                      examples=["acuan.docx"])
    url_dasar: str | None = Field(default=None, title="URL dasar situs",
                                  description="Alamat dasar situs web (tautan kanonik, peta situs, umpan JDIHN).",
                                  examples=["https://standar.contohkota.go.id/"])
    lisensi_data: str | None = Field(default=None, title="Lisensi data terbuka",
                                     description="Lisensi data terbuka situs: kode SPDX atau URL.",
                                     examples=["CC-BY-4.0"])
    """The licence of the open data (site ``data/``): an SPDX id such as CC-BY-4.0, or a URL."""
    pengaduan: Pengaduan = Field(
        default=Pengaduan(),
        title="Saluran pengaduan",
        description="SP4N-LAPOR!, WhatsApp dan pos-el pengaduan wilayah.",
        examples=[{"lapor": "https://www.lapor.go.id", "pos_el": "pengaduan@contohkota.go.id"}],
    )
    """The complaint channels shown on every service page (a unit's own in ``kontak_unit`` come first)."""
    kontak_unit: dict[Teks, Kontak] = Field(
        default={},
        title="Kontak per unit",
        description="Kontak sendiri tiap unit, menurut nama unit; hanya alamat yang tidak diisi diambil dari profil.",
        examples=[{"Bagian Umum": {"telepon": "(0343) 000002"}}],
    )
    """Contacts per unit, keyed by the ``unit`` of its standards (the website's service and unit pages)."""
    kertas: Literal["F4", "A4"] = Field(default="F4", title="Kertas",
                                        description="Ukuran kertas: F4 (215 × 330 mm) atau A4.", examples=["F4"])
    margin: Margin = Field(default=Margin(), title="Margin", description="Margin halaman dalam milimeter.",
                           examples=[{"atas": 20, "bawah": 25, "kiri": 30, "kanan": 20}])
    huruf: Huruf = Field(default=Huruf(), title="Huruf", description="Huruf isi dan kop, serta ukurannya.",
                         examples=[{"isi": ["TeX Gyre Bonum"], "kop": ["Liberation Sans"], "ukuran": 12}])
    label_komponen: dict[KomponenKey, Teks] = Field(
        default={},
        title="Label komponen",
        description="Mengganti label komponen di tabel, menurut kunci komponen.",
        examples=[{"persyaratan": "Persyaratan"}],
    )
    label_grup: list[Teks] = Field(default=list(GRUP), min_length=2, max_length=2, title="Label grup",
                                   description="Dua judul grup tabel komponen.",
                                   examples=[["Penyampaian Layanan", "Pengelolaan Pelayanan"]])
    format_nomor: FormatNomor = Field(
        default="{nomor} TAHUN {tahun}",
        title="Format nomor",
        description="Pola nomor keputusan sesudah kata NOMOR; hanya boleh memuat {nomor} dan {tahun}. Kata TAHUN "
                    "di dalam pola ditulis \"Tahun\" di dalam kalimat.",
        examples=["{nomor} TAHUN {tahun}", ": {nomor}/{tahun}", "{nomor}"],
    )
    nomor_halaman: Teks = Field(default="- {n} -", title="Nomor halaman",
                                description="Pola nomor halaman, di tengah atas mulai halaman 2; {n} adalah nomornya.",
                                examples=["- {n} -"])
    tanda_tangan_per_standar: bool = Field(default=True, title="Tanda tangan per standar",
                                           description="Ulangi blok tanda tangan sesudah setiap standar di lampiran.",
                                           examples=[True])
    tanggal_di_lampiran: bool = Field(default=False, title="Tanggal di lampiran",
                                      description="Tambahkan baris TANGGAL pada kepala lampiran.", examples=[False])
    kop: GayaKop = Field(default=GayaKop(), title="Kop",
                         description="Kop surat: baris di bawah nama unit, ukuran huruf, atau kop utuh sebagai gambar.",
                         examples=[{"baris": ["{alamat}", "Telp. {telepon}   Fax. {faksimile}"]}])
    tanda_tangan: GayaTandaTangan = Field(
        default=GayaTandaTangan(), title="Tanda tangan",
        description="Cara menulis blok tanda tangan: tempat dan tanggal, huruf kapital, letak golongan.",
        examples=[{"golongan": "kurung"}])
    lampiran: GayaLampiran = Field(default=GayaLampiran(), title="Lampiran",
                                   description="Kepala lampiran, judul tiap standar, kepala tabel dan tanda tangan "
                                               "lampiran.",
                                   examples=[{"judul": ["STANDAR PELAYANAN", "{layanan}", "PADA {unit}"]}])
    pencabutan: GayaPencabutan = Field(default=GayaPencabutan(), title="Pencabutan",
                                       description="Kalimat diktum yang mencabut keputusan terdahulu.",
                                       examples=[{"keputusan": "Keputusan {jabatan} Nomor {nomor} tentang {tentang}"}])
