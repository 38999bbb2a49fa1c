"""SK376/SK377 (check/bagan.py): hand-written explanation lists against the charts they explain — one chart
or several, printed after the text or right after an item (``setelah``), with or without a list of their own."""

from __future__ import annotations

from types import SimpleNamespace

from sk_builder.check.bagan import standar
from sk_builder.model import Bagan, Komponen

TERIMA = ["Petugas menerima berkas permohonan", "Kepala Bagian menandatangani surat"]
NILAI = ["Tim memverifikasi tempat praktik", "Kepala Dinas menandatangani rekomendasi"]


def _found(prosedur: str, *charts: dict) -> list[tuple[str, int]]:
    komponen = Komponen(prosedur=prosedur, bagan_prosedur=[Bagan(**chart) for chart in charts])
    service = SimpleNamespace(record=SimpleNamespace(komponen=komponen))
    return [(finding.code, finding.at[0] if finding.at else -1) for finding in standar(service)]  # type: ignore[arg-type]


def test_one_chart_after_the_text_against_its_list_as_before():
    text = "Keterangan bagan alir:\na. Petugas menerima berkas permohonan; dan\nb. Kepala Bagian menandatangani surat."
    assert _found(text, {"langkah": TERIMA}) == []
    assert _found(text.replace("Kepala Bagian menandatangani surat", "Berkas diarsipkan"),
                  {"langkah": TERIMA}) == [("SK377", 2)]
    assert _found("Keterangan:\na. Petugas menerima berkas.", {"langkah": TERIMA}) == [("SK376", 1)]


def test_a_lettered_list_nested_in_an_item_is_no_explanation_of_a_chart_after_the_text():
    text = "1. Berkas:\n   a. KTP;\n   b. KK;\n   c. Akta;\n2. Diperiksa."
    assert _found(text, {"langkah": TERIMA}) == []


def test_a_placed_chart_is_explained_by_the_list_that_opens_the_text_after_it():
    text = ("1. Pendaftaran.\n\nKeterangan:\na. Petugas menerima berkas permohonan;\nb. Berkas diarsipkan.\n\n"
            "2. Penilaian.")
    assert _found(text, {"langkah": TERIMA, "setelah": 1, "keterangan": False}) == [("SK377", 4)]


def test_a_placed_chart_followed_by_other_text_has_no_hand_written_list():
    text = ("1. Pendaftaran:\n   a. Pemohon datang;\n   b. Petugas mencatat;\n   c. Berkas diperiksa;\n"
            "2. Penilaian:\n   a. Tim memverifikasi;\n   b. Kepala Dinas menandatangani.")
    assert _found(text, {"langkah": TERIMA, "setelah": 1}, {"langkah": NILAI, "setelah": 2}) == []


def test_two_charts_after_the_text_take_one_list_each():
    text = ("Keterangan bagan pertama:\na. Petugas menerima berkas permohonan; dan\n"
            "b. Kepala Bagian menandatangani surat.\n\nKeterangan bagan kedua:\n"
            "a. Tim memverifikasi tempat praktik; dan\nb. Kepala Dinas menandatangani rekomendasi.")
    assert _found(text, {"langkah": TERIMA}, {"langkah": NILAI}) == []
    wrong = text.replace("Tim memverifikasi tempat praktik", "Pemohon membayar retribusi daerah")
    assert _found(wrong, {"langkah": TERIMA}, {"langkah": NILAI}) == [("SK377", 5)]


def test_a_chart_without_any_list_is_left_alone():
    assert _found("1. Pemohon datang.\n2. Petugas mencatat.", {"langkah": TERIMA, "keterangan": False}) == []
