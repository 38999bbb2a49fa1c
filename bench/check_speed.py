"""`sk check` old against new, side by side: the same source trees, each run in a fresh process (a cold run:
dictionaries read, nothing remembered), best of N, and the printed findings compared byte for byte.

    .venv/bin/python bench/check_speed.py --old REV [--new REV] [--runs 3] [SOURCES ...]

The old code runs from a `git worktree` of REV beside this checkout (removed afterwards); the new code is this
checkout's src/ unless --new names a revision too. SOURCES default to the 500-service corpus at
/tmp/perf/sumber (bench/corpus.py write_corpus), sources/ and tests/fixtures/gaya. Prints per tree and side
the time of `check_project` alone (the project loaded beforehand) and of the whole command, then whether the
output (text of `sk check` and of `sk check --semua`) is identical; exits 1 when it is not.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
DEFAULT_SOURCES = ("/tmp/perf/sumber", "sources", "tests/fixtures/gaya")

TIMED = """
import sys, time
from pathlib import Path
started = time.perf_counter()
from sk_builder.sources.loader import load_or_fail
from sk_builder.check.runner import check_project
project, _ = load_or_fail(Path(sys.argv[1]))
loaded = time.perf_counter()
check_project(project)
done = time.perf_counter()
print(done - loaded, done - started)
"""
PRINTED = "import sys\nfrom sk_builder.cli import main\nsys.argv[0] = 'sk'\nmain()\n"


def _env(src: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}


def timed(src: Path, sources: str) -> tuple[float, float]:
    """(check_project, whole run) in seconds, one fresh process."""
    out = subprocess.run([PYTHON, "-c", TIMED, sources], env=_env(src), cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def printed(src: Path, sources: str, *options: str) -> bytes:
    """What `sk check` prints (stdout and stderr) for a tree."""
    run = subprocess.run([PYTHON, "-c", PRINTED, "check", *options, sources], env=_env(src), cwd=ROOT,
                         capture_output=True)
    return run.stdout + b"\n--\n" + run.stderr + f"\n-- {run.returncode}".encode()


def _worktree(rev: str, folder: Path) -> Path:
    subprocess.run(["git", "worktree", "add", "--detach", str(folder), rev], cwd=ROOT, check=True,
                   capture_output=True)
    return folder / "src"


def compare(old: Path, new: Path, trees: list[str], runs: int) -> bool:
    """Print the figures of each tree; whether every output was identical."""
    same = True
    print(f"{'tree':<24} {'side':<4} {'check_project':>14} {'whole run':>10}   (best of {runs}, fresh process each)")
    for tree in trees:
        best = {"old": [float("inf")] * 2, "new": [float("inf")] * 2}
        for _ in range(runs):  # interleaved, so a busy moment of the machine hits both sides
            for side, src in (("old", old), ("new", new)):
                best[side] = [min(a, b) for a, b in zip(best[side], timed(src, tree))]
        for side in ("old", "new"):
            print(f"{tree:<24} {side:<4} {best[side][0]:>13.2f}s {best[side][1]:>9.2f}s")
        print(f"{'':<24} {'x':<4} {best['old'][0] / best['new'][0]:>13.1f}x {best['old'][1] / best['new'][1]:>9.1f}x")
        for options in ((), ("--semua",)):
            identical = printed(old, tree, *options) == printed(new, tree, *options)
            same &= identical
            print(f"{'':<24} output {' '.join(('sk check',) + options)}: {'identical' if identical else 'DIFFERENT'}")
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="revision of the old code")
    parser.add_argument("--new", help="revision of the new code (default: this checkout)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("sources", nargs="*", default=list(DEFAULT_SOURCES))
    args = parser.parse_args()
    missing = [tree for tree in args.sources if not (ROOT / tree).is_dir()]
    if missing:
        print(f"tidak ada: {', '.join(missing)} (korpus 500 layanan: .venv/bin/python bench/corpus.py "
              "/tmp/perf/sumber)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="check-speed-") as folder:
        made = []
        try:
            old = _worktree(args.old, Path(folder) / "old")
            made.append(old.parent)
            new = ROOT / "src"
            if args.new:
                new = _worktree(args.new, Path(folder) / "new")
                made.append(new.parent)
            return 0 if compare(old, new, args.sources, args.runs) else 1
        finally:
            for tree in made:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
