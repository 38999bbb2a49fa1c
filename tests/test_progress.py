"""Build progress: plain lines when stderr is not a terminal, a bar when it is, and the summary line."""

from __future__ import annotations

import io
import re

from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.progress import BarProgress, LineProgress, for_stream
from tests.fixtures.minimal import write_region


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_plain_lines_count_rendered_documents():
    stream = io.StringIO()
    progress = LineProgress(stream)
    progress.start(total=12, cached=9)
    for name in ("dokumen/a.pdf", "dokumen/b.pdf", "dokumen/c.pdf"):
        progress.done(name)
    progress.finish()
    assert stream.getvalue().splitlines() == [
        "12 dokumen: 9 dari cache, 3 dibangun", "[1/3] dokumen/a.pdf", "[2/3] dokumen/b.pdf", "[3/3] dokumen/c.pdf"]
    assert re.fullmatch(r"3 dokumen dibangun, 9 dari cache, \d+\.\d dtk", progress.tally.summary())


def test_a_terminal_gets_a_bar_and_anything_else_plain_lines():
    assert isinstance(for_stream(Terminal()), BarProgress)
    assert isinstance(for_stream(io.StringIO()), LineProgress)


def test_the_bar_shows_counts():
    stream = Terminal()
    progress = BarProgress(stream)
    progress.start(total=3, cached=1)
    progress.done("dokumen/a.pdf")
    progress.done("dokumen/b.pdf")
    progress.finish()
    assert "2/2" in stream.getvalue() and "1 dari cache" in stream.getvalue()


def test_sk_build_logs_each_document_then_a_summary(tmp_path):
    region = write_region(tmp_path / "src")
    args = ["build", str(region), "--out", str(tmp_path / "out"), "--format", "html", "-j", "1"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    lines = first.stderr.splitlines()
    assert lines[0] == "2 dokumen: 0 dari cache, 2 dibangun"
    assert sorted(lines[1:3]) == ["[1/2] dokumen/kota-contoh/kep-12-2024.html",
                                  "[2/2] dokumen/kota-contoh/standar/contoh.html"]
    assert re.fullmatch(r"2 dokumen dibangun, 0 dari cache, \d+\.\d dtk", lines[-1])
    again = CliRunner().invoke(main, args)
    assert again.stderr.splitlines()[0] == "2 dokumen: 2 dari cache, 0 dibangun"
    assert re.fullmatch(r"0 dokumen dibangun, 2 dari cache, \d+\.\d dtk", again.stderr.splitlines()[-1])
    assert (tmp_path / "src" / ".sk-cache").is_dir()  # the project of sources src/kota-contoh is src/


def test_no_cache_builds_everything_and_keeps_no_cache(tmp_path):
    region = write_region(tmp_path / "src")
    args = ["build", str(region), "--out", str(tmp_path / "out"), "--format", "html", "--no-cache"]
    for _ in range(2):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines()[0] == "2 dokumen: 0 dari cache, 2 dibangun"
    assert not (tmp_path / ".sk-cache").exists()


def test_progress_arrives_spread_over_a_parallel_build(tmp_path):
    """Through the real pool (-j 2), each document is reported when it is done, not all at the end."""
    import time

    from sk_builder.build import build
    from sk_builder.progress import Progress
    from tests.fixtures.minimal import KEPUTUSAN, standar

    class Clock(Progress):
        def __init__(self):
            super().__init__()
            self.begun, self.times = 0.0, []

        def start(self, total, cached):
            super().start(total, cached)
            self.begun = time.monotonic()

        def done(self, name):
            super().done(name)
            self.times.append(time.monotonic())

    names = [f"layanan-{n}" for n in range(6)]
    region = write_region(tmp_path / "src", **{f"standar/{name}.yaml": standar(f"Layanan {n}")
                                                 for n, name in enumerate(names)},
                          **{"keputusan/kep-12-2024.yaml": KEPUTUSAN.replace("[contoh]", f"[contoh, {', '.join(names)}]")})
    clock = Clock()
    build(region, tmp_path / "out", ("pdf",), jobs=2, cache=tmp_path / ".sk-cache", progress=clock)
    assert len(clock.times) == 8
    span = clock.times[-1] - clock.begun
    gaps = [later - earlier for earlier, later in zip(clock.times, clock.times[1:])]
    assert clock.times[0] - clock.begun < 0.75 * span, "the first document was reported only near the end"
    assert sum(gap > 0.02 for gap in gaps) >= 3, f"reports came in one burst: {gaps}"
