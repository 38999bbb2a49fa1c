"""`sk serve` in a real browser: the page shows an edited record without a click, errors appear on the page with
file:line, and the site keeps working under the strict Content-Security-Policy."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import sk_builder
from sk_builder.init.answers import Answers
from sk_builder.init.scaffold import scaffold

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHIELD = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 12"><path d="M0 0H10V7L5 12L0 7Z"/></svg>\n'


def _status(url: str) -> dict:
    with urllib.request.urlopen(url + "__sk/status", timeout=5) as response:
        return json.loads(response.read())


def _wait(condition, seconds: float = 90.0, what: str = ""):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found = condition()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"tidak terjadi dalam {seconds} dtk: {what}")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`sk serve` of a new project on a free port; yields (url, region folder, process)."""
    project = tmp_path_factory.mktemp("proyek")
    scaffold(project / "p", Answers("Kota Contoh"), dt.date(2025, 3, 4))
    region = project / "p" / "sources" / "kota-contoh"
    (region / "lambang.svg").write_bytes(SHIELD)
    scratch = project / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(sk_builder.__file__).parents[1]), "PYTHONUNBUFFERED": "1",
           "TMPDIR": str(scratch)}
    process = subprocess.Popen([sys.executable, "-c", "from sk_builder.cli import main; main()", "serve", "sources",
                                "--port", "0", "--format", "html,site", "-j", "1"], cwd=project / "p", env=env,
                               stderr=subprocess.PIPE, text=True)
    first = process.stderr.readline()
    match = re.match(r"sk serve: (http://127\.0\.0\.1:\d+/) ", first)
    assert match, first
    url = match[1]
    try:
        _wait(lambda: _status(url)["versi"] >= 1, what="build pertama")
        yield url, region, process, scratch
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stderr.close()


def test_the_open_page_shows_an_edit_then_an_error_then_the_fix(served):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} tidak ada (paket Debian chromium)")
    from playwright.sync_api import sync_playwright

    url, region, _, _ = served
    record = region / "standar" / "persuratan.yaml"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        problems = []
        page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
        page.goto(url)
        assert page.url.endswith("/site/index.html")
        page.goto(url + "site/kota-contoh/layanan/persuratan.html")
        assert "akan disampaikan kepada pimpinan" in page.inner_text("body")
        record.write_text(record.read_text().replace("akan disampaikan kepada pimpinan",
                                                     "diantar langsung ke meja pimpinan"))
        # (not wait_for_function: evaluating a string is what the page's CSP forbids)
        page.locator("body", has_text="diantar langsung ke meja pimpinan").wait_for(timeout=90_000)
        profile = region / "profil.yaml"
        good = profile.read_text()
        profile.write_text(good.replace("telepon:", "telpon:"))
        page.wait_for_selector("#sk-galat", timeout=90_000)
        shown = page.inner_text("#sk-galat")
        assert re.search(r"kota-contoh/profil\.yaml:\d+:1: error SK104 kolom \"telpon\" tidak dikenal", shown), shown
        assert "diantar langsung ke meja pimpinan" in page.inner_text("body")  # the last good build stays
        profile.write_text(good)
        page.wait_for_selector("#sk-galat", state="detached", timeout=90_000)
        assert problems == []  # no Content-Security-Policy violation, no failed script
        browser.close()


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_terminate_stops_cleanly_and_removes_the_preview(tmp_path, stop):
    scaffold(tmp_path / "p", Answers("Kota Contoh"), dt.date(2025, 3, 4))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(sk_builder.__file__).parents[1]), "TMPDIR": str(scratch)}
    process = subprocess.Popen([sys.executable, "-c", "from sk_builder.cli import main; main()", "serve", "sources",
                                "--port", "0", "--format", "html", "-j", "1"], cwd=tmp_path / "p", env=env,
                               stderr=subprocess.PIPE, text=True)
    url = re.match(r"sk serve: (http://127\.0\.0\.1:\d+/) ", process.stderr.readline())[1]
    _wait(lambda: _status(url)["versi"] >= 1, what="build pertama")
    assert [p.name for p in scratch.glob("sk-serve-*")] != []
    process.send_signal(stop)
    assert process.wait(timeout=30) == 0
    assert "sk serve: berhenti." in process.stderr.read()
    process.stderr.close()
    assert list(scratch.glob("sk-serve-*")) == []
