"""The generated pages as text: escaping, relative links, head, headings, drafts, canonical URLs, sitemap."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sk_builder.model import KOMPONEN
from sk_builder.sources.loader import load_or_fail


@pytest.fixture(scope="module")
def real(site_only) -> Path:
    return site_only / "site"


@pytest.fixture(scope="module")
def hostile(site_build, hostile_sources) -> Path:
    return site_build("jahat", hostile_sources) / "site"


def html_pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(site.rglob("*.html")) if "pagefind" not in p.parts}


class Outline(HTMLParser):
    """Headings (level, text), links (tag, attrs) and the html lang of a page."""

    def __init__(self):
        super().__init__()
        self.headings: list[list] = []
        self.links: list[tuple[str, dict]] = []
        self.lang = None
        self._open = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self._open = [int(tag[1]), ""]
            self.headings.append(self._open)
        if any(name in attrs for name in ("href", "src", "action")):
            self.links.append((tag, attrs))

    def handle_endtag(self, tag):
        if re.fullmatch(r"h[1-6]", tag):
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


def test_every_page_is_indonesian_with_title_description_viewport(real):
    for path, html in html_pages(real).items():
        assert outline(html).lang == "id", path
        assert re.search(r"<title>[^<]+</title>", html), path
        assert re.search(r'<meta name="description" content="[^"]+">', html), path
        assert '<meta name="viewport"' in html, path


def test_headings_start_at_h1_and_never_skip_a_level(real):
    for path, html in html_pages(real).items():
        levels = [level for level, _ in outline(html).headings]
        assert levels[0] == 1 and levels.count(1) == 1, path
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{path}: h{before} lalu h{after}"


def test_record_text_is_escaped_everywhere(hostile):
    pages = html_pages(hostile)
    assert len(pages) >= 7
    for path, html in pages.items():
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>Daerah" not in html and "<em>Umum" not in html, path
        assert "javascript:" not in re.sub(r">[^<]*<", "><", html), path  # never inside a tag
        for tag in re.findall(r"<script[^>]*>", html):
            assert tag == '<script src="aset/cari.js">', path


def test_links_are_relative(real, sources_dir):
    sources_text = "\n".join(p.read_text(encoding="utf-8") for p in sources_dir.rglob("*.yaml"))
    for path, html in html_pages(real).items():
        for tag, attrs in outline(html).links:
            value = attrs.get("href") or attrs.get("src") or attrs.get("action") or ""
            assert not value.startswith(("/", "file:")), f"{path}: {value}"
            if re.match(r"(https?|mailto):", value):
                external = re.sub(r"^(https?://|mailto:)", "", value).rstrip("/")
                is_canonical = tag == "link" and attrs.get("rel") == "canonical"
                assert is_canonical or external in sources_text, f"{path}: {value} bukan dari rekaman"


def test_canonical_only_where_the_profile_gives_a_base_url(real):
    pages = html_pages(real)
    hibah = pages["kota-pasuruan/layanan/hibah-uang.html"]
    assert '<link rel="canonical" href="https://standar.pasuruankota.go.id/kota-pasuruan/layanan/hibah-uang.html">' in hibah
    assert 'rel="canonical"' not in pages["kabupaten-lumajang/layanan/koordinasi-kegiatan-pimpinan.html"]


def test_no_canonical_and_no_sitemap_without_base_url(hostile):
    assert not (hostile / "sitemap.xml").exists()
    assert all('rel="canonical"' not in html for html in html_pages(hostile).values())


def test_sitemap_lists_absolute_urls_of_pages_with_a_base_url(real):
    tree = ET.parse(real / "sitemap.xml")
    urls = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://standar.pasuruankota.go.id/kota-pasuruan/layanan/hibah-uang.html" in urls
    assert "https://standar.pasuruankota.go.id/kota-pasuruan/keputusan/sekda-167-2024.html" in urls
    assert all(u.startswith("https://standar.pasuruankota.go.id/") for u in urls)
    assert not any("kabupaten-" in u for u in urls)
    assert len(urls) == len(set(urls))


def test_service_page_follows_the_seed_order_with_profile_labels(real, sources_dir):
    project, _ = load_or_fail(sources_dir)
    profil = project.region("kota-pasuruan").profil
    html = html_pages(real)["kota-pasuruan/layanan/hibah-uang.html"]
    headings = outline(html).headings
    assert headings[0] == [1, "Hibah Uang"]
    h3 = [text for level, text in headings if level == 3]
    assert h3 == [profil.label_komponen.get(key, label) for key, label, _ in KOMPONEN]
    head = html[:html.index("Persyaratan Pelayanan</h3>")]
    assert head.index("Bagian Kesejahteraan Rakyat") < head.index("<h1>") < head.index("No. SK")
    assert 'href="../keputusan/sekda-167-2024.html#layanan-hibah-uang"' in head


def test_decree_page_has_an_anchor_per_standard(real, sources_dir):
    project, _ = load_or_fail(sources_dir)
    html = html_pages(real)["kota-pasuruan/keputusan/sekda-167-2024.html"]
    for service in project.region("kota-pasuruan").decrees[0].services:
        assert f'id="layanan-{service.id}"' in html
        assert f'href="#layanan-{service.id}"' in html
        assert f'href="../layanan/{service.id}.html"' in html


def test_draft_is_labelled_and_lists_missing_components_without_inventing_text(hostile):
    html = (hostile / "kota-uji/layanan/layanan-draf.html").read_text(encoding="utf-8")
    note = html[html.index('class="belum-lengkap"'):html.index("</div>", html.index('class="belum-lengkap"'))]
    assert "belum lengkap" in note
    for label in ("Sistem, Mekanisme, dan Prosedur", "Biaya/Tarif", "Evaluasi Kinerja Pelaksana"):
        assert f"<li>{label}</li>" in note
    assert "Persyaratan Pelayanan" not in note
    assert html.count('<p class="kosong">Belum diisi.</p>') == 13
    assert "060/79/2022" in html  # nomor_sk of a standard in no decree


def test_unit_and_region_pages_mark_drafts(real):
    pages = html_pages(real)
    assert "belum lengkap" in pages["kabupaten-lumajang/unit/bagian-protokol-dan-tu-pimpinan.html"]
    assert "belum lengkap" in pages["kabupaten-lumajang/index.html"]
    assert "belum lengkap" not in pages["kota-pasuruan/unit/bagian-hukum.html"]


def test_home_lists_every_region_and_unit_with_counts(real):
    html = html_pages(real)["index.html"]
    for region in ("Kota Pasuruan", "Kabupaten Pasuruan", "Kabupaten Bengkulu Selatan", "Kabupaten Lumajang"):
        assert f"Pemerintah {region}</a></h2>" in html
    assert "18 standar pelayanan · 9 unit" in html
    assert 'href="kota-pasuruan/unit/bagian-pemerintahan.html">Bagian Pemerintahan</a>' in html


def test_site_only_build_offers_no_downloads(real):
    assert not (real / "unduh").exists()
    assert all("unduh/" not in html for html in html_pages(real).values())


def test_site_is_deterministic_outside_the_search_bundle(site_build, real):
    again = site_build("lagi") / "site"
    files = sorted(p.relative_to(real) for p in real.rglob("*") if p.is_file() and "pagefind" not in p.parts)
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file() and "pagefind" not in p.parts)
    for relative in files:
        assert (real / relative).read_bytes() == (again / relative).read_bytes(), relative
