"""Time parsing every YAML file of a source folder with ruamel alone (the old path) and with libyaml first.

    .venv/bin/python bench/yaml_parse.py /tmp/perf/sumber

Both paths run in one process on the same texts (read once, before timing); best of three runs each.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sk_builder.diagnostics import Report
from sk_builder.sources import fastyaml
from sk_builder.sources.yamlfile import parse_text, parse_with_ruamel

ROUNDS = 3


def _texts(root: Path) -> list[tuple[str, str]]:
    files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    return [(str(p), p.read_text(encoding="utf-8")) for p in files]


def _best(parse, texts: list[tuple[str, str]]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for where, text in texts:
            parse(text, where, Report())
        best = min(best, time.perf_counter() - start)
    return best


def main(root: str) -> None:
    """Print the best time of each path and how many files libyaml took on."""
    texts = _texts(Path(root))
    sure = sum(fastyaml.compose(text) is not None for _, text in texts)
    old = _best(parse_with_ruamel, texts)
    new = _best(parse_text, texts)
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    print(f"{len(texts)} files, {size / 1e6:.1f} MB; libyaml composed {sure}, ruamel the rest")
    print(f"ruamel only (old):   {old:6.2f} s")
    print(f"libyaml first (new): {new:6.2f} s  ({old / new:.1f}x faster)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/perf/sumber")
