"""What a rule reports: a code, the field it concerns, a message and where inside the field's text."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import CODES
from ..fieldpaths import FieldPath

__all__ = ["FieldPath", "Finding", "Rule", "line_col", "rules"]


@dataclass(frozen=True)
class Rule:
    """A drafting rule: its stable code and what it asks for, in Indonesian.

    ``bawaan`` False: a convention rather than an error, off by default (``sk check --semua`` shows it
    as a note). ``catatan`` True: always printed as an informational note, never a warning.
    """

    code: str
    judul: str
    bawaan: bool = True
    catatan: bool = False


def rules(*codes: str) -> tuple[Rule, ...]:
    """The rules of a family, as the diagnostics catalogue declares them (title, default, note)."""
    return tuple(Rule(code, CODES[code].title, CODES[code].default, CODES[code].severity == "note") for code in codes)


@dataclass(frozen=True)
class Finding:
    """One rule broken in one field; ``at`` is the 0-based (line, column) inside the field's text."""

    code: str
    field: FieldPath
    message: str
    at: tuple[int, int] | None = None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 0-based (line, column) of a character offset in a text."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1)
