"""Hostile text: nothing printed is lost, control characters are refused where they stand, pathological
Markdown is a located error instead of a crash or a hang, and characters no font has are named."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from sk_builder.build import build
from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import standar, write_region

LONG_URL = "https://formulir.contohkota.go.id/f/" + "AbCdEfGhIj" * 15 + "?asal=standar_pelayanan"
LONG_MAIL = "pelayanan.administrasi.kependudukan.dan.pencatatan.sipil@disdukcapil.kabupatencontoh.go.id"
HOSTILE = f"""\
Formulir daring: {LONG_URL}
Surel: {LONG_MAIL}
Laman: layanan.dinas.contohkota.go.id dan www.contohkota.go.id.
> 3 (tiga) hari sejak berkas lengkap
>> tanda yang ditulis dua kali
1. Tingkat satu {"Panjang" * 12};
   a. tingkat dua {"Token" * 20};
      1) tingkat tiga {"Kata" * 25};
         a) tingkat empat {"Huruf" * 30}."""


def errors(root: Path) -> list[str]:
    project, report = load_project(root)
    lines = [str(d).replace(str(root) + "/", "") for d in report.sorted() if d.severity == "error"]
    assert (project is None) == bool(lines)
    return lines


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("teks-jahat")
    body = "\n".join("    " + line for line in HOSTILE.splitlines())
    write_region(root / "src", **{"standar/contoh.yaml": standar().replace("    Isi biaya.", body)})
    build(root / "src", root / "build", ("pdf", "html"))
    return root / "build" / "dokumen" / "kota-contoh"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_every_word_of_hostile_text_is_printed_in_the_pdf_in_order(hostile_build):
    printed = subprocess.run(["pdftotext", str(hostile_build / "standar" / "contoh.pdf"), "-"], capture_output=True,
                             text=True, check=True).stdout
    squeezed = _squeezed(printed)
    position = 0
    for word in HOSTILE.split():
        found = squeezed.find(word, position)
        assert found >= 0, f"{word!r} is missing (or out of order) in the PDF"
        position = found + len(word)


def test_quote_marks_are_text_in_every_format(hostile_build):
    html = (hostile_build / "standar" / "contoh.html").read_text(encoding="utf-8")
    assert "&gt; 3 (tiga) hari sejak berkas lengkap" in html and "<blockquote" not in html


@pytest.mark.parametrize("escape, what", [
    ("\\e[31m", "karakter kendali U+001B"),
    ("\\0", "karakter kendali U+0000"),
    ("\\x85", "karakter kendali U+0085"),
    ("\\x9b", "karakter kendali U+009B"),
    ("\\ud800", "karakter surogat tunggal U+D800"),
    ("\\u202e", "karakter arah teks (bidi) U+202E"),
])
def test_control_characters_in_yaml_escapes_are_located_errors(tmp_path, escape, what):
    record = standar().replace("nama: Contoh Layanan", f'nama: "Layanan {escape}Contoh"')
    write_region(tmp_path, **{"standar/contoh.yaml": record})
    assert errors(tmp_path) == [f"kota-contoh/standar/contoh.yaml:1:7: error SK125 nama: {what} pada posisi 9 "
                                "tidak diizinkan"]


def test_a_control_character_in_a_file_name_is_refused(tmp_path):
    write_region(tmp_path, **{"standar/x\x1b[2J.yaml": standar("Lain")})
    [line] = errors(tmp_path)
    assert line == ("kota-contoh/standar/x␛[2J.yaml:1:1: error SK125 nama berkas atau folder: karakter kendali U+001B "
                    "pada posisi 22 tidak diizinkan")


def test_names_twinned_by_unicode_normalisation_collide(tmp_path):
    composed, decomposed = unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café")
    write_region(tmp_path, **{f"standar/{composed}.yaml": standar("Satu"), f"standar/{decomposed}.yaml": standar("Dua")})
    [line] = errors(tmp_path)
    assert " error SK108 id layanan \"café\" sudah dipakai oleh " in line


@pytest.mark.parametrize("text, code, message", [
    ("*" * 1000 + "x" + "*" * 1000, "SK117", "penekanan atau tautan bertingkat 500 lapis; paling banyak 8"),
    ("_" * 1000 + "x" + "_" * 1000, "SK117", "penekanan atau tautan bertingkat 500 lapis; paling banyak 8"),
    ("*_" * 25_000, "SK116", "terlalu banyak penekanan atau tautan (16666; batas 1000 per kolom)"),
])
def test_pathological_emphasis_is_a_located_error_without_crash_or_hang(tmp_path, text, code, message):
    write_region(tmp_path, **{"standar/contoh.yaml": standar().replace("Isi biaya.", text)})
    command = [sys.executable, "-c", "from sk_builder.cli import main; main()", "validate", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)  # a guard against hangs only
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"kota-contoh/standar/contoh.yaml:10:10: error {code} komponen.biaya: {message}" in done.stderr


def test_characters_no_font_has_are_named_with_their_field(tmp_path):
    write_region(tmp_path / "src", **{"standar/contoh.yaml": standar().replace("Isi biaya.", "Gratis ꦒꦿꦠꦶꦱ꧀.")})
    result = build(tmp_path / "src", tmp_path / "build", ("html",))
    [warning] = [str(d) for d in result.report.sorted() if d.code == "SK124"]
    assert warning.endswith(
        'warning SK124 komponen.biaya: karakter "ꦒ" (U+A992 JAVANESE LETTER GA), "ꦿ" (U+A9BF JAVANESE CONSONANT '
        'SIGN CAKRA), "ꦠ" (U+A9A0 JAVANESE LETTER TA), "ꦶ" (U+A9B6 JAVANESE VOWEL SIGN WULU), "ꦱ" (U+A9B1 '
        'JAVANESE LETTER SA) dan 1 lainnya tidak ada pada huruf "TeX Gyre Bonum" maupun huruf lain yang terpasang, '
        "sehingga tercetak kosong di PDF; pasang huruf yang memuatnya (mis. paket fonts-noto-core) atau ganti karakternya "
        "(lihat `sk doctor`)")
    assert ":10:10: " in warning


def test_characters_a_fallback_font_has_are_not_reported(tmp_path):
    write_region(tmp_path / "src", **{"standar/contoh.yaml": standar().replace("Isi biaya.", "Gratis — “bebas” ½ €.")})
    result = build(tmp_path / "src", tmp_path / "build", ("html",))
    assert [d for d in result.report.items if d.code == "SK124"] == []


def test_doctor_names_the_font_package_for_characters_no_font_has(tmp_path):
    from click.testing import CliRunner

    from sk_builder.cli import main

    write_region(tmp_path, **{"standar/contoh.yaml": standar().replace("Isi biaya.", "Gratis ꦒꦿꦠꦶꦱ꧀.")})
    result = CliRunner().invoke(main, ["doctor", str(tmp_path)])
    assert ("kota-contoh: 1 kolom memuat karakter yang tidak ada pada huruf mana pun (SK124, tercetak kosong di PDF); "
            "pasang huruf Noto: Debian/Ubuntu `apt install fonts-noto-core`") in result.stdout
