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

    atas: float = 20
    bawah: float = 25
    kiri: float = 30
    kanan: float = 20


class Huruf(Record):
    """Font families, each a list in order of preference, and the body size in points."""

    isi: list[Teks] = Field(default=["TeX Gyre Bonum"], min_length=1)
    kop: list[Teks] = Field(default=["Liberation Sans"], min_length=1)
    ukuran: float = 12


class Pengaduan(Record):
    """Where citizens send complaints, suggestions and praise: SP4N-LAPOR!, WhatsApp, e-mail (each optional)."""

    lapor: Laman | None = None
    whatsapp: Whatsapp | None = None
    pos_el: Surel | None = None


class Kontak(Record):
    """A unit's own contacts (profile ``kontak_unit``); what it leaves out is taken from the profile."""

    alamat: Teks | None = None
    telepon: Teks | None = None
    faksimile: Teks | None = None
    laman: Laman | None = None
    pos_el: Surel | None = None
    pengaduan: Pengaduan = Pengaduan()


class Profil(Record):
    """A region's profile: who publishes, the letterhead and the page settings."""

    nama: Teks
    pemerintah: Teks
    unit: Teks
    alamat: str | None = None
    telepon: str | None = None
    faksimile: str | None = None
    laman: str | None = None
    pos_el: str | None = None
    lambang: str | None = None
    url_dasar: str | None = None
    lisensi_data: str | None = None
    """The licence of the open data (site ``data/``): an SPDX id such as CC-BY-4.0, or a URL."""
    pengaduan: Pengaduan = Pengaduan()
    """The complaint channels shown on every service page (a unit's own in ``kontak_unit`` come first)."""
    kontak_unit: dict[Teks, Kontak] = {}
    """Contacts per unit, keyed by the ``unit`` of its standards (the website's service and unit pages)."""
    kertas: Literal["F4", "A4"] = "F4"
    margin: Margin = Margin()
    huruf: Huruf = Huruf()
    label_komponen: dict[KomponenKey, Teks] = {}
    label_grup: list[Teks] = Field(default=list(GRUP), min_length=2, max_length=2)
    format_nomor: Annotated[str, Field(min_length=1), AfterValidator(_check_format_nomor)] = "{nomor} TAHUN {tahun}"
    nomor_halaman: Teks = "- {n} -"
    tanda_tangan_per_standar: bool = True
    tanggal_di_lampiran: bool = False


class Pencabutan(Record):
    """An earlier decree that this decree revokes."""

    jabatan: Teks
    nomor: Annotated[str, BeforeValidator(_text_number)]
    tahun: int
    tentang: Teks


class Diktum(Record):
    """One diktum; its name (KESATU, KEDUA, ...) is generated from its position."""

    teks: Markdown | None = None
    daftar_layanan: bool = False
    mencabut: list[Pencabutan] = []

    @model_validator(mode="after")
    def _has_text(self) -> "Diktum":
        if not self.teks and not self.mencabut:
            raise PydanticCustomError("sk103", 'kolom wajib "teks" tidak ada (atau isi "mencabut")')
        return self


class Ditetapkan(Record):
    """Place and date of enactment."""

    tempat: Teks
    tanggal: dt.date


class Penandatangan(Record):
    """The official who signs."""

    jabatan: Teks
    nama: Teks
    pangkat: str | None = None
    nip: Nip | None = None


class LampiranBagian(Record):
    """A group of services in the lampiran, under an optional Bagian heading."""

    bagian: str | None = None
    layanan: list[Teks] = Field(min_length=1)


class Abaikan(Record):
    """One `sk check` rule silenced for one field of the record, with the reason (README, "Drafting checks")."""

    aturan: Annotated[str, AfterValidator(_known_rule)]
    kolom: Teks
    alasan: Teks

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

    jabatan: Teks
    nomor: Annotated[str, BeforeValidator(_text_number), Field(min_length=1)]
    tahun: int = Field(ge=1945, le=2200)
    tentang: Teks
    dengan_rahmat: bool = False
    menimbang: list[Markdown] = Field(min_length=1)
    mengingat: list[Markdown] = Field(min_length=1)
    memperhatikan: list[Markdown] = []
    menetapkan: str = ""
    diktum: list[Diktum] = Field(min_length=1)
    ditetapkan: Ditetapkan
    penandatangan: Penandatangan
    tembusan: list[Teks] = []
    lampiran: list[LampiranBagian] = Field(min_length=1)
    abaikan: list[AbaikanKeputusan] = []


