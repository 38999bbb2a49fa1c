"""The 404 page as a static host serves it: at any missing address, at any depth, styled, linked, accessible."""

from __future__ import annotations

import functools
import http.server
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from sk_builder.site.notfound import site_root

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


class _Host(http.server.SimpleHTTPRequestHandler):
    """A static host configured as README says: 404.html for every missing address, with status 404."""

    def log_message(self, *args) -> None:  # noqa: D102
        pass

    def send_error(self, code, message=None, explain=None) -> None:  # noqa: D102
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def host(site_only):
    """The repository's site served at a host's root (its url_dasar has the root path)."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Host, directory=str(site_only / "site")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()


def test_links_start_at_the_published_root_and_the_page_is_never_indexed(site_only):
    html = (site_only / "site" / "404.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in html and 'rel="canonical"' not in html
    assert '<link rel="stylesheet" href="/aset/situs.css">' in html
    assert '<a href="/kabupaten-lumajang/index.html">Pemerintah Kabupaten Lumajang</a>' in html
    assert "404.html" not in (site_only / "site" / "sitemap.xml").read_text(encoding="utf-8")


def test_the_root_path_comes_from_the_shared_base_url():
    class Context:
        shared_base = "https://contoh.go.id/standar/"

    assert site_root(Context()) == "/standar/"
    Context.shared_base = None
    assert site_root(Context()) == "/"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["ponsel-360", "desktop"])
def test_a_missing_deep_address_shows_the_styled_404_page_that_leads_home(chromium, host, viewport):
    from axe_playwright_python.sync_playwright import Axe

    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(host + "kota-pasuruan/layanan/tidak-ada.html", timeout=10)  # noqa: S310
    assert missing.value.code == 404
    context = chromium.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error"
            and "404" not in message.text else None)  # the document's own status is the point
    page.goto(host + "kota-pasuruan/layanan/tidak-ada.html")
    assert page.locator("h1").inner_text() == "Halaman tidak ditemukan"
    assert page.locator("header.kepala").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(10, 61, 107)"
    for size in (100, 200):
        page.evaluate(f"document.documentElement.style.fontSize = '{size}%'")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.evaluate("document.documentElement.style.fontSize = ''")
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    assert [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")] == []
    page.get_by_role("link", name="Pemerintah Kabupaten Lumajang").click()
    page.wait_for_url(host + "kabupaten-lumajang/index.html")
    assert page.locator("h1").inner_text() == "Pemerintah Kabupaten Lumajang"
    context.close()
    assert errors == []
