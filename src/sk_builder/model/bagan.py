"""A procedure's flowchart as data: steps and arrows."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from .common import Markdown, Record, text_number


JenisLangkah = Literal["mulai", "proses", "keputusan", "selesai"]
Kunci = Annotated[str, BeforeValidator(text_number), Field(min_length=1, max_length=100)]
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
