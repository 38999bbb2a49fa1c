"""README's tutorial runs word for word and prints what README shows."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.readme_blocks import Command, commands, matches, run, section

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_tutorial_runs_verbatim(tmp_path):
    steps = commands(section(README.read_text(encoding="utf-8")))
    assert [s.text.split()[:2] for s in steps][:2] == [["sk", "init"], ["cd", "kota-contoh"]]
    assert any(s.text.startswith("sk build") for s in steps)
    bin_folder = str(Path(sys.executable).parent)
    failures = run(steps, tmp_path, {"PATH": bin_folder + os.pathsep + os.environ.get("PATH", "")})
    assert failures == [], "\n".join(failures)


def test_output_matching_skips_lines_and_durations_only():
    assert matches(["a", "...", "z 1.0 dtk"], ["a", "b", "c", "z 12.5 dtk"])
    assert matches(["a", "...", "z"], ["a", "z"])
    assert not matches(["a", "z"], ["a", "b", "z"])
    assert not matches(["a 1 dokumen"], ["a 2 dokumen"])
    assert matches(["44 berkas ditulis ke build"], ["45 berkas ditulis ke build"])
    assert not matches(["44 berkas ditulis ke build"], ["44 berkas ditulis ke keluaran"])


def test_blocks_are_read_command_by_command():
    text = "```console\n$ sk a\none\n$ sk b\n```\n```sh\n$ not run\n```\n"
    assert commands(text) == [Command("sk a", ["one"]), Command("sk b", [])]
