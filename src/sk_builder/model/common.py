"""What every record shares: the Record base, the 14 components, text validators and ``abaikan`` entries."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from ..catalogue import SILENCEABLE
from ..fieldpaths import field_exists, suggest_field

KomponenKey = Literal[
    "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum",
    "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
]
# The 14 components of PermenPANRB 15/2014, in order: (key, default label, group index).
KOMPONEN: tuple[tuple[KomponenKey, str, int], ...] = (
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
    from ..uraian import shape

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


def check_nip(value: object) -> object:
    """A NIP as its 18 digits (a number written in YAML is read as text); anything else is left to pydantic."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return value
    from ..text.nip import NipError, parse_nip

    try:
        return parse_nip(value, grouping=False).digits  # odd spacing: a warning of the loader (SK131)
    except NipError as exc:
        raise PydanticCustomError("sk107", "NIP tidak valid: {why}", {"why": str(exc)}) from None


def text_number(value: object) -> object:
    """A whole number written in YAML, read as the text it is (``nomor: 12``); anything else unchanged."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def pattern_fields(text: str, allowed: tuple[str, ...], what: str) -> str:
    """A pattern with ``{name}`` placeholders (``str.format``) that names only ``allowed`` ones, without
    format specs; else a located error naming the first stranger."""
    from string import Formatter

    try:
        parts = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(text) if name is not None]
    except ValueError:
        raise PydanticCustomError("sk105", f"pola {what} tidak valid: kurung kurawal tidak berpasangan") from None
    names = [f"{{{name}}}" for name in allowed]
    listing = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]
    for name, spec, conversion in parts:
        if name not in allowed or spec or conversion:
            raise PydanticCustomError("sk105", f"pola {what} hanya boleh memuat {listing}, bukan "
                                               '"{{placeholder}}"', {"placeholder": name})
    return text


def _check_format_nomor(text: str) -> str:
    from string import Formatter

    pattern_fields(text, ("nomor", "tahun"), "nomor")
    if "nomor" not in {name for _, name, _, _ in Formatter().parse(text)}:
        raise PydanticCustomError("sk105", "pola nomor harus memuat {nomor}")
    return text


def _known_rule(code: str) -> str:
    if code not in SILENCEABLE:
        raise PydanticCustomError("sk119", 'aturan "{code}" tidak dikenal (kode aturan `sk check`, mis. SK301)',
                                  {"code": code})
    return code


Markdown = Annotated[str, AfterValidator(_check_markdown)]
"""Text written in the house Markdown (see uraian.py)."""
Nip = Annotated[str, BeforeValidator(check_nip)]
"""An 18-digit NIP, stored as digits only."""
Teks = Annotated[str, Field(min_length=1, pattern=r"\S")]
"""Text that must say something (not empty, not only spaces)."""
FormatNomor = Annotated[str, Field(min_length=1), AfterValidator(_check_format_nomor)]
"""A decree number pattern: what follows the word NOMOR, with ``{nomor}`` and ``{tahun}`` (see ``nomor.py``)."""


class Record(BaseModel):
    """Base of every record: unknown keys are errors and records never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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
