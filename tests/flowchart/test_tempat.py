"""flowchart/tempat.py: which item ``setelah`` names, why a value names none, and the text cut after it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder.flowchart.tempat import Piece, butir, matches, pieces, problem, sasaran
from sk_builder.uraian import to_html

PROSEDUR = """\
Alur pelayanan:
1. Pendaftaran:
   a. Pemohon menyerahkan berkas;
   b. Petugas memeriksa berkas;
2. Penilaian:
   a. Tim memverifikasi;
   b. Kepala Dinas menandatangani;
3. Rekomendasi diserahkan."""


def _found(value: str, text: str = PROSEDUR) -> list[str]:
    return [item.written for item in matches(text, value)]


def test_a_value_is_read_as_markers_then_words():
    assert sasaran("3") == sasaran("3 ") and sasaran("3").markers == ("3",)
    assert sasaran("2. b.").markers == ("2.", "b.")
    wanted = sasaran("3. Surat Masuk tersebut")
    assert wanted.markers == ("3.",) and wanted.words == "Surat Masuk tersebut"
    assert sasaran("- Petugas").markers == ("-",)


def test_every_item_at_any_depth_with_its_parents_markers():
    assert [item.written for item in butir(PROSEDUR)] == ["1.", "1. a.", "1. b.", "2.", "2. a.", "2. b.", "3."]


def test_a_bare_number_or_the_marker_as_written_names_the_item():
    assert _found("3") == _found("3.") == ["3."]
    assert _found("3)") == []  # a delimiter written is a delimiter meant
    assert _found("2. b.") == _found("2 b") == ["2. b."]


def test_a_marker_that_recurs_needs_its_parent_or_its_words():
    assert _found("b.") == ["1. b.", "2. b."]
    assert _found("b. Kepala") == ["2. b."]
    message = problem(PROSEDUR, "b.")
    assert message is not None and "cocok dengan 2 butir (baris 4 dan baris 7" in message
    assert '"2. b."' in message  # the hint names the parent's marker


def test_an_item_that_does_not_exist_is_named_with_the_ones_that_do():
    message = problem(PROSEDUR, "4")
    assert message == 'setelah: butir "4" tidak ada di uraian prosedur; butir yang ada: 1., 1. a., 1. b., 2., 2. a., ' \
                      '2. b., 3.'
    assert "tidak memuat daftar berpenanda" in (problem("Teks biasa tanpa daftar.", "1") or "")
    assert problem(PROSEDUR, "2. b.") is None


def test_the_text_is_cut_after_the_item_and_its_sub_items():
    cut = pieces(PROSEDUR, [("1", "bagan")])
    assert [piece.charts for piece in cut] == [("bagan",), ()]
    assert cut[0].text.endswith("b. Petugas memeriksa berkas;")
    assert cut[1].text.startswith("2. Penilaian:")
    assert "<span class=\"penanda\">2.</span>" in to_html(cut[1].text)  # the list goes on with its own numbers


def test_the_text_before_a_cut_renders_as_it_did_in_the_whole():
    flat = "1. Berkas:\na. KTP;\nb. KK;\n2. Diperiksa;\n3. Diserahkan."  # a lettered list typed flush left
    first = pieces(flat, [("1", "x")])[0].text
    assert to_html(flat).startswith(to_html(first).rsplit("</ol>", 1)[0])  # the same but the outer list's end
    assert '<span class="penanda">a.</span>' in to_html(first).split("</li>")[0]  # still nested under 1.


def test_a_nested_item_leaves_its_siblings_and_the_rest_after_the_chart():
    cut = pieces(PROSEDUR, [("1. a.", "x")])
    assert cut[0].text.endswith("a. Pemohon menyerahkan berkas;") and cut[0].charts == ("x",)
    html = to_html(cut[1].text)
    assert html.index('"penanda">b.</span>') < html.index('"penanda">2.</span>') < html.index('"penanda">3.</span>')
    assert "   a. Tim memverifikasi;" in cut[1].text  # the rest keeps its own nesting


def test_a_lone_letter_before_words_is_a_word():
    assert sasaran("1. a. - p q").markers == ("1.", "a.", "-") and sasaran("1. a. - p q").words == "p q"
    assert sasaran("b").markers == ("b",)


def test_charts_in_written_order_unplaced_and_unfound_ones_last():
    cut = pieces(PROSEDUR, [("2", "kedua"), ("1", "pertama"), ("2", "ketiga"), ("9", "hilang")], ["akhir"])
    assert [piece.charts for piece in cut] == [("pertama",), ("kedua", "ketiga"), ("hilang", "akhir")]


def test_a_chart_after_the_last_item_ends_the_cell():
    assert pieces(PROSEDUR, [("3", "x")])[-1] == Piece(PROSEDUR, ("x",))


_LINE = st.one_of(
    st.sampled_from(["", "Alur:", "Keterangan:"]),
    st.builds(lambda indent, marker, words: f"{indent}{marker} {words}", st.sampled_from(["", "   "]),
              st.sampled_from(["1.", "2.", "3.", "a.", "b.", "-", "•", "2.1"]),
              st.text(alphabet="abcdeklmnoprst ", min_size=1, max_size=20).map(str.strip).filter(bool)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=12))
def test_no_word_is_lost_or_doubled_by_a_cut(lines):
    text = "\n".join(lines)
    items = butir(text)
    placed = [(item.written + " " + item.lead, index) for index, item in enumerate(items)]
    cut = pieces(text, placed)
    assert "".join("".join(piece.text.split()) for piece in cut) == "".join(text.split())
    assert sorted(chart for piece in cut for chart in piece.charts) == list(range(len(items)))
