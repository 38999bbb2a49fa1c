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
    """Every link is relative (the 404 page excepted: see test_notfound.py), and every link leaving the site
    goes where a record says (a WhatsApp link: to a number written in a record)."""
    sources_text = "\n".join(p.read_text(encoding="utf-8") for p in sources_dir.rglob("*.yaml"))
    for path, html in html_pages(real).items():
        if path == "404.html":
            continue
        for tag, attrs in outline(html).links:
            value = attrs.get("href") or attrs.get("src") or attrs.get("action") or ""
            assert not value.startswith(("/", "file:")), f"{path}: {value}"
            if value.startswith("https://wa.me/62"):
                assert "0" + value.removeprefix("https://wa.me/62") in sources_text, f"{path}: {value}"
            elif re.match(r"(https?|mailto):", value):
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
    assert h3 == [profil.label_komponen.get(key, label) for key, label, _ in KOMPONEN] + ["Saluran pengaduan"]
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


class Structure(HTMLParser):
    """Where <meta> elements are (head or body), and the search keys of the indexed article."""

    def __init__(self):
        super().__init__()
        self.in_body = False
        self.meta_in_body = 0
        self.article: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.in_body = self.in_body or tag == "body"
        self.meta_in_body += tag == "meta" and self.in_body
        if "data-pagefind-body" in attrs:
            self.article = attrs


def structure(html: str) -> Structure:
    parser = Structure()
    parser.feed(html)
    return parser


def test_no_meta_in_body_and_search_keys_are_region_qualified_ids(real):
    indexed = 0
    for path, html in html_pages(real).items():
        found = structure(html)
        assert found.meta_in_body == 0, path
        if found.article is None:
            continue
        indexed += 1
        region = path.split("/")[0]
        assert found.article["data-wilayah"] == region, path
        assert found.article["data-pagefind-filter"].startswith("wilayah[data-wilayah]"), path
        if "unit[data-unit]" in found.article["data-pagefind-filter"]:
            assert found.article["data-unit"].startswith(f"{region}/unit/"), path
            assert (real / (found.article["data-unit"] + ".html")).exists(), path  # the id is the unit page's
    assert indexed == 22  # the 21 service pages and the SOP page


def test_bagian_umum_of_two_regions_are_two_search_units(real):
    pages = html_pages(real)
    city = structure(pages["kota-pasuruan/layanan/persuratan.html"]).article
    regency = structure(pages["kabupaten-pasuruan/layanan/rapat-perlengkapan-acara-tamu.html"]).article
    assert city["data-nama-unit"] == regency["data-nama-unit"] == "Bagian Umum"
    assert city["data-unit"] != regency["data-unit"]
    search = pages["cari.html"]
    assert '<option value="kota-pasuruan/unit/bagian-umum">Bagian Umum</option>' in search
    assert '<option value="kabupaten-pasuruan/unit/bagian-umum">Bagian Umum</option>' in search


def test_region_page_lists_its_sops(real):
    html = html_pages(real)["kabupaten-lumajang/index.html"]
    assert 'href="sop/koordinasi-kegiatan-pimpinan.html">SOP Koordinasi kegiatan kedinasan pimpinan daerah</a>' in html


def test_a_service_page_links_its_unit_once(real):
    for path, html in html_pages(real).items():
        if "/layanan/" in path:
            units = re.findall(r'href="\.\./unit/[^"]+"', html)
            assert len(units) == 1, f"{path}: {units}"


def test_service_page_shows_the_units_contacts_channels_and_the_date_in_force(real):
    pages = html_pages(real)
    hibah = pages["kota-pasuruan/layanan/hibah-uang.html"]
    assert '<dt>Berlaku sejak</dt>\n    <dd><time datetime="2024-01-15">15 Januari 2024</time>' in hibah
    assert '<a href="https://kesra.pasuruankota.go.id">https://kesra.pasuruankota.go.id</a>' in hibah
    assert '<dt>WhatsApp</dt><dd><a href="https://wa.me/6285230458976">085230458976</a></dd>' in hibah
    assert 'Jalan Pahlawan Nomor 28' in hibah  # the unit gives no address: the profile's
    hukum = pages["kota-pasuruan/layanan/penyusunan-produk-hukum.html"]
    assert '<a href="tel:+62343424483">0343-424483</a>' in hukum
    assert '<a href="mailto:hukumpaskot@gmail.com">hukumpaskot@gmail.com</a>' in hukum
    assert "bagianumumpaskot@gmail.com" not in hukum  # never the publisher's e-mail under the unit's name
    bengkulu = pages["kabupaten-bengkulu-selatan/layanan/konsultasi-protokol.html"]
    assert '<dt>SP4N-LAPOR!</dt><dd><a href="https://www.lapor.go.id">' in bengkulu
    lumajang = pages["kabupaten-lumajang/layanan/koordinasi-kegiatan-pimpinan.html"]
    assert "Kontak Bagian Protokol dan TU Pimpinan Kabupaten Lumajang" in lumajang  # the publisher's, named
    assert '<a href="tel:+62334881009">0334881009</a>' in lumajang
    assert "Berlaku sejak" not in lumajang  # in no decree: no date


def test_every_telephone_the_site_prints_is_a_tel_link(real):
    pages = html_pages(real)
    kop = pages["kota-pasuruan/keputusan/sekda-167-2024.html"]
    assert ('<p class="kop-alamat">Telepon <a href="tel:+62343426919">(0343) 426919</a>, '
            '<a href="tel:+62343426604">426604</a>, Faksimile 425697,</p>') in kop
    assert 'Telepon <a href="tel:+62343426919">' in pages["kota-pasuruan/index.html"]
    assert '<a href="tel:+62343423028">(0343) 423028</a>' in pages["kabupaten-pasuruan/unit/bagian-umum.html"]


def test_every_page_links_the_favicon(real):
    assert (real / "aset" / "ikon.svg").read_bytes().startswith(b"<svg")
    for path, html in html_pages(real).items():
        icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
        assert icon, path
        target = icon.group(1).removeprefix("/") if path == "404.html" else icon.group(1)
        assert (real / Path(path).parent / target).resolve() == (real / "aset" / "ikon.svg").resolve(), path


def test_hostile_contacts_are_escaped_and_never_linked_as_given(hostile):
    html = html_pages(hostile)["kota-uji/layanan/layanan-jahat.html"]
    assert "&lt;img src=x onerror=alert(&#39;alamat&#39;)&gt;" in html
    assert '<a href="https://contoh.go.id/%3Cb%3Ex">contoh.go.id/&lt;b&gt;x</a>' in html
    region = html_pages(hostile)["kota-uji/index.html"]
    assert ('Telepon <a href="tel:+623431234567">(0343) 1234567</a> &lt;script&gt;alert(&#39;telepon&#39;)'
            '&lt;/script&gt;</p>') in region
