"""The HTML redline: standalone, escaped, lang="id", a table of contents jumping to every change."""

import re
from html.parser import HTMLParser

from sk_builder.review.compare import ChangeReport
from sk_builder.review.redline import render_html


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.tags = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs["href"])
        assert tag not in ("script", "link", "img", "iframe")


def test_redline_marks_insertions_and_deletions(pair_report):
    page = render_html(pair_report)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"id\">")
    assert "<del>3</del><ins>2</ins> (<del>tiga</del><ins>dua</ins>) hari kerja<ins> setelah permohonan diterima</ins>." in page
    assert "<del>3. Petugas memeriksa kelengkapan surat;</del>" in page
    assert "dipindah dari baris 3" in page


def test_every_link_points_at_an_anchor_on_the_page(pair_report):
    parser = _Collect()
    parser.feed(render_html(pair_report))
    assert parser.links and all(link.startswith("#") and link[1:] in parser.ids for link in parser.links)
    changes = {i for i in parser.ids if i.startswith("perubahan-")}
    assert len(changes) >= 8
    assert "nav" in parser.tags


def test_text_is_escaped(pair_report):
    report = ChangeReport("<script>alert(1)</script>", "new & \"baru\"", pair_report.documents)
    page = render_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page and "new &amp; &#34;baru&#34;" in page


def test_no_changes_says_so(pair_report):
    page = render_html(ChangeReport("a", "b", ()))
    assert "Tidak ada perubahan." in page and not re.search(r'id="perubahan-', page)
