"""The decree PDF side by side (issue 15): sk-builder's pieces-and-join against one WeasyPrint print of the same
HTML and LibreOffice turning sk-builder's DOCX of the same decree into PDF; the region's PDFs at -j1/-j2; and
a long decree (time, peak memory).

    .venv/bin/python bench/pdf.py                       # Kota Pasuruan, 3 rounds, and a 300-standard decree
    .venv/bin/python bench/pdf.py --long 0 --rounds 1   # a quick look

It prints a table and writes bench/results-pdf.md.

Every figure is a fresh process, as a user runs it: Python and the libraries load each time, nothing is
cached between runs. bench/run.py calls ``measure`` in its own run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import write_corpus  # noqa: E402
from run import Measure, machine, run  # noqa: E402

SEED = ROOT / "sources" / "kota-pasuruan"
DECREE = "sekda-167-2024"

# One decree through sk-builder's own pipeline (pieces on -j cores, then the join), as `sk build` renders it.
DECREE_ONLY = """
import sys
from pathlib import Path
from sk_builder.cache import open_store
from sk_builder.incremental import Incremental
from sk_builder.progress import Progress
from sk_builder.sources.loader import load_or_fail
sources, stem, jobs, target = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
project, _ = load_or_fail(sources)  # loaded, not checked: `sk check` is not part of printing a PDF
with open_store(None) as store:
    cached = Incremental(store, sources)
    every = cached._index  # this one decree only, keyed as a build keys it
    cached._index = lambda project: [entry for entry in every(project) if entry[0] == stem]
    outputs = cached.documents(project, ("pdf",), jobs, Progress())
    target.write_bytes(outputs[f"dokumen/{stem}.pdf"])
"""

# The same decree's HTML printed at once by WeasyPrint, nothing else.
BARE = """
import sys
from weasyprint import HTML
HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])
"""

# The decree's HTML and DOCX as sk-builder writes them (prepared once, outside the timings).
PREPARE = """
import sys
from pathlib import Path
from sk_builder.jobs import plan
from sk_builder.render.registry import RENDERERS
from sk_builder.sources.loader import load_or_fail
project, _ = load_or_fail(Path(sys.argv[1]))
job = next(j for j in plan(project) if j.kind == "decree" and j.stem == sys.argv[2])
out = Path(sys.argv[3])
(out / "keputusan.html").write_bytes(RENDERERS["html"].render(job))
(out / "keputusan.docx").write_bytes(RENDERERS["docx"].render(job))
"""


def _sources(work: Path) -> Path:
    """A sources folder holding Kota Pasuruan alone."""
    tree = work / "sumber"
    if not tree.exists():
        shutil.copytree(SEED, tree / SEED.name, ignore=shutil.ignore_patterns(".sk-cache"))
    return tree


def _long(work: Path, standards: int) -> tuple[Path, str]:
    """A region with one decree enacting ``standards`` standards (bench/corpus.py grows them)."""
    tree = work / f"panjang-{standards}"
    if not tree.exists():
        write_corpus(tree, standards, decree_size=standards)
    decree = sorted((tree / "kota-pasuruan" / "keputusan").glob("*.yaml"))[0].stem
    return tree, f"kota-pasuruan/{decree}"


def measure(work: Path, env: dict, log: Path, rounds: int = 3, long: int = 300) -> dict[str, Measure]:
    """Every figure of issue 15, best of ``rounds`` where it is cheap enough."""
    python = sys.executable
    sources = _sources(work)
    prepared = work / "siap"
    prepared.mkdir(exist_ok=True)
    run("siapkan HTML dan DOCX", [python, "-c", PREPARE, str(sources), f"kota-pasuruan/{DECREE}", str(prepared)],
        env, log)
    office = shutil.which("libreoffice") or shutil.which("soffice")
    profile = (work / "lo-profil").as_uri()
    if office:  # LibreOffice's first start writes its user profile: not part of any figure
        run("LibreOffice pemanasan", [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                                      "--outdir", str(work / "lo"), str(prepared / "keputusan.docx")], env, log)
    found: dict[str, list[Measure]] = {}

    def add(key: str, measure: Measure) -> None:
        found.setdefault(key, []).append(measure)

    for _ in range(rounds):
        for jobs in (1, 2):
            add(f"decree-j{jobs}", run(f"sk-builder: keputusan saja, -j{jobs}", [
                python, "-c", DECREE_ONLY, str(sources), f"kota-pasuruan/{DECREE}", str(jobs), str(work / "k.pdf")],
                env, log))
        add("bare", run("WeasyPrint langsung, HTML yang sama", [
            python, "-c", BARE, str(prepared / "keputusan.html"), str(work / "w.pdf")], env, log))
        if office:
            add("office", run("LibreOffice DOCX→PDF", [
                office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                str(work / "lo"), str(prepared / "keputusan.docx")], env, log))
        for jobs in (1, 2):
            add(f"region-j{jobs}", run(f"sk build --format pdf (1 keputusan + 18 ekstrak), -j{jobs}", [
                python, "-c", SK, "build", str(sources), "--out", str(work / f"o{jobs}"), "--format", "pdf",
                "--no-cache", "-j", str(jobs), "--paksa"], env, log))
    best = {key: min(runs, key=lambda m: m.seconds) for key, runs in found.items()}
    if long:
        tree, stem = _long(work, long)
        for jobs in (1, 2):
            best[f"long-j{jobs}"] = run(f"sk-builder: keputusan {long} standar, -j{jobs}", [
                python, "-c", DECREE_ONLY, str(tree), stem, str(jobs), str(work / "p.pdf")], env, log)
    return best


SK = "import sys; from sk_builder.cli import main; sys.argv[0] = 'sk'; main()"


def table(best: dict[str, Measure]) -> str:
    """The figures as a Markdown table, with the ratios issue 15 asks for."""
    rows = ["| run | wall time | CPU time | peak RSS, largest process | peak memory, all processes (PSS) |",
            "|---|---:|---:|---:|---:|"]
    for key, m in best.items():
        rows.append(f"| {m.label} | {m.seconds:.2f} s | {m.cpu:.2f} s | {m.rss_mb:.0f} MB | {m.pss_mb:.0f} MB |")
    office = best.get("office")
    if office:
        for key in ("decree-j1", "decree-j2", "bare", "region-j2"):
            if key in best:
                rows.append(f"| {best[key].label} ÷ LibreOffice | {best[key].seconds / office.seconds:.2f}× "
                            f"| {best[key].cpu / office.cpu:.2f}× | | |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--long", type=int, default=300, help="standards in the long decree (0: skip)")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results-pdf.md")
    args = parser.parse_args()

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    work = args.work or Path(tempfile.mkdtemp(prefix="sk-bench-pdf-"))
    work.mkdir(parents=True, exist_ok=True)
    where = machine()
    load = os.getloadavg()[0]
    best = measure(work, env, work / "log.txt", args.rounds, args.long)
    text = table(best)
    print(text)
    command = " ".join(["bench/pdf.py", *sys.argv[1:]])
    args.results.write_text(
        f"# The decree PDF side by side\n\nGenerated by `{command}`; do not edit by hand.\n\n"
        f"- machine: {where}\n- load average (1 min) before / after: {load:.2f} / {os.getloadavg()[0]:.2f}\n"
        f"- best of {args.rounds} rounds (the long decree: one run); every run a fresh process\n\n{text}\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
