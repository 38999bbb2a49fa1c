"""What the loader would skip without a word: misspelt folders and files in a region, regions without a profile,
and the placeholder emblem of `sk init`.

A region folder holds ``profil.yaml``, ``standar/``, ``keputusan/``, ``sop/``, ``maklumat/`` (with the
pictures its records name), the emblem, template folder and Word reference document the profile names,
``kamus.txt`` and a hunspell dictionary
(``hunspell/``, ``*.dic``, ``*.aff``);
records are ``*.yaml``/``*.yml`` files. Anything else is never read, so it is a warning, with the
known name it is closest to ("maksud Anda …?"). Hidden entries (``.git``, ``.sk-cache``) are left alone.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

from ..diagnostics import Location, Report, display_path
from ..init.emblem import is_placeholder
from ..project import Region

PROFILE = "profil.yaml"
RECORD_FOLDERS = ("standar", "keputusan", "sop", "maklumat")
KNOWN = (PROFILE, *RECORD_FOLDERS, "kamus.txt", "hunspell")
DICTIONARY_SUFFIXES = (".dic", ".aff")
RECORD_SUFFIXES = (".yaml", ".yml")


def _hint(name: str, known: Sequence[str]) -> str:
    """' (maksud Anda "x"?)' for the known name closest to ``name``, or ""."""
    folded = {k.lower(): k for k in known}
    close = folded.get(name.lower()) or next(iter(difflib.get_close_matches(name.lower(), list(folded), 1, 0.7)),
                                             None)
    close = folded.get(close, close) if close else None
    return f' (maksud Anda "{close}"?)' if close and close != name else ""


def _visible(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError:
        return []


def survey(root: Path, folders: Sequence[Path], regions: Sequence[Region | None], report: Report) -> None:
    """Warn about every entry of the source tree that the loader does not read, and about placeholder emblems."""
    root = Path(root)
    for folder, region in zip(folders, regions):
        if region is None or (region.profil.lambang and region.emblem is None):
            continue  # the profile or its emblem has errors: which file is the emblem is not known yet
        emblem = region.profil.lambang
        pictures = {Path(root, p.picture_file) for p in region.pledges if p.picture_file}
        pictures |= {Path(root, d.kop_file) for d in region.decrees if d.kop_file}
        pictures |= {folder / region.profil.kop.gambar} if region.profil.kop.gambar else set()
        pictures |= {folder / name for name in (region.profil.templat, region.profil.dokumen_acuan) if name}
        _region_entries(folder, root, emblem, report, pictures)
        if emblem and is_placeholder(folder / emblem):
            report.warning(region_location(region, ("lambang",)), "SK126",
                           f'lambang: "{emblem}" masih lambang contoh dari sk init (kop bertulisan CONTOH); '
                           "ganti berkasnya dengan lambang daerah")
    if folders and folders != [root]:
        _folders_without_profile(root, folders, report)


def region_location(region: Region, path: tuple) -> Location:
    """Where a field of a region's profile is written."""
    from .yamlfile import locate

    return locate(region.source, region.marks, path)


def _region_entries(folder: Path, root: Path, emblem: str | None, report: Report, pictures: set[Path]) -> None:
    named = [Path(emblem)] if emblem else []
    named += [path.relative_to(folder) for path in pictures if path.is_relative_to(folder)]
    known = list(KNOWN) + [path.parts[0] for path in named if path.parts]
    for entry in _visible(folder):
        name = entry.name
        if name in known or (entry.is_file() and entry.suffix in DICTIONARY_SUFFIXES):
            if name in RECORD_FOLDERS and entry.is_dir():
                _record_entries(entry, root, report, pictures)
            continue
        kind = "folder" if entry.is_dir() else "berkas"
        report.warning(Location(display_path(entry, root)), "SK127",
                       f'{kind} "{name}" tidak dibaca sk-builder{_hint(name, known)}; isi wilayah: {PROFILE}, '
                       "standar/, keputusan/, sop/, maklumat/, lambang, kamus.txt")


def _record_entries(folder: Path, root: Path, report: Report, pictures: set[Path]) -> None:
    for entry in _visible(folder):
        if (entry.is_file() and entry.suffix in RECORD_SUFFIXES) or entry in pictures:
            continue
        kind = "folder" if entry.is_dir() else "berkas"
        stem = entry.name
        hint = ""
        for suffix in RECORD_SUFFIXES:
            if entry.name.lower().endswith(suffix) or suffix in entry.name:
                stem = entry.name[:entry.name.lower().find(suffix)]
                hint = f' (maksud Anda "{stem}.yaml"?)'
                break
        report.warning(Location(display_path(entry, root)), "SK127",
                       f'{kind} "{entry.name}" di {folder.name}/ tidak dibaca: hanya berkas .yaml yang dibaca{hint}')


def _folders_without_profile(root: Path, regions: Sequence[Path], report: Report) -> None:
    """A folder beside regions that lacks profil.yaml is skipped: say so (it is likely a region with a typo)."""
    for entry in _visible(root):
        if not entry.is_dir() or entry in regions:
            continue
        near = next((p.name for p in _visible(entry) if _hint(p.name, [PROFILE])), None)
        hint = f' (ada berkas "{near}": maksud Anda "{PROFILE}"?)' if near else ""
        report.warning(Location(display_path(entry, root)), "SK128",
                       f'folder "{entry.name}" tidak memuat {PROFILE}, jadi bukan wilayah dan dilewati{hint}')
