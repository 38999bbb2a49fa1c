"""Which files changed: the size and modification time of every file under some folders, polled.

Polling (the standard library only) rather than the operating system's change notifications: it
works the same on Linux, Windows and macOS, on network and synced folders where notifications are
lost, and in containers; a region's few hundred files are read in milliseconds. Hidden entries
(``.sk-cache``, ``.git``) and editors' temporary files are ignored.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

Snapshot = dict[str, tuple[int, int]]
_TEMPORARY = ("~", ".swp", ".swx", ".tmp", ".part")


def snapshot(folders: Iterable[Path]) -> Snapshot:
    """Size and modification time (ns) of every visible file under the folders, by path."""
    seen: Snapshot = {}
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
            for name in names:
                if name.startswith(".") or name.endswith(_TEMPORARY):
                    continue
                path = os.path.join(root, name)
                try:
                    info = os.stat(path)
                except OSError:  # removed while walking
                    continue
                seen[path] = (info.st_size, info.st_mtime_ns)
    return seen


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """The files added, removed or modified between two snapshots, sorted."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
