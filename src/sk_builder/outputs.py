"""Where sk-builder may write: an output is refused when replacing it could destroy a user's files.

A folder that sk-builder replaces whole (``sk build --out``, ``sk export text --out``,
``sk schema --out``) carries a marker file, ``.sk-builder``, written at publish. Such a folder may
be replaced again; so may a folder that does not exist yet or is empty. Everything else is
refused (exit 2): the sources themselves, a folder holding them or inside them, the cache, an
existing file, a symbolic link, and a non-empty folder without the marker — the last two kinds
only unless the user says ``--paksa``. Overlapping the sources or the cache is never allowed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import UsageRefused

MARKER = ".sk-builder"
MARKER_TEXT = (
    "Folder ini dibuat oleh sk-builder dan diganti utuh pada setiap build.\n"
    "Jangan menyimpan berkas lain di sini: berkas itu akan hilang pada build berikutnya.\n"
).encode("utf-8")


def _real(path: Path) -> Path:
    """An absolute path with every existing symbolic link resolved (the path need not exist)."""
    return Path(os.path.realpath(os.path.abspath(path)))


def _overlap(out: Path, protected: Path) -> str | None:
    """How ``out`` overlaps a protected folder, in words, or None."""
    if out == protected:
        return "sama dengan"
    if protected.is_relative_to(out):
        return "memuat"
    if out.is_relative_to(protected):
        return "berada di dalam"
    return None


def _refuse_overlap(option: str, out: Path, protected: Iterable[tuple[str, Path]]) -> None:
    real = _real(out)
    for what, folder in protected:
        how = _overlap(real, _real(folder))
        if how is not None:
            raise UsageRefused(f'{option} "{out}" {how} {what} "{folder}"; isinya bisa terhapus. '
                               "Pilih folder keluaran lain (mis. build).")


def _is_ours(folder: Path) -> bool:
    return (folder / MARKER).is_file() and not (folder / MARKER).is_symlink()


def check_folder(out: Path, sources: Iterable[Path], force: bool, option: str = "--out",
                 cache: Path | None = None) -> None:
    """Refuse an output folder whose replacement could destroy files the user did not let sk-builder make."""
    protected = [("folder sumber", Path(s)) for s in sources]
    if cache is not None:
        protected.append(("folder cache", Path(cache)))
    _refuse_overlap(option, out, protected)
    if os.path.islink(out):
        raise UsageRefused(f'{option} "{out}" adalah tautan simbolik; berikan jalur folder sebenarnya '
                           f'("{_real(out)}").')
    if not os.path.lexists(out) or force:
        return
    if not out.is_dir():
        raise UsageRefused(f'{option} "{out}" adalah berkas yang sudah ada, bukan folder; pilih folder lain, '
                           "atau tambahkan --paksa untuk menggantinya.")
    if any(out.iterdir()) and not _is_ours(out):
        raise UsageRefused(f'{option} "{out}" tidak kosong dan bukan buatan sk-builder (tidak ada berkas '
                           f"{MARKER}); seluruh isinya akan diganti. Pilih folder baru atau kosong, atau "
                           "tambahkan --paksa bila isinya memang boleh dihapus.")


def check_file(out: Path, force: bool, ours: Callable[[Path], bool], option: str = "--out") -> None:
    """Refuse an output file that exists and was not written by sk-builder (``ours`` recognises one)."""
    if os.path.islink(out):
        raise UsageRefused(f'{option} "{out}" adalah tautan simbolik; berikan jalur berkas sebenarnya.')
    if not os.path.lexists(out):
        return
    if out.is_dir():
        raise UsageRefused(f'{option} "{out}" adalah folder; berikan nama berkas.')
    if force:
        return
    if not ours(out):
        raise UsageRefused(f'{option} "{out}" sudah ada dan bukan laporan sk-builder; pilih nama lain, atau '
                           "tambahkan --paksa untuk menimpanya.")
