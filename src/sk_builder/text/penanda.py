"""List markers as drafters write them at the start of a line: the one grammar that rendering
(``uraian``) and the drafting checks (through ``uraian.tree``) share.

A marker is a bullet (``-``, ``*``, ``+``, and those of real decrees: ``•``, ``▪``, ``·``, ``–``, ``●``,
``◦``, ``○``, ``■``, ``➢``, ``✓``, ``❖``), a letter (``a.``, ``a)``), a number of up to three
digits (``1.``, ``10)``) or a section number (``2.1``, ``4.2.``) followed by a space or the end
of the line. A section number's parts are 1 to 99 written without a leading zero, so none of
these is a marker:

- times: ``08.00 - 16.00 WIB`` (a leading zero), ``10.30 WIB`` or ``13.15 - 14.00`` (minutes of a
  quarter hour, or followed by WIB/WITA/WIT, a dash, s.d., sampai, hingga);
- amounts: ``2.500 (dua ribu lima ratus rupiah)``, ``1.000.000`` (three-digit groups);
- dates: ``17.08.1945`` (a leading zero, four digits);
- a section number inside a sentence: a line that continues the line above, which neither ends
  a sentence or a clause (``.``, ``:``, ``;``, ``!``, ``?``) nor is a list item itself.

Text that must start with what would be a marker is escaped with a backslash before its
punctuation: ``1\\. Januari`` prints "1. Januari", ``\\• tanda`` prints "• tanda".
"""

from __future__ import annotations

import re

PART = r"[1-9][0-9]?"
SECTION = rf"{PART}(?:\.{PART})+\.?"
NUMBER = r"[0-9]{1,3}[.)]"
LETTER = r"[a-z][.)]"
BULLETS = "-*+•▪·–●◦○■➢✓❖"
"""Every bullet a line may start with; CommonMark knows the first three, the house Markdown all."""
BULLET = "[" + "".join("\\" + ch if ch in "-^]\\" else ch for ch in BULLETS) + "]"
LINE = re.compile(rf"^(?P<indent> *)(?P<marker>{SECTION}|{NUMBER}|{LETTER}|{BULLET})(?=[ ]|$)")
"""A line that starts with a marker, before the checks of ``marker_at`` (times, sentences)."""

_CLOCK = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
_QUARTERS = ("15", "30", "45")
_TIME_AFTER = re.compile(r"\s*(?:WIB|WITA|WIT|[-–—]|s\.\s?d\.?|s/d|sampai|hingga)(?![A-Za-z])", re.IGNORECASE)
_ENDS_CLAUSE = (".", ":", ";", "!", "?")


def is_bullet(marker: str) -> bool:
    """Whether a marker is a bullet (as opposed to a letter or a number)."""
    return len(marker) == 1 and marker in BULLETS


def is_time(marker: str, rest: str) -> bool:
    """Whether a section-like token is a time of day: a quarter hour, or followed by a time zone or a range."""
    if not _CLOCK.fullmatch(marker):
        return False
    return marker.endswith(_QUARTERS) or _TIME_AFTER.match(rest) is not None


def continues_sentence(previous: str | None) -> bool:
    """Whether a line continues the sentence of the line above (which neither ends a clause nor is a list item)."""
    if previous is None or not previous.strip():
        return False
    text = previous.rstrip().rstrip("*_").rstrip()
    return not text.endswith(_ENDS_CLAUSE) and LINE.match(previous) is None


def marker_at(line: str, previous: str | None = None) -> re.Match | None:
    """The marker a line starts with (groups ``indent`` and ``marker``), or None; ``previous`` is the line above."""
    match = LINE.match(line)
    if match is None:
        return None
    marker = match["marker"]
    if "." in marker.rstrip(".") and (is_time(marker, line[match.end():]) or continues_sentence(previous)):
        return None
    return match
