"""Located diagnostics: every problem in the sources, with file, line, column, code and message."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .catalogue import known
from .errors import SkError


_CONTROLS = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A} | {0x7F: "\u2421"} | \
    {code: "\ufffd" for code in range(0x80, 0xA0)}


def visible(text: str) -> str:
    """Text with every control character (but the newline) shown as a symbol, so that nothing read from
    the sources — a file name, a record, a revision name — can steer the terminal it is printed on."""
    return text.translate(_CONTROLS)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in a source file (line and column are 1-based)."""

    path: str
    line: int
    col: int
    severity: str  # "error" or "warning"
    code: str
    message: str

    def __str__(self) -> str:
        return visible(f"{self.path}:{self.line}:{self.col}: {self.severity} {self.code} {self.message}")


@dataclass
class Report:
    """Collects diagnostics so that every problem is reported at once."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, where: "Location", code: str, message: str) -> None:
        """Record an error at a location (``code`` from the diagnostics catalogue)."""
        assert known(code), f"{code} is not in catalogue.py"
        self.items.append(Diagnostic(where.path, where.line, where.col, "error", code, message))

    def warning(self, where: "Location", code: str, message: str) -> None:
        """Record a warning at a location (``code`` from the diagnostics catalogue)."""
        assert known(code), f"{code} is not in catalogue.py"
        self.items.append(Diagnostic(where.path, where.line, where.col, "warning", code, message))

    def extend(self, other: "Report") -> None:
        """Take over the diagnostics of another report."""
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics of severity error."""
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The diagnostics of severity warning."""
        return [d for d in self.items if d.severity == "warning"]

    def sorted(self) -> list[Diagnostic]:
        """Diagnostics in a stable order: by file, then position, then code."""
        return sorted(set(self.items))


@dataclass(frozen=True)
class Location:
    """A position in a source file (1-based line and column)."""

    path: str
    line: int = 1
    col: int = 1


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as shown in diagnostics: relative to the working directory when possible, else to ``root``."""
    real = os.path.realpath(path)
    for base in (os.getcwd(), root):
        if base is None:
            continue
        top = _real_folder(os.fspath(base))
        if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
            return Path(os.path.relpath(real, top)).as_posix()
    return Path(path).as_posix()


@lru_cache(maxsize=64)
def _real_folder(folder: str) -> str:
    """A folder with its links resolved (the working folder and the sources root, asked for every file)."""
    return os.path.realpath(folder)


class SourceError(SkError):
    """Raised when the sources have errors; the CLI prints every diagnostic, then a summary, and exits with 1."""

    exit_code = 1

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        count = len([d for d in diagnostics if d.severity == "error"])
        super().__init__(f"{count} kesalahan ditemukan; tidak ada yang ditulis.")

    def lines(self, command: str) -> list[str]:
        """Every diagnostic, then the summary (no command prefix: each line is ``path:line:col: ...``)."""
        return [str(diagnostic) for diagnostic in self.diagnostics] + [self.message]
