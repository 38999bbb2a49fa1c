"""The region's tata naskah applied to a decree (tatanaskah.py): the official's line, signature blocks (a.n., Plt.,
pangkat and golongan, the lampiran's own), the lampiran header and titles, the revocation sentence; each default
prints what sk-builder printed before the setting existed."""

from __future__ import annotations

import datetime as dt

import pytest

from sk_builder.model import GayaTandaTangan, Keputusan, Pencabutan, Profil
from sk_builder.nomor import decree_number
from sk_builder.tatanaskah import (heading, lampiran_header, lampiran_signature, official_line, revocation,
                                   signature, standard_title)
from tests.test_nomor import DECREE, PROFIL

SIGNER = {"jabatan": "Sekretaris", "nama": "dr. Ratna Sari, M.Kes.", "pangkat": "Pembina Tingkat I", "golongan": "IV/b",
          "nip": "19760512 200312 2 007"}


def _decree(**changes) -> Keputusan:
    return Keputusan(**{**DECREE, "nomor": "12", "tahun": 2024, **changes})


def _profil(**changes) -> Profil:
    return Profil(**{**PROFIL, **changes})


def test_the_official_line_is_the_short_form_when_given():
    assert official_line(_decree()) == "KEPALA DINAS KESEHATAN,"
    assert official_line(_decree(pejabat="Bupati Lumajang")) == "BUPATI LUMAJANG,"
    assert official_line(_decree(pejabat="KEPALA DINAS,")) == "KEPALA DINAS,"  # one comma, not two


def test_the_default_signature_is_as_before():
    sig = signature(_decree(), GayaTandaTangan())
    assert (sig.place_line, sig.date_line, sig.jabatan, sig.nama) == (
        "Ditetapkan di Contoh", "pada tanggal 1 Maret 2024", "Kepala Dinas,", "Budi")
    assert (sig.atas_nama, sig.pangkat, sig.golongan, sig.nip_line) == (None, None, None, None)


def test_signing_for_another_official_with_pangkat_golongan_and_nip():
    sig = signature(_decree(penandatangan={**SIGNER, "atas_nama": "BUPATI LUMAJANG"}), GayaTandaTangan())
    assert (sig.atas_nama, sig.jabatan) == ("a.n. BUPATI LUMAJANG", "Sekretaris,")
    assert (sig.pangkat, sig.golongan, sig.nip_line) == ("Pembina Tingkat I", "IV/b", "NIP. 19760512 200312 2 007")


@pytest.mark.parametrize("pelaksana", ["Plt.", "Plh."])
def test_an_acting_head_signs_with_plt_or_plh(pelaksana):
    sig = signature(_decree(penandatangan={**SIGNER, "jabatan": "Kepala Dinas", "pelaksana": pelaksana}),
                    GayaTandaTangan(jabatan_kapital=True))
    assert sig.jabatan == f"{pelaksana} KEPALA DINAS,"  # the prefix keeps its case


def test_golongan_in_brackets_and_names_in_capitals_keep_titles_and_degrees():
    gaya = GayaTandaTangan(golongan="kurung", nama_kapital=True, tempat_tanggal=False)
    sig = signature(_decree(penandatangan=SIGNER), gaya)
    assert (sig.pangkat, sig.golongan) == ("Pembina Tingkat I (IV/b)", None)
    assert sig.nama == "dr. RATNA SARI, M.Kes."  # "dr." (physician) is not "DR." (doctorate)
    assert (sig.place_line, sig.date_line) == ("", "")


def test_the_lampiran_signs_like_the_body_unless_the_region_says_otherwise():
    record = _decree(penandatangan=SIGNER)
    assert lampiran_signature(_profil(), record) is None
    own = lampiran_signature(_profil(lampiran={"tanda_tangan": {"tempat_tanggal": False, "jabatan_kapital": True}}),
                             record)
    assert own is not None and (own.place_line, own.jabatan) == ("", "SEKRETARIS,")


def test_the_lampiran_header_default_with_and_without_tanggal():
    record = _decree()
    profil = _profil()
    assert lampiran_header(profil, record, decree_number(profil, record)) == (
        "LAMPIRAN", "KEPUTUSAN KEPALA DINAS KESEHATAN", "NOMOR 12 TAHUN 2024", "TENTANG STANDAR PELAYANAN")
    dated = _profil(tanggal_di_lampiran=True)
    assert "TANGGAL 1 MARET 2024" in lampiran_header(dated, record, decree_number(dated, record))


def test_the_lampiran_header_in_the_regions_words_or_none():
    record = _decree(nomor="188.4/217/Kep/Dinkes")
    profil = _profil(format_nomor=": {nomor}/{tahun}",
                     lampiran={"kepala": ["LAMPIRAN KEPUTUSAN {jabatan}", "NOMOR {nomor}", "Tanggal : {tanggal}"],
                               "kapital": False})
    assert lampiran_header(profil, record, decree_number(profil, record)) == (
        "LAMPIRAN KEPUTUSAN Kepala Dinas Kesehatan", "NOMOR : 188.4/217/Kep/Dinkes/2024", "Tanggal : 1 Maret 2024")
    bare = _profil(lampiran={"kepala": []})
    assert lampiran_header(bare, record, decree_number(bare, record)) == ()


def test_a_standards_title_lines():
    assert standard_title(_profil(), "Surat Keterangan Sehat", "Bidang Pelayanan") == (
        "STANDAR PELAYANAN", "SURAT KETERANGAN SEHAT")
    three = _profil(lampiran={"judul": ["STANDAR PELAYANAN", "{layanan}", "PADA {unit}"]})
    assert standard_title(three, "Surat Keterangan Sehat", "Bidang Pelayanan")[2] == "PADA BIDANG PELAYANAN"


def test_the_revocation_sentence_default_and_in_the_regions_words():
    record = _decree(nomor="440/9/2024", tahun=2024)
    old = Pencabutan(jabatan="Bupati Contoh", nomor="7", tahun=2020, tentang="Standar Pelayanan Lama",
                     tanggal=dt.date(2020, 1, 6), format_nomor="{nomor} TAHUN {tahun}")
    assert revocation(_profil(), record, [old]) == (
        r"Pada saat Keputusan ini mulai berlaku\, Keputusan Bupati Contoh Nomor 7 Tahun 2020 tentang Standar "
        r"Pelayanan Lama dicabut dan dinyatakan tidak berlaku\.")
    worded = _profil(pencabutan={"kalimat": "Dengan berlakunya Keputusan ini, {keputusan} dinyatakan tidak berlaku.",
                                 "keputusan": "Keputusan {jabatan} tanggal {tanggal} Nomor {nomor}"})
    assert revocation(worded, record, [old, old]).startswith(
        r"Dengan berlakunya Keputusan ini\, Keputusan Bupati Contoh tanggal 6 Januari 2020 Nomor 7 Tahun 2020\; "
        r"Keputusan Bupati Contoh")


def test_the_heading_writes_the_number_by_its_pattern():
    assert heading(_profil(), _decree()) == ("KEPUTUSAN KEPALA DINAS KESEHATAN", "NOMOR 12 TAHUN 2024")
