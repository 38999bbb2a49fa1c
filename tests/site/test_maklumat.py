"""The Maklumat page: the pledge, its picture and the poster's downloads, linked from each of the unit's services and
its unit page; with the pages of versions, valid HTML, accessible, and no sideways scrolling on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.site.nu import html_errors, pages_of

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
REGION = "kabupaten-rimba-raya"
PICTURE = RIMBA / REGION / "maklumat" / "bidang-pelayanan-perizinan.png"
NEW_PAGES = [f"{REGION}/maklumat/bidang-pelayanan-perizinan.html", f"{REGION}/maklumat/pengaduan.html",
             f"{REGION}/perubahan/kadis-2021/izin-reklame-2021.html", f"{REGION}/layanan/izin-reklame-2021.html",
             f"{REGION}/layanan/izin-reklame.html", f"{REGION}/keputusan/kadis-2021.html"]


@pytest.fixture(scope="module")
def site(site_build) -> Path:
    return site_build("maklumat", RIMBA, ("pdf", "docx", "site")) / "site"


def _read(site: Path, path: str) -> str:
    return " ".join((site / path).read_text(encoding="utf-8").split())


def test_the_page_shows_the_pledge_the_picture_the_signer_and_the_downloads(site):
    html = _read(site, f"{REGION}/maklumat/bidang-pelayanan-perizinan.html")
    assert "<h1 id=\"judul-maklumat\">Maklumat Pelayanan</h1>" in html
    assert "kami menyatakan sanggup menyelenggarakan pelayanan" in html and "Yusuf Harahap, S.H." in html
    assert '<img src="bidang-pelayanan-perizinan.png" alt="Gambar contoh - loket pelayanan perizinan' in html
    assert (site / REGION / "maklumat" / "bidang-pelayanan-perizinan.png").read_bytes() == PICTURE.read_bytes()
    for suffix in ("pdf", "docx"):
        target = f"../../unduh/{REGION}/maklumat/bidang-pelayanan-perizinan.{suffix}"
        assert f'href="{target}"' in html and (site / REGION / "maklumat" / target).resolve().is_file()
    pledged = html[html.index('id="layanan-unit"'):]
    assert 'href="../layanan/izin-reklame.html"' in pledged and 'href="../layanan/izin-praktik-bidan.html"' in pledged
    assert "izin-reklame-2021" not in pledged  # the earlier version kept beside it is no promise


def test_each_service_of_the_unit_and_the_unit_page_link_it(site):
    for service in ("izin-reklame", "izin-praktik-bidan", "izin-reklame-2021"):
        html = _read(site, f"{REGION}/layanan/{service}.html")
        assert '<dd><a href="../maklumat/bidang-pelayanan-perizinan.html">Maklumat Pelayanan Bidang Pelayanan ' \
               'Perizinan</a></dd>' in html, service
    other = _read(site, f"{REGION}/layanan/pengaduan-layanan.html")
    assert 'href="../maklumat/pengaduan.html"' in other  # its unit written in another case and spacing
    unit = _read(site, f"{REGION}/unit/bidang-pelayanan-perizinan.html")
    assert 'href="../maklumat/bidang-pelayanan-perizinan.html"' in unit


def test_the_maklumat_page_is_in_the_sitemap(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"https://perizinan.rimbarayakab.go.id/{REGION}/maklumat/pengaduan.html" in sitemap
    assert f"https://perizinan.rimbarayakab.go.id/{REGION}/perubahan/kadis-2021/izin-reklame-2021.html" in sitemap


def test_the_new_pages_are_valid_html(site):
    errors, status = html_errors(pages_of(site))
    assert errors == [] and status == 0, "\n".join(errors[:20])


@pytest.fixture(scope="module")
def base(site, static_server):
    with static_server(site.parent) as server:
        yield server.url + "site/"


@pytest.mark.parametrize("path", NEW_PAGES)
def test_axe_finds_no_serious_or_critical_violation(chromium, base, path):
    from axe_playwright_python.sync_playwright import Axe

    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base + path)
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    context.close()
    serious = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_no_new_page_scrolls_sideways_on_a_phone_at_larger_text(chromium, base):
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in NEW_PAGES:
        page.goto(base + path)
        for size in (100, 150, 200):
            page.evaluate(f"document.documentElement.style.fontSize = '{size}%'")
            width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert width[0] <= width[1], f"{path} pada teks {size} %: {width}"
    context.close()
