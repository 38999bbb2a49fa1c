"""What a rule reports: a code, the field it concerns, a message and where inside the field's text."""

from __future__ import annotations

from dataclasses import dataclass

FieldPath = tuple[str | int, ...]


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
