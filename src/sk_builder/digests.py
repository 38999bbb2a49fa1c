"""Digests of what shapes outputs - bytes, file trees, sk-builder's code and libraries, fonts - cheap to import:
a no-op build computes them before it loads anything (``stamp``)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from . import __version__
from .cache import DEFAULT_NAME as DEFAULT_CACHE
from .cache import Store
from .fonts import family_files as font_files

PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("weasyprint", "pydyf", "fonttools", "python-docx", "jinja2", "markdown-it-py", "linkify-it-py",
             "pydantic", "ruamel.yaml", "babel", "graphviz", "cairosvg", "cbor2", "pagefind-bin", "orjson",
             "PyYAML")
PROGRAMS = (("dot", "-V"),)  # Graphviz lays out the flowcharts


def digest(*parts: bytes | str) -> str:
    """The SHA-256 of length-prefixed parts (so no two part lists collide)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(b"%d:" % len(data))
        h.update(data)
    return h.hexdigest()


def tree_digest(root: Path, skip: tuple[str, ...] = ()) -> str:
    """The digest of every file under ``root``: relative paths and bytes, in sorted order."""
    parts: list[bytes | str] = []
    for path in sorted(_files(root)):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(skip) or "__pycache__" in path.parts:
            continue
        parts += [relative, path.read_bytes()]
    return digest(*parts)


def _files(root: Path) -> list[Path]:
    """Every regular file under a folder, following symbolic links once while they stay inside it.

    A link that leaves the folder is never read (the loader refuses it with SK111): the key of a
    source tree is made of the tree alone, whatever a link points at.
    """
    top = os.path.realpath(root)
    found, seen = [], set()
    for folder, dirs, names in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen or not _within(real, top):
            dirs[:] = []
            continue
        seen.add(real)
        for name in names:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and _within(os.path.realpath(path), top):
                found.append(Path(path))
    return found


def _within(path: str, top: str) -> bool:
    return path == top or path.startswith(top.rstrip(os.sep) + os.sep)


def code_digest() -> str:
    """sk-builder's version and source files, and the versions of the libraries that write the bytes."""
    found = _distributions()
    versions = [f"{name}={found.get(_normal(name), '-')}" for name in LIBRARIES]
    code = tree_digest(PACKAGE, skip=("py.typed", "templates/"))  # templates are keyed where they are used
    return digest(__version__, *versions, *program_versions(), code)


def _normal(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _distributions() -> dict[str, str]:
    """Installed distributions (normalised name -> version) as the import path finds them first: read from the
    names of their ``.dist-info`` folders (``importlib.metadata`` takes longer to import than a no-op build)."""
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue
        for entry in names:
            if entry.endswith(".dist-info") and "-" in entry:
                name, version = entry[:-len(".dist-info")].split("-", 1)
                found.setdefault(_normal(name), version)
    return found


def program_versions() -> list[str]:
    """What the external programs that shape outputs say of their version."""
    said = []
    for command in PROGRAMS:
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            said.append(f"{command[0]}: {(done.stdout + done.stderr).strip()}")
        except OSError:
            said.append(f"{command[0]}: -")
    return said


def fonts_digest(families: set[str], known: dict[str, str] | None = None) -> str:
    """The digest of the font files of these families: path, size and content.

    ``known`` maps "path|size|mtime_ns" to a content digest already computed; it is only a
    shortcut for re-hashing unchanged files and is updated in place.
    """
    known = {} if known is None else known
    parts: list[str] = sorted(families)
    for path in font_files(families):
        try:
            stat = path.stat()
        except OSError:
            continue
        memo = f"{path}|{stat.st_size}|{stat.st_mtime_ns}"
        if memo not in known:
            known[memo] = hashlib.sha256(path.read_bytes()).hexdigest()
        parts += [str(path), str(stat.st_size), known[memo]]
    return digest(*parts)


def sources_digest(root: Path) -> str:
    """The digest of a source tree as the loader sees it: every file's path inside it and bytes, and the
    tree's own name (a tree that is one region takes its id from it). Where the tree lies and where
    sk-builder runs from are not part of it: the cached project keeps paths relative to the tree."""
    root = Path(root)
    return digest(Path(os.path.abspath(root)).name,
                  tree_digest(root, skip=(DEFAULT_CACHE + "/",)) if root.is_dir() else "-")


def stored_fonts_digest(store: Store, families: set[str]) -> str:
    """``fonts_digest`` of the families, re-hashing only the files changed since a build kept in ``store`` saw them."""
    memo = store.load_data("fonts", "memo")
    memo = memo if isinstance(memo, dict) else {}
    known = len(memo)
    found = fonts_digest(families, memo)
    if len(memo) != known:
        store.save_data("fonts", "memo", memo)
    return found
