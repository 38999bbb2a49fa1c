"""Recall and precision of `sk check` per rule family on the defect corpus (tests/check/cacat).

    .venv/bin/python bench/checks.py            # every part: latih (tuned on), uji and uji2 (held out)
    .venv/bin/python bench/checks.py latih      # one part

A finding counts as right when it matches an expected one of `harapan.yaml` (same file, same rule,
field starting with `kolom`, `kutip` on the finding's line or in its message); each expected finding
is matched once. Recall counts only the planted defects; entries marked `asal: temuan` (real defects
that were not planted, found by the checker and confirmed by review) count as right findings for
precision only. Only the default rules count (as `sk check` prints them).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "check" / "cacat"
sys.path.insert(0, str(ROOT / "src"))

from sk_builder.check.registry import family_of  # noqa: E402
from sk_builder.check.runner import check_project  # noqa: E402
from sk_builder.sources.loader import load_or_fail  # noqa: E402


def expected(part: Path) -> list[dict]:
    """Every expected finding of a part: region-relative file, code, field prefix, quote."""
    found = []
    for harapan in sorted(part.glob("*/harapan.yaml")):
        data = YAML(typ="safe").load(harapan.read_text(encoding="utf-8")) or {}
        for relative, items in sorted(data.items()):
            for item in items:
                found.append({"file": f"{harapan.parent.name}/{relative}", "kode": item["kode"],
                              "kolom": str(item["kolom"]), "kutip": str(item.get("kutip") or ""),
                              "planted": item.get("asal", "tanam") != "temuan"})
    return found


def findings(part: Path) -> list:
    """The default warnings of `sk check` on a part, with their file relative to the part."""
    project, _ = load_or_fail(part)
    return [d for d in check_project(project).report.sorted() if d.severity == "warning"]


def _relative(path: str, part: Path) -> str:
    full = Path(path) if Path(path).is_absolute() else (Path.cwd() / path)
    return full.resolve().relative_to(part.resolve()).as_posix()


def matches(diagnostic, want: dict, part: Path) -> bool:
    """Whether a printed finding is the expected one."""
    if diagnostic.code != want["kode"] or _relative(diagnostic.path, part) != want["file"]:
        return False
    if not diagnostic.message.startswith(want["kolom"]):
        return False
    if not want["kutip"]:
        return True
    lines = (part / want["file"]).read_text(encoding="utf-8").split("\n")
    line = lines[diagnostic.line - 1] if 0 < diagnostic.line <= len(lines) else ""
    return want["kutip"] in line or want["kutip"] in diagnostic.message


def score(part: Path) -> tuple[Counter, Counter, Counter, Counter, list, list]:
    """Per family: expected, found of those, printed, right of those; the misses and the false findings."""
    wanted, printed = expected(part), findings(part)
    used = [False] * len(printed)
    want_n, hit_n, out_n, right_n = Counter(), Counter(), Counter(), Counter()
    missed = []
    for want in wanted:
        family = family_of(want["kode"])
        want_n[family] += want["planted"]
        for i, diagnostic in enumerate(printed):
            if not used[i] and matches(diagnostic, want, part):
                used[i] = True
                hit_n[family] += want["planted"]
                break
        else:
            missed.append(want)
    wrong = []
    for i, diagnostic in enumerate(printed):
        family = family_of(diagnostic.code)
        out_n[family] += 1
        if used[i]:
            right_n[family] += 1
        else:
            wrong.append(diagnostic)
    return want_n, hit_n, out_n, right_n, missed, wrong


def _ratio(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    - "


def report(name: str, verbose: bool) -> tuple[int, int, int, int]:
    """Print one part's table; its totals (expected, found, printed, right)."""
    want_n, hit_n, out_n, right_n, missed, wrong = score(CORPUS / name)
    print(f"\n{name}: family           recall (found/expected)   precision (right/printed)")
    for family in sorted(set(want_n) | set(out_n)):
        print(f"  {family:<22} {_ratio(hit_n[family], want_n[family])} ({hit_n[family]:>2}/{want_n[family]:>2})"
              f"          {_ratio(right_n[family], out_n[family])} ({right_n[family]:>2}/{out_n[family]:>2})")
    totals = sum(want_n.values()), sum(hit_n.values()), sum(out_n.values()), sum(right_n.values())
    print(f"  {'ALL':<22} {_ratio(totals[1], totals[0])} ({totals[1]:>2}/{totals[0]:>2})"
          f"          {_ratio(totals[3], totals[2])} ({totals[3]:>2}/{totals[2]:>2})")
    if verbose:
        for want in missed:
            print(f"  missed: {want['file']} {want['kode']} {want['kolom']} {want['kutip']!r}")
        for diagnostic in wrong:
            print(f"  false:  {diagnostic}")
    return totals


def main(argv: list[str]) -> int:
    parts = [a for a in argv if not a.startswith("-")] or ["latih", "uji", "uji2"]
    for name in parts:
        report(name, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
