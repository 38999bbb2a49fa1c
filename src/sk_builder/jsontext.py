"""Readable, deterministic JSON for published files: sorted keys, UTF-8, two-space indent, a final newline.

orjson writes it (in C: the website's data files of 500 services took 3.4 s with the standard library's
indenting encoder, which is pure Python); the standard library writes it where orjson is missing or
refuses a value (a key that is not a string, an integer beyond 64 bits), and where orjson's text may hold
a number below 1e-4, which it writes otherwise ("1e-9" for "1e-09", "0.00001" for "1e-05"; such text in
a string costs only the slower encoder). Both give the same bytes (``tests/test_jsontext.py`` compares
them on generated values).
"""

from __future__ import annotations

import json
import re

try:
    import orjson
except ImportError:  # pragma: no cover - a platform without orjson's wheel
    orjson = None  # type: ignore[assignment]  # the module or None where orjson has no wheel


_SMALL_NUMBER = re.compile(rb"[0-9]e-|0\.0000")


def standard(value: object, sort_keys: bool = True) -> bytes:
    """The text as the standard library writes it."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, indent=2) + "\n").encode("utf-8")


def pretty(value: object) -> bytes:
    """``value`` as readable JSON (``standard``'s bytes, faster)."""
    if orjson is not None:
        try:
            text = orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)
        except TypeError:  # orjson.JSONEncodeError: what orjson does not write, the standard library does
            pass
        else:
            if (b"e-" not in text and b"0.0000" not in text) or _SMALL_NUMBER.search(text) is None:
                return text  # the substring tests first: the regular expression alone took 0.3 ms a file
    return standard(value)


def parse(data: bytes) -> object:
    """The value of JSON text (orjson where it is installed: the site fills in thousands of data files)."""
    if orjson is not None:
        return orjson.loads(data)
    return json.loads(data)
