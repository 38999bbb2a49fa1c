"""One list-marker grammar for rendering and checks: times, amounts, dates and section numbers inside a
sentence are text; real markers stay markers (hypothesis over realistic Uraian text)."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder import uraian
from sk_builder.check.daftar import enumerations
from sk_builder.text.penanda import marker_at
from sk_builder.text.terbilang import terbilang

WORDS = st.sampled_from(["pelayanan", "pemohon", "berkas", "surat", "petugas", "loket", "kantor", "hari",
                         "kerja", "permohonan", "dokumen", "Senin", "Jumat", "dan", "atau", "di"])
SENTENCE = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@st.composite
def time_line(draw) -> str:
    start, end = draw(st.integers(0, 23)), draw(st.integers(0, 23))
    minutes = draw(st.sampled_from(["00", "15", "30", "45"]))
    first = f"{start:02}.{minutes}" if draw(st.booleans()) or start < 10 else f"{start}.{minutes}"
    tail = draw(st.sampled_from([f" - {end:02}.00 WIB", f" s.d. {end:02}.00 WITA", " WIB", f" sampai {end:02}.00 WIT",
                                 f" – {end:02}.30"]))
    return first + tail + draw(st.sampled_from(["", " (" + "istirahat" + ")", " setiap hari kerja"]))


@st.composite
def amount_line(draw) -> str:
    n = draw(st.integers(1000, 99_999_999))
    return f"{_thousands(n)} ({terbilang(n)} rupiah)" + draw(st.sampled_from(["", " per berkas", ";"]))


@st.composite
def date_line(draw) -> str:
    day, month, year = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(1945, 2030))
    return f"{day:02}.{month:02}.{year} " + draw(SENTENCE)


@st.composite
def sentence_with_section(draw) -> list[str]:
    head = draw(SENTENCE).rstrip(".;:") + " sebagaimana dimaksud pada angka"
    section = f"{draw(st.integers(1, 9))}.{draw(st.integers(1, 9))}"
    return [head, f"{section} {draw(SENTENCE)}."]


TEXT_LINES = st.one_of(time_line().map(lambda line: [line]), amount_line().map(lambda line: [line]),
                       date_line().map(lambda line: [line]), sentence_with_section(),
                       st.integers(1000, 9999).map(lambda year: [f"Tahun", f"{year}. Selanjutnya berlaku."]))


@settings(max_examples=200, deadline=None)
@given(lines=TEXT_LINES, lead=SENTENCE)
def test_times_amounts_dates_and_sentences_are_never_lists(lines, lead):
    text = "\n".join([lead + ":", *lines]) if not lines[0].startswith(("Tahun",)) else "\n".join(lines)
    assert [t for t in uraian.tokens(text) if t.type == "list_item_open"] == []
    assert enumerations(text) == ()
    printed = html.unescape(re.sub(r"<[^>]+>", "", uraian.to_html(text)))
    for line in lines:
        assert line in printed.splitlines()


@settings(max_examples=100, deadline=None)
@given(items=st.lists(SENTENCE, min_size=1, max_size=6), kind=st.sampled_from(["1.", "a.", "1)", "a)", "2.1", "-"]),
       text_line=st.one_of(time_line(), amount_line()))
def test_real_markers_stay_markers_beside_such_lines(items, kind, text_line):
    def marker(i: int) -> str:
        if kind == "2.1":
            return f"2.{i + 1}"
        if kind == "-":
            return "-"
        start = "1" if kind[0] == "1" else "a"
        return (str(i + 1) if start == "1" else chr(ord("a") + i)) + kind[1]

    body = [f"{marker(i)} {item};" for i, item in enumerate(items)]
    text = "\n".join(["Jam layanan:", text_line, "Langkah:", *body])
    written = [t.meta["marker"] for t in uraian.tokens(text) if t.type == "list_item_open"]
    assert written == [marker(i) for i in range(len(items))]
    assert [item.marker for group in enumerations(text) for item in group] == written


def test_the_grammar_by_example():
    assert marker_at("2.1 Persyaratan Umum", "2. Persyaratan:")["marker"] == "2.1"
    assert marker_at("   4.2 Hibah", "       f. surat pernyataan.")["marker"] == "4.2"
    assert marker_at("2.10 Lain-lain", "2.9 Berkas;")["marker"] == "2.10"
    for line in ("08.00 - 16.00 WIB", "10.30 WIB", "13.15 istirahat", "9.00 s.d. 12.00", "2.500 (dua ribu lima "
                 "ratus rupiah)", "1.000.000", "17.08.1945", "07.30 s/d 15.30 WIB"):
        assert marker_at(line) is None, line
    assert marker_at("2.1 huruf a", "sebagaimana dimaksud pada angka") is None
    assert marker_at("1\\. Januari") is None and uraian.to_html("1\\. Januari") == "<p>1. Januari</p>\n"
