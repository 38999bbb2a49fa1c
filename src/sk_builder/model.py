"""The source records as validated, frozen data: profile, decree (Keputusan) and service standard."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator,
                      model_validator)
from pydantic_core import PydanticCustomError

from .catalogue import SILENCEABLE
from .fieldpaths import field_exists, suggest_field

# The 14 components of PermenPANRB 15/2014, in order: (key, default label, group index).
KOMPONEN: tuple[tuple[str, str, int], ...] = (
    ("persyaratan", "Persyaratan Pelayanan", 0),
    ("prosedur", "Sistem, Mekanisme, dan Prosedur", 0),
    ("jangka_waktu", "Jangka Waktu Pelayanan", 0),
    ("biaya", "Biaya/Tarif", 0),
    ("produk", "Produk Pelayanan", 0),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan/Apresiasi", 0),
    ("dasar_hukum", "Dasar Hukum", 1),
    ("sarana", "Sarana, Prasarana, dan/atau Fasilitas", 1),
    ("kompetensi", "Kompetensi Pelaksana", 1),
    ("pengawasan", "Pengawasan Internal", 1),
    ("jumlah_pelaksana", "Jumlah Pelaksana", 1),
    ("jaminan_pelayanan", "Jaminan Pelayanan", 1),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", 1),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", 1),
)
KOMPONEN_KEYS = tuple(key for key, _, _ in KOMPONEN)
GRUP: tuple[str, str] = ("Penyampaian Layanan", "Pengelolaan Pelayanan")
KomponenKey = Literal[
    "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum",
    "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
]
MAX_TEXT = 100_000
MAX_INLINE_DEPTH = 8
MAX_MARKS = 1000
TRUSTED = {"dipercaya": True}
"""Validation context for records the cache wrote after validating them: the Markdown is not parsed again."""


def _check_markdown(text: str, info: ValidationInfo) -> str:
    if info.context is TRUSTED:
        return text
    if len(text) > MAX_TEXT:
        raise PydanticCustomError("sk116", "teks terlalu panjang ({n} karakter; batas {limit})",
                                  {"n": len(text), "limit": MAX_TEXT})
    from .uraian import shape

    found = shape(text)
    if found.lists > 4:
        raise PydanticCustomError("sk117", "daftar bertingkat {depth} lapis; paling banyak 4", {"depth": found.lists})
    if found.inline > MAX_INLINE_DEPTH:
        raise PydanticCustomError("sk117", "penekanan atau tautan bertingkat {depth} lapis; paling banyak {limit}",
                                  {"depth": found.inline, "limit": MAX_INLINE_DEPTH})
    if found.marks > MAX_MARKS:
        raise PydanticCustomError("sk116", "terlalu banyak penekanan atau tautan ({n}; batas {limit} per kolom)",
                                  {"n": found.marks, "limit": MAX_MARKS})
    return text


def _check_nip(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return value
    from .text.nip import NipError, parse_nip

    try:
        return parse_nip(value).digits
    except NipError as exc:
        raise PydanticCustomError("sk107", "NIP tidak valid: {why}", {"why": str(exc)}) from None


def _text_number(value: object) -> object:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _check_format_nomor(text: str) -> str:
    from string import Formatter

    try:
        parts = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(text) if name is not None]
    except ValueError:
        raise PydanticCustomError("sk105", "pola nomor tidak valid: kurung kurawal tidak berpasangan") from None
    for name, spec, conversion in parts:
        if name not in ("nomor", "tahun") or spec or conversion:
            raise PydanticCustomError("sk105", "pola nomor hanya boleh memuat {nomor} dan {tahun}, bukan "
                                               '"{{placeholder}}"', {"placeholder": name})
    return text


def _known_rule(code: str) -> str:
    if code not in SILENCEABLE:
        raise PydanticCustomError("sk119", 'aturan "{code}" tidak dikenal (kode aturan `sk check`, mis. SK301)',
                                  {"code": code})
    return code


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


Markdown = Annotated[str, AfterValidator(_check_markdown)]
"""Text written in the house Markdown (see uraian.py)."""
Nip = Annotated[str, BeforeValidator(_check_nip)]
"""An 18-digit NIP, stored as digits only."""
Teks = Annotated[str, Field(min_length=1, pattern=r"\S")]
"""Text that must say something (not empty, not only spaces)."""
Whatsapp = Annotated[str, BeforeValidator(_whatsapp_text), AfterValidator(_check_whatsapp)]
"""One telephone number that takes WhatsApp messages, as written (0812-3456-7890)."""
Surel = Annotated[str, AfterValidator(_check_surel)]
"""An e-mail address."""
Laman = Annotated[str, AfterValidator(_check_laman)]
"""A web address, with or without https://."""


