"""The records `sk init` writes: a profile, one complete standard and the decree that enacts it.

Every value the user typed is written as a YAML double-quoted string, so no answer can break the
file or add keys. The texts follow the drafting rules of `sk check --strict`.
"""

from __future__ import annotations

import datetime as dt
import json

from .answers import Answers

STANDARD_ID = "persuratan"


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def profil(a: Answers) -> str:
    """``profil.yaml``: who publishes, the letterhead and the paper."""
    return f"""\
# yaml-language-server: $schema=../../schemas/profil.schema.json
# Profil wilayah: kop surat, kertas dan huruf. Ganti alamat, telepon, laman dan pos-el dengan yang benar.
nama: {_q(a.wilayah)}
pemerintah: {_q(a.pemerintah)}
unit: {_q(a.unit)}
alamat: {_q(f"Jalan Contoh Nomor 1, {a.tempat}")}
telepon: (0000) 000000
laman: www.{a.domain}
pos_el: sekretariat@{a.domain}
lambang: lambang.svg        # lambang contoh bertulisan CONTOH: ganti berkasnya dengan lambang daerah
kertas: {a.kertas}                   # F4 (215 x 330 mm) atau A4
huruf:
  isi: [TeX Gyre Bonum]     # tambahkan Bookman Old Style di depan bila terpasang
  kop: [Liberation Sans]
"""


def standar(a: Answers) -> str:
    """``standar/persuratan.yaml``: one complete standard with all 14 components."""
    return f"""\
# yaml-language-server: $schema=../../../schemas/standar.schema.json
# Satu standar pelayanan; nama berkas (persuratan) adalah id layanan yang disebut di keputusan.
nama: Persuratan
unit: {_q(a.unit)}
komponen:
  persyaratan: |
    Surat atau dokumen yang akan disampaikan kepada pimpinan.
  prosedur: |
    1. Pemohon menyerahkan surat atau dokumen kepada petugas;
    2. Petugas mencatat surat dalam aplikasi persuratan:
       a. surat biasa; dan
       b. surat rahasia;
    3. Pimpinan memberikan disposisi; dan
    4. Pemohon menerima tanda terima atau balasan.
  jangka_waktu: |
    1 (satu) hari kerja.
  biaya: |
    Tidak dipungut biaya.
  produk: |
    Surat masuk dan surat keluar yang tercatat.
  pengaduan: |
    Laman: https://www.{a.domain}/
    Pos-el: sekretariat@{a.domain}
  dasar_hukum: |
    1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; dan
    2. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.
  sarana: |
    Komputer, pencetak dan ruang tunggu.
  kompetensi: |
    Mampu mengoperasikan komputer.
  pengawasan: |
    Atasan langsung.
  jumlah_pelaksana: |
    2 (dua) orang.
  jaminan_pelayanan: |
    Surat dicatat dan diteruskan pada hari yang sama.
  jaminan_keamanan: |
    Isi surat dijaga kerahasiaannya.
  evaluasi: |
    Dilaksanakan 1 (satu) kali dalam setahun.
"""


def keputusan(a: Answers, today: dt.date) -> str:
    """``keputusan/<id>.yaml``: the decree that enacts the standard, dated ``today``."""
    jabatan = f"{a.kepala} {a.wilayah}"
    tentang = f"Standar Pelayanan pada {a.unit} {a.wilayah}"
    return f"""\
# yaml-language-server: $schema=../../../schemas/keputusan.schema.json
# Keputusan yang menetapkan standar pelayanan. Nama diktum, huruf, nomor dan tanggal dicetak otomatis.
jabatan: {_q(jabatan)}
nomor: "1"
tahun: {today.year}
tentang: {_q(tentang)}
menimbang:
  - bahwa untuk melaksanakan ketentuan Pasal 20 ayat (1) Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, penyelenggara wajib menyusun dan menetapkan standar pelayanan;
  - {_q(f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan {a.kepala} tentang Standar Pelayanan pada {a.unit};")}
mengingat:
  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
  - Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.
diktum:
  - teks: {_q(f"Menetapkan Standar Pelayanan pada {a.unit} {a.wilayah} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")}
  - teks: "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU meliputi:"
    daftar_layanan: true
  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.
ditetapkan:
  tempat: {_q(a.tempat)}
  tanggal: {today.isoformat()}
penandatangan:
  jabatan: {_q(a.kepala)}
  nama: Budi Santoso
  pangkat: Pembina Tingkat I
  nip: 19750315 200003 1 002
lampiran:
  - layanan: [{STANDARD_ID}]
"""


DECREE_ID = "standar-pelayanan"
"""The decree's file name without suffix (its outputs are dokumen/<wilayah>/standar-pelayanan.*)."""
