"""The last build of an output folder, remembered: a build whose inputs all have the digests they had then, and
whose published files are as it left them, does nothing and reports what it reported then - without loading
the project (as make and ninja tell a no-op, but by content for the inputs).

The key is made of sk-builder's code and the libraries and programs that shape outputs (``code_digest``),
every file of the sources (``sources_digest``), the spelling dictionaries, the package's templates, the
installed fonts (every file fontconfig lists, and the bytes of the project's own families), the formats
and ``--strict``. The published files are compared by size and modification time: a file changed,
added or removed in the output folder after the build means a full build, which publishes the folder
anew. The record is kept in the cache, per output folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .cache import Store
from .diagnostics import Report
from .digests import code_digest, digest, sources_digest, stored_fonts_digest, tree_digest
from .fonts import catalogue
from .reportdata import Shown, decode_report, encode_report

TEMPLATES = Path(__file__).resolve().parent / "templates"
KEY = "sk-builder/terbit/1"


@dataclass(frozen=True)
class Stamp:
    """What the build of one output folder is made from (``inputs``), the slot it is kept in, and the digests
    of sk-builder's code and of the sources, which the build's cache keys use too (computed once)."""

    slot: str
    inputs: str
    code: str
    sources: str


def stamp(sources: Path, out: Path, formats: tuple[str, ...], strict: bool) -> Stamp:
    """The stamp of a build of ``sources`` into ``out``, computed before anything is read: everything but the
    fonts of the project's families (which the sources name)."""
    from .check.kamus import installed  # the spelling dictionaries shape the warnings

    code, tree = code_digest(), sources_digest(sources)
    fonts = sorted(f"{font.path}" for font in catalogue())  # a font installed or removed: SK124 may change
    inputs = digest(KEY, code, tree, installed(), tree_digest(TEMPLATES), *fonts, ",".join(formats),
                    "strict" if strict else "-")
    return Stamp(f"terbit:{os.path.abspath(out)}", inputs, code, tree)


def _published(out: Path) -> dict[str, list[int]] | None:
    """Every file of the output folder (relative POSIX path -> size, modification time), or None when unreadable."""
    found: dict[str, list[int]] = {}
    pending = [(str(out), "")]
    try:
        while pending:
            folder, prefix = pending.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    name = prefix + entry.name
                    if entry.is_dir(follow_symlinks=False):
                        pending.append((entry.path, name + "/"))
                    else:
                        info = entry.stat(follow_symlinks=False)
                        found[name] = [info.st_size, info.st_mtime_ns]
    except OSError:
        return None
    return found


def unchanged(store: Store, mark: Stamp, sources: Path, out: Path) -> tuple[Report, list[str], int] | None:
    """The report, the published files and the number of documents of the last build when nothing changed
    since it (its inputs and the output folder), else None."""
    files = store.lookup(mark.slot, KEY)
    if files is None:
        return None
    try:
        data = json.loads(store.read(files["data"]))
        if data["inputs"] == mark.inputs and _published(out) == data["published"] and \
                data["fonts"] == stored_fonts_digest(store, set(data["families"])):
            return decode_report(data["report"], Shown(sources)), list(data["files"]), int(data["documents"])
    except (OSError, KeyError, TypeError, ValueError):  # damaged data is a miss
        pass
    store.used.difference_update(files.values())  # the record of a build that is no more: swept
    return None


def remember(store: Store, mark: Stamp, sources: Path, out: Path, families: set[str], report: Report,
             files: list[str], documents: int) -> None:
    """Record the build just published into ``out`` (the families: the fonts its documents were set in)."""
    published = _published(out)
    if published is None:
        return
    store.save_data(mark.slot, KEY, {
        "inputs": mark.inputs, "families": sorted(families), "fonts": stored_fonts_digest(store, families),
        "report": encode_report(report, sources), "files": files, "documents": documents, "published": published,
    })
