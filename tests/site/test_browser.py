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
    return [p.relative_to(site).as_posix() for p in sorted(site.rglob("*.html"))
            if "pagefind" not in p.parts and p.name != "404.html"]  # served at the host's root: test_notfound.py


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
    page.get_by_label("Unit").select_option(label="Bagian Hukum")
    page.get_by_label("Kata kunci").fill("data")
    page.get_by_role("button", name="Cari").click()
    page.wait_for_function("document.querySelector('#status-cari').textContent.includes('ditemukan')")
    assert page.locator("#hasil-cari a").all_inner_texts() == ["Data Dan Informasi Bagian Hukum"]
    assert "wilayah=kota-pasuruan&unit=kota-pasuruan%2Funit%2Fbagian-hukum" in page.url


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
    page.get_by_role("link", name="Koordinasi kegiatan kedinasan pimpinan daerah", exact=True).click()
    assert page.locator("h1").inner_text() == "Koordinasi kegiatan kedinasan pimpinan daerah"
    assert page.locator("header.kepala").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(10, 61, 107)"
    page.get_by_role("searchbox", name="Kata kunci layanan").fill("hibah")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari.html?q=hibah")
    assert "server web" in page.locator("#status-cari").inner_text()
    assert page.get_by_role("link", name="Hibah Uang").count() == 1  # the full list still leads there


def _results(page) -> list[tuple[str, str]]:
    page.get_by_role("button", name="Cari").click()
    page.wait_for_function("/ditemukan|tidak ada/i.test(document.querySelector('#status-cari').textContent)")
    return list(zip(page.locator("#hasil-cari li > a").all_inner_texts(),
                    page.locator("#hasil-cari li .jumlah").all_inner_texts()))


def test_unit_filter_keeps_same_named_units_of_two_regions_apart_and_narrows_with_the_region(page, base):
    page.goto(base + "cari.html")
    units = page.get_by_label("Unit")
    assert units.locator("option").all_inner_texts().count("Bagian Umum") == 2
    page.get_by_label("Wilayah").select_option("Kabupaten Pasuruan")
    assert units.locator("option").all_inner_texts() == ["Semua unit", "Bagian Umum"]
    units.select_option(label="Bagian Umum")
    assert _results(page) == [("Rapat, Perlengkapan Acara dan Tamu", "Bagian Umum · Kabupaten Pasuruan")]
    page.get_by_label("Wilayah").select_option("Kota Pasuruan")
    assert units.input_value() == ""  # the other region's unit is no longer offered, so not kept
    assert "Bagian Protokol dan TU Pimpinan" not in units.locator("option").all_inner_texts()
    units.select_option(label="Bagian Umum")
    city = _results(page)
    assert len(city) == 2 and all(place == "Bagian Umum · Kota Pasuruan" for _, place in city)
    page.get_by_label("Wilayah").select_option("")
    assert units.input_value() == "kota-pasuruan/unit/bagian-umum"  # still offered: kept


def test_search_links_written_with_names_still_work(page, base):
    page.goto(base + "cari.html?q=data&wilayah=Kota+Pasuruan&unit=Bagian+Hukum")
    page.wait_for_function("document.querySelector('#status-cari').textContent.includes('ditemukan')")
    assert page.get_by_label("Wilayah").input_value() == "kota-pasuruan"
    assert page.get_by_label("Unit").input_value() == "kota-pasuruan/unit/bagian-hukum"
    assert page.locator("#hasil-cari li > a").all_inner_texts() == ["Data Dan Informasi Bagian Hukum"]


# Text size: browsers' larger-text settings scale the root font size; every rem of the stylesheet follows.
TEXT_SIZES = (120, 150, 200)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["ponsel-360", "desktop"])
def test_no_page_scrolls_sideways_at_larger_text_sizes(chromium, base, pages, viewport):
    context, page, errors = _open_page(chromium, viewport)
    states = [*pages, "cari.html?q=data"]
    for path in states:
        page.goto(base + path)
        if "?q=" in path:
            page.wait_for_selector("#hasil-cari li")
        for size in TEXT_SIZES:
            page.evaluate(f"document.documentElement.style.fontSize = '{size}%'")
            width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert width[0] <= width[1], f"{path} pada teks {size} %: {width}"
    context.close()
    assert len(states) >= 42 and errors == []


@pytest.fixture(scope="module")
def chart_site(site_build, static_server):
    """The chart fixture tree (an F4 region, an SOP with decisions and a loop back) as a site."""
    from tests.flowchart.built import FIXTURE

    built = site_build("situs-bagan", FIXTURE)
    with static_server(built) as server:
        yield server.url + "site/"


SOPS = {"lumajang": ("kabupaten-lumajang", "koordinasi-kegiatan-pimpinan"),
        "cuti": ("kabupaten-contoh", "permohonan-cuti")}


