"""Atomic publishing: write a whole output tree aside, then swap it in; failures leave the old one.

The new tree is written into ``.<out>.baru-*`` beside ``out`` and exchanged with the old tree in
one ``renameat2(RENAME_EXCHANGE)`` call where the system has it (Linux); elsewhere two renames
are used, and the old tree waits in ``.<out>.lama-*`` until the new one is in place. Publishing
holds an exclusive lock on the parent folder, so any ``.baru-``/``.lama-`` folder found while
holding it was left by a build that was killed: it is removed (or, if ``out`` itself is missing,
the old tree in it is put back) before anything else happens.

Every published tree carries the marker file of ``outputs`` (the next publish may replace it),
and folders and files get the permissions the user's umask gives, like any file they create.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .outputs import MARKER, MARKER_TEXT
from .portable import fsync_folder, libc_function, locked, umask

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _leftovers(out: Path, kind: str) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.{kind}-*"))


def recover(out: Path) -> None:
    """Undo what a killed publish left beside ``out`` (call with the lock held)."""
    if not out.exists():
        for retired in reversed(_leftovers(out, "lama")):
            if (retired / out.name).is_dir():
                os.replace(retired / out.name, out)
                break
    for stale in _leftovers(out, "baru") + _leftovers(out, "lama"):
        shutil.rmtree(stale, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(source: Path, target: Path) -> bool:
    """Hard-link an existing file into the tree (True), or copy it durably where linking is impossible."""
    try:
        os.link(source, target)
        return True
    except OSError:
        shutil.copyfile(source, target)
        _fsync(target)
        return False


def _sync_file_system(folder: Path, linked: list[Path]) -> None:
    """Make the data of hard-linked files durable: one syncfs(2) for the file system, else fsync each."""
    syncfs = libc_function("syncfs")
    if syncfs is not None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for path in linked:
        _fsync(path)


def _write_all(staging: Path, files: Mapping[str, bytes | Path]) -> None:
    folders, linked = {staging}, []
    for relative in sorted(files):
        if Path(relative).is_absolute() or ".." in Path(relative).parts:
            raise ValueError(f"jalur keluaran di luar folder: {relative}")
        target = staging / relative
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
        content = files[relative]
        if isinstance(content, Path):
            if _link(content, target):
                linked.append(target)
        else:
            with open(target, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        folders.add(target.parent)
    if linked:
        _sync_file_system(staging, linked)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_folder(folder)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False when the system or file system cannot."""
    renameat2 = libc_function("renameat2")
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.replace(staging, out)
    elif _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)
    else:
        retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.lama-", dir=out.parent))
        os.replace(out, retired / out.name)
        os.replace(staging, out)
        shutil.rmtree(retired, ignore_errors=True)
    fsync_folder(out.parent)


def _kept(out: Path, keep: tuple[str, ...]) -> dict[str, Path]:
    """The files of the published tree under the top-level folders ``keep`` (regular files only)."""
    found: dict[str, Path] = {}
    for part in keep:
        top = out / part
        if top.is_symlink() or not top.is_dir():
            continue
        for folder, dirs, names in os.walk(top):
            for name in names:
                path = Path(folder) / name
                if path.is_file() and not path.is_symlink():
                    found[path.relative_to(out).as_posix()] = path
    return found


def write_tree(out: Path, files: Mapping[str, bytes | Path], keep: tuple[str, ...] = ()) -> None:
    """Replace ``out`` with exactly these files (relative POSIX paths), all or nothing.

    A value is the file's bytes, or an existing file on the same file system (e.g. in the build
    cache) that is hard-linked in; its data is made durable before the swap all the same. The
    top-level folders named in ``keep`` are carried over from the tree being replaced, unless
    ``files`` has something under them.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with locked(out.parent):
        recover(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.baru-", dir=out.parent))
        try:
            os.chmod(staging, 0o777 & ~umask())
            made = {name.split("/", 1)[0] for name in files}
            carried = _kept(out, tuple(part for part in keep if part not in made))
            _write_all(staging, {**carried, **files, MARKER: MARKER_TEXT})
            _swap(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def write_file(path: Path, data: bytes) -> None:
    """Replace one file atomically: a temporary file beside it, then a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~umask())
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        raise
