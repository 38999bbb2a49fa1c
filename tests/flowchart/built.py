"""One build of the chart fixtures (tests/flowchart/sumber) and of seed 004's region, shared by the session."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sk_builder.build import build

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "sumber"
ROOT = HERE.parents[1]
LUMAJANG = ROOT / "sources" / "kabupaten-lumajang"


@lru_cache(maxsize=None)
def built(sources: Path, out: Path) -> Path:
    """Build ``sources`` into ``out`` once in PDF, HTML and DOCX; the documents folder of its region."""
    build(sources, out, ("pdf", "html", "docx"))
    return next((out / "dokumen").iterdir())
