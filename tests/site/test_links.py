"""The site as served by a static host: no broken link or anchor on any page, every download valid.

The link checker fetches every internal href/src of every page over HTTP and, for links with a
#fragment, looks the id up in the target page. It runs over the site-only build of the repository's
sources (every page) and over a small tree built with PDF and DOCX (a decree, a standard in it and a
draft in none), whose downloads are opened as PDF and DOCX. Rendering the PDFs of every repository
record would take most of a minute and test the document renderers more than the site.
"""

from __future__ import annotations

import importlib.util
import io
import urllib.request
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

DOCX = importlib.util.find_spec("sk_builder.render.docx") is not None


class Links(HTMLParser):
    """The href/src values of a page and the ids it defines."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "canonical":
            return  # the published address, not a link inside this build
        for name in ("href", "src", "action"):
            if attrs.get(name):
                self.links.append(attrs[name])
        if attrs.get("id"):
            self.ids.add(attrs["id"])


def _parse(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
        assert response.status == 200, url
        return response.read()


def _crawl(built: Path, base: str) -> dict[str, set[str]]:
    """Every internal link target (URL without fragment) -> the fragments asked of it, from every page."""
    site = built / "site"
    targets: dict[str, set[str]] = {}
    for path in sorted(site.rglob("*.html")):
        if "pagefind" in path.parts or path.name == "404.html":  # its links start at the host's root
            continue
        page_url = base + path.relative_to(site).as_posix()
        for link in _parse(path.read_text(encoding="utf-8")).links:
            if urlparse(link).scheme in ("http", "https", "mailto", "tel", "data"):
                continue
            url, fragment = urldefrag(urljoin(page_url, link))
            targets.setdefault(url, set()).add(fragment)
    return targets


def _check(targets: dict[str, set[str]]) -> None:
    for url, fragments in sorted(targets.items()):
        body = _fetch(url)
        fragments = fragments - {""}
        if fragments:
            ids = _parse(body.decode("utf-8")).ids
            assert fragments <= ids, f"{url}: anchor tidak ada: {sorted(fragments - ids)}"


def test_no_broken_link_or_anchor_on_any_page_of_the_repository_site(site_only, static_server):
    with static_server(site_only) as server:
        base = server.url + "site/"
        targets = _crawl(site_only, base)
        pages = {base + p.relative_to(site_only / "site").as_posix() for p in (site_only / "site").rglob("*.html")
                 if "pagefind" not in p.parts and p.name != "404.html"}
        assert pages <= set(targets), "halaman yang tidak ditautkan dari halaman mana pun"
        _check(targets)


@pytest.fixture(scope="module")
def built(site_build, hostile_sources) -> Path:
    formats = ("site", "pdf", "docx") if DOCX else ("site", "pdf")
    return site_build("lengkap", hostile_sources, formats=formats)


@pytest.fixture(scope="module")
def crawl(built, static_server) -> dict[str, set[str]]:
    """The links of the small full build, its server running until the module ends."""
    with static_server(built) as server:
        yield _crawl(built, server.url + "site/")


def test_no_broken_link_or_anchor_with_downloads(crawl):
    _check(crawl)


def test_every_pdf_download_is_a_pdf(crawl):
    pdfs = [url for url in crawl if url.endswith(".pdf")]
    assert {url.split("/unduh/")[1] for url in pdfs} == {
        "kota-uji/sk-1.pdf", "kota-uji/standar/layanan-jahat.pdf", "kota-uji/standar/layanan-draf.pdf"}
    for url in pdfs:
        assert _fetch(url).startswith(b"%PDF-"), url


@pytest.mark.skipif(not DOCX, reason="sk_builder.render.docx belum ada: unduhan DOCX tidak dibangun")
def test_every_docx_download_is_a_word_document(crawl):
    documents = [url for url in crawl if url.endswith(".docx")]
    assert len(documents) == 3
    for url in documents:
        with zipfile.ZipFile(io.BytesIO(_fetch(url))) as archive:
            assert "word/document.xml" in archive.namelist(), url


def test_downloads_are_the_document_builds_bytes(built):
    copies = sorted((built / "site" / "unduh").rglob("*.*"))
    assert copies
    for copy in copies:
        original = built / "dokumen" / copy.relative_to(built / "site" / "unduh")
        assert copy.read_bytes() == original.read_bytes(), copy


def test_service_page_offers_its_standard_and_the_whole_decree(built):
    html = (built / "site/kota-uji/layanan/layanan-jahat.html").read_text(encoding="utf-8")
    assert 'href="../../unduh/kota-uji/standar/layanan-jahat.pdf"' in html
    assert 'href="../../unduh/kota-uji/sk-1.pdf"' in html
    draft = (built / "site/kota-uji/layanan/layanan-draf.html").read_text(encoding="utf-8")
    assert 'href="../../unduh/kota-uji/standar/layanan-draf.pdf"' in draft
    assert "Keputusan lengkap" not in draft  # a standard in no decree has no decree to download