class Record(BaseModel):
    """Base of every record: unknown keys are errors and records never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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


class Huruf(Record):
    """Font families, each a list in order of preference, and the body size in points."""

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
    format_nomor: Annotated[str, Field(min_length=1), AfterValidator(_check_format_nomor)] = Field(
        default="{nomor} TAHUN {tahun}",
        title="Format nomor",
        description="Pola nomor keputusan; hanya boleh memuat {nomor} dan {tahun}.",
        examples=["{nomor} TAHUN {tahun}", ": {nomor}/{tahun}"],
    )
    nomor_halaman: Teks = Field(default="- {n} -", title="Nomor halaman",
                                description="Pola nomor halaman, di tengah atas mulai halaman 2; {n} adalah nomornya.",
                                examples=["- {n} -"])
    tanda_tangan_per_standar: bool = Field(default=True, title="Tanda tangan per standar",
                                           description="Ulangi blok tanda tangan sesudah setiap standar di lampiran.",
                                           examples=[True])
    tanggal_di_lampiran: bool = Field(default=False, title="Tanggal di lampiran",
                                      description="Tambahkan baris TANGGAL pada kepala lampiran.", examples=[False])


class Pencabutan(Record):
    """An earlier decree that this decree revokes."""

    jabatan: Teks = Field(title="Jabatan", description="Jabatan pejabat yang menetapkan keputusan yang dicabut.",
                          examples=["Sekretaris Daerah Kota Contoh"])
    nomor: Annotated[str, BeforeValidator(_text_number)] = Field(
        title="Nomor",
        description="Nomor keputusan yang dicabut (angka boleh ditulis tanpa tanda kutip).",
        examples=["7", "060/79/424.013/2020"],
    )
    tahun: int = Field(title="Tahun", description="Tahun keputusan yang dicabut.", examples=[2020])
    tentang: Teks = Field(title="Tentang", description="Judul keputusan yang dicabut, sesudah kata \"tentang\".",
                          examples=["Standar Pelayanan"])


class Diktum(Record):
    """One diktum; its name (KESATU, KEDUA, ...) is generated from its position."""

    teks: Markdown | None = Field(default=None, title="Teks diktum",
                                  description="Isi diktum; namanya (KESATU, KEDUA, ...) dibuat otomatis.",
                                  examples=["Keputusan ini mulai berlaku pada tanggal ditetapkan."])
    daftar_layanan: bool = Field(
        default=False,
        title="Daftar layanan",
        description="Tambahkan daftar a., b., ... \"Standar Pelayanan <nama>\" dari lampiran sesudah teks.",
        examples=[True],
    )
    mencabut: list[Pencabutan] = Field(
        default=[],
        title="Mencabut",
        description="Keputusan yang dicabut; kalimat pencabutan dibuat otomatis.",
        examples=[[{"jabatan": "Bupati Contoh", "nomor": "7", "tahun": 2020, "tentang": "Standar Pelayanan"}]],
    )

    @model_validator(mode="after")
    def _has_text(self) -> "Diktum":
        if not self.teks and not self.mencabut:
            raise PydanticCustomError("sk103", 'kolom wajib "teks" tidak ada (atau isi "mencabut")')
        return self


class Ditetapkan(Record):
    """Place and date of enactment."""

    tempat: Teks = Field(title="Tempat", description="Tempat penetapan.", examples=["Contoh"])
    tanggal: dt.date = Field(title="Tanggal",
                             description="Tanggal penetapan, ditulis TTTT-BB-HH; dicetak \"15 Januari 2024\".",
                             examples=["2024-01-15"])


class Penandatangan(Record):
    """The official who signs."""

    jabatan: Teks = Field(title="Jabatan", description="Jabatan penanda tangan, di atas tanda tangan.",
                          examples=["Sekretaris Daerah"])
    nama: Teks = Field(title="Nama", description="Nama penanda tangan.", examples=["Budi Santoso"])
    pangkat: str | None = Field(default=None, title="Pangkat", description="Pangkat atau golongan penanda tangan.",
                                examples=["Pembina Utama Muda"])
    nip: Nip | None = Field(default=None, title="NIP",
                            description="NIP 18 angka (spasi boleh); diperiksa dan dicetak 8-6-1-3.",
                            examples=["19640828 198802 1 001"])


class LampiranBagian(Record):
    """A group of services in the lampiran, under an optional Bagian heading."""

    bagian: str | None = Field(default=None, title="Bagian", description="Judul bagian di lampiran (boleh kosong).",
                               examples=["Bagian Umum"])
    layanan: list[Teks] = Field(
        min_length=1,
        title="Layanan",
        description="Id standar pelayanan (nama berkas di standar/ tanpa .yaml), urut seperti dicetak.",
        examples=[["persuratan", "peminjaman-tempat"]],
    )


class Abaikan(Record):
    """One `sk check` rule silenced for one field of the record, with the reason (README, "Drafting checks")."""

    aturan: Annotated[str, AfterValidator(_known_rule)] = Field(title="Aturan",
                                                                description="Kode aturan `sk check` yang dibungkam.",
                                                                examples=["SK312"])
    kolom: Teks = Field(title="Kolom", description="Jalur kolom seperti dicetak diagnostik.",
                        examples=["komponen.jumlah_pelaksana", "mengingat[1]"])
    alasan: Teks = Field(title="Alasan", description="Mengapa temuan ini boleh diabaikan.",
                         examples=["ditulis sama dengan naskah yang sudah ditandatangani"])

    @staticmethod
    def pemilik() -> type[BaseModel]:
        """The record whose fields ``kolom`` may name."""
        raise NotImplementedError

    @field_validator("kolom")
    @classmethod
    def _known_field(cls, value: str) -> str:
        if not field_exists(cls.pemilik(), value):
            close = suggest_field(cls.pemilik(), value)
            hint = f' (maksud Anda "{close}"?)' if close else ""
            raise PydanticCustomError("sk119", 'kolom "{kolom}" tidak ada pada {pemilik}{hint}',
                                      {"kolom": value, "pemilik": cls.pemilik().__name__, "hint": hint})
        return value


class AbaikanKeputusan(Abaikan):
    """An ``abaikan`` entry of a Keputusan."""

    @staticmethod
    def pemilik() -> type[BaseModel]:
        return Keputusan


class AbaikanStandar(Abaikan):
    """An ``abaikan`` entry of a Standar."""

    @staticmethod
    def pemilik() -> type[BaseModel]:
        return Standar


class Keputusan(Record):
    """A decree that enacts service standards."""

    jabatan: Teks = Field(title="Jabatan", description="Pejabat yang menetapkan keputusan.",
                          examples=["Sekretaris Daerah Kota Contoh", "Bupati Contoh"])
    nomor: Annotated[str, BeforeValidator(_text_number), Field(min_length=1)] = Field(
        title="Nomor",
        description="Nomor keputusan (angka boleh ditulis tanpa tanda kutip).",
        examples=["12", "060/79/424.013/2024"],
    )
    tahun: int = Field(ge=1945, le=2200, title="Tahun", description="Tahun keputusan.", examples=[2024])
    tentang: Teks = Field(title="Tentang", description="Judul keputusan, sesudah kata \"TENTANG\".",
                          examples=["Standar Pelayanan di Lingkungan Sekretariat Daerah Kota Contoh"])
    dengan_rahmat: bool = Field(default=False, title="Dengan rahmat",
                                description="Cetak \"DENGAN RAHMAT TUHAN YANG MAHA ESA\" (keputusan kepala daerah).",
                                examples=[False])
    menimbang: list[Markdown] = Field(
        min_length=1,
        title="Menimbang",
        description="Butir pertimbangan, tiap butir diawali \"bahwa\"; huruf a., b. dibuat otomatis.",
        examples=[["bahwa untuk melaksanakan ketentuan ... perlu menetapkan standar pelayanan;"]],
    )
    mengingat: list[Markdown] = Field(
        min_length=1,
        title="Mengingat",
        description="Dasar hukum, urut menurut hierarki lalu tahun; nomor 1., 2. dibuat otomatis.",
        examples=[["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;"]],
    )
    memperhatikan: list[Markdown] = Field(default=[], title="Memperhatikan",
                                          description="Butir \"Memperhatikan\" (boleh kosong).", examples=[[]])
    menetapkan: str = Field(default="", title="Menetapkan", description="Nama sesudah \"Menetapkan :\" (boleh kosong).",
                            examples=[""])
    diktum: list[Diktum] = Field(min_length=1, title="Diktum",
                                 description="Diktum berurutan; namanya (KESATU, KEDUA, ...) dibuat otomatis.",
                                 examples=[[{"teks": "Keputusan ini mulai berlaku pada tanggal ditetapkan."}]])
    ditetapkan: Ditetapkan = Field(title="Ditetapkan", description="Tempat dan tanggal penetapan.",
                                   examples=[{"tempat": "Contoh", "tanggal": "2024-01-15"}])
    penandatangan: Penandatangan = Field(title="Penanda tangan", description="Pejabat yang menandatangani.",
                                         examples=[{"jabatan": "Sekretaris Daerah", "nama": "Budi Santoso"}])
    tembusan: list[Teks] = Field(default=[], title="Tembusan", description="Penerima tembusan (boleh kosong).",
                                 examples=[["Wali Kota Contoh"]])
    lampiran: list[LampiranBagian] = Field(min_length=1, title="Lampiran",
                                           description="Bagian lampiran, masing-masing dengan id standar pelayanannya.",
                                           examples=[[{"bagian": "Bagian Umum", "layanan": ["persuratan"]}]])
    abaikan: list[AbaikanKeputusan] = Field(
        default=[],
        title="Abaikan",
        description="Aturan `sk check` yang dibungkam untuk satu kolom, dengan alasannya.",
        examples=[[{"aturan": "SK343", "kolom": "mengingat[1]", "alasan": "judul dikutip seperti aslinya"}]],
    )


JenisLangkah = Literal["mulai", "proses", "keputusan", "selesai"]
Kunci = Annotated[str, BeforeValidator(_text_number), Field(min_length=1, max_length=100)]
"""An id that steps and arrows refer to (a number written in YAML is read as text)."""


class Langkah(Record):
    """One step of a flowchart: id (default: its position), symbol, box text, optional explanation."""

    id: Kunci | None = Field(default=None, title="Id", description="Id langkah yang dirujuk alur (bawaan: urutannya).",
                             examples=["terima"])
    jenis: JenisLangkah = Field(default="proses", title="Jenis",
                                description="Simbol: mulai, proses, keputusan atau selesai.", examples=["proses"])
    teks: Annotated[str, Field(min_length=1, max_length=300)] = Field(title="Teks",
                                                                      description="Teks di dalam kotak bagan.",
                                                                      examples=["Petugas memeriksa berkas"])
    uraian: Markdown | None = Field(default=None, title="Uraian", description="Penjelasan langkah di bawah bagan.",
                                    examples=["Petugas memeriksa kelengkapan berkas."])

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, data: object) -> object:
        return {"teks": data} if isinstance(data, str) else data


class Alur(Record):
    """An arrow between two steps, with a label (ya/tidak) when it leaves a decision."""

    dari: Kunci = Field(title="Dari", description="Id langkah asal panah.", examples=["periksa"])
    ke: Kunci = Field(title="Ke", description="Id langkah tujuan panah.", examples=["terima"])
    label: str | None = Field(default=None, title="Label",
                              description="Label panah yang keluar dari keputusan (ya/tidak).", examples=["ya"])


class Bagan(Record):
    """A flowchart as data: steps in reading order; arrows follow that order unless written in ``alur``."""

    judul: str | None = Field(default=None, title="Judul", description="Judul bagan alir.",
                              examples=["Alur Pelayanan Persuratan"])
    langkah: list[Langkah] = Field(min_length=1, max_length=200, title="Langkah",
                                   description="Langkah berurutan; teks saja pun boleh.",
                                   examples=[["Pemohon mengajukan surat", "Petugas mencatat surat"]])
    alur: list[Alur] = Field(default=[], title="Alur", description="Panah yang tidak mengikuti urutan langkah.",
                             examples=[[{"dari": "periksa", "ke": "terima", "label": "ya"}]])


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
    nomor: Annotated[str | None, BeforeValidator(_text_number)] = Field(
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
    disahkan: Penandatangan | None = Field(default=None, title="Disahkan oleh",
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
