"""The build cache as the loader and the checker see it: source-file units by their bytes, findings by their inputs.

Both are plain JSON in the store (``cache.Store.save_data``), named per file or per record so an
entry is replaced when its file changes, and keyed by sk-builder's code digest and the content
they were made from: a unit by the file's SHA-256, findings by the canonical text of their inputs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from . import keys
from .cache import Store
from .check.finding import Finding
from .sources.units import Unit, from_data, read_unit, to_data
from .sources.yamlfile import read_bytes
from .diagnostics import Report


class UnitReader:
    """Reads a source file as a unit, from the cache when its bytes are unchanged (a ``loader.Reader``)."""

    def __init__(self, store: Store, code: str, slot: Callable[[str], str]):
        self.store, self.code, self.slot = store, code, slot

    def __call__(self, path: Path, where: str, kind: str) -> Unit:
        report = Report()
        raw = read_bytes(path, where, report)
        if raw is None:
            return Unit(None, None, report)
        key = keys.digest(self.code, "unit", kind, hashlib.sha256(raw).hexdigest())
        name = self.slot(f"unit:{Path(path).resolve()}")
        found = self.store.load_data(name, key)
        if found is not None:
            try:
                return from_data(found, where, kind)
            except (KeyError, IndexError, TypeError, ValueError):  # damaged data is a miss
                pass
        unit = read_unit(raw, where, kind)
        self.store.save_data(name, key, to_data(unit))
        return unit


def _finding(item: Finding) -> list:
    return [item.code, list(item.field), item.message, list(item.at) if item.at is not None else None]


def _unfinding(data: list) -> Finding:
    code, field, message, at = data
    return Finding(code, tuple(field), message, tuple(at) if at is not None else None)


class FindingMemo:
    """Keeps the checker's findings between builds (a ``check.runner.Memo``)."""

    def __init__(self, store: Store, code: str, slot: Callable[[str], str]):
        self.store, self.code, self.slot = store, code, slot

    def __call__(self, name: str, inputs: object, compute: Callable[[], list]) -> list:
        key = keys.digest(self.code, "temuan", name, keys.canonical(inputs))
        slot = self.slot(f"temuan:{name}")
        paired = name.startswith("wilayah/")
        found = self.store.load_data(slot, key)
        if isinstance(found, list):
            try:
                return [(tuple(owner), _unfinding(item)) for owner, item in found] if paired else \
                    [_unfinding(item) for item in found]
            except (TypeError, ValueError):
                pass
        value = compute()
        data = [[list(owner), _finding(item)] for owner, item in value] if paired else [_finding(i) for i in value]
        self.store.save_data(slot, key, data)
        return value


class Lexicon:
    """The dictionaries' answers kept between builds (see ``check.kamus.ANSWERS``), per dictionary file."""

    def __init__(self, store: Store, code: str):
        self.store, self.code = store, code
        self.loaded: dict[str, int] = {}

    def _key(self, base: str) -> str | None:
        try:
            stats = [Path(base + suffix).stat() for suffix in (".dic", ".aff")]
        except OSError:
            return None
        return keys.digest(self.code, "kamus", base, *(f"{s.st_size}:{s.st_mtime_ns}" for s in stats))

    def load(self, bases: set[str]) -> None:
        """Make the answers of earlier builds known for these dictionaries."""
        from .check.kamus import ANSWERS

        for base in sorted(bases):
            key = self._key(base)
            found = self.store.load_data(f"kamus:{base}", key) if key else None
            if isinstance(found, dict):
                ANSWERS.setdefault(base, {}).update({w: bool(v) for w, v in found.items()})
            self.loaded[base] = len(ANSWERS.get(base, {}))

    def save(self) -> None:
        """Keep the answers of this build for the next, where new ones came."""
        from .check.kamus import ANSWERS

        for base, answers in ANSWERS.items():
            key = self._key(base)
            if key and len(answers) != self.loaded.get(base, -1):
                self.store.save_data(f"kamus:{base}", key, answers)
