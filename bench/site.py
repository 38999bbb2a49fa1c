"""Bench: time per page of a site-only build (`sk build --format site`, no PDF/DOCX).

    .venv/bin/python bench/site.py                  # the repository's sources/
    .venv/bin/python bench/site.py --services 500   # a synthetic region grown by bench/corpus.py
    .venv/bin/python bench/site.py --sources DIR --repeat 5

Prints the whole build (load, render, Pagefind, publish; best of --repeat runs) per HTML page, and
the site's own phases measured once on the loaded project. ``measure()`` returns the figures for
a caller such as a whole-build bench.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sk_builder.build import build  # noqa: E402
from sk_builder.jobs import plan  # noqa: E402
from sk_builder.site import search  # noqa: E402
from sk_builder.site.render import plan_site  # noqa: E402
from sk_builder.sources.loader import load_or_fail  # noqa: E402


def _timed(function, *args):
    start = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - start


def _whole_build(sources: Path, repeat: int) -> tuple[float, int]:
    """Best wall time of a site-only build, and the number of HTML pages it wrote."""
    best, pages = float("inf"), 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="sk-bench-situs-") as tmp:
            out = Path(tmp) / "build"
            _, seconds = _timed(build, sources, out, ("site",))
            pages = sum(1 for p in (out / "site").rglob("*.html") if "pagefind" not in p.parts)
        best = min(best, seconds)
    return best, pages


def _phases(sources: Path) -> dict[str, float]:
    """Seconds of each phase of the site, run once on the loaded project."""
    (project, _), load = _timed(load_or_fail, sources)
    site = plan_site(project, {}, {job.stem: job for job in plan(project)})

    def produce(wanted) -> dict[str, bytes]:
        made: dict[str, bytes] = {}
        for task in site.tasks:
            if wanted(task.name):
                made.update(task.produce())
        return made

    built, render = _timed(produce, lambda name: name.endswith(".html"))
    _, index = _timed(search.index, built)
    _, records = _timed(produce, lambda name: not name.endswith(".html"))
    return {"muat rekaman": load, "halaman (Jinja)": render, "Pagefind": index, "data JSON": records}


def measure(sources: Path, repeat: int = 3) -> dict:
    """The figures of a site-only build of ``sources``: seconds, pages, seconds per page, phases."""
    seconds, pages = _whole_build(sources, repeat)
    return {"sources": str(sources), "seconds": seconds, "pages": pages,
            "per_page": seconds / max(pages, 1), "phases": _phases(sources)}


def report(figures: dict) -> None:
    """Print the figures."""
    pages = figures["pages"]
    print(f"sumber: {figures['sources']}")
    print(f"build situs saja: {figures['seconds']:.2f} s untuk {pages} halaman HTML "
          f"= {1000 * figures['per_page']:.1f} ms/halaman")
    for name, seconds in figures["phases"].items():
        print(f"  {name:<16} {seconds:6.2f} s  ({1000 * seconds / max(pages, 1):5.1f} ms/halaman)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "sources")
    parser.add_argument("--services", type=int, default=0, help="build a synthetic region of N services instead")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.services:
        report(measure(args.sources, args.repeat))
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="sk-bench-korpus-") as tmp:
        report(measure(write_corpus(Path(tmp) / "sources", args.services), args.repeat))


if __name__ == "__main__":
    main()
