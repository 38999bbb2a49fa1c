"""Atomic publishing: a failed, killed or interrupted build leaves the previous output whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sk_builder.outputs import MARKER, MARKER_TEXT
from sk_builder.portable import locked
from sk_builder import publish
from sk_builder.build import build

FIXTURES = Path(__file__).parent / "review" / "fixtures"

# Runs in a child process: patch one step to announce itself (touch READY) and hang, then build.
CHILD = r"""
import os, sys, time
from pathlib import Path
ready, stage, sources, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])

def hang():
    ready.touch()
    time.sleep(600)

from sk_builder import publish
from sk_builder.render import registry
if stage == "render":
    from sk_builder.render.formats.html import HtmlRenderer
    calls = []
    class Slow(HtmlRenderer):
        def render(self, job):
            calls.append(job)
            if len(calls) == 2:
                hang()
            return super().render(job)
    registry.RENDERERS["html"] = Slow()
elif stage == "write":
    real_fsync, count = os.fsync, [0]
    def fsync(fd):
        count[0] += 1
        if count[0] == 3:
            hang()
        real_fsync(fd)
    os.fsync = fsync
elif stage == "swap":
    publish._exchange = lambda a, b: False
    real_replace = os.replace
    def replace(a, b):
        real_replace(a, b)
        if ".lama-" in str(b):
            hang()
    os.replace = replace
from sk_builder.build import build
build(sources, out, ("html",))
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(out: Path) -> list[str]:
    """Temporary trees of publishing beside ``out``."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture
def previous(tmp_path) -> tuple[Path, dict[str, bytes]]:
    """A finished build of the old fixture and what it holds."""
    out = tmp_path / "build"
    build(FIXTURES / "old", out, ("html",))
    return out, snapshot(out)


def kill_during(stage: str, out: Path, tmp_path: Path) -> None:
    """Run a build of the new fixture that hangs at ``stage`` and SIGKILL it there."""
    ready = tmp_path / f"ready-{stage}"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(ready), stage, str(FIXTURES / "new"), str(out)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the child build never reached the stage"
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stderr.close()


def test_write_tree_replaces_the_whole_tree(tmp_path):
    out = tmp_path / "build"
    publish.write_tree(out, {"a/x.txt": b"1", "b.txt": b"2"})
    publish.write_tree(out, {"a/y.txt": b"3"})
    assert snapshot(out) == {"a/y.txt": b"3", MARKER: MARKER_TEXT} and leftovers(out) == []


def test_a_failing_write_leaves_the_old_tree_and_no_temporary_tree(previous, monkeypatch):
    out, before = previous

    def broken(staging, files):
        (staging / "half.html").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(publish, "_write_all", broken)
    with pytest.raises(OSError):
        publish.write_tree(out, {"x": b"y"})
    assert snapshot(out) == before and leftovers(out) == []


def test_paths_outside_the_tree_are_refused(tmp_path):
    with pytest.raises(ValueError):
        publish.write_tree(tmp_path / "build", {"../escape.txt": b"x"})
    assert not (tmp_path / "escape.txt").exists()


def test_build_killed_while_rendering_leaves_the_previous_build(previous, tmp_path):
    out, before = previous
    kill_during("render", out, tmp_path)
    assert snapshot(out) == before and leftovers(out) == []


def test_build_killed_while_writing_leaves_the_previous_build_and_the_next_build_cleans_up(previous, tmp_path):
    out, before = previous
    kill_during("write", out, tmp_path)
    assert snapshot(out) == before
    assert [name.split("-")[0] for name in leftovers(out)] == [".build.baru"]
    build(FIXTURES / "new", out, ("html",))
    assert leftovers(out) == [] and "dokumen/kota-contoh/standar/legalisasi-dokumen.html" in snapshot(out)


def test_killed_between_the_two_renames_the_old_tree_is_put_back(previous, tmp_path):
    out, before = previous
    kill_during("swap", out, tmp_path)
    assert not out.exists()  # the child was held on the two-rename path, between its renames
    publish.write_tree(out.parent / "elsewhere", {})  # another output in the same folder does not touch it
    with locked(out.parent):
        publish.recover(out)
    assert snapshot(out) == before and leftovers(out) == []


def test_exchange_is_atomic_where_the_system_has_it(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "f").write_text("a")
    (b / "f").write_text("b")
    if not publish._exchange(a, b):
        pytest.skip("renameat2(RENAME_EXCHANGE) is not available here; the two-rename path is used")
    assert (a / "f").read_text() == "b" and (b / "f").read_text() == "a"


def test_write_file_replaces_atomically(tmp_path):
    target = tmp_path / "laporan" / "x.json"
    publish.write_file(target, b"1")
    publish.write_file(target, b"2")
    assert target.read_bytes() == b"2" and os.listdir(target.parent) == ["x.json"]
