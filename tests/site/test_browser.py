"""The site in real headless Chromium: navigation by clicking, search, accessibility, phone width, file://.

The site-only build is served by a plain static server at /site/ (a sub-path, as on many hosts).
Every test fails on a console error or an uncaught page error (checked when the page fixture closes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def built(site_only) -> Path:
    return site_only


@pytest.fixture(scope="module")
def base(built, static_server):
    with static_server(built) as server:
        yield server.url + "site/"


@pytest.fixture(scope="module")
def pages(built) -> list[str]:
    site = built / "site"
    return [p.relative_to(site).as_posix() for p in sorted(site.rglob("*.html")) if "pagefind" not in p.parts]


def _open_page(chromium, viewport):
    context = chromium.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(f"{page.url}: {message.text}") if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    return context, page, errors


@pytest.fixture
def page(chromium):
    context, page, errors = _open_page(chromium, DESKTOP)
    yield page
    context.close()
    assert errors == []


@pytest.fixture
def phone(chromium):
    context, page, errors = _open_page(chromium, PHONE)
    yield page
    context.close()
    assert errors == []


def test_home_region_unit_service_by_clicking(page, base):
    page.goto(base + "index.html")
    page.get_by_role("link", name="Pemerintah Kota Pasuruan").click()
    page.wait_for_url("**/kota-pasuruan/index.html")
    page.get_by_role("heading", name="Bagian Kesejahteraan Rakyat").get_by_role("link").click()
    page.wait_for_url("**/kota-pasuruan/unit/bagian-kesejahteraan-rakyat.html")
    page.get_by_role("link", name="Hibah Uang").click()
    page.wait_for_url("**/kota-pasuruan/layanan/hibah-uang.html")
    assert page.locator("h1").inner_text() == "Hibah Uang"
    page.get_by_role("link", name="Keputusan Sekretaris Daerah Kota Pasuruan Nomor 167 Tahun 2024").click()
    page.wait_for_url("**/kota-pasuruan/keputusan/sekda-167-2024.html#layanan-hibah-uang")
    assert page.locator("#layanan-hibah-uang").is_visible()


def test_search_hibah_from_the_header_reaches_the_service(page, base):
    page.goto(base + "kota-pasuruan/index.html")
    page.get_by_role("searchbox", name="Kata kunci layanan").fill("hibah")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari.html?q=hibah")
    result = page.locator("#hasil-cari a", has_text="Hibah Uang")
    result.wait_for()
    assert "1 layanan ditemukan" in page.locator("#status-cari").inner_text()
    result.click()
    page.wait_for_url("**/kota-pasuruan/layanan/hibah-uang.html")
    assert page.locator("h1").inner_text() == "Hibah Uang"


def test_search_filters_by_region_and_unit(page, base):
    page.goto(base + "cari.html")
    page.get_by_label("Wilayah").select_option("Kabupaten Lumajang")
    page.get_by_role("button", name="Cari").click()
    page.wait_for_function("document.querySelectorAll('#hasil-cari li').length > 0")
    assert "Koordinasi kegiatan kedinasan pimpinan daerah" in page.locator("#hasil-cari a").all_inner_texts()
    places = page.locator("#hasil-cari li .jumlah").all_inner_texts()
    assert places and all(place.endswith("· Kabupaten Lumajang") for place in places)
    page.get_by_label("Wilayah").select_option("Kota Pasuruan")
    page.get_by_label("Unit").select_option("Bagian Hukum")
    page.get_by_label("Kata kunci").fill("data")
    page.get_by_role("button", name="Cari").click()
    page.wait_for_function("document.querySelector('#status-cari').textContent.includes('ditemukan')")
    assert page.locator("#hasil-cari a").all_inner_texts() == ["Data Dan Informasi Bagian Hukum"]
    assert "unit=Bagian+Hukum" in page.url


def test_every_page_fits_a_360px_phone_without_console_errors(phone, base, pages):
    assert "kota-pasuruan/keputusan/sekda-167-2024.html" in pages
    for path in pages:
        phone.goto(base + path)
        width = phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"{path} menggulir ke samping: {width}"


# Contrast checks cost ~0.5 s per hundred nodes; on the decree page the lampiran repeats one template per
# Bagian, so contrast is checked on the first Bagian only. Every other rule runs on the whole page.
REPEATED = {"exclude": [[".bagian-lampiran ~ .bagian-lampiran"]]}


def _serious(results) -> list:
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", ["index.html", "kota-pasuruan/layanan/hibah-uang.html",
                                  "kota-pasuruan/keputusan/sekda-167-2024.html",
                                  "kabupaten-lumajang/layanan/koordinasi-kegiatan-pimpinan.html", "cari.html"])
def test_axe_finds_no_serious_or_critical_violation(page, base, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(base + path)
    axe = Axe()
    everything_but_contrast = {"resultTypes": ["violations"], "rules": {"color-contrast": {"enabled": False}}}
    assert _serious(axe.run(page, options=everything_but_contrast)) == []
    contrast = {"resultTypes": ["violations"], "runOnly": {"type": "rule", "values": ["color-contrast"]}}
    assert _serious(axe.run(page, context=REPEATED, options=contrast)) == []


def test_skip_link_is_first_and_focus_is_visible(page, base):
    page.goto(base + "kota-pasuruan/layanan/hibah-uang.html")
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => {
        const el = document.activeElement, box = el.getBoundingClientRect(), style = getComputedStyle(el);
        return {text: el.textContent, top: box.top, outline: style.outlineStyle, width: style.outlineWidth};
    }""")
    assert focused["text"] == "Langsung ke isi" and focused["top"] >= 0
    assert focused["outline"] != "none" and focused["width"] != "0px"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "isi"


def test_print_shows_content_without_navigation(page, base):
    page.goto(base + "kota-pasuruan/layanan/hibah-uang.html")
    page.emulate_media(media="print")
    assert not page.locator("header.kepala").is_visible()
    assert not page.locator("nav.jejak").is_visible()
    assert page.locator("h1").is_visible()


def test_site_works_from_file_urls(page, built):
    page.goto((built / "site" / "index.html").as_uri())
    page.get_by_role("link", name="Pemerintah Kabupaten Lumajang").click()
    page.get_by_role("link", name="Koordinasi kegiatan kedinasan pimpinan daerah").click()
    assert page.locator("h1").inner_text() == "Koordinasi kegiatan kedinasan pimpinan daerah"
    assert page.locator("header.kepala").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(10, 61, 107)"
    page.get_by_role("searchbox", name="Kata kunci layanan").fill("hibah")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari.html?q=hibah")
    assert "server web" in page.locator("#status-cari").inner_text()
    assert page.get_by_role("link", name="Hibah Uang").count() == 1  # the full list still leads there
