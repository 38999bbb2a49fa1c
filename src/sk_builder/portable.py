"""What the operating system offers beyond the portable minimum, each with a fallback that works everywhere.

Linux gives atomic exchange of two folders (``renameat2``), one ``syncfs`` for a whole file
system, ``flock`` on a folder, workers that die with their parent, and ``fork``. Windows and
macOS get the portable path: rename-aside publishing, a lock file, fsync per file, ``spawn``.
``SK_PORTABEL=1`` in the environment turns every Linux-only path off, so the fallbacks are tested
on Linux too (the whole suite passes either way).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from pathlib import Path
from typing import Iterator

LINUX = sys.platform.startswith("linux") and os.environ.get("SK_PORTABEL", "") != "1"
"""Whether the Linux-only paths are used."""

POSIX = os.name == "posix"
"""Whether folders can be opened (to fsync or lock them)."""

LOCK_FILE = ".sk-kunci"
_PR_SET_PDEATHSIG = 1


def libc_function(name: str):
    """A function of the C library on Linux (None elsewhere, or when the library lacks it)."""
    if not LINUX:
        return None
    try:
        return getattr(ctypes.CDLL(None, use_errno=True), name, None)
    except OSError:
        return None


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on a folder against other sk-builder processes, released however they end.

    Linux locks the folder itself; elsewhere a lock file (``lock_file``) is locked through
    filelock, a maintained cross-platform locking library. Neither leaves anything behind in the folder.
    """
    if LINUX:
        import fcntl

        fd = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)
        return
    from filelock import FileLock

    with FileLock(str(lock_file(folder))):
        yield


def lock_file(folder: Path) -> Path:
    """The lock file of a folder, kept in the user's temporary folder: nothing is left in the user's
    folders, and a folder where no file can be made (read-only, ``/proc``) fails when written, not
    by waiting forever for a lock file that cannot be created."""
    import hashlib
    import tempfile

    user = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    base = Path(tempfile.gettempdir()) / f"sk-builder-kunci{user}"
    base.mkdir(mode=0o700, exist_ok=True)
    if hasattr(os, "getuid") and (base.is_symlink() or base.stat().st_uid != os.getuid()):
        raise PermissionError(13, "folder kunci milik pengguna lain", str(base))
    name = hashlib.sha256(os.path.realpath(folder).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return base / f"{name}{LOCK_FILE}"


def fsync_folder(folder: Path) -> None:
    """Make a folder's entries durable where the system allows opening folders (not on Windows)."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def umask() -> int:
    """The process's file-creation mask (read without changing it for long)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def die_with_parent() -> None:
    """Ask Linux to end this process (a render worker, Pagefind) when the build that started it is killed."""
    prctl = libc_function("prctl")
    if prctl is not None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
