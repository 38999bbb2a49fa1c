"""Uraian Markdown as canonical lines."""

from sk_builder.review.uraian_text import Line, uraian_lines


def test_list_items_keep_their_markers_and_nest():
    text = "Syarat:\n\na. surat permohonan;\n   1) asli;\n   2) fotokopi; dan\nb. identitas."
    assert [line.render() for line in uraian_lines(text)] == [
        "Syarat:",
        "a. surat permohonan;",
        "   1) asli;",
        "   2) fotokopi; dan",
        "b. identitas.",
    ]


def test_every_written_line_is_a_line_and_spaces_are_squeezed():
    lines = uraian_lines("Laman:  https://contoh.go.id\nPos-el: umum@contoh.go.id")
    assert lines == [Line(0, None, "Laman: https://contoh.go.id"), Line(0, None, "Pos-el: umum@contoh.go.id")]


def test_inline_marks_are_kept_visible():
    lines = uraian_lines("dalam bentuk *softcopy* dan **asli**, lihat [laman](https://contoh.go.id)")
    assert lines[0].text == "dalam bentuk *softcopy* dan **asli**, lihat laman <https://contoh.go.id>"


def test_a_marker_given_by_the_caller_starts_the_first_line_and_the_rest_hangs():
    lines = uraian_lines("bahwa satu;\nbaris kedua", marker="a.")
    assert [line.render() for line in lines] == ["a. bahwa satu;", "   baris kedua"]


def test_empty_text_has_no_lines():
    assert uraian_lines("") == []
