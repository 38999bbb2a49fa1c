"""`sk ekspor <jenis>`: which export makes which files, all written through ``keluaran.export``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..project import Project


def _jdih(project: Project) -> dict[str, bytes]:
    from .jdih import files

    return files(project)


def _akn(project: Project) -> dict[str, bytes]:
    from .akn import files

    return files(project)


def _sippn(project: Project) -> dict[str, bytes]:
    from .sippn import files

    return files(project)


def _arsip(project: Project) -> dict[str, bytes]:
    from .arsip import files

    return files(project)


KINDS: dict[str, tuple[Callable[[Project], dict[str, bytes]], str]] = {
    "jdih": (_jdih, "Umpan integrasi JDIHN: satu berkas JSON per wilayah, satu entri per keputusan."),
    "akn": (_akn, "Akoma Ntoso 3.0 (OASIS LegalDocML): satu XML per keputusan, diperiksa terhadap skemanya."),
    "sippn": (_sippn, "Lembar kerja XLSX per wilayah untuk SIPPN: satu baris per standar, satu kolom per komponen."),
    "arsip": (_arsip, "PDF/A-3b bertanda (PDF/UA-1) per keputusan, dengan rekaman sumbernya terlampir."),
}


def run(kind: str, sources: Path, out: Path, force: bool) -> dict[str, bytes]:
    """Make one kind of export from ``sources`` into ``out`` (replaced whole; refused like every output)."""
    from .keluaran import export

    make, _ = KINDS[kind]
    return export(sources, out, force, make)
