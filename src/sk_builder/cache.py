"""The build cache (`.sk-cache/`): each output remembers the key of what shaped it and its bytes.

Layout: ``blobs/ab/<sha256>`` holds output bytes by their own SHA-256, shared by every output
with those bytes and hard-linked into the published tree; ``entries/ab/<sha256 of the name>``
is a small JSON record ``{"name", "key", "files": {path: sha256}}`` for the latest build of an
output. An entry is used only when its key matches and every blob it names still has exactly
those bytes; anything unreadable, truncated or altered counts as a miss. Deleting the folder is
always safe.

The cache holds data only: bytes and JSON, never a format that can carry code (no pickle), so
a planted entry can at worst be a miss. It belongs to the project (``.sk-cache`` beside the
sources folder, like Sphinx's ``_build/doctrees``), and a folder that another user owns or that
others may write to is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path

from .errors import UsageRefused
from .portable import POSIX, locked
from .scratch import scratch

LAYOUT = "sk-builder/cache/2"
DEFAULT_NAME = ".sk-cache"


def _holds_regions(folder: Path, region: Path) -> bool:
    """Whether a folder is a folder of regions: named ``sources`` or holding another region than ``region``."""
    if folder.name == "sources":
        return True
    try:
        return any(p != region and (p / "profil.yaml").is_file() for p in folder.iterdir() if p.is_dir())
    except OSError:
        return False


def project_root(sources: Path) -> Path:
    """The project folder of a sources folder: the folder holding it, or, for one region of a folder of
    regions (``sources/kota-x``), the folder holding that."""
    folder = Path(os.path.abspath(sources))
    if (folder / "profil.yaml").is_file() and _holds_regions(folder.parent, folder):
        folder = folder.parent
    return folder.parent


def default_folder(sources: Path) -> Path:
    """The project's cache folder: ``.sk-cache`` in the project folder (beside ``sources/``)."""
    return project_root(sources) / DEFAULT_NAME


def check_safe(folder: Path) -> None:
    """Refuse a cache folder another user owns or others may write to (its entries decide what is published)."""
    if not POSIX:
        return
    info = os.stat(folder)
    if info.st_uid != os.geteuid():
        raise UsageRefused(f'folder cache "{folder}" milik pengguna lain (uid {info.st_uid}); sk-builder tidak '
                           "memakai cache yang dapat diubah orang lain. Pilih --cache lain, atau --no-cache.")
    if info.st_mode & stat.S_IWOTH:
        raise UsageRefused(f'folder cache "{folder}" dapat ditulisi siapa saja (mode {stat.filemode(info.st_mode)}); '
                           "sk-builder tidak memakai cache yang dapat diubah orang lain. Jalankan "
                           f'`chmod o-w "{folder}"`, pilih --cache lain, atau --no-cache.')


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _shard(folder: Path, name: str) -> Path:
    return Path(os.path.join(folder, name[:2], name))  # os.path: this runs for every output of every build


