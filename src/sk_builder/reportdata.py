"""Reports as plain data, each file kept by its path inside the sources folder and shown again from wherever
sk-builder runs now (the cached project and the record of the last build keep their reports this way)."""

from __future__ import annotations

import os
from pathlib import Path

from .diagnostics import Diagnostic, Report


def relative(path: Path | str, root: Path, top: Path | None = None,
             folders: dict[Path, Path] | None = None) -> str | None:
    """A path as diagnostics show it (absolute, relative to the working folder, or else to the sources folder)
    as a path inside the resolved sources folder, or None when it lies outside. A caller placing many paths
    passes ``top`` (the resolved folder) and ``folders`` (each folder resolved once, for all its files)."""
    top = top or Path(root).resolve()
    for candidate in (Path(os.path.abspath(path)), top / path):
        try:
            return _resolved(candidate, {} if folders is None else folders).relative_to(top).as_posix()
        except (ValueError, OSError):
            continue
    return None


def _resolved(path: Path, folders: dict[Path, Path]) -> Path:
    """``path.resolve()``, its folder resolved once per ``folders``."""
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    whole = folder / path.name
    return whole.resolve() if whole.is_symlink() else whole


class Shown:
    """How diagnostics show a file of the sources from where sk-builder runs now (as ``display_path`` does),
    from its path inside the resolved sources folder: one resolve for the folder, none per file."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        try:
            self.prefix: str | None = self.root.relative_to(Path.cwd().resolve()).as_posix()
        except ValueError:
            self.prefix = None

    def __call__(self, inside: str) -> str:
        if self.prefix is None:
            return inside
        return inside if self.prefix == "." else f"{self.prefix}/{inside}"


def encode_report(report: Report, root: Path) -> list:
    """A report as lists of plain values, paths inside ``root`` relative to it."""
    out, places = [], {}
    folders: dict[Path, Path] = {}
    top = Path(root).resolve()
    for d in report.items:
        if d.path not in places:
            places[d.path] = relative(d.path, root, top, folders)
        inside = places[d.path]
        out.append([inside, None if inside is not None else d.path, d.line, d.col, d.severity, d.code, d.message])
    return out


def decode_report(data: list, shown: Shown) -> Report:
    """The report back from ``encode_report``'s data (raises TypeError/ValueError on damage)."""
    return Report([Diagnostic(shown(inside) if inside is not None else outside, line, col, severity, code, message)
                   for inside, outside, line, col, severity, code, message in data])
