"""Cost of the archival PDF: the Kota Pasuruan decree as the ordinary PDF and as PDF/A-3b + PDF/UA-1 (best of 2)."""

from __future__ import annotations

import time
from pathlib import Path

from sk_builder.ekspor import arsip
from sk_builder.jobs import decree_job
from sk_builder.render.registry import RENDERERS
from sk_builder.sources.loader import load_or_fail

SOURCES = Path(__file__).resolve().parents[1] / "sources" / "kota-pasuruan"


def main() -> None:
    """Print seconds and bytes of each variant."""
    project, _ = load_or_fail(SOURCES)
    region = project.regions[0]
    decree = region.decrees[0]
    job = decree_job(region, decree)
    RENDERERS["pdf"].render(job)  # fonts and templates warm
    for name, make in (("biasa", lambda: RENDERERS["pdf"].render(job)),
                       ("arsip", lambda: arsip.archival_pdf(region, decree))):
        timings, data = [], b""
        for _ in range(2):
            start = time.perf_counter()
            data = make()
            timings.append(time.perf_counter() - start)
        print(f"{name}: {min(timings):.2f} s, {len(data)} bytes")


if __name__ == "__main__":
    main()