@pytest.fixture(params=sorted(SOPS))
def sop(request, base, chart_site):
    """(URL, the SOP's document as drawn) for seed 004's SOP and the fixture's."""
    from sk_builder.sop.render import document_of
    from sk_builder.sources.loader import load_or_fail
    from tests.flowchart.built import FIXTURE, ROOT

    region_id, sop_id = SOPS[request.param]
    project, _ = load_or_fail(ROOT / "sources" if request.param == "lumajang" else FIXTURE)
    region = project.region(region_id)
    doc = document_of(region, next(p for p in region.sops if p.id == sop_id))
    return (base if request.param == "lumajang" else chart_site) + f"{region_id}/sop/{sop_id}.html", doc


def _pdf_pages(data: bytes) -> list[tuple[float, float, str]]:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(p.width, p.height, p.extract_text() or "") for p in pdf.pages]


def _cell_words(doc) -> set[str]:
    texts = [*doc.performers, "No", "Uraian", "Kegiatan", "Kelengkapan", "Waktu", "Output", "Keterangan"]
    texts += [t for row in doc.rows for t in (row.kelengkapan, row.waktu, row.output, row.keterangan) if t]
    return {word for text in texts for word in text.split()}


@pytest.mark.parametrize("paper, orientation", [("A4", None), ("Letter", None), ("A4", "portrait")])
def test_a_printed_sop_keeps_every_column(page, sop, paper, orientation):
    url, doc = sop
    page.goto(url)
    page.emulate_media(media="print")
    if orientation:  # as if the reader forced the orientation in the print dialog
        page.add_style_tag(content=f"@page sop {{ size: {paper} {orientation}; }}")
    printed = _pdf_pages(page.pdf(format=paper, prefer_css_page_size=orientation is None))
    width, height, _ = printed[0]
    assert (width > height) == (orientation is None)  # landscape unless the reader says otherwise
    words = {w for _, _, text in printed for w in text.split()}
    missing = _cell_words(doc) - words
    assert not missing, f"kolom terpotong: {sorted(missing)[:10]}"


def test_a_printed_service_page_fills_page_one_and_leaves_out_the_contents_links(page, base):
    import io

    import pdfplumber

    page.goto(base + "kota-pasuruan/layanan/hibah-uang.html")
    page.emulate_media(media="print")
    assert not page.locator("nav.isi-halaman").is_visible()
    with pdfplumber.open(io.BytesIO(page.pdf(format="A4"))) as pdf:
        first = pdf.pages[0]
        lowest = max(word["bottom"] for word in first.extract_words())
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert lowest > first.height * 0.8, f"halaman 1 terisi sampai {lowest / first.height:.0%}"
    assert text.count("Kontak dan pengaduan") == 1  # the section, never the contents pill


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["ponsel-360", "desktop"])
def test_forced_colours_keep_every_line_and_arrow_of_the_sop_flowchart(chromium, sop, viewport):
    from PIL import Image

    url, _ = sop
    context = chromium.new_context(viewport=viewport, forced_colors="active", color_scheme="dark")
    page = context.new_page()
    page.goto(url)
    ink, paper = page.evaluate("[getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]")
    assert ink != paper and page.evaluate("matchMedia('(forced-colors: active)').matches")
    drawn = page.eval_on_selector_all("td.simbol svg", """svgs => svgs.flatMap(svg => [
        ...[...svg.querySelectorAll('line')].map(e => ['garis', getComputedStyle(e).stroke]),
        ...[...svg.querySelectorAll('polygon[points]:not([stroke])')].map(e => ['panah', getComputedStyle(e).fill]),
        ...[...svg.querySelectorAll('rect, polygon[stroke]')].map(e => ['simbol', getComputedStyle(e).stroke,
                                                                      getComputedStyle(e).fill])])""")
    assert {kind for kind, *_ in drawn} == {"garis", "panah", "simbol"}
    assert all(colours == ([ink] if kind != "simbol" else [ink, paper]) for kind, *colours in drawn), drawn[:5]
    # Rendered: below a symbol's band, down to the cell's bottom, the rail is drawn in the text colour.
    cells = page.locator("td.simbol", has=page.locator("line[y2='2000']"))
    gaps = cells.evaluate_all("""cells => cells.map(c => c.getBoundingClientRect().bottom
                                                     - c.querySelector('svg').getBoundingClientRect().bottom)""")
    cell = cells.nth(gaps.index(max(gaps)))  # the cell whose rail runs longest below its band
    cell.scroll_into_view_if_needed()
    band, box = cell.locator("svg").bounding_box(), cell.bounding_box()
    below = {"x": box["x"], "y": band["y"] + band["height"] + 1, "width": box["width"],
             "height": box["y"] + box["height"] - band["y"] - band["height"] - 2}
    assert below["height"] > 4
    import io

    image = Image.open(io.BytesIO(page.screenshot(clip=below))).convert("L")
    bright = sum(image.histogram()[129:])  # pixels in the dark scheme's light text colour
    assert bright >= 0.8 * below["height"], f"rel tidak terlihat: {bright} piksel terang"  # a line ~1 px wide
    context.close()
