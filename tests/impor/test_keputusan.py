"""The decree's parts: labels however typed, the number line, dates, the service list and revocation."""

import datetime as dt

import pytest

from sk_builder.impor.blocks import Paragraph, Run
from sk_builder.impor.context import Context
from sk_builder.impor.keputusan import DecreeFound, Part, label_of, points
from sk_builder.impor.report import ImportReport
from sk_builder.impor.to_keputusan import DecreeBuilder, nomor_parts, parse_date


def para(text: str, marker: str | None = None) -> Paragraph:
    return Paragraph([Run(text)], 1, "", marker=marker)


@pytest.mark.parametrize("text,label,rest", [
    ("Menimbang\t:\ta.\tbahwa x;", "Menimbang", "a.\tbahwa x;"),
    ("Menimbang : a. bahwa x;", "Menimbang", "a. bahwa x;"),
    ("Mengingat", "Mengingat", ""),
    ("KEDUA BELAS\t:\tKeputusan ini", "KEDUA BELAS", "Keputusan ini"),
    ("Tembusan Yth.:", "Tembusan Yth.", ""),
])
def test_labels(text, label, rest):
    found = label_of(para(text))
    assert found[0] == label and found[1].text == rest


@pytest.mark.parametrize("text", ["Mengingat ketentuan Pasal 5, perlu", "Kedua belah pihak sepakat", "KESATUAN"])
def test_words_in_running_text_are_not_labels(text):
    assert label_of(para(text)) is None


def test_points_split_by_the_first_kind_of_marker():
    found = points([para("a.\tbahwa satu:"), para("1. anak"), para("lanjutan"), para("b.\tbahwa dua;")])
    assert [(p.marker, len(p.rest)) for p in found] == [("a.", 2), ("b.", 0)]


@pytest.mark.parametrize("line,title,expected", [
    ("NOMOR 167 TAHUN 2024", None, ("167", 2024, "{nomor} TAHUN {tahun}", True)),
    ("NOMOR : 060/105/Kep.Sek/424.050/2023", None, ("060/105/Kep.Sek/424.050", 2023, ": {nomor}/{tahun}", False)),
    ("NOMOR : 188/12/2024", "Keputusan Bupati X Nomor 188/12 Tahun 2024 tentang Y", ("188/12", 2024, ": {nomor}/{tahun}", True)),
    ("NOMOR 12", None, ("12", None, "{nomor}", False)),
])
def test_number_line(line, title, expected):
    assert nomor_parts(line, title) == expected


def test_dates():
    assert parse_date("pada tanggal 15 Januari 2024") == dt.date(2024, 1, 15)
    assert parse_date("Pada tanggal, 3 Pebruari 2023") == dt.date(2023, 2, 3)
    assert parse_date("tanggal 31 Februari 2024") is None


def _builder(parts, signature=()):
    found = DecreeFound([], [("KEPUTUSAN BUPATI CONTOH", para("")), ("NOMOR 1 TAHUN 2024", para("")),
                             ("TENTANG", para("")), ("STANDAR PELAYANAN", para("")), ("BUPATI CONTOH,", para(""))],
                        parts, list(signature), 0)
    return DecreeBuilder(found, Context(ImportReport(), "x.docx"), "keputusan/x.yaml")


def test_service_list_and_revocation_become_generated_parts():
    builder = _builder([
        Part("KESATU", para(""), [para("Standar Pelayanan meliputi:"), para("Standar Pelayanan Persuratan;", "a."),
                                  para("Standar Pelayanan Hibah Uang.", "b.")]),
        Part("KEDUA", para(""), [para("Pada saat Keputusan ini mulai berlaku, Keputusan Bupati Contoh Nomor 7 Tahun "
                                      "2020 tentang Standar Pelayanan dicabut dan dinyatakan tidak berlaku.")])])
    data = builder.build()
    assert builder.service_names == ["Persuratan", "Hibah Uang"]
    assert data["diktum"] == [
        {"teks": "Standar Pelayanan meliputi:", "daftar_layanan": True},
        {"mencabut": [{"jabatan": "Bupati Contoh", "nomor": "7", "tahun": 2020, "tentang": "Standar Pelayanan"}]}]


def test_signature_with_rank_and_a_wrongly_grouped_nip():
    lines = [("Ditetapkan di Contoh", para("")), ("pada tanggal 2 Mei 2024", para("")), ("BUPATI CONTOH,", para("")),
             ("Drs. BUDI, M.Si.", para("")), ("Pembina Utama Muda", para("")), ("NIP. 19640828 198802 1 00 1", para(""))]
    data = _builder([], lines).build()
    assert data["ditetapkan"] == {"tempat": "Contoh", "tanggal": dt.date(2024, 5, 2)}
    assert data["penandatangan"] == {"jabatan": "BUPATI CONTOH", "nama": "Drs. BUDI, M.Si.",
                                     "pangkat": "Pembina Utama Muda", "nip": "19640828 198802 1 001"}