class Store:
    """Blobs and entries in one folder; hold ``open_store`` while using it."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.blobs = self.root / "blobs"
        self.entries = self.root / "entries"
        self.verified: dict[str, bool] = {}
        self.used: set[str] = set()
        self._folders: set[str] = set()
        self._serial = 0
        self.written = False  # whether this build wrote a blob or an entry (else there is nothing to sweep)
        self._known: set[str] = set()  # the entries this build found or wrote (by file name)

    # --- blobs ---------------------------------------------------------------------------------

    def blob(self, sha: str) -> Path:
        """Where the blob with this SHA-256 lives."""
        return _shard(self.blobs, sha)

    def put(self, data: bytes) -> str:
        """Store bytes (once) and return their SHA-256."""
        sha = _sha(data)
        if not self.has(sha):
            self._write(self.blob(sha), data)
            self.verified[sha] = True
        self.used.add(sha)
        return sha

    def has(self, sha: str) -> bool:
        """Whether the blob exists with exactly the bytes its name promises (checked once per build)."""
        if sha not in self.verified:
            try:  # a symbolic link is never a blob: it could point anywhere and be published as it is
                fd = os.open(os.path.join(self.blobs, sha[:2], sha), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                with open(fd, "rb") as handle:
                    self.verified[sha] = _sha(handle.read()) == sha
            except OSError:
                self.verified[sha] = False
        return self.verified[sha]

    def read(self, sha: str) -> bytes:
        """The bytes of a blob (verified again, so altered bytes are never handed on)."""
        with open(os.path.join(self.blobs, sha[:2], sha), "rb") as handle:
            data = handle.read()
        if _sha(data) != sha:
            self.verified[sha] = False
            raise OSError(f"cache blob {sha} has changed")
        return data

    def _write(self, path: Path | str, data: bytes) -> None:
        """Write a file of the store atomically, with the permissions the umask gives (blobs are published)."""
        self.written = True
        folder = os.path.dirname(path)
        if folder not in self._folders:  # a build writes thousands of files into 256 folders
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        if os.path.isdir(path) and not os.path.islink(path):  # not made by the store: the store's to clear
            shutil.rmtree(path)
        self._serial += 1
        temporary = os.path.join(folder, f".tmp-{os.getpid()}-{self._serial}")
        with contextlib.suppress(FileNotFoundError):  # left by a killed build of a process with this number
            os.unlink(temporary)
        fd = os.open(temporary, _NEW_FILE, 0o666)  # the umask applies, as to any file the user makes
        try:
            with open(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    # --- entries -------------------------------------------------------------------------------

    def _entry_path(self, name: str) -> str:
        return os.path.join(self.entries, (digest := _sha(name.encode("utf-8")))[:2], digest)

    def lookup(self, name: str, key: str) -> dict[str, str] | None:
        """The files (path -> SHA-256) of the output ``name`` built under ``key``, or None."""
        try:
            with open(self._entry_path(name), "rb") as handle:  # a build looks up thousands of entries
                entry = json.loads(handle.read())
            if entry.get("layout") != LAYOUT or entry.get("name") != name or entry.get("key") != key:
                return None
            files = entry["files"]
            if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if not all(self.has(sha) for sha in files.values()):
            return None
        self.used.update(files.values())
        self._known.add(os.path.basename(self._entry_path(name)))
        return dict(files)

    def record(self, name: str, key: str, files: dict[str, str]) -> None:
        """Remember that output ``name`` built under ``key`` is these files (path -> SHA-256)."""
        entry = {"layout": LAYOUT, "name": name, "key": key, "files": files}
        path = self._entry_path(name)
        self._write(path, json.dumps(entry, sort_keys=True).encode("utf-8"))
        self.used.update(files.values())
        self._known.add(os.path.basename(path))

    def load_data(self, name: str, key: str):
        """Plain data (JSON) stored under ``name`` and ``key`` by ``save_data``, or None."""
        files = self.lookup(name, key)
        if files is None or "data" not in files:
            return None
        try:
            return json.loads(self.read(files["data"]))
        except (OSError, ValueError):  # unreadable or altered data is a miss, never an error
            return None

    def save_data(self, name: str, key: str, value) -> None:
        """Store plain data (dicts, lists, text, numbers) as JSON, each mapping in its own order: a record read
        back from the cache must be the record read from its file (a profile's ``kontak_unit`` in the order
        written), or it would key and print differently."""
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.record(name, key, {"data": self.put(data)})

    # --- housekeeping --------------------------------------------------------------------------

    def sweep(self) -> None:
        """Remove blobs that no entry names any more, and temporary files of killed builds; after a build that
        wrote nothing (a no-op) there is nothing new to remove, and the next build that writes sweeps. An entry
        this build read or wrote is not read again: its blobs are among those it used."""
        if not self.written:
            return
        named = set(self.used)
        for entry in _listed(self.entries):
            if entry.name.startswith(".tmp-"):
                _remove(Path(entry.path))
            elif entry.name not in self._known:
                try:
                    with open(entry.path, "rb") as handle:
                        named.update(json.loads(handle.read())["files"].values())
                except (OSError, ValueError, KeyError, TypeError, AttributeError):
                    _remove(Path(entry.path))
        for entry in _listed(self.blobs):
            if entry.name not in named or not entry.is_file(follow_symlinks=False):
                _remove(Path(entry.path))


def _listed(folder: Path) -> Iterator[os.DirEntry]:
    """What the store's 256 folders of ``folder`` hold (a housekeeping walk over thousands of files)."""
    try:
        shards = sorted(os.scandir(folder), key=lambda shard: shard.name)
    except OSError:
        return
    for shard in shards:
        if shard.is_dir(follow_symlinks=False):
            with os.scandir(shard.path) as found:
                yield from list(found)


def _remove(path: Path) -> None:
    """Remove whatever is at a path inside the store (a file, a link, or a folder someone put there)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def open_store(folder: Path | None) -> Iterator[Store]:
    """The cache in ``folder``, locked against other builds; a throw-away one when ``folder`` is None."""
    if folder is None:
        with scratch("sk-cache") as temporary:
            yield Store(temporary)
        return
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    check_safe(folder)
    with locked(folder):
        store = Store(folder)
        yield store
        store.sweep()


class Outputs(MutableMapping):
    """Output files by path whose bytes live in a store: setting stores them, getting reads them back."""

    def __init__(self, store: Store):
        self.store = store
        self.files: dict[str, str] = {}

    def adopt(self, files: Mapping[str, str]) -> None:
        """Add files already in the store (path -> SHA-256)."""
        self.files.update(files)

    def sha(self, name: str) -> str:
        """The SHA-256 of one file."""
        return self.files[name]

    def size(self, name: str) -> int:
        """The size of one file in bytes (from its blob, not read)."""
        return os.stat(self.store.blob(self.files[name])).st_size

    def blob_paths(self) -> dict[str, Path]:
        """Each file's blob in the store, for publishing by hard link."""
        return {name: self.store.blob(sha) for name, sha in self.files.items()}

    def __getitem__(self, name: str) -> bytes:
        return self.store.read(self.files[name])

    def __contains__(self, name: object) -> bool:
        return name in self.files

    def __setitem__(self, name: str, data: bytes) -> None:
        self.files[name] = self.store.put(data)

    def __delitem__(self, name: str) -> None:
        del self.files[name]

    def __iter__(self):
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)


class Published(Mapping):
    """The files of a finished build, read from the output folder on demand."""

    def __init__(self, out: Path, names: list[str]):
        self.out, self.names = Path(out), list(names)

    def __getitem__(self, name: str) -> bytes:
        if name not in self.names:
            raise KeyError(name)
        return (self.out / name).read_bytes()

    def __iter__(self):
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)
