"""Scratch folders of one run (the throw-away cache of --no-cache, Pagefind's work tree): removed when the
run ends, and, after a run that was killed, by the next one.

They live in the user's own folder ``sk-builder-<user>`` of the temporary directory, made
private (0700) and refused when someone else owns it or may write to it. Each folder's name
carries the process id of its run, so a later run can tell which ones were left by runs that no
longer exist and remove them.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Iterator

from .portable import POSIX

_LEFT = re.compile(r"^[a-z-]+-(\d+)-")


def _owner_tag() -> str:
    try:
        return str(os.geteuid()) if POSIX else re.sub(r"[^A-Za-z0-9_-]", "_", getpass.getuser())
    except (KeyError, OSError):
        return "pengguna"


def _private_root() -> Path | None:
    """The user's scratch root, or None when it cannot be trusted (another owner, open to others)."""
    root = Path(tempfile.gettempdir()) / f"sk-builder-{_owner_tag()}"
    try:
        root.mkdir(mode=0o700, exist_ok=True)
        if POSIX:
            info = os.lstat(root)
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
                return None
    except OSError:
        return None
    return root


def _alive(pid: int) -> bool:
    if not POSIX:
        return True  # no safe way to ask without a helper library: leave it for its own run to remove
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(root: Path) -> None:
    """Remove the scratch folders of runs that no longer exist."""
    for path in root.iterdir():
        match = _LEFT.match(path.name)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def scratch(kind: str) -> Iterator[Path]:
    """A new private folder for this run's ``kind`` of work (e.g. "sk-pagefind"), removed afterwards."""
    root = _private_root()
    if root is not None:
        sweep(root)
    path = Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
