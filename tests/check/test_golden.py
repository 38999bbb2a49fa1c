"""`sk check` on the transcribed seed decree (Keputusan Sekda Kota Pasuruan 167/2024) matches its golden findings.

Every line of golden/kota-pasuruan.txt was reviewed by hand as a real defect of the seed. After a
deliberate change of rules or sources, regenerate with:

    SK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/check/test_golden.py

and review the diff line by line before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from sk_builder.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "kota-pasuruan.txt"


def test_seed_decree_findings_match_golden(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "sources/kota-pasuruan"])
    assert result.exit_code == 0, result.output
    if os.environ.get("SK_UPDATE_GOLDEN"):
        GOLDEN.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")


def test_strict_fails_on_the_seed(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "--strict", "sources/kota-pasuruan"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
