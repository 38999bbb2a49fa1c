"""The `sk` command line: parses arguments and calls one function per command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .build import ALL_FORMATS
from .clicktexts import Group, install as _indonesian_click

_indonesian_click()

SOURCES = click.argument("sources", type=click.Path(path_type=Path), default="sources", required=False)


def _formats(value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [f for f in chosen if f not in ALL_FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(f"format tidak dikenal: {', '.join(unknown) or '(kosong)'}; pilih dari {', '.join(ALL_FORMATS)}")
    return chosen


def _print_warnings(report) -> None:
    for diagnostic in report.sorted():
        if diagnostic.severity == "warning":
            click.echo(str(diagnostic), err=True)


FORCE = click.option("--paksa", "force", is_flag=True,
                     help="Ganti juga berkas yang sudah ada atau folder tidak kosong yang bukan buatan sk-builder.")


class Commands(Group):
    """The `sk` group: failures of the input or the environment end with a message and a status, never a traceback."""

    def invoke(self, ctx: click.Context):
        from .diagnostics import visible
        from .errors import SkError, environment_message

        try:
            return super().invoke(ctx)
        except SkError as error:
            for line in error.lines(_name(ctx)):
                click.echo(visible(line), err=True)
            ctx.exit(error.exit_code)
        except OSError as error:
            click.echo(f"{_name(ctx)}: gagal: {visible(environment_message(error))}; keluaran sebelumnya tidak "
                       "diubah.", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo(f"{_name(ctx)}: dibatalkan.", err=True)
            ctx.exit(130)


def _name(ctx: click.Context) -> str:
    """The command as the user typed it (``sk export text``), for the start of a message."""
    names = [ctx.invoked_subcommand] if ctx.invoked_subcommand else []
    while ctx.parent is not None:
        if ctx.info_name:  # click names every command it invoked
            names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join(["sk", *reversed(names)])


@click.group(cls=Commands)
@click.version_option(__version__, prog_name="sk-builder", message="%(prog)s %(version)s")
def main() -> None:
    """sk-builder: Standar Pelayanan dari rekaman YAML menjadi Keputusan (PDF, DOCX, HTML) dan situs web."""


@main.command()
@SOURCES
@click.option("--out", "out", type=click.Path(path_type=Path), default="build", show_default=True,
              help="Folder keluaran (diganti utuh hanya bila build berhasil).")
@click.option("--format", "formats", default=",".join(ALL_FORMATS), show_default=True,
              help="Format, dipisah koma: pdf,docx,html,site (site = situs web statis di OUT/site).")
@click.option("--strict", is_flag=True, help="Peringatan `sk check` menggagalkan build (untuk CI).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="jumlah inti",
              help="Jumlah proses yang merender dokumen bersamaan.")
@click.option("--no-cache", is_flag=True, help="Bangun ulang semuanya tanpa membaca atau menulis cache.")
@click.option("--cache", "cache", type=click.Path(path_type=Path), default=None,
              help="Folder cache (bawaan: .sk-cache di samping folder sumber); aman dihapus.")
@click.option("-v", "--verbose", is_flag=True,
              help="Cetak setiap peringatan (bawaan: lima yang pertama dan jumlah per aturan).")
@FORCE
def build(sources: Path, out: Path, formats: str, strict: bool, jobs: int, no_cache: bool, cache: Path | None,
          verbose: bool, force: bool) -> None:
    """Bangun dokumen (dan situs web) dari SOURCES ke folder --out; yang tidak berubah diambil dari cache."""
    from .build import build as run_build
    from .cache import default_folder
    from .diagnostics import visible
    from .peringatan import build_lines
    from .progress import for_stream

    progress = for_stream(sys.stderr)
    folder = None if no_cache else (cache or default_folder(sources))
    result = run_build(sources, out, _formats(formats), strict=strict, jobs=jobs, cache=folder, progress=progress,
                       force=force)
    for line in build_lines(result.report.items, verbose):
        click.echo(visible(line), err=True)
    click.echo(progress.tally.summary(), err=True)
    click.echo(f"{len(result.files)} berkas ditulis ke {out}")


@main.command()
@SOURCES
def validate(sources: Path) -> None:
    """Periksa bahwa semua rekaman di SOURCES valid (tidak menulis apa pun)."""
    from .sources.loader import load_or_fail

    project, report = load_or_fail(sources)
    _print_warnings(report)
    services = sum(len(r.services) for r in project.regions)
    decrees = sum(len(r.decrees) for r in project.regions)
    sops = sum(len(r.sops) for r in project.regions)
    click.echo(f"valid: {len(project.regions)} wilayah, {decrees} keputusan, {services} standar pelayanan, {sops} SOP")


@main.command()
@SOURCES
@click.option("--strict", is_flag=True, help="Keluar dengan status 1 bila ada peringatan (untuk CI).")
@click.option("--semua", is_flag=True, help="Juga aturan konvensi yang mati secara bawaan (dicetak sebagai catatan).")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Catat temuan hari ini ke FILE (bila belum ada); berikutnya hanya temuan baru yang dicetak.")
@click.option("--perbarui-baseline", is_flag=True, help="Tulis ulang FILE --baseline dengan temuan sekarang.")
def check(sources: Path, strict: bool, semua: bool, baseline: Path | None, perbarui_baseline: bool) -> None:
    """Periksa kaidah penyusunan (aturan SK3nn) di SOURCES; hanya --baseline yang menulis berkas."""
    from .check.command import run_check

    sys.exit(run_check(sources, strict, semua, baseline, perbarui_baseline))


@main.command()
@SOURCES
def doctor(sources: Path) -> None:
    """Periksa lingkungan: versi, WeasyPrint/Pango, dan huruf yang diminta profil."""
    from .doctor import run_doctor

    sys.exit(run_doctor(sources))


@main.command()
@click.option("--out", "out", type=click.Path(path_type=Path), default="schemas", show_default=True,
              help="Folder tujuan berkas JSON Schema (diganti utuh).")
@FORCE
def schema(out: Path, force: bool) -> None:
    """Tulis JSON Schema rekaman (profil, keputusan, standar) untuk editor seperti VS Code."""
    from .schema import write_schemas

    for name in write_schemas(out, force):
        click.echo(f"{out / name}")


@main.group()
def export() -> None:
    """Ekspor sumber ke bentuk lain (teks kanonik untuk penelaahan)."""


@export.command("text")
@SOURCES
@click.option("--out", "out", type=click.Path(path_type=Path), default="teks", show_default=True,
              help="Folder teks (diganti utuh).")
@FORCE
def export_text(sources: Path, out: Path, force: bool) -> None:
    """Tulis satu berkas teks per keputusan dan per standar pelayanan, untuk `git diff`."""
    from .review.export import export_text as run_export

    files = run_export(sources, out, force)
    click.echo(f"{len(files)} berkas teks ditulis ke {out}")


@main.group()
def ekspor() -> None:
    """Ekspor untuk sistem nasional dan arsip: JDIHN, Akoma Ntoso, SIPPN, PDF/A (README, "Exports")."""


def _ekspor_command(kind: str, summary: str) -> None:
    @ekspor.command(kind, help=summary)
    @SOURCES
    @click.option("--out", "out", type=click.Path(path_type=Path), default=f"ekspor/{kind}", show_default=True,
                  help="Folder keluaran (diganti utuh).")
    @FORCE
    def command(sources: Path, out: Path, force: bool) -> None:
        from .ekspor.command import run

        files = run(kind, sources, out, force)
        click.echo(f"{len(files)} berkas ditulis ke {out}")


def _ekspor_commands() -> None:
    from .ekspor.command import KINDS

    for kind, (_, summary) in KINDS.items():
        _ekspor_command(kind, summary)
    ekspor.add_command(export_text, "teks")


_ekspor_commands()


@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--sources-dir", type=click.Path(path_type=Path), default="sources", show_default=True,
              help="Folder sumber di dalam repositori git (untuk sisi berupa revisi git).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "docx"]), default="text",
              show_default=True, help="Bentuk laporan.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="Tulis laporan ke berkas ini.")
@click.option("--author", default="sk-builder", show_default=True, help="Penulis perubahan terlacak (docx).")
@click.option("--date", "date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Tanggal perubahan terlacak, YYYY-MM-DD (docx).")
@FORCE
def diff(old: str, new: str, sources_dir: Path, fmt: str, out: Path | None, author: str, date, force: bool) -> None:
    """Bandingkan dua sisi (folder atau revisi git): status 0 sama, 1 berubah, 2 galat."""
    from .review.command import run_diff

    sys.exit(run_diff(old, new, sources_dir, fmt, out, author, date.date() if date else None, force))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--ke", "target", required=True, type=click.Path(path_type=Path),
              help="Folder wilayah tujuan, mis. sources/kota-contoh (dibuat bila belum ada).")
@click.option("--timpa", is_flag=True, help="Ganti rekaman yang sudah ada (bawaan: menolak menimpa).")
@click.option("--rinci", is_flag=True, help="Cetak juga semua yang dipetakan, tidak hanya tebakan dan yang terlewat.")
def impor(files: tuple[Path, ...], target: Path, timpa: bool, rinci: bool) -> None:
    """Impor keputusan (DOCX) atau halaman standar pelayanan (HTML) menjadi rekaman di folder --ke."""
    from .impor.command import run_impor

    sys.exit(run_impor(list(files), target, timpa, rinci))


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--wilayah", help='Nama wilayah, mis. "Kota Contoh" (ditanyakan bila tidak diberikan).')
@click.option("--unit", help='Unit yang menerbitkan standar (bawaan: "Sekretariat Daerah").')
@click.option("--kertas", type=click.Choice(["F4", "A4"], case_sensitive=False), help="Ukuran kertas (bawaan: F4).")
@FORCE
def init(folder: Path, wilayah: str | None, unit: str | None, kertas: str | None, force: bool) -> None:
    """Buat proyek baru di FOLDER: satu wilayah dengan profil, lambang contoh, satu standar dan satu keputusan."""
    from .init.command import run_init

    sys.exit(run_init(folder, wilayah, unit, kertas, force))


@main.command()
@SOURCES
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Alamat yang dilayani (bawaan hanya komputer ini; 0.0.0.0 membukanya ke jaringan).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port (0: port bebas mana saja).")
@click.option("--format", "formats", default=",".join(ALL_FORMATS), show_default=True,
              help="Format, dipisah koma; html,site membangun ulang lebih cepat (tautan unduhan PDF/DOCX mati).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="jumlah inti",
              help="Jumlah proses yang merender dokumen bersamaan.")
def serve(sources: Path, host: str, port: int, formats: str, jobs: int) -> None:
    """Pratinjau: bangun, layani situs dan dokumen di peramban, bangun ulang dan muat ulang setiap berkas disimpan."""
    from .serve.command import run_serve

    sys.exit(run_serve(sources, host, port, _formats(formats), jobs))
