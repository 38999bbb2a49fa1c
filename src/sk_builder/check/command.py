"""`sk check`: load the sources, run every rule, print every warning sorted, then a summary."""

from __future__ import annotations

from pathlib import Path

import click

from ..sources.loader import load_or_fail
from .runner import check_project


def run_check(sources: Path, strict: bool) -> int:
    """Print the warnings of a source tree; the exit status (1 under ``strict`` with any warning)."""
    project, report = load_or_fail(sources)
    result = check_project(project)
    report.extend(result.report)
    for diagnostic in report.sorted():
        click.echo(str(diagnostic))
    result.report = report
    click.echo(result.summary())
    if strict and report.warnings:
        click.echo("--strict: peringatan dianggap gagal", err=True)
        return 1
    return 0
