"""The house Markdown's lists as drafters write them: every bullet kept as written, a change of bullet a list of its
own, a flat-written lettered list nested under its numbered item, paragraphs that continue an item, and escaping
(hypothesis: written bullets come back as they were; escaped plain text renders exactly as itself)."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder import uraian
from sk_builder.text.penanda import BULLETS


def markers(text: str) -> list[str]:
    return [t.meta["marker"] for t in uraian.tokens(text) if t.type == "list_item_open"]


def shown(fragment: str) -> str:
    """The text a reader sees in rendered HTML: markers, words and line breaks, without tags."""
    fragment = re.sub(r"<br />\n?", "\n", fragment)
    fragment = re.sub(r"</p>\n<p>", "\n\n", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip("\n")


@pytest.mark.parametrize("bullet", list(BULLETS))
def test_every_bullet_prints_as_written(bullet):
    rendered = uraian.to_html(f"{bullet} satu;\n{bullet} dua.")
    assert rendered.count("<ul ") == 1
    assert rendered.count(f'<span class="penanda">{html.escape(bullet)}</span>') == 2


def test_another_bullet_starts_a_list_of_its_own_and_indented_bullets_nest():
    assert uraian.to_html("▪ satu\n▪ dua\n• tiga").count("<ul ") == 2
    assert markers("– satu\n– dua\n\n· tiga") == ["–", "–", "·"]
    rendered = uraian.to_html("• induk:\n  ◦ anak;\n  ◦ anak lagi;\n• akhir.")
    assert rendered.count("<ul ") == 2 and rendered.index("◦") > rendered.index("induk") > 0
    assert "</ul>\n</div></li>\n<li><span class=\"penanda\">•</span>" in rendered  # "akhir" back at the outer level


def test_a_flat_lettered_list_under_a_numbered_item_is_nested():
    tree = uraian.tree("1. Persyaratan administrasi:\na. KTP;\nb. KK;\n2. Persyaratan teknis:\n▪ denah;\n▪ foto.")
    outer = tree.children[0]
    assert [item.meta["marker"] for item in outer.children] == ["1.", "2."]
    inner = [[i.meta["marker"] for i in item.children[-1].children] for item in outer.children]
    assert inner == [["a.", "b."], ["▪", "▪"]]


def test_paragraphs_that_continue_an_item_stay_inside_it():
    for text in ("1. Pemohon datang.\n\n   Petugas menyambut.\n2. Selesai.",
                 "1. Pemohon datang.\n\nPetugas menyambut.\n\n2. Selesai.",
                 "▪ Pemohon datang.\n\n  Petugas menyambut.\n▪ Selesai."):
        tree = uraian.tree(text)
        assert len(tree.children) == 1, text
        first = tree.children[0].children[0]
        assert [p.children[0].content for p in first.children] == ["Pemohon datang.", "Petugas menyambut."]


def test_an_escaped_bullet_is_text():
    assert uraian.to_html("\\▪ bukan daftar") == "<p>▪ bukan daftar</p>\n"
    assert uraian.escape("▪ tanda\n  • juga") == "\\▪ tanda\n  \\• juga"
    assert markers(uraian.escape("▪ tanda")) == []


_WORDS = st.sampled_from(["berkas", "KTP;", "surat permohonan", "dan", "08.00 WIB", "2.500", "*penting*", "a."])
_OWN = [b for b in BULLETS if b not in "-*+"]


@st.composite
def bullet_lists(draw) -> tuple[str, list[str]]:
    """Lines that are all bullet items, each nested at most one level deeper than the line above."""
    lines, written, depth = [], [], 0
    for _ in range(draw(st.integers(1, 12))):
        depth = draw(st.integers(0, depth + 1)) if lines else 0
        bullet = draw(st.sampled_from(list(BULLETS)))
        words = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=4)))
        lines.append("  " * depth + f"{bullet} {words}")
        written.append(bullet)
    return "\n".join(lines), written


@settings(max_examples=300, deadline=None)
@given(bullet_lists())
def test_written_bullets_come_back_as_written(case):
    text, written = case
    assert markers(text) == written
    printed = re.findall(r'<span class="penanda">([^<]*)</span>', uraian.to_html(text))
    assert printed == [html.escape(b) for b in written]


_PLAIN_LINE = st.text(st.sampled_from(list("ab 1.)-:*_#>[]`\\&<!|~") + _OWN), min_size=1, max_size=20).map(str.strip) \
    .filter(bool)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLAIN_LINE, min_size=1, max_size=5))
def test_escaped_plain_text_renders_exactly_as_itself(lines):
    plain = "\n".join(lines)
    escaped = uraian.escape(plain)
    assert markers(escaped) == []
    assert shown(uraian.to_html(escaped)) == plain


def test_readmes_lists_example_reads_as_it_says_and_is_the_fixtures():
    import yaml

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lists = readme[readme.index("### Lists\n"):readme.index("### The revocation\n")]
    text = yaml.safe_load(re.findall(r"```yaml\n(.*?)```", lists, re.S)[0])["komponen"]["persyaratan"]
    fixture = ROOT / "tests" / "fixtures" / "gaya" / "kabupaten-tanjung-seroja" / "standar"
    fixture = fixture / "laik-higiene-sanitasi.yaml"
    assert yaml.safe_load(fixture.read_text(encoding="utf-8"))["komponen"]["persyaratan"] == text
    outer = uraian.tree(text).children[0]
    assert [[i.meta["marker"] for i in item.children[-1].children] for item in outer.children] == [
        ["a.", "b.", "c."], ["▪", "▪", "▪"]]
    last = outer.children[1].children[-1].children[-1]
    assert [p.children[0].content.split()[0] for p in last.children] == ["sertifikat", "Sertifikat"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["1.", "a)", "-", "▪", "•"]), _PLAIN_LINE)
def test_escaped_plain_text_after_a_marker_is_the_items_text(marker, plain):
    rendered = uraian.to_html(f"{marker} {uraian.escape(plain)}")
    assert markers(f"{marker} {uraian.escape(plain)}") == [marker]
    assert shown(rendered.split('<div class="isi">', 1)[1]) == plain
