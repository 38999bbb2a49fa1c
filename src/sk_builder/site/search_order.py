"""Make Pagefind's bundle byte-stable: it writes filter values in hash-map order, differently each run.

Pagefind stores each filter as a gzipped CBOR file (``filter/<lang>_<hash>.pf_filter``) named in
the language's metadata file (``pagefind.<lang>_<hash>.pf_meta``), which ``pagefind-entry.json``
names in turn. Sorting the filter values and renaming the files after their new content gives the
same bytes for the same pages; the search results do not change (the JavaScript only follows the
names). Files in a layout we do not recognise are left exactly as Pagefind wrote them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re

import cbor2

MAGIC = b"pagefind_dcd"
_FILTER = re.compile(r"^(?P<dir>.*/filter/)(?P<lang>[^/_]+)_(?P<hash>[0-9a-f]+)\.pf_filter$")
_META = re.compile(r"^(?P<dir>.*/)pagefind\.(?P<lang>[^/_]+)_(?P<hash>[0-9a-f]+)\.pf_meta$")


def _decode(data: bytes):
    raw = gzip.decompress(data)
    if not raw.startswith(MAGIC):
        raise ValueError("not a Pagefind data file")
    return cbor2.loads(raw[len(MAGIC):])


def _encode(value) -> bytes:
    return gzip.compress(MAGIC + cbor2.dumps(value), compresslevel=9, mtime=0)


def _name(lang: str, data: bytes, length: int) -> str:
    return f"{lang}_{hashlib.sha256(data).hexdigest()[:length]}"


def stable(bundle: dict[str, bytes]) -> dict[str, bytes]:
    """The bundle with filter values sorted and the renamed files referenced consistently."""
    try:
        return _stable(bundle)
    except (ValueError, TypeError, KeyError, IndexError, OSError, EOFError, cbor2.CBORDecodeError):
        return bundle


def _stable(bundle: dict[str, bytes]) -> dict[str, bytes]:
    result = dict(bundle)
    renamed: dict[str, str] = {}  # old hash name -> new hash name
    for path in sorted(bundle):
        match = _FILTER.match(path)
        if not match:
            continue
        name, values = _decode(bundle[path])
        data = _encode([name, sorted(values, key=lambda entry: entry[0])])
        new = _name(match["lang"], data, len(match["hash"]))
        renamed[f"{match['lang']}_{match['hash']}"] = new
        del result[path]
        result[f"{match['dir']}{new}.pf_filter"] = data
    for path in sorted(bundle):
        match = _META.match(path)
        if not match:
            continue
        meta = _decode(bundle[path])
        meta[3] = sorted([name, renamed.get(ref, ref)] for name, ref in meta[3])
        data = _encode(meta)
        old, new = f"{match['lang']}_{match['hash']}", _name(match["lang"], data, len(match["hash"]))
        del result[path]
        result[f"{match['dir']}pagefind.{new}.pf_meta"] = data
        _rename_in_entry(result, match["dir"] + "pagefind-entry.json", old, new)
    return result


def _rename_in_entry(result: dict[str, bytes], path: str, old: str, new: str) -> None:
    entry = json.loads(result[path])
    for language in entry["languages"].values():
        if language.get("hash") == old:
            language["hash"] = new
    result[path] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
