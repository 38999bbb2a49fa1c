"""src/ is clean under mypy's default settings (pyproject.toml, [tool.mypy]): no error, nothing silenced per line.

mypy keeps its cache in .mypy_cache, so a run after a small change takes seconds.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_error_in_src():
    run = subprocess.run([sys.executable, "-m", "mypy", "src"], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1].startswith("Success: no issues found"), run.stdout


def test_no_error_is_silenced_without_a_code_and_a_reason():
    """A ``# type: ignore`` names the error it silences and says why (a library's types are wrong)."""
    bare = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "type: ignore" in line and not re.search(r"type: ignore\[[a-z-]+(, *[a-z-]+)*\] *#? *\S", line):
                bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert bare == []
