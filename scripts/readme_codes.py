"""Write README's tables of diagnostic codes from src/sk_builder/catalogue.py (the one list of codes).

Each table sits between ``<!-- kode: PHASE ... -->`` and ``<!-- /kode -->``; run after adding a code:

    .venv/bin/python scripts/readme_codes.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sk_builder.catalogue import readme_table  # noqa: E402

BLOCK = re.compile(r"(<!-- kode: (?P<phases>[a-z ]+) -->\n)(?P<table>.*?)(<!-- /kode -->)", re.S)


def rewritten(text: str) -> str:
    """README with every code table regenerated."""
    return BLOCK.sub(lambda m: m.group(1) + readme_table(tuple(m.group("phases").split())) + m.group(4), text)


if __name__ == "__main__":
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = rewritten(text)
    readme.write_text(new, encoding="utf-8")
    print("README.md: code tables " + ("rewritten" if new != text else "already current"))
