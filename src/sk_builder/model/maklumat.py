"""A unit's Maklumat Pelayanan: the signed pledge to serve by its standards (PermenPANRB 15/2014)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .common import Markdown, Record, Teks
from .keputusan import Ditetapkan, Pejabat


class GambarMaklumat(Record):
    """The poster's picture (a photograph of the unit head or the unit's own artwork) and what it shows."""

    berkas: Teks = Field(title="Berkas gambar",
                         description="Berkas gambar (PNG, JPEG atau SVG) di dalam folder wilayah, "
                                     "mis. maklumat/bagian-umum.jpg; jenisnya diperiksa dari isinya.",
                         examples=["maklumat/bagian-umum.jpg"])
    keterangan: Teks = Field(title="Keterangan gambar",
                             description="Apa yang tampak pada gambar, untuk pembaca layar dan PDF yang aksesibel.",
                             examples=["Kepala Bagian Umum bersama para petugas layanan"])


class Maklumat(Record):
    """A unit's Maklumat Pelayanan: the pledge, who signs it, where and when, and an optional picture."""

    unit: Teks = Field(title="Unit",
                       description="Unit yang berjanji, ditulis seperti kolom `unit` standar pelayanannya.",
                       examples=["Bagian Umum"])
    teks: Markdown = Field(
        title="Teks maklumat",
        description="Isi janji (Markdown rumah: paragraf, daftar dengan penanda seperti ditulis); "
                    "dicetak besar di tengah poster.",
        examples=["Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
                  "telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai "
                  "peraturan perundang-undangan yang berlaku."],
    )
    ditetapkan: Ditetapkan = Field(title="Ditetapkan", description="Tempat dan tanggal maklumat ditandatangani.",
                                   examples=[{"tempat": "Contoh", "tanggal": "2024-01-15"}])
    penandatangan: Pejabat = Field(title="Penanda tangan",
                                         description="Pimpinan unit yang menandatangani maklumat.",
                                         examples=[{"jabatan": "Kepala Bagian Umum", "nama": "Budi Santoso"}])
    gambar: GambarMaklumat | None = Field(default=None, title="Gambar",
                                          description="Gambar poster (boleh kosong), dengan keterangannya.",
                                          examples=[{"berkas": "maklumat/bagian-umum.jpg",
                                                     "keterangan": "Kepala Bagian Umum bersama para petugas"}])
    kertas: Literal["F4", "A4"] | None = Field(default=None, title="Kertas",
                                               description="Ukuran kertas poster; bila kosong, kertas profil.",
                                               examples=["A4"])
