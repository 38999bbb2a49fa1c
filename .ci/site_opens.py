"""CI: `sk serve` (from the fresh installation) of the tutorial's project, opened in Debian's Chromium.

Usage: python .ci/site_opens.py PATH/TO/sk PROJECT. Passes when the home page, the standard's page
and the decree's HTML open with their text and without a console error (the strict CSP holds).
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {"site/index.html": "Kota Contoh", "site/kota-contoh/layanan/persuratan.html": "Persuratan",
         "dokumen/kota-contoh/standar-pelayanan.html": "MEMUTUSKAN"}


def main(sk: str, project: str) -> int:
    server = subprocess.Popen([sk, "serve", "sources", "--port", "0"], cwd=project, stderr=subprocess.PIPE, text=True)
    try:
        first = server.stderr.readline()
        url = re.match(r"sk serve: (http://127\.0\.0\.1:\d+/)", first)
        assert url, first
        end = time.monotonic() + 300
        while b'"versi": 0' in urllib.request.urlopen(url[1] + "__sk/status").read():
            assert time.monotonic() < end and server.poll() is None, "sk serve did not finish its first build"
            time.sleep(0.5)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page()
            errors = []
            page.on("console", lambda message: errors.append(f"{page.url}: {message.text}")
                    if message.type == "error" else None)
            page.on("response", lambda response: errors.append(f"{response.status} {response.url}")
                    if response.status >= 400 else None)
            for path, text in PAGES.items():
                page.goto(url[1] + path)
                assert text in page.inner_text("body"), (path, text)
                print(f"dibuka: {path} ({page.title()})")
            browser.close()
        assert errors == [], errors
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
