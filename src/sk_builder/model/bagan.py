"""A procedure's flowchart as data: steps and arrows."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from .common import Markdown, Record, Teks, text_number


JenisLangkah = Literal["mulai", "proses", "keputusan", "selesai"]
Kunci = Annotated[str, BeforeValidator(text_number), Field(min_length=1, max_length=100)]
"""An id that steps and arrows refer to (a number written in YAML is read as text)."""


def _marker_text(value: object) -> object:
    """An item marker written bare in YAML, read as the text it is: ``3`` as "3", ``3.`` (a float) as "3."."""
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return f"{int(value)}."
    return text_number(value)


Penanda = Annotated[str, BeforeValidator(_marker_text), Field(min_length=1, max_length=200, pattern=r"\S")]
"""The item of the procedure a chart follows, as written: its marker (``3``, ``"b."``), its parents'
markers before it (``"2. b."``), and the first words of its text when a marker alone is ambiguous."""


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
    setelah: Penanda | None = Field(
        default=None, title="Setelah",
        description="Butir uraian prosedur yang langsung diikuti bagan ini, ditulis seperti penandanya: 3, \"b.\", "
                    "\"2. b.\" (dengan penanda induknya) atau dengan awal teksnya (\"3. Berkas diperiksa\"); "
                    "tanpa ini bagan dicetak sesudah seluruh uraian prosedur.",
        examples=[3, "b."])
    keterangan: bool = Field(default=True, title="Keterangan",
                             description="Cetak daftar keterangan berhuruf (a., b., ...) sesudah bagan.",
                             examples=[False])
    judul_keterangan: bool | Teks = Field(
        default=False, title="Judul keterangan",
        description="Judul di atas daftar keterangan: true mencetak \"Keterangan:\", teks mencetak teks itu; "
                    "bawaan: tanpa judul.",
        examples=[True, "Keterangan Bagan Alir:"])
    huruf_di_kotak: bool = Field(default=True, title="Huruf di kotak",
                                 description="Cetak huruf langkah (a., b., ...) di dalam kotaknya.", examples=[False])
    mulai_selesai: bool = Field(default=True, title="Mulai dan selesai",
                                description="Gambar langkah mulai dan selesai; false: tidak digambar, begitu pula "
                                            "panah dari dan ke sana.",
                                examples=[False])
