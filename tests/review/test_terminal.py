"""Terminal text: brackets without colour, ANSI colour on a TTY, none with NO_COLOR."""

import io

from sk_builder.review import command
from sk_builder.review.terminal import render_terminal


def test_plain_text_marks_words_wdiff_style(pair_report):
    text = render_terminal(pair_report, colour=False)
    assert "\x1b[" not in text
    assert "~ [-3-]{+2+} ([-tiga-]{+dua+}) hari kerja{+ setelah permohonan diterima+}." in text
    assert "- [-3. Petugas memeriksa kelengkapan surat;-]" in text
    assert "(penomoran berubah: 4. → 3., 5. → 4.)" in text
    assert "(dipindah dari baris 3 ke baris 2)" in text
    assert "kota-contoh/standar/legalisasi-dokumen — Standar Pelayanan Legalisasi Dokumen: ditambahkan" in text
    assert text.splitlines()[1] == "ringkasan: 1 ditambahkan, 0 dihapus, 0 diganti nama, 3 diubah"


def test_colour_uses_ansi_styles_instead_of_brackets(pair_report):
    text = render_terminal(pair_report, colour=True)
    assert "\x1b[32m2\x1b[0m" in text and "\x1b[31m\x1b[9m3\x1b[0m" in text
    assert "{+" not in text and "[-" not in text


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_colour_only_on_a_tty_without_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr("sys.stdout", _Tty())
    assert command.use_colour() is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert command.use_colour() is False
    monkeypatch.setattr("sys.stdout", io.StringIO())
    monkeypatch.delenv("NO_COLOR")
    assert command.use_colour() is False
