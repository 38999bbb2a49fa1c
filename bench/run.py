"""Benchmark sk-builder on a synthetic corpus of N services, next to the floors; print a table, write bench/results.md.

    .venv/bin/python bench/run.py                                   # 500 services (about 35 min)
    .venv/bin/python bench/run.py --services 500 --compare-services 100   # about 20 min
    .venv/bin/python bench/run.py --services 40                     # a quick look

The decree PDF section (bench/pdf.py: Kota Pasuruan's decree against bare WeasyPrint and LibreOffice, the
region's PDFs at -j1/-j2, a long decree) runs in the same run; --no-pdf skips it.

Every build runs `sk build` in a fresh process, as a user would, on a frozen copy of this checkout's
package (its templates inside it) (so edits made meanwhile do not disturb the figures). The whole-build
comparisons (full -j1/-j2, PDF-only, floors) run on ``--compare-services`` in interleaved rounds;
the incremental scenarios on ``--services``. Memory is sampled from /proc over the build and its
workers (largest single RSS, and the sum of proportional set sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import edit_service, write_corpus  # noqa: E402

SAMPLE = 0.1
"""Seconds between memory samples; reading /proc/*/smaps_rollup costs ~1-3 ms, so sampling more
often would take CPU from the builds being measured."""
SK = "import sys; from sk_builder.cli import main; sys.argv[0] = 'sk'; main()"
ALL = "pdf,docx,html,site"

BARE_WEASYPRINT = """
import sys
from pathlib import Path
from weasyprint import HTML
source, target = Path(sys.argv[1]), Path(sys.argv[2])
share, shares = (int(n) for n in (sys.argv[3:5] if len(sys.argv) > 3 else (0, 1)))
loads, mine = [0] * shares, []
for page in sorted(source.rglob("*.html"), key=lambda p: (-p.stat().st_size, p)):  # biggest first,
    least = loads.index(min(loads))                                                  # to the least loaded
    loads[least] += page.stat().st_size
    if least == share:
        mine.append(page)
for page in mine:
    out = target / page.relative_to(source).with_suffix(".pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    HTML(filename=str(page)).write_pdf(str(out))
"""
# Two bare WeasyPrint processes sharing the files by size: what this machine gives two independent
# CPU-bound processes (the ceiling of any -j2 speed-up here).
BARE_WEASYPRINT_2 = """
import subprocess, sys
script, source, target = sys.argv[1:4]
children = [subprocess.Popen([sys.executable, "-c", script, source, target, str(n), "2"]) for n in (0, 1)]
sys.exit(max(child.wait() for child in children))
"""


@dataclass
class Measure:
    """One timed command: wall seconds, peak memory (MB) and exit status.

    ``cpu`` is the user + system time of the process and all its workers (less disturbed than
    wall time by other users of a shared machine); ``rss_mb`` is the largest resident set of any
    one process of the build (what `time -v` calls maximum RSS); ``pss_mb`` the peak of the whole
    process tree's proportional set sizes, which counts pages shared by the forked workers once
    (the memory the build really takes).
    """

    label: str
    seconds: float
    cpu: float
    rss_mb: float
    pss_mb: float
    status: int
    note: str = ""


def _children(pid: int) -> list[int]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:  # the process has just ended
        return found
    for task in tasks:
        try:
            found += [int(n) for n in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except (OSError, ValueError):
            pass
    return found


def _field_kb(path: str, name: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def tree_memory_kb(pid: int) -> tuple[int, int]:
    """The largest VmRSS of one process and the summed Pss of a process and all its descendants."""
    largest, total, todo = 0, 0, [pid]
    while todo:
        current = todo.pop()
        largest = max(largest, _field_kb(f"/proc/{current}/status", "VmRSS:"))
        total += _field_kb(f"/proc/{current}/smaps_rollup", "Pss:")
        todo += _children(current)
    return largest, total


def run(label: str, command: list[str], env: dict, log: Path, note: str = "") -> Measure:
    """Run a command to completion, sampling its memory; output goes to ``log``."""
    with open(log, "ab") as handle:
        handle.write(f"\n$ {' '.join(command)}\n".encode())
        handle.flush()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=handle, stderr=handle, env=env)
        rss = pss = 0
        while child.poll() is None:
            largest, total = tree_memory_kb(child.pid)
            rss, pss = max(rss, largest), max(pss, total)
            time.sleep(SAMPLE)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = Measure(label, seconds, cpu, rss / 1024, pss / 1024, child.returncode, note)
    print(f"  {label:<52} {seconds:8.2f} s {cpu:8.2f} s cpu {result.rss_mb:5.0f} MB {result.pss_mb:5.0f} MB"
          + ("" if child.returncode == 0 else f"  (status {child.returncode})"), flush=True)
    return result


def load() -> str:
    """The 1-minute load average (the machine is shared)."""
    return f"{os.getloadavg()[0]:.2f}"


class Bench:
    """The work folder, the frozen code, the corpora and the commands."""

    def __init__(self, work: Path, services: int, compare: int):
        self.work, self.services, self.compare = work, services, compare
        self.code = work / "code"
        shutil.copytree(ROOT / "src" / "sk_builder", self.code / "src" / "sk_builder",
                        ignore=shutil.ignore_patterns("__pycache__"))
        self.env = dict(os.environ, PYTHONPATH=str(self.code / "src"), PYTHONDONTWRITEBYTECODE="1")
        self.env.pop("SOURCE_DATE_EPOCH", None)
        self.sources = write_corpus(work / "sumber", services)
        self.compared = self.sources if compare == services else write_corpus(work / "banding", compare)
        self.log = work / "log.txt"
        self.machine = machine()  # now, when the code is copied
        where = subprocess.run([sys.executable, "-c", "import sk_builder; print(sk_builder.__file__)"],
                               env=self.env, capture_output=True, text=True, check=True).stdout.strip()
        assert where.startswith(str(self.code)), f"frozen code not used: {where}"

    def sk(self, label: str, out: str, formats: str, jobs: int, sources: Path, note: str = "",
           cache: str | None = None) -> Measure:
        """`sk build` into ``work/out/build`` with the cache beside it (or beside ``work/cache/build``)."""
        command = [sys.executable, "-c", SK, "build", str(sources), "--out", str(self.work / out / "build"),
                   "--format", formats, "-j", str(jobs), "--cache", str(self.work / (cache or out) / ".sk-cache")]
        return run(label, command, self.env, self.log, note)  # (sk build's own default is one cache per project)

    def python(self, label: str, code: str, *args: str, note: str = "") -> Measure:
        return run(label, [sys.executable, "-c", code, *args], self.env, self.log, note)

    def libreoffice(self, label: str, html: Path) -> Measure | None:
        office = shutil.which("soffice") or shutil.which("libreoffice")
        if office is None:
            return None
        pages = [str(p) for p in sorted(html.rglob("*.html"))]
        profile = (self.work / "lo-profile").as_uri()
        command = [office, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                   "--outdir", str(self.work / "lo"), *pages]
        return run(label, command, self.env, self.log, f"{len(pages)} HTML files, one soffice process")


PHASES = [
    ("sk_builder/sources/loader.py", "load_or_fail", "load and validate the records"),
    ("sk_builder/check/runner.py", "check_project", "`sk check` rules over every record"),
    ("sk_builder/parallel.py", "render", "render the documents (with -j2: waiting for the workers)"),
    ("sk_builder/site/render.py", "render_site", "render the website"),
    ("sk_builder/manifest.py", "manifest_json", "write manifest.json"),
    ("sk_builder/publish.py", "write_tree", "publish the tree (hard links, syncfs, swap)"),
    ("ruamel/yaml/main.py", "compose", "... of all that: YAML parsing (ruamel.yaml)"),
    ("markdown_it/main.py", "parse", "... of all that: Markdown parsing (markdown-it)"),
]
"""Functions whose time the profile summary adds up (outermost calls only)."""


def phase_times(frame: dict, found: dict[str, float], open_: frozenset = frozenset()) -> None:
    """Add each PHASES function's time, counting a call inside another call of itself once."""
    for path, function, label in PHASES:
        if frame.get("function") == function and frame.get("file_path", "").endswith(path) and label not in open_:
            found[label] = found.get(label, 0.0) + frame["time"]
            open_ = open_ | {label}
    for child in frame.get("children", []):
        phase_times(child, found, open_)


def profile(bench: Bench, name: str, args: list[str]) -> str:
    """Where one `sk build` spends its time (pyinstrument, this process only): a table of the main
    phases and the call tree, or why there is none."""
    session, tree, data = (bench.work / f"profile-{name}.{ext}" for ext in ("pyisession", "txt", "json"))
    out = Path(args[args.index("--out") + 1])
    args = [*args, "--cache", str(out.parent / ".sk-cache")]  # the scenario's cache, beside its output
    done = subprocess.run([sys.executable, "-m", "pyinstrument", "-r", "pyisession", "-o", str(session),
                           "-c", SK, "build", *args], env=bench.env, capture_output=True, text=True)
    if done.returncode != 0 or not session.exists():
        return f"(no profile: {done.stderr.strip().splitlines()[-1:] or done.returncode})"
    load = [sys.executable, "-m", "pyinstrument", f"--load={session}"]
    subprocess.run([*load, "-r", "json", "-o", str(data), "-p", "processor_options.filter_threshold=0"],
                   env=bench.env, check=True, capture_output=True)
    subprocess.run([*load, "-r", "text", "-o", str(tree), "--no-color", "--no-unicode",
                    "-p", "processor_options.filter_threshold=0.03"], env=bench.env, check=True, capture_output=True)
    report = json.loads(data.read_text())
    found: dict[str, float] = {}
    phase_times(report["root_frame"], found)
    total = report["duration"]
    rows = ["| phase | share of the profiled run |", "|---|---:|"]
    rows += [f"| {label} | {found[label] / total:.0%} |" for _, _, label in PHASES if label in found]
    text = "\n".join(line for line in tree.read_text().splitlines() if line.strip())[:7000]
    return "\n".join(rows) + "\n\n```\n" + text + "\n```"


def best(runs: list[Measure]) -> Measure:
    """The fastest of repeated runs (the least disturbed by other users), noting the others."""
    fastest = min(runs, key=lambda x: x.seconds)
    if len(runs) > 1:
        times = ", ".join(f"{x.seconds:.1f}" for x in runs)
        fastest.note = "; ".join(filter(None, [fastest.note, f"best of {len(runs)}: {times} s"]))
    return fastest


def compare_builds(bench: Bench, m: dict[str, Measure], rounds: int) -> None:
    """Whole builds side by side with the floors, on the comparison corpus, in interleaved rounds
    (a shared virtual machine's speed drifts over minutes; each round starts from an empty cache)."""
    n, sources = bench.compare, bench.compared
    html = bench.work / "c1-0" / "build" / "dokumen"
    runs: dict[str, list[Measure]] = {}
    for r in range(rounds):
        def add(key, measure):
            if measure is not None:
                runs.setdefault(key, []).append(measure)
        add("full1", bench.sk(f"full build pdf,docx,html,site -j1 ({n})", f"c1-{r}", ALL, 1, sources))
        add("full2c", bench.sk(f"full build pdf,docx,html,site -j2 ({n})", f"c2-{r}", ALL, 2, sources))
        add("pdf1", bench.sk(f"PDF-only build -j1 ({n})", f"pdf1-{r}", "pdf", 1, sources))
        add("weasy", bench.python(f"floor: bare WeasyPrint, same HTML, 1 process ({n})", BARE_WEASYPRINT, str(html),
                                  str(bench.work / f"weasy-{r}"),
                                  note="the HTML files sk-builder wrote, no sk-builder code"))
        add("weasy2", bench.python(f"floor: bare WeasyPrint, same HTML, 2 processes ({n})", BARE_WEASYPRINT_2,
                                   BARE_WEASYPRINT, str(html), str(bench.work / f"weasy2-{r}"),
                                   note="files shared by size: the most two processes gain on this machine"))
        add("office", bench.libreoffice(f"floor: LibreOffice headless HTML -> PDF ({n})", html))
    for key, measures in runs.items():
        m[key] = best(measures)


def incremental_builds(bench: Bench, m: dict[str, Measure]) -> None:
    """Full, no-op, site-only and one-edit builds on the main corpus."""
    n, sources = bench.services, bench.sources
    if bench.compared == sources:
        m["full2"], out = m["full2c"], "c2-0"
    else:
        m["full2"], out = bench.sk(f"full build pdf,docx,html,site -j2 ({n})", "j2", ALL, 2, sources), "j2"
    m["noop"] = bench.sk(f"no-op rebuild -j2 ({n})", out, ALL, 2, sources)
    m["site"] = bench.sk(f"site-only build, no cache ({n})", "site", "site", 2, sources)
    m["site_warm"] = bench.sk(f"site-only build, project already cached ({n})", "site2", "site", 2, sources,
                              cache=out, note="another output folder sharing the full build's cache")
    edit_service(sources, 1)
    m["edit"] = bench.sk(f"rebuild after editing one service -j2 ({n})", out, ALL, 2, sources)
    bench.edited = out


def measure_all(bench: Bench, scaling: bool, rounds: int) -> dict[str, Measure]:
    """Every scenario, in an order where each one finds the state it needs."""
    m: dict[str, Measure] = {}
    print(f"load {load()}; {bench.services} services (comparisons at {bench.compare})", flush=True)
    m["import"] = bench.python("start-up: python -c 'import sk_builder.cli'", "import sk_builder.cli")
    m["model"] = run(f"sk validate, loads the model only ({bench.services})",
                     [sys.executable, "-c", SK, "validate", str(bench.sources)], bench.env, bench.log)
    compare_builds(bench, m, rounds)
    incremental_builds(bench, m)
    if scaling and bench.compare == bench.services:
        small = max(20, bench.services // 5)
        sources = write_corpus(bench.work / "kecil", small)
        m["small"] = bench.sk(f"full build pdf,docx,html,site -j2 ({small})", "kecil", ALL, 2, sources)
    elif bench.compare != bench.services:
        m["small"] = m["full2c"]
    print(f"load {load()}", flush=True)
    return m


def verdicts(m: dict[str, Measure], bench: Bench) -> list[tuple[str, str, str, str]]:
    """(target, figure, limit, met) rows."""
    rows = []
    n, c = bench.services, bench.compare

    def row(target, value, limit, ok):
        rows.append((target, value, limit, ok if isinstance(ok, str) else ("yes" if ok else "**no**")))

    ratio = m["pdf1"].seconds / m["weasy"].seconds
    row(f"PDF-only build -j1 vs bare WeasyPrint ({c})",
        f"{ratio:.2f}x ({m['pdf1'].cpu / m['weasy'].cpu:.2f}x CPU)", "<= 1.10x", ratio <= 1.10)
    speedup = m["full1"].seconds / m["full2c"].seconds
    ceiling = m["weasy"].seconds / m["weasy2"].seconds
    row(f"-j2 speed-up over -j1, full build ({c})", f"{speedup:.2f}x", ">= 1.70x", speedup >= 1.70)
    row(f"same for bare WeasyPrint, 1 -> 2 processes ({c})", f"{ceiling:.2f}x", "(machine ceiling)", "see runs")
    row(f"no-op rebuild ({n})", f"{m['noop'].seconds:.2f} s", "<= 1.0 s", m["noop"].seconds <= 1.0)
    share = m["edit"].seconds / m["full2"].seconds
    row(f"one edited service vs full build, -j2 ({n})", f"{share:.1%} ({m['edit'].cpu / m['full2'].cpu:.1%} CPU)",
        "<= 3%", share <= 0.03)
    row(f"site-only build, no cache ({n})", f"{m['site'].seconds:.2f} s", "<= 5 s", m["site"].seconds <= 5)
    row(f"site-only build, project cached ({n})", f"{m['site_warm'].seconds:.2f} s", "<= 2 s",
        m["site_warm"].seconds <= 2)
    builds = [x for k, x in m.items() if k not in ("office", "weasy", "weasy2", "import", "model")]
    rss, pss = max(x.rss_mb for x in builds), max(x.pss_mb for x in builds)
    row("peak RSS of any one build process", f"{rss:.0f} MB", "<= 600 MB", rss <= 600)
    row("peak memory of a whole build (PSS, all processes)", f"{pss:.0f} MB", "<= 600 MB", pss <= 600)
    if "small" in m:
        label = m["small"].label.rsplit("(", 1)[1].rstrip(")")
        row(f"memory of a full -j2 build, {label} -> {n} services", f"{m['small'].pss_mb:.0f} -> "
            f"{m['full2'].pss_mb:.0f} MB", f"model alone: {m['model'].pss_mb:.0f} MB", "see runs")
    return rows


def table(m: dict[str, Measure]) -> str:
    lines = ["| run | wall time | CPU time | peak RSS, largest process | peak memory, all processes (PSS) | note |",
             "|---|---:|---:|---:|---:|---|"]
    seen = set()
    for x in m.values():
        if id(x) in seen:
            continue
        seen.add(id(x))
        status = "" if x.status == 0 else f" (exit {x.status})"
        lines.append(f"| {x.label}{status} | {x.seconds:.2f} s | {x.cpu:.1f} s | {x.rss_mb:.0f} MB | {x.pss_mb:.0f} MB "
                     f"| {x.note} |")
    return "\n".join(lines)


def machine() -> str:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src", "templates"],
                           capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, commit {commit}"
            + (" with uncommitted changes in src/templates" if dirty else ""))


def report(m, rows, bench: Bench, loads, profiles, seconds) -> str:
    corpora = f"{bench.services} services"
    if bench.compare != bench.services:
        corpora += f" (whole-build comparisons and floors on a second corpus of {bench.compare})"
    parts = [
        "# sk-builder benchmark results",
        "",
        "Generated by `bench/run.py " + " ".join(sys.argv[1:]) + "`; do not edit by hand.",
        "",
        f"- corpus: {corpora}, grown from `sources/kota-pasuruan` with varied names and lengths, "
        "in decrees of 20 services (`bench/corpus.py`)",
        f"- machine: {bench.machine}",
        f"- load average (1 min) before / after: {loads[0]} / {loads[1]}; whole run {seconds / 60:.1f} min",
        "- every build is `sk build` in a fresh process with its cache beside the output; memory is sampled "
        f"every {SAMPLE * 1000:.0f} ms over the build and its workers",
        "",
        "## Targets",
        "",
        "| target | figure | limit | met |",
        "|---|---:|---:|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
        "## All runs",
        "",
        table(m),
        "",
    ]
    for name, text in profiles.items():
        parts += [f"## Profile: {name}", "", text, ""]
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=500, help="services in the corpus (default 500)")
    parser.add_argument("--compare-services", type=int, default=None,
                        help="services for the whole-build comparisons and floors (default: --services)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="interleaved repeats of the whole-build comparisons; the best counts (default 2)")
    parser.add_argument("--work", type=Path, default=None, help="work folder (default: a temporary one, removed)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the small-corpus memory run")
    parser.add_argument("--no-profile", action="store_true", help="skip profiling missed targets")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--pdf-long", type=int, default=300,
                        help="standards in the long decree of the PDF section (default 300; 0 skips it)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the decree PDF section (bench/pdf.py)")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sk-bench-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        loads = [load()]
        bench = Bench(work, args.services, args.compare_services or args.services)
        m = measure_all(bench, not args.no_scaling, args.rounds)
        pdf = "" if args.no_pdf else decree_pdf(bench, args.rounds, args.pdf_long)
        loads.append(load())
        rows = verdicts(m, bench)
        profiles = {} if args.no_profile else missed_profiles(bench, rows)
        text = report(m, rows, bench, loads, profiles, time.perf_counter() - started) + pdf
    args.results.write_text(text, encoding="utf-8")
    print()
    print("\n".join(f"{a:<52} {b:>14}  {c:>14}  {d}" for a, b, c, d in rows))
    print(f"\nwritten {args.results}")


def decree_pdf(bench: Bench, rounds: int, long: int) -> str:
    """The decree PDF section (bench/pdf.py) in the same run: Kota Pasuruan's decree against bare WeasyPrint and
    LibreOffice, the region's PDFs at -j1/-j2, a long decree."""
    from pdf import measure, table  # bench/pdf.py imports this module: imported here, not at the top

    found = measure(bench.work / "pdf", bench.env, bench.log, rounds, long)
    print(table(found), flush=True)
    return "\n".join(["", "## The decree PDF (`bench/pdf.py`, best of each)", "", table(found), ""])


def missed_profiles(bench: Bench, rows) -> dict[str, str]:
    """Profiles of the build process (pyinstrument) for the scenarios whose targets were missed."""
    missed = {target for target, _, _, met in rows if met == "**no**"}
    found = {}
    if any(t.startswith("no-op") for t in missed):
        found["no-op rebuild"] = profile(bench, "noop", [str(bench.sources), "--out",
                                                        str(bench.work / bench.edited / "build"), "-j", "2"])
    if any(t.startswith("one edited") for t in missed):
        edit_service(bench.sources, 2)
        found["rebuild after editing one service, -j2 (the build process; workers render meanwhile)"] = profile(
            bench, "edit", [str(bench.sources), "--out", str(bench.work / bench.edited / "build"), "-j", "2"])
    if any(t.startswith("site-only build, no cache") for t in missed):
        shutil.rmtree(bench.work / "site", ignore_errors=True)
        found["site-only build, no cache"] = profile(bench, "site", [str(bench.sources), "--out",
                                                                   str(bench.work / "site" / "build"), "--format", "site"])
    if any(t.startswith("PDF-only build") for t in missed):
        small = write_corpus(bench.work / "profil-pdf", min(40, bench.services))
        found["PDF-only build -j1 of a 40-service corpus"] = profile(
            bench, "pdf", [str(small), "--out", str(bench.work / "profil-pdf-out" / "build"), "-j", "1", "--format", "pdf"])
    return found


if __name__ == "__main__":
    main()
