"""Imported records put into the region folder: checked first, written only when all is well.

The region as it would be after the import is put together in a temporary folder (the existing
records and the new ones) and loaded with the same loader as ``sk validate``; any error stops
the import with nothing written. Nothing is written outside ``--ke``: the folder and its
``standar/``, ``keputusan/`` and ``sop/`` must not be symbolic links, every path is checked to
stay inside, and an existing record is replaced only with ``--timpa``. Each file is written to a
temporary name and renamed into place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from ..diagnostics import display_path
from ..sources.loader import load_project
from .report import EXISTS, INVALID, TARGET, ImportReport, Place

SUBFOLDERS = ("standar", "keputusan", "sop")


def check_target(target: Path, report: ImportReport) -> None:
    """Refuse a --ke that is a file or a symbolic link, or holds linked record folders."""
    shown = display_path(target)
    if target.is_symlink() or any((target / sub).is_symlink() for sub in SUBFOLDERS):
        report.error(Place(shown), TARGET, "folder tujuan (atau standar/, keputusan/, sop/ di dalamnya) adalah "
                                           "tautan simbolik; impor hanya menulis ke folder biasa")
    elif target.exists() and not target.is_dir():
        report.error(Place(shown), TARGET, "--ke harus sebuah folder wilayah, bukan berkas")


def conflicts(target: Path, files: dict[str, bytes], timpa: bool, report: ImportReport) -> None:
    """An error for every record that exists already (unless --timpa)."""
    if timpa:
        return
    for relative in sorted(files):
        if (target / relative).exists():
            report.error(Place(display_path(target / relative)), EXISTS,
                         "berkas sudah ada; tidak ditimpa (pakai --timpa untuk menggantinya)")


def _copy_region(target: Path, stage: Path) -> None:
    stage.mkdir(parents=True)
    if not target.is_dir():
        return
    for path in sorted(target.iterdir()):
        if path.is_file() and not path.is_symlink():
            shutil.copy2(path, stage / path.name)
        elif path.name in SUBFOLDERS and path.is_dir():
            (stage / path.name).mkdir()
            for record in sorted(path.glob("*.y*ml")):
                if record.is_file() and not record.is_symlink():
                    shutil.copy2(record, stage / path.name / record.name)


def validate(target: Path, files: dict[str, bytes], report: ImportReport) -> None:
    """Load the region as it would be after the import; its errors go to the report."""
    with tempfile.TemporaryDirectory(prefix="sk-impor-") as temp:
        stage = Path(temp) / (target.name or "wilayah")
        _copy_region(target, stage)
        for relative, content in files.items():
            path = stage / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        _, loaded = load_project(stage)
        shown = display_path(target)
        for diagnostic in sorted(set(loaded.errors)):
            where = diagnostic.path
            at = where.find(f"{stage.name}/")
            inside = where[at + len(stage.name) + 1:] if at >= 0 else where if not where.startswith("/") else ""
            place = f"{shown}/{inside}" if inside else shown
            report.notes.append(replace(_note(diagnostic), place=Place(place, diagnostic.line)))


def _note(diagnostic):
    from .report import Note

    return Note("error", INVALID, Place(diagnostic.path, diagnostic.line),
                f"hasil impor tidak valid: {diagnostic.code} {diagnostic.message}")


def write(target: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file inside ``target`` (temporary name, then rename); the paths written."""
    target.mkdir(parents=True, exist_ok=True)
    root = target.resolve()
    written = []
    for relative in sorted(files):
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.parent.resolve().is_relative_to(root):
            raise RuntimeError(f"{path} di luar {target}")  # cannot happen: ids are slugs, folders checked
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".sk-impor-")
        with os.fdopen(fd, "wb") as stream:
            stream.write(files[relative])
        os.replace(temp, path)
        written.append(path)
    return written
