"""Enumeration rules on Uraian text: nested lists, lists split by a changed marker, bullets, empty items."""

from __future__ import annotations

import pytest

from sk_builder.check.daftar import check_text, ending, enumerations

FIELD = ("komponen", "persyaratan")


def found(text):
    return [(f.code, f.at) for f in check_text(FIELD, text)]


def test_clean_nested_enumeration():
    text = ("1. Berkas:\n"
            "   a. KTP;\n"
            "   b. Kartu Keluarga; dan\n"
            "   c. Akta;\n"
            "2. Formulir; dan\n"
            "3. Pas foto.")
    assert found(text) == []


def test_last_sub_item_of_a_continuing_list_ends_with_a_semicolon():
    text = "1. Berkas:\n   a. KTP; dan\n   b. Akta.\n2. Formulir."
    assert found(text) == [("SK301", (2, 10))]


def test_a_conjunction_before_the_last_item_only():
    assert found("1. KTP; dan\n2. KK;\n3. Akta.") == [("SK302", (0, 10)), ("SK302", (1, 5))]


def test_item_with_sub_items_ends_with_a_colon():
    assert found("1. Berkas\n   - KTP.\n") == [("SK304", (0, 8))]


def test_marker_switching_kind_mid_list_keeps_one_list():
    text = "1. a;\n2. b;\n3. c;\n4. d; dan\ne. e."
    assert [len(items) for items in enumerations(text)] == [5]
    assert found(text) == [("SK305", (4, 0))]


def test_restarting_list_after_a_heading_is_a_new_list():
    text = "A. Pertama\n\n1. satu; dan\n2. dua.\n\nB. Kedua\n\n1. satu; dan\n2. dua."
    assert found(text) == []


def test_repeated_and_skipped_numbers():
    assert [f.message.split(": ")[-1] for f in check_text(FIELD, "1. a;\n2. b;\n2. c; dan\n5. d.")] == [
        "nomor berulang", "nomor melompat"]


def test_empty_item_is_reported_once_and_left_out_of_punctuation():
    assert found("1. a; dan\n2. b.\n3.") == [("SK306", (2, 0))]


def test_bullets_and_emphasis():
    assert found("- *softcopy*; dan\n- *hardcopy*.") == []
    assert found("- satu; dan\n* dua.") == [("SK305", (1, 0))]


def test_endings():
    assert [ending(t) for t in ("a;", "a; dan", "a; atau ", "a; dan/atau", "a:", "a.", "a", "*a.*", "")] == [
        "semi", "conj", "conj", "conj", "colon", "period", "other", "period", "other"]


BULLET_TEXTS = [
    "- KTP;\n- KK; dan\n- Akta.",
    "- surat permohonan dari pimpinan alat kelengkapan\n- jadwal kegiatan yang telah ditetapkan Badan Musyawarah",
    "- komputer\n- printer",
    "1. Persyaratan administrasi:\n- KTP;\n- KK;\n2. Persyaratan teknis:\n- denah; dan\n- foto.",
    "1. Berkas:\n   - KTP; dan\n   - Akta.\n2. Formulir.",
    "- satu; dan\n* dua.",
    "Keterangan:\n\n- KTP;\n- KK.",
]


@pytest.mark.parametrize("bullet", ["▪", "•", "·", "–", "●", "❖"])
@pytest.mark.parametrize("text", BULLET_TEXTS)
def test_a_bullet_of_a_real_decree_is_read_as_a_hyphen_is(bullet, text):
    """The same findings, at the same places, whichever bullet the drafter typed."""
    theirs = text.replace("- ", f"{bullet} ").replace("* ", "◦ ")
    assert found(theirs) == found(text.replace("* ", "+ "))


def test_no_findings_on_a_punctuated_bullet_list_nested_flat():
    assert found("1. Persyaratan administrasi:\na. surat permohonan;\nb. KTP-el; dan\nc. denah;\n"
                 "2. Persyaratan teknis:\n▪ hasil uji pangan;\n▪ hasil uji air; dan\n▪ sertifikat kursus.") == []
    assert [code for code, _ in found("▪ surat permohonan dari pimpinan alat kelengkapan dewan\n"
                                      "▪ jadwal kegiatan yang telah ditetapkan oleh Badan Musyawarah")] == ["SK308"]
