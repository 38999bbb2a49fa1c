"""A region's house style (README "Gaya rumah"): its letterhead, signature blocks, lampiran and revocation
sentence, each with defaults that print what sk-builder printed before these settings existed."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from .common import Record, Teks, pattern_fields

KOP_FIELDS = ("alamat", "telepon", "faksimile", "laman", "pos_el")
"""The profile's fields a letterhead line may name as ``{alamat}`` … (each must then be filled in the profile)."""
KEPALA_FIELDS = ("jabatan", "nomor", "tanggal", "tentang")
JUDUL_FIELDS = ("layanan", "unit", "wilayah")
PENCABUTAN_FIELDS = ("jabatan", "nomor", "tanggal", "tentang")

DEFAULT_JUDUL = ["STANDAR PELAYANAN", "{layanan}"]
DEFAULT_KEPALA_TABEL = ["No.", "Komponen", "Uraian"]
DEFAULT_KALIMAT = "Pada saat Keputusan ini mulai berlaku, {keputusan} dicabut dan dinyatakan tidak berlaku."
DEFAULT_KEPUTUSAN = "Keputusan {jabatan} Nomor {nomor} tentang {tentang}"


def _fields(allowed: tuple[str, ...], what: str) -> AfterValidator:
    return AfterValidator(lambda text: pattern_fields(text, allowed, what))


def _needs(name: str, what: str) -> AfterValidator:
    def check(text: str) -> str:
        from string import Formatter

        from pydantic_core import PydanticCustomError

        if name not in {field for _, field, _, _ in Formatter().parse(text)}:
            raise PydanticCustomError("sk105", f"pola {what} harus memuat {{{{placeholder}}}}", {"placeholder": name})
        return text
    return AfterValidator(check)


BarisTeks = Annotated[str, Field(min_length=1, pattern=r"\S"), _fields(KOP_FIELDS, "baris kop")]
Ukuran = Annotated[float, Field(ge=4, le=40)]


class BarisKop(Record):
    """One letterhead line under the unit's name, as the region writes it (labels, order, separators)."""

    teks: BarisTeks = Field(title="Teks", description="Baris seperti ditulis; boleh memuat {alamat}, {telepon}, "
                                                      "{faksimile}, {laman} dan {pos_el} dari profil.",
                            examples=["Telp. {telepon} Fax. {faksimile}"])
    ukuran: Ukuran | None = Field(default=None, title="Ukuran huruf",
                                  description="Ukuran huruf baris ini dalam poin (bawaan: kop.ukuran_baris).",
                                  examples=[9])
    tebal: bool = Field(default=False, title="Tebal", description="Cetak tebal.", examples=[False])

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, data: object) -> object:
        return {"teks": data} if isinstance(data, str) else data


class GayaKop(Record):
    """The letterhead: sizes, the lines under the unit's name, or the whole kop as one picture."""

    baris: list[BarisKop] | None = Field(
        default=None, title="Baris kop",
        description="Baris di bawah nama unit, urut seperti dicetak; tidak ada tanda baca yang ditambahkan. Bawaan: "
                    "alamat; Telepon, Faksimile; Laman, Pos-el dari profil.",
        examples=[["{alamat}", "Telp. {telepon}   Fax. {faksimile}", {"teks": "Email : {pos_el}", "ukuran": 9}]])
    ukuran_pemerintah: Ukuran = Field(default=14, title="Ukuran baris pemerintah",
                                      description="Ukuran huruf baris pemerintah, dalam poin.", examples=[14])
    ukuran_unit: Ukuran = Field(default=16, title="Ukuran baris unit",
                                description="Ukuran huruf nama unit (tebal), dalam poin.", examples=[16])
    ukuran_baris: Ukuran = Field(default=9.5, title="Ukuran baris lain",
                                 description="Ukuran huruf baris alamat dan kontak, dalam poin.", examples=[9.5])
    gambar: Teks | None = Field(default=None, title="Gambar kop",
                                description="Kop utuh sebagai gambar (PNG, JPEG atau SVG; mis. kop hasil pindai) di "
                                            "dalam folder wilayah; menggantikan lambang dan semua baris.",
                                examples=["kop.png"])


