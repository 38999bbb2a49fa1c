"""click's own texts (usage, help, command-line mistakes) are Indonesian."""

from __future__ import annotations

import re
from pathlib import Path

import click
from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.clicktexts import DEVELOPER_TEXTS, PLURALS, TEXTS


def _run(*args):
    return CliRunner().invoke(main, list(args), prog_name="sk")


def test_help_is_indonesian():
    shown = _run("--help").output
    assert shown.startswith("Pemakaian: sk [OPSI] PERINTAH [ARGUMEN]...") and "Opsi:" in shown and "Perintah:" in shown
    assert "Tampilkan bantuan ini lalu keluar." in shown and "Show this" not in shown
    build_help = _run("build", "--help").output
    assert build_help.startswith("Pemakaian: sk build [OPSI] [SOURCES]")
    assert "[bawaan: build]" in build_help and "default" not in build_help
    assert _run("ekspor", "jdih", "--help").output.startswith("Pemakaian: sk ekspor jdih [OPSI]")


def test_command_line_mistakes_are_indonesian():
    typo = _run("buidl")
    assert typo.exit_code == 2
    assert "Galat: Perintah 'buidl' tidak ada." in typo.stderr and "Maksud Anda 'build'?" in typo.stderr
    assert "Coba 'sk --help' untuk bantuan." in typo.stderr
    assert "Opsi '--bogus' tidak ada." in _run("build", "--bogus").stderr
    jobs = _run("build", "-j", "x").stderr
    assert "Nilai tidak valid untuk '-j' / '--jobs': 'x' bukan" in jobs
    assert "Opsi '--out' memerlukan 1 nilai." in _run("build", "--out").stderr
    assert "bukan salah satu dari 'text', 'json', 'html', 'docx'" in _run("diff", "a", "b", "--format", "pdf").stderr
    assert "Argumen berlebih yang tidak dikenal (c)" in _run("diff", "a", "b", "c").stderr
    assert "Argumen belum diberikan" in _run("init").stderr


def test_every_text_click_can_show_a_user_is_translated():
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(click.__file__).parent.glob("*.py"))
    single = set(re.findall(r'\b_\(\s*"((?:[^"\\]|\\.)*)"\s*\)', source))
    plural = set(re.findall(r'ngettext\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"', source))
    decode = lambda text: text.encode().decode("unicode_escape")  # noqa: E731
    missing = {decode(t) for t in single} - TEXTS.keys() - DEVELOPER_TEXTS
    assert missing == set()
    assert {(decode(a), decode(b)) for a, b in plural} <= PLURALS.keys()
