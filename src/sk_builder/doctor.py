"""`sk doctor`: versions, the PDF engine and every font the profiles ask for."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import click

from .fonts import installed_families, profile_fonts
from .sources.loader import load_project

PACKAGES = ("weasyprint", "python-docx", "markdown-it-py", "jinja2", "click", "pydantic", "ruamel.yaml", "babel")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "tidak terpasang"


def _glyphs(region) -> None:
    """Say how many fields hold characters no installed font can draw, and which package adds most scripts."""
    from .diagnostics import Report
    from .glyphs import check_region

    report = Report()
    check_region(region, report)
    if report.warnings:
        click.echo(f"  {region.id}: {len(report.warnings)} kolom memuat karakter yang tidak ada pada huruf mana pun "
                   "(SK124, tercetak kosong di PDF); pasang huruf Noto: Debian/Ubuntu `apt install fonts-noto-core`, "
                   "macOS/Windows: pasang Noto Sans untuk aksara itu")


def run_doctor(sources: Path) -> int:
    """Print the environment report; 0 when everything needed is there, 1 otherwise."""
    problems = 0
    click.echo(f"Python {platform.python_version()} ({platform.system()} {platform.machine()})")
    for package in PACKAGES:
        click.echo(f"  {package}: {_version(package)}")
    try:
        from weasyprint.text.ffi import pango

        click.echo(f"  Pango: {pango.pango_version_string().decode() if hasattr(pango, 'pango_version_string') else 'ada'}")
    except Exception as exc:  # the PDF engine's native libraries are missing or broken
        click.echo(f"  Pango: GAGAL dimuat ({exc})")
        problems += 1
    families = installed_families()
    click.echo(f"Huruf terpasang: {len(families)} keluarga")
    project, _ = load_project(sources) if Path(sources).is_dir() else (None, None)
    for region in project.regions if project else ():
        for choice in profile_fonts(region.profil):
            wanted = ", ".join(choice.wanted)
            if choice.family:
                click.echo(f"  {region.id} huruf.{choice.role}: {choice.family} (diminta: {wanted})")
            else:
                click.echo(f"  {region.id} huruf.{choice.role}: TIDAK ADA — pasang salah satu dari: {wanted}")
                problems += 1
        _glyphs(region)
    click.echo("Semua baik." if problems == 0 else f"{problems} masalah ditemukan.")
    return 0 if problems == 0 else 1
