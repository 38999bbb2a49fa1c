"""`sk diff OLD NEW`: open both sides, compare them, write the report; exit 0 unchanged, 1 changed, 2 error."""

from __future__ import annotations

import datetime as dt
import os
import sys
import zipfile
from pathlib import Path

import click

from ..errors import UsageRefused
from ..outputs import check_file
from ..publish import write_file
from .jsonreport import SCHEMA
from .compare import compare_projects
from .sides import DiffError, open_side

FORMATS = ("text", "json", "html", "docx")


def use_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _render(report, fmt: str, colour: bool, author: str, date: dt.date | None) -> bytes | str:
    if fmt == "json":
        from .jsonreport import render_json

        return render_json(report)
    if fmt == "html":
        from .redline import render_html

        return render_html(report)
    if fmt == "docx":
        from .tracked import render_docx

        return render_docx(report, author, date)
    from .terminal import render_terminal

    return render_terminal(report, colour)


def is_report(path: Path) -> bool:
    """Whether a file is a report `sk diff` wrote (any format), so writing another over it loses nothing."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
        if head.startswith(b"sk diff ") or b'<meta name="generator" content="sk-builder">' in head:
            return True
        if head.startswith(b"PK"):
            with zipfile.ZipFile(path) as package:
                return b"Dibuat oleh sk-builder" in package.read("docProps/core.xml")
        return f'"schema": "{SCHEMA}"'.encode() in path.read_bytes()
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def run_diff(old: str, new: str, sources_dir: Path, fmt: str, out: Path | None,
             author: str, date: dt.date | None, force: bool = False) -> int:
    """Compare two sides and print or write the report; returns the exit status (0 or 1)."""
    if fmt == "docx" and out is None:
        raise DiffError("--format docx memerlukan --out BERKAS.docx")
    if out is not None:
        try:
            check_file(out, force, is_report)
        except UsageRefused as refused:
            raise DiffError(refused.message) from None
    with open_side(old, sources_dir) as before, open_side(new, sources_dir) as after:
        report = compare_projects(before.project, after.project, old, new)
        colour = out is None and fmt == "text" and use_colour()
        rendered = _render(report, fmt, colour, author, date)
    if out is not None:
        write_file(out, rendered if isinstance(rendered, bytes) else rendered.encode("utf-8"))
    else:
        click.echo(rendered, nl=False, color=colour)
    return 1 if report.changed else 0
