"""A house-style pattern filled in: ``{name}`` placeholders replaced by values, optionally in capitals."""

from __future__ import annotations

from string import Formatter


def fill(pattern: str, values: dict[str, str], capital: bool = False, keep: frozenset[str] = frozenset()) -> str:
    """The pattern with each placeholder replaced by its value (a missing one by nothing); with ``capital`` the
    pattern's own text and the values are written in capitals, but the values named in ``keep`` stay as
    they are (a decree's number is never re-cased)."""
    pieces: list[str] = []
    for literal, name, _, _ in Formatter().parse(pattern):
        pieces.append(literal.upper() if capital else literal)
        if name is not None:
            value = values.get(name, "")
            pieces.append(value.upper() if capital and name not in keep else value)
    return "".join(pieces)


def names(pattern: str) -> list[str]:
    """The placeholders a pattern names, in order."""
    return [name for _, name, _, _ in Formatter().parse(pattern) if name is not None]
