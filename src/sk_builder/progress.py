"""Build progress on stderr: a bar with counts and ETA on a terminal, plain lines otherwise, then a summary."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar  # what click.progressbar returns; click does not export it


@dataclass
class Tally:
    """How many documents were rendered and how many came from the cache, and how long it took."""

    built: int = 0
    cached: int = 0
    started: float = field(default_factory=time.monotonic)

    def summary(self) -> str:
        """One line for the end of a build."""
        seconds = time.monotonic() - self.started
        return f"{self.built} dokumen dibangun, {self.cached} dari cache, {seconds:.1f} dtk"


class Progress:
    """Silent progress: counts only (the library default)."""

    def __init__(self) -> None:
        self.tally = Tally()
        self.total = 0

    def start(self, total: int, cached: int) -> None:
        """``total`` outputs are wanted, ``cached`` of them are already in the cache."""
        self.total, self.tally.cached = total, cached

    def done(self, name: str) -> None:
        """One output was rendered."""
        self.tally.built += 1

    def finish(self) -> None:
        """Rendering is over."""


class LineProgress(Progress):
    """One line per rendered output, for logs and CI."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def start(self, total: int, cached: int) -> None:
        super().start(total, cached)
        self.stream.write(f"{total} dokumen: {cached} dari cache, {total - cached} dibangun\n")
        self.stream.flush()

    def done(self, name: str) -> None:
        super().done(name)
        width = len(str(self.total - self.tally.cached))
        self.stream.write(f"[{self.tally.built:>{width}}/{self.total - self.tally.cached}] {name}\n")
        self.stream.flush()


class BarProgress(Progress):
    """A bar with counts and ETA, redrawn in place on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.bar: ProgressBar[int] | None = None

    def start(self, total: int, cached: int) -> None:
        import click

        super().start(total, cached)
        if total > cached:
            self.bar = click.progressbar(length=total - cached, label=f"Membangun ({cached} dari cache)",
                                         file=self.stream, show_eta=True, show_pos=True)
            self.bar.__enter__()

    def done(self, name: str) -> None:
        super().done(name)
        if self.bar is not None:
            self.bar.update(1)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def for_stream(stream: TextIO | None = None) -> Progress:
    """A bar when ``stream`` (default stderr) is a terminal, plain lines otherwise."""
    stream = stream or sys.stderr
    return BarProgress(stream) if stream.isatty() else LineProgress(stream)
