"""The decree (Keputusan) that enacts service standards, and its parts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from .common import Abaikan, FormatNomor, Markdown, Nip, Record, Teks, text_number
from .gaya import GayaKop


def _check_golongan(text: str) -> str:
    if not _GOLONGAN.fullmatch(text.strip()):
        raise PydanticCustomError("sk105", 'golongan "{value}" tidak dikenal; tulis mis. "IV/c" (PNS) atau "IX" (PPPK)',
                                  {"value": text})
    return text.strip()


_GOLONGAN = re.compile(r"(?:IV|I{1,3})\s*/\s*[a-e]|(?=[IVX])X?(?:IX|IV|V?I{0,3})", re.IGNORECASE)
Golongan = Annotated[str, AfterValidator(_check_golongan)]
"""A golongan ruang as written: I/a … IV/e (PNS), I … XVII (PPPK)."""


class Pencabutan(Record):
    """An earlier decree that this decree revokes."""

    jabatan: Teks = Field(title="Jabatan", description="Jabatan pejabat yang menetapkan keputusan yang dicabut.",
                          examples=["Sekretaris Daerah Kota Contoh"])
    nomor: Annotated[str, BeforeValidator(text_number)] = Field(
        title="Nomor",
        description="Nomor keputusan yang dicabut (angka boleh ditulis tanpa tanda kutip).",
        examples=["7", "060/79/424.013/2020"],
    )
    tahun: int = Field(title="Tahun", description="Tahun keputusan yang dicabut.", examples=[2020])
    tentang: Teks = Field(title="Tentang", description="Judul keputusan yang dicabut, sesudah kata \"tentang\".",
                          examples=["Standar Pelayanan"])
    tanggal: dt.date | None = Field(default=None, title="Tanggal",
                                    description="Tanggal penetapan keputusan yang dicabut (TTTT-BB-HH), bila kalimat "
                                                "pencabutan menyebutnya.", examples=["2021-03-08"])
    format_nomor: FormatNomor | None = Field(default=None, title="Format nomor",
                                             description="Pola nomor keputusan yang dicabut, bila berbeda dari "
                                                         "keputusan ini.", examples=["{nomor} TAHUN {tahun}"])


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


class Pejabat(Record):
    """An official who signs: title, name, rank and NIP (what a Maklumat's signer has)."""

    jabatan: Teks = Field(title="Jabatan", description="Jabatan penanda tangan, di atas tanda tangan.",
                          examples=["Sekretaris Daerah"])
    nama: Teks = Field(title="Nama", description="Nama penanda tangan.", examples=["Budi Santoso"])
    pangkat: str | None = Field(default=None, title="Pangkat", description="Pangkat penanda tangan.",
                                examples=["Pembina Utama Muda"])
    nip: Nip | None = Field(default=None, title="NIP",
                            description="NIP 18 angka; diperiksa dan dicetak 8-6-1-3 (spasi lain: peringatan SK131).",
                            examples=["19640828 198802 1 001"])


class Penandatangan(Pejabat):
    """The official who signs a decree, perhaps for another (a.n.) or as acting head (Plt., Plh.)."""

    golongan: Golongan | None = Field(default=None, title="Golongan",
                                      description="Golongan ruang, dicetak di bawah pangkat atau dalam kurung "
                                                  "(profil: tanda_tangan.golongan).", examples=["IV/c"])
    atas_nama: Teks | None = Field(default=None, title="Atas nama",
                                   description="Pejabat yang diwakili: dicetak \"a.n. <atas_nama>\" di atas jabatan.",
                                   examples=["BUPATI TANJUNG SEROJA"])
    pelaksana: Literal["Plt.", "Plh."] | None = Field(default=None, title="Pelaksana",
                                                     description="Plt. (pelaksana tugas) atau Plh. (pelaksana harian), "
                                                                 "dicetak di depan jabatan.", examples=["Plt."])


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


class AbaikanKeputusan(Abaikan):
    """An ``abaikan`` entry of a Keputusan."""

    @staticmethod
    def pemilik() -> type[BaseModel]:
        return Keputusan


class Keputusan(Record):
    """A decree that enacts service standards."""

    jabatan: Teks = Field(title="Jabatan", description="Pejabat yang menetapkan keputusan.",
                          examples=["Sekretaris Daerah Kota Contoh", "Bupati Contoh"])
    nomor: Annotated[str, BeforeValidator(text_number), Field(min_length=1)] = Field(
        title="Nomor",
        description="Nomor keputusan (angka boleh ditulis tanpa tanda kutip).",
        examples=["12", "060/79/424.013/2024"],
    )
    tahun: int = Field(ge=1945, le=2200, title="Tahun", description="Tahun keputusan.", examples=[2024])
    tentang: Teks = Field(title="Tentang", description="Judul keputusan, sesudah kata \"TENTANG\".",
                          examples=["Standar Pelayanan di Lingkungan Sekretariat Daerah Kota Contoh"])
    format_nomor: FormatNomor | None = Field(default=None, title="Format nomor",
                                             description="Pola nomor keputusan ini bila berbeda dari profil "
                                                         "(format_nomor).", examples=["{nomor}"])
    pejabat: Teks | None = Field(default=None, title="Baris pejabat",
                                 description="Baris pejabat di atas Menimbang bila lebih pendek dari jabatan, mis. "
                                             "\"Bupati Lumajang\"; dicetak kapital dengan koma.",
                                 examples=["Bupati Tanjung Seroja"])
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
    kop: GayaKop | None = Field(default=None, title="Kop",
                                description="Kop keputusan ini bila berbeda dari profil (mis. kop bupati sebagai "
                                            "gambar).", examples=[{"gambar": "kop-bupati.png"}])
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
