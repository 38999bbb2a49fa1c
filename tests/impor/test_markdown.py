"""Outlines written as house Markdown mean exactly what the document printed, whatever the characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder.impor.blocks import Run
from sk_builder.impor.markdown import escape_some, markdown
from sk_builder.impor.outline import Node
from sk_builder.review.uraian_text import squeeze, uraian_lines

TRICKY = st.sampled_from(["*", "**", "_", "`", "[", "]", "<", ">", "#", "-", "+", "1.", "a)", "2.1", "&amp;", "&", "\\",
                          "~~", "---", "|", "(", ")", "www.contoh.go.id", "a@b.id", ":", ";", " ", "x", "Kata", "▪", "• "])
LINE = st.lists(TRICKY, min_size=1, max_size=8).map("".join).filter(lambda t: t.strip())


def _plain_lines(nodes, level=0):
    out = []
    for node in nodes:
        rows = [squeeze(r) for r in "".join(run.text for run in node.runs).split("\n") if squeeze(r)] or [""]
        out.append((level, node.marker, rows[0]))
        follow = level + 1 if node.marker else level
        out += [(follow, None, row) for row in rows[1:]]
        out += _plain_lines(node.children, level + 1)
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, "1.", "a.", "-", "a)", "▪", "–"]), LINE, st.booleans()), min_size=1, max_size=5))
def test_text_reads_back_as_printed(items):
    nodes = [Node(marker, [Run(text + ("\nbaris kedua" if two else ""))]) for marker, text, two in items]
    lines = [(line.level, line.marker, line.text) for line in uraian_lines(markdown(nodes))]
    expected = _plain_lines(nodes)
    assert [(level, text) for level, _, text in lines] == [(level, text) for level, _, text in expected]


def test_escapes_only_where_markdown_would_act():
    assert escape_some("Biaya Rp 10.000 (gratis)") == "Biaya Rp 10.000 (gratis)"
    assert escape_some("1. bukan daftar") == "1\\. bukan daftar"
    assert escape_some("a. bukan daftar") == "a\\. bukan daftar"
    assert escape_some("*catatan*") == "\\*catatan\\*"
    assert escape_some("<https://x.id>") == "\\<https://x.id>"
    assert escape_some("nama_berkas dan _miring_") == "nama_berkas dan \\_miring\\_"
    assert [escape_some(t) for t in ("• bukan daftar", "▪", "–\tdua", "–16.00")] == [
        "\\• bukan daftar", "\\▪", "\\–\tdua", "–16.00"]


def test_emphasis_and_links():
    runs = [Run("pakai "), Run("softcopy", italic=True), Run(" atau "), Run("lihat", link="https://a.id/x"),
            Run(" "), Run("https://jdih.id", link="https://jdih.id"), Run(" dan "), Run("penting", bold=True)]
    assert markdown([Node(None, runs)]) == "pakai *softcopy* atau [lihat](https://a.id/x) https://jdih.id dan **penting**\n"
