"""The source records as validated, frozen data: profile, decree (Keputusan), service standard, SOP and Maklumat.

One module per record kind; every public name is re-exported here, so ``from sk_builder.model import X``
is the way to reach them.
"""

from .bagan import Alur, Bagan, JenisLangkah, Kunci, Langkah
from .common import (GRUP, KOMPONEN, KOMPONEN_KEYS, MAX_INLINE_DEPTH, MAX_MARKS, MAX_TEXT, TRUSTED, Abaikan,
                     FormatNomor, KomponenKey, Markdown, Nip, Record, Teks, check_nip, text_number)
from .gaya import KOP_FIELDS, BarisKop, GayaKop, GayaLampiran, GayaPencabutan, GayaTandaTangan
from .keputusan import (AbaikanKeputusan, Diktum, Ditetapkan, Keputusan, LampiranBagian, Pejabat, Penandatangan,
                        Pencabutan)
from .maklumat import GambarMaklumat, Maklumat
from .profil import Huruf, Kontak, Laman, Margin, Pengaduan, Profil, Surel, Whatsapp
from .sop import Kegiatan, MutuBaku, Sop, TanggalSop
from .standar import AbaikanStandar, Komponen, Standar

__all__ = [
    "GRUP", "KOMPONEN", "KOMPONEN_KEYS", "MAX_INLINE_DEPTH", "MAX_MARKS", "MAX_TEXT", "TRUSTED",
    "KOP_FIELDS", "Abaikan", "AbaikanKeputusan", "AbaikanStandar", "Alur", "Bagan", "BarisKop", "Diktum",
    "Ditetapkan", "FormatNomor", "GambarMaklumat", "GayaKop", "GayaLampiran", "GayaPencabutan", "GayaTandaTangan",
    "Huruf", "JenisLangkah", "Kegiatan", "Keputusan", "Komponen", "KomponenKey", "Kontak", "Kunci", "Laman",
    "LampiranBagian", "Langkah", "Maklumat", "Margin", "Markdown", "MutuBaku", "Nip", "Pejabat", "Penandatangan", "Pencabutan",
    "Pengaduan", "Profil", "Record", "Sop", "Standar", "Surel", "TanggalSop", "Teks", "Whatsapp",
    "check_nip", "text_number",
]