JenisLangkah = Literal["mulai", "proses", "keputusan", "selesai"]
Kunci = Annotated[str, BeforeValidator(_text_number), Field(min_length=1, max_length=100)]
"""An id that steps and arrows refer to (a number written in YAML is read as text)."""


class Langkah(Record):
    """One step of a flowchart: id (default: its position), symbol, box text, optional explanation."""

    id: Kunci | None = None
    jenis: JenisLangkah = "proses"
    teks: Annotated[str, Field(min_length=1, max_length=300)]
    uraian: Markdown | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, data: object) -> object:
        return {"teks": data} if isinstance(data, str) else data


class Alur(Record):
    """An arrow between two steps, with a label (ya/tidak) when it leaves a decision."""

    dari: Kunci
    ke: Kunci
    label: str | None = None


class Bagan(Record):
    """A flowchart as data: steps in reading order; arrows follow that order unless written in ``alur``."""

    judul: str | None = None
    langkah: list[Langkah] = Field(min_length=1, max_length=200)
    alur: list[Alur] = []


class Komponen(Record):
    """The 14 components of a standard as Markdown; all are required unless the record is a draft."""

    persyaratan: Markdown | None = None
    prosedur: Markdown | None = None
    jangka_waktu: Markdown | None = None
    biaya: Markdown | None = None
    produk: Markdown | None = None
    pengaduan: Markdown | None = None
    dasar_hukum: Markdown | None = None
    sarana: Markdown | None = None
    kompetensi: Markdown | None = None
    pengawasan: Markdown | None = None
    jumlah_pelaksana: Markdown | None = None
    jaminan_pelayanan: Markdown | None = None
    jaminan_keamanan: Markdown | None = None
    evaluasi: Markdown | None = None
    bagan_prosedur: list[Bagan] = []

    def missing(self) -> list[str]:
        """Keys of the components that are absent or blank (a flowchart fills the procedure)."""
        filled = {"prosedur"} if self.bagan_prosedur else set()
        return [key for key in KOMPONEN_KEYS if key not in filled and not (getattr(self, key) or "").strip()]


class Standar(Record):
    """One service standard (Standar Pelayanan)."""

    nama: Teks
    judul: str | None = None
    unit: Teks
    status: Literal["final", "draft"] = "final"
    nomor_sk: str | None = None
    komponen: Komponen
    abaikan: list[AbaikanStandar] = []


class MutuBaku(Record):
    """The quality standard of an SOP activity: what it needs, how long it takes, what it yields."""

    kelengkapan: str | None = None
    waktu: str | None = None
    output: str | None = None


class Kegiatan(Record):
    """One activity of an SOP: who does it, its symbol, Mutu Baku and, for a decision, where ya/tidak go."""

    id: Kunci | None = None
    uraian: Markdown = Field(min_length=1)
    pelaksana: Teks
    jenis: JenisLangkah = "proses"
    mutu_baku: MutuBaku = MutuBaku()
    keterangan: Markdown | None = None
    ya: Kunci | None = None
    tidak: Kunci | None = None


class TanggalSop(Record):
    """The dates of an SOP."""

    pembuatan: dt.date | None = None
    revisi: dt.date | None = None
    efektif: dt.date | None = None


class Sop(Record):
    """A Standar Operasional Prosedur Administrasi Pemerintahan (PermenPANRB 35/2012)."""

    nama: Teks
    unit: Teks
    status: Literal["final", "draft"] = "final"
    nomor: Annotated[str | None, BeforeValidator(_text_number)] = None
    standar: str | None = None
    tanggal: TanggalSop = TanggalSop()
    disahkan: Penandatangan | None = None
    dasar_hukum: Markdown | None = None
    kualifikasi_pelaksana: Markdown | None = None
    keterkaitan: Markdown | None = None
    peralatan: Markdown | None = None
    peringatan: Markdown | None = None
    pencatatan: Markdown | None = None
    pelaksana: list[Annotated[str, Field(min_length=1, max_length=60)]] = Field(min_length=1, max_length=8)
    kegiatan: list[Kegiatan] = Field(min_length=1, max_length=200)
