"""One catalogue of diagnostic codes: every code the sources use is in it, README's tables are written from it,
the records do not import the checker, and the package has no import cycle."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from sk_builder.catalogue import CODES, SILENCEABLE
from sk_builder.check.registry import RULES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "sk_builder"
README = ROOT / "README.md"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_code_written_in_the_package_is_in_the_catalogue():
    used = {match.upper() for path in PACKAGE.rglob("*.py") if path.name != "catalogue.py"
            for match in re.findall(r"""["'](SK\d{3}|sk\d{3})["']""", path.read_text(encoding="utf-8"))}
    assert used and used - set(CODES) == set()


def test_every_drafting_rule_is_silenceable_and_documented_with_examples():
    headings = set(re.findall(r"^### (SK3\d\d)\b", README.read_text(encoding="utf-8"), re.M))
    assert SILENCEABLE == set(RULES) - {"SK390"}
    assert set(RULES) <= headings | {"SK391"}


def test_readme_tables_are_written_from_the_catalogue():
    text = README.read_text(encoding="utf-8")
    assert text.count("<!-- kode: ") >= 3
    assert _script("readme_codes").rewritten(text) == text, "run: .venv/bin/python scripts/readme_codes.py"


def test_the_records_do_not_import_the_checker_and_nothing_imports_in_a_circle():
    cycles = _script("import_cycles")
    graph = cycles.graph()
    records = [name for name in graph if name == "sk_builder.model" or name.startswith("sk_builder.model.")]
    assert len(records) > 1
    assert not any(name.startswith("sk_builder.check") for record in records for name in graph[record])
    assert cycles.cycles(graph) == []
