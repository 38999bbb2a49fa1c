"""Paths named in records, kept inside the source tree: links followed, then checked against the tree's top."""

from __future__ import annotations

import os
from pathlib import Path

from ..diagnostics import Location, Report


def inside(path: Path, root: Path) -> bool:
    """Whether a path, its links followed, stays inside the source tree."""
    real, top = os.path.realpath(path), os.path.realpath(root)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def resolve(value: str, where: Location, base: Path, root: Path, report: Report,
            want_folder: bool = False) -> Path | None:
    """A file (with ``want_folder``, a folder) named in a record, relative to ``base``: refused unless it stays
    inside the source tree and exists as that kind."""
    what = "folder" if want_folder else "berkas"
    if Path(value).is_absolute() or value.startswith("~"):
        base_name = "folder wilayah" if want_folder else "folder sumber"
        report.error(where, "SK111", f'"{value}": jalur {what} harus relatif terhadap {base_name}')
        return None
    target = base / value
    if not inside(target, root):
        report.error(where, "SK111", f'"{value}": {what} berada di luar folder sumber')
        return None
    if not (target.is_dir() if want_folder else target.is_file()):
        missing = "bukan folder" if want_folder and target.exists() else f"{what} tidak ditemukan"
        report.error(where, "SK110", f'"{value}": {missing}')
        return None
    return target


def files_inside(folder: Path, root: Path, report: Report, shown) -> list[Path]:
    """Every visible file under a folder, sorted; an entry whose link leaves the source tree is an error
    (SK111) and is not read. ``shown(path)`` is how diagnostics show a path."""
    found: list[Path] = []
    seen: set[str] = set()
    for current, dirs, names in os.walk(folder, followlinks=True):
        if os.path.realpath(current) in seen:  # a link back to a folder already read
            dirs[:] = []
            continue
        seen.add(os.path.realpath(current))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        kept = []
        for name in dirs:
            if inside(Path(current, name), root):
                kept.append(name)
            else:
                report.error(Location(shown(Path(current, name))), "SK111", "folder menunjuk ke luar folder sumber")
        dirs[:] = kept
        for name in sorted(n for n in names if not n.startswith(".")):
            path = Path(current, name)
            if not inside(path, root):
                report.error(Location(shown(path)), "SK111", "berkas menunjuk ke luar folder sumber")
            elif path.is_file():
                found.append(path)
    return sorted(found)
