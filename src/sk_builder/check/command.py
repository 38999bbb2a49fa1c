"""`sk check`: load the sources, run every rule, print every warning sorted (only new ones against a
baseline), then a summary."""

from __future__ import annotations

from pathlib import Path

import click

from ..sources.loader import load_or_fail
from . import baseline as baselines
from .runner import check_project


def run_check(sources: Path, strict: bool, semua: bool = False, baseline: Path | None = None,
              perbarui: bool = False) -> int:
    """Print the findings of a source tree; the exit status (1 under ``strict`` with any new warning)."""
    project, report = load_or_fail(sources)
    result = check_project(project, semua=semua)
    report.extend(result.report)
    shown, known = report.sorted(), 0
    if baseline is not None:
        warnings = [d for d in shown if d.severity == "warning" and d.code.startswith("SK3")]
        if perbarui or not baseline.exists():
            baselines.write(baseline, warnings, sources, replace=perbarui)
            click.echo(f"{len(warnings)} temuan dicatat di {baseline}; `sk check` berikutnya hanya mencetak "
                       "temuan baru")
            return 0
        recorded = baselines.read(baseline)
        fresh, known = baselines.split(warnings, recorded, sources)
        shown = [d for d in shown if d not in warnings or d in fresh]
    for diagnostic in shown:
        click.echo(str(diagnostic))
    result.report.items = shown
    summary = result.summary() + (f", {known} lama (baseline)" if baseline is not None else "")
    click.echo(summary)
    if strict and any(d.severity == "warning" for d in shown):
        click.echo("--strict: peringatan dianggap gagal", err=True)
        return 1
    return 0
