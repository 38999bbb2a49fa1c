"""`sk doctor`: versions, every program and library the build uses (with the package to install on
Debian/Ubuntu, macOS and Windows), and every font the profiles ask for; outside a project, it says so."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import click

from .fonts import installed_families, profile_fonts, word_font
from .lingkungan import environment, font_hint
from .sources.loader import load_project, region_folders

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


def _project(sources: Path):
    """The loaded project, or None with the reason it is not one."""
    sources = Path(sources)
    if not sources.is_dir():
        return None, f'tidak ada folder sumber "{sources}"'
    if not region_folders(sources):
        return None, f'"{sources}" tidak memuat wilayah (tidak ada profil.yaml)'
    project, report = load_project(sources)
    if project is None:
        return None, f'sumber "{sources}" memuat {len(report.errors)} kesalahan (lihat `sk validate {sources}`)'
    return project, ""


def _charts(project) -> bool:
    return any(region.sops or any(s.record.komponen.bagan_prosedur for s in region.services)
               for region in project.regions)


_WHY = {"word": "huruf.word.{role} profil", "twin": "huruf kantor yang setara metrik dengan {first}",
        "listed": "huruf.{role} pertama profil"}


def _word_line(profil, role: str) -> str:
    """What the DOCX names for a role, and why (Word on the office's PC uses it when it has it)."""
    named = word_font(profil, role)
    why = _WHY[named.reason].format(role=role, first=getattr(profil.huruf, role)[0])
    return f"DOCX menamai {named.family} ({why}; Word memakainya bila terpasang di komputer kantor)"


def run_doctor(sources: Path) -> int:
    """Print the environment report; 0 when everything needed is there, 1 otherwise."""
    click.echo(f"Python {platform.python_version()} ({platform.system()} {platform.machine()})")
    for package in PACKAGES:
        click.echo(f"  {package}: {_version(package)}")
    project, why = _project(sources)
    roots = [region.root for region in project.regions] if project else []
    click.echo("Program dan pustaka:")
    found = environment(roots, charts=project is not None and _charts(project))
    for item in found:
        click.echo(item.line())
    problems = sum(1 for item in found if item.required and item.found is None)
    click.echo(f"Huruf terpasang: {len(installed_families())} keluarga")
    for region in project.regions if project else ():
        for choice in profile_fonts(region.profil):
            wanted = ", ".join(choice.wanted)
            if choice.family:
                click.echo(f"  {region.id} huruf.{choice.role}: PDF menanam {choice.family} (terpasang; diminta: "
                           f"{wanted}); {_word_line(region.profil, choice.role)}")
            else:
                click.echo(f"  {region.id} huruf.{choice.role}: TIDAK ADA — pasang salah satu dari: {wanted}; "
                           f"{font_hint(choice.wanted)}")
                problems += 1
        _glyphs(region)
    if project is None:
        click.echo(f"Bukan folder proyek: {why}; huruf profil tidak diperiksa. Jalankan `sk doctor` di folder "
                   "proyek (yang memuat sources/), atau `sk doctor FOLDER`; proyek baru: `sk init FOLDER`.")
        click.echo("Lingkungan baik; belum ada proyek yang diperiksa." if problems == 0
                   else f"{problems} masalah ditemukan.")
        return 0 if problems == 0 else 1
    click.echo("Semua baik." if problems == 0 else f"{problems} masalah ditemukan.")
    return 0 if problems == 0 else 1
