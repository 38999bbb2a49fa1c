"""Time parsing every YAML file of a folder with ruamel alone (the old path) and with libyaml first (the new).

    .venv/bin/python bench/yaml_parse.py /tmp/perf/sumber

Both paths run in one process on the same texts (read once, before timing); best of three runs each.
For a source folder that loads without errors it also times loading the whole project
(`load_project`: parse, validate, check each file; no cache) both ways.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from sk_builder.diagnostics import Report
from sk_builder.sources import fastyaml, yamlfile
from sk_builder.sources.loader import load_project

ROUNDS = 3


def _texts(root: Path) -> list[tuple[str, str]]:
    texts = []
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()):
        try:
            texts.append((str(path), path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue  # refused before either parser runs (SK112)
    return texts


def _best(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _parse_all(parse: Callable[[str, str, Report], object], texts: list[tuple[str, str]]) -> Callable[[], None]:
    def run() -> None:
        for where, text in texts:
            parse(text, where, Report())
    return run


def _ruamel_only(run: Callable[[], object]) -> Callable[[], object]:
    """The same run with the libyaml path switched off (every file parsed by ruamel, as before)."""
    def old() -> object:
        fast, yamlfile.parse_with_libyaml = yamlfile.parse_with_libyaml, lambda text, where: None
        try:
            return run()
        finally:
            yamlfile.parse_with_libyaml = fast
    return old


def main(root: str) -> None:
    """Print the best time of each path and how many files libyaml took on."""
    texts = _texts(Path(root))
    sure = sum(fastyaml.compose(text) is not None for _, text in texts)
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    print(f"{len(texts)} files, {size / 1e6:.1f} MB; libyaml composed {sure}, ruamel the rest")
    old = _best(_parse_all(yamlfile.parse_with_ruamel, texts))
    new = _best(_parse_all(yamlfile.parse_text, texts))
    print(f"parse, ruamel only (old):   {old:6.2f} s")
    print(f"parse, libyaml first (new): {new:6.2f} s  ({old / new:.1f}x faster)")
    if load_project(Path(root))[0] is not None:  # a source folder that loads without errors
        load = lambda: load_project(Path(root))  # noqa: E731
        old = _best(_ruamel_only(load))
        new = _best(load)
        print(f"load_project, ruamel only (old):   {old:6.2f} s")
        print(f"load_project, libyaml first (new): {new:6.2f} s  ({old - new:.2f} s saved)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/perf/sumber")
