"""`sk init FOLDER`: ask (or take from options) the region, unit and paper, then write the project."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from pathlib import Path

import click

from ..errors import UsageRefused
from .answers import PAPERS, Answers, problems


def _ask(label: str, default: str | None = None, choices: tuple[str, ...] | None = None) -> str:
    """One Indonesian prompt on the terminal."""
    kind = click.Choice(choices, case_sensitive=False) if choices else str
    value = click.prompt(label, default=default, type=kind, show_choices=bool(choices), err=True)
    return str(value).strip()


def answers_from(wilayah: str | None, unit: str | None, kertas: str | None, interactive: bool) -> Answers:
    """The answers from the options; what is missing is asked on a terminal, or is a usage error without one."""
    if wilayah is None:
        if not interactive:
            raise UsageRefused("nama wilayah belum diberikan: tambahkan --wilayah \"Kota Contoh\" "
                               "(atau jalankan sk init di terminal untuk ditanya)")
        wilayah = _ask("Nama wilayah (mis. Kota Contoh atau Kabupaten Contoh)")
        unit = unit or _ask("Unit yang menerbitkan standar", "Sekretariat Daerah")
        kertas = kertas or _ask("Ukuran kertas", "F4", PAPERS).upper()
    answers = Answers(wilayah.strip(), (unit or "Sekretariat Daerah").strip(), (kertas or "F4").upper())
    found = problems(answers)
    if found:
        raise UsageRefused("; ".join(found))
    return answers


def _interactive() -> bool:
    """Whether questions can be asked (standard input is a terminal)."""
    return sys.stdin.isatty()


def run_init(folder: Path, wilayah: str | None, unit: str | None, kertas: str | None, force: bool) -> int:
    """Write the project and say what to do next."""
    from .scaffold import scaffold

    answers = answers_from(wilayah, unit, kertas, _interactive())
    written = scaffold(folder, answers, dt.date.today(), force)
    region = f"sources/{answers.region_id}"
    click.echo(f"Proyek {answers.wilayah} dibuat di {folder} ({len(written)} berkas):")
    for path in written:
        if path.startswith(region) or path == "README.md":
            click.echo(f"  {folder / path}")
    click.echo(f"Lambang {region}/lambang.svg masih contoh (kop bertulisan CONTOH): ganti dengan lambang daerah.")
    click.echo(f"Berikutnya: cd {shlex.quote(str(folder))} && sk check sources && sk build sources")
    return 0
