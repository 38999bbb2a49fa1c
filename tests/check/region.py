"""A tiny region for rule tests: the minimal fixture with chosen components, fields or files replaced."""

from __future__ import annotations

from pathlib import Path

from sk_builder.check.runner import CheckResult, check_project
from sk_builder.model import KOMPONEN_KEYS
from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import KEPUTUSAN, write_region


def block(text: str, indent: int = 4) -> str:
    """Text as the body of a YAML ``|`` block."""
    return "".join(" " * indent + line + "\n" if line else "\n" for line in text.split("\n"))


def standar_yaml(komponen: dict[str, str] | None = None, head: str = "nama: Contoh Layanan\nunit: Bagian Umum\n",
                 tail: str = "") -> str:
    """A standard whose components are "Isi <key>." unless given."""
    komponen = komponen or {}
    lines = [head.rstrip("\n"), "komponen:"]
    for key in KOMPONEN_KEYS:
        lines.append(f"  {key}: |")
        lines.append(block(komponen.get(key, f"Isi {key.replace('_', ' ')}."), 4).rstrip("\n"))
    return "\n".join(lines) + "\n" + tail


def keputusan_yaml(**replace: str) -> str:
    """The fixture decree with some of its text replaced (old=new pairs given as a dict)."""
    text = KEPUTUSAN
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def run(tmp_path: Path, semua: bool = False, **files: str | None) -> tuple[CheckResult, list[str]]:
    """Check the fixture region with some files replaced; the findings as printed, relative to the region
    (``semua``: also the rules that are off by default, printed as notes)."""
    region = write_region(tmp_path, **files)
    project, report = load_project(region)
    assert project is not None, [str(d) for d in report.sorted()]
    result = check_project(project, semua=semua)
    prefix = str(region) + "/"
    lines = [str(d).replace(prefix, "") for d in result.report.sorted()]
    return result, lines


def codes(lines: list[str]) -> list[str]:
    """The rule codes of printed warnings and notes, in order."""
    return [line.split(" warning " if " warning " in line else " note ")[1].split()[0] for line in lines]