class GayaTandaTangan(Record):
    """How a signature block is written: place and date, case, where the golongan goes."""

    tempat_tanggal: bool = Field(default=True, title="Tempat dan tanggal",
                                 description="Cetak \"Ditetapkan di …\" dan \"pada tanggal …\".", examples=[True])
    jabatan_kapital: bool = Field(default=False, title="Jabatan kapital",
                                  description="Cetak baris jabatan dengan huruf kapital.", examples=[False])
    nama_kapital: bool = Field(default=False, title="Nama kapital",
                               description="Cetak nama dengan huruf kapital; gelar yang diakhiri titik (dr., Ir.) dan "
                                           "gelar sesudah koma tetap seperti ditulis.", examples=[False])
    golongan: Literal["baris", "kurung"] = Field(
        default="baris", title="Letak golongan",
        description="\"baris\": golongan di baris sendiri di bawah pangkat; \"kurung\": \"Pembina (IV/a)\".",
        examples=["baris"])


KepalaBaris = Annotated[str, Field(min_length=1, pattern=r"\S"), _fields(KEPALA_FIELDS, "kepala lampiran")]
JudulBaris = Annotated[str, Field(min_length=1, pattern=r"\S"), _fields(JUDUL_FIELDS, "judul standar")]


class GayaLampiran(Record):
    """The lampiran: its header block, each standard's title lines, the table's header labels, its signature."""

    kepala: list[KepalaBaris] | None = Field(
        default=None, title="Kepala lampiran",
        description="Baris kepala lampiran di kanan atas; boleh memuat {jabatan}, {nomor}, {tanggal}, {tentang}. "
                    "[] berarti tanpa kepala. Bawaan: LAMPIRAN, KEPUTUSAN {jabatan}, NOMOR {nomor}, (TANGGAL "
                    "{tanggal} bila tanggal_di_lampiran), TENTANG {tentang}.",
        examples=[["LAMPIRAN KEPUTUSAN {jabatan}", "NOMOR {nomor}", "TENTANG {tentang}"]])
    kapital: bool = Field(default=True, title="Kapital",
                          description="Cetak kepala lampiran dan judul standar dengan huruf kapital (nomor keputusan "
                                      "tidak pernah diubah).", examples=[True])
    judul: list[JudulBaris] = Field(
        default=list(DEFAULT_JUDUL), min_length=1, title="Judul standar",
        description="Baris judul tiap standar; boleh memuat {layanan}, {unit} (unit standar) dan {wilayah}.",
        examples=[["STANDAR PELAYANAN", "{layanan}", "PADA {unit}"]])
    kepala_tabel: list[Teks] = Field(default=list(DEFAULT_KEPALA_TABEL), min_length=3, max_length=3,
                                     title="Kepala tabel",
                                     description="Tiga label kepala tabel komponen, dicetak seperti ditulis.",
                                     examples=[["NO", "KOMPONEN", "URAIAN"]])
    tanda_tangan: GayaTandaTangan | None = Field(
        default=None, title="Tanda tangan di lampiran",
        description="Blok tanda tangan lampiran bila berbeda dari tubuh keputusan (bawaan: sama).",
        examples=[{"tempat_tanggal": False, "jabatan_kapital": True}])


KalimatPencabutan = Annotated[str, Field(min_length=1, pattern=r"\S"), _fields(("keputusan",), "kalimat pencabutan"),
                              _needs("keputusan", "kalimat pencabutan")]
SebutanDicabut = Annotated[str, Field(min_length=1, pattern=r"\S"), _fields(PENCABUTAN_FIELDS, "keputusan dicabut"),
                           _needs("nomor", "keputusan dicabut")]


class GayaPencabutan(Record):
    """The wording of a revoking diktum (``mencabut``)."""

    kalimat: KalimatPencabutan = Field(default=DEFAULT_KALIMAT, title="Kalimat",
                                       description="Kalimat pencabutan; {keputusan} adalah keputusan yang dicabut.",
                                       examples=[DEFAULT_KALIMAT])
    keputusan: SebutanDicabut = Field(
        default=DEFAULT_KEPUTUSAN, title="Sebutan keputusan",
        description="Sebutan tiap keputusan yang dicabut; boleh memuat {jabatan}, {nomor}, {tanggal} dan {tentang}.",
        examples=["Keputusan {jabatan} Nomor {nomor} tanggal {tanggal} tentang {tentang}"])
