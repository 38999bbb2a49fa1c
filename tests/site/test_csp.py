"""The site under the strict Content-Security-Policy README gives: every page loads with no violation (a
violation is a console error), search runs, and the SOP flowchart keeps its lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def base(site_only, static_server):
    with static_server(site_only, {"Content-Security-Policy": POLICY}) as server:
        yield server.url + "site/"


@pytest.fixture
def page(chromium):
    context = chromium.new_context()
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"{page.url}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    yield page
    context.close()
    assert problems == []


def test_readme_gives_this_policy():
    assert POLICY in README.read_text(encoding="utf-8")


def test_no_page_needs_inline_style_script_or_data_urls(site_only):
    for path in (site_only / "site").rglob("*.html"):
        if "pagefind" in path.parts:
            continue
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"\sstyle=", html), path
        assert "<style" not in html and not re.search(r"<script(?![^>]*\ssrc=)", html), path
        assert not re.search(r"""(?:src|href)=["']data:""", html), path


@pytest.mark.parametrize("path", ["index.html", "cari.html?q=hibah", "kota-pasuruan/layanan/hibah-uang.html",
                                  "kabupaten-lumajang/sop/koordinasi-kegiatan-pimpinan.html"])
def test_pages_load_under_the_policy_without_violation(page, base, path):
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()


def test_search_runs_under_the_policy(page, base):
    page.goto(base + "cari.html?q=hibah")
    page.wait_for_selector("#hasil-cari a", timeout=15000)
    assert page.locator("#hasil-cari a").count() > 0


def test_the_sop_flowchart_keeps_its_lines_under_the_policy(page, base):
    page.goto(base + "kabupaten-lumajang/sop/koordinasi-kegiatan-pimpinan.html")
    rails = page.eval_on_selector_all("td.simbol svg line", """lines => lines.map(l => [
        l.y2.baseVal.value - l.y1.baseVal.value, getComputedStyle(l).stroke, getComputedStyle(l).strokeWidth])""")
    assert rails and any(length > 100 for length, _, _ in rails)  # rails run on below the band, clipped by the cell
    assert {stroke for _, stroke, _ in rails} == {"rgb(27, 27, 27)"}  # the page's text colour
    widths = page.eval_on_selector_all("table.alur col", "cols => cols.map(c => c.getBoundingClientRect().width)")
    assert len(set(round(w) for w in widths)) > 2  # the column widths of the SOP's stylesheet applied
