"""The profile's contact fields (``pengaduan``, ``kontak_unit``): valid ones load, bad ones are located, all at once."""

from __future__ import annotations

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from sk_builder.cli import main
from sk_builder.model import Pengaduan
from tests.fixtures.minimal import PROFIL, write_region

CONTACTS = """\
pengaduan:
  lapor: https://www.lapor.go.id
  whatsapp: "0812-3456-7890"
  pos_el: pengaduan@contohkota.go.id
kontak_unit:
  Bagian Umum:
    alamat: Jalan Lain Nomor 2
    telepon: (0343) 000001, 000002
    laman: umum.contohkota.go.id
    pos_el: umum@contohkota.go.id
    pengaduan: {whatsapp: "+62 812 1111 2222"}
"""

BAD = """\
pengaduan:
  lapor: javascript:alert(1)
  whatsapp: 0812 abc
  pos_el: bukan-surel
kontak_unit:
  Bagian Umum:
    telepon: ""
    laman: www contoh
    pengaduan:
      whatsapp: 081234567890
    faksimili: "1"
"""


def run_validate(region):
    result = CliRunner().invoke(main, ["validate", str(region)])
    return result.exit_code, result.output


def test_contacts_and_complaint_channels_load(tmp_path):
    code, output = run_validate(write_region(tmp_path, **{"profil.yaml": PROFIL + CONTACTS}))
    assert code == 0, output


def test_every_bad_contact_is_located_at_once(tmp_path):
    code, output = run_validate(write_region(tmp_path, **{"profil.yaml": PROFIL + BAD}))
    assert code == 1
    found = [line.split("profil.yaml:", 1)[1] for line in output.splitlines() if "profil.yaml:" in line]
    assert found == [
        '8:10: error SK105 pengaduan.lapor: alamat laman "javascript:alert(1)" tidak valid, mis. https://www.lapor.go.id',
        '9:13: error SK105 pengaduan.whatsapp: nomor WhatsApp "0812 abc" tidak valid: tulis satu nomor (8-15 angka), '
        "mis. 0812-3456-7890",
        '10:11: error SK105 pengaduan.pos_el: alamat pos-el "bukan-surel" tidak valid, mis. pengaduan@contohkota.go.id',
        "13:14: error SK105 kontak_unit.Bagian Umum.telepon: tidak boleh kosong",
        '14:12: error SK105 kontak_unit.Bagian Umum.laman: alamat laman "www contoh" tidak valid, '
        "mis. https://www.lapor.go.id",
        '16:17: error SK102 kontak_unit.Bagian Umum.pengaduan.whatsapp: nomor WhatsApp harus ditulis sebagai teks '
        'dalam tanda kutip, mis. "0812-3456-7890" (sebagai angka, 0 di depannya hilang)',
        '17:5: error SK104 kolom "kontak_unit.Bagian Umum.faksimili" tidak dikenal',
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_a_whatsapp_number_is_digits_and_separators_only(text):
    try:
        number = Pengaduan(whatsapp=text).whatsapp
    except ValidationError:
        return
    assert set(number) <= set("+0123456789 ().-") and 8 <= sum(c.isdigit() for c in number) <= 15


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_a_complaint_web_address_never_carries_another_scheme_or_a_space(text):
    try:
        address = Pengaduan(lapor=text).lapor
    except ValidationError:
        return
    assert not any(c.isspace() for c in address)
    assert "://" not in address or address.lower().startswith(("http://", "https://"))
