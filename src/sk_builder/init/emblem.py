"""The placeholder emblem that `sk init` writes: a shield with the word CONTOH, recognised by its bytes.

The word is drawn with lines, not set in a font, so the letterhead of every format (PDF, DOCX,
HTML, website) shows "CONTOH" on any machine until the region's real emblem replaces the file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_LETTERS = (
    "M 31 52 A 6 8 0 1 0 31 64",                        # C
    "M 44 50 A 6 8 0 1 0 44 66 A 6 8 0 1 0 44 50 Z",    # O
    "M 54 66 L 54 50 L 64 66 L 64 50",                  # N
    "M 68 50 L 78 50 M 73 50 L 73 66",                  # T
    "M 87 50 A 6 8 0 1 0 87 66 A 6 8 0 1 0 87 50 Z",    # O
    "M 97 50 L 97 66 M 107 50 L 107 66 M 97 58 L 107 58",  # H
)

PLACEHOLDER = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 130 150" width="130" height="150">\n'
    "  <title>Lambang contoh: ganti dengan lambang daerah</title>\n"
    '  <path d="M 65 4 L 122 22 L 122 78 C 122 112 96 134 65 146 C 34 134 8 112 8 78 L 8 22 Z" '
    'fill="#ffffff" stroke="#555555" stroke-width="4"/>\n'
    '  <path d="M 65 18 L 108 32 L 108 40 L 22 40 L 22 32 Z" fill="#bbbbbb"/>\n'
    f'  <path d="{" ".join(_LETTERS)}" fill="none" stroke="#333333" stroke-width="3" '
    'stroke-linecap="round" stroke-linejoin="round"/>\n'
    '  <path d="M 40 84 L 90 84 M 46 96 L 84 96 M 54 108 L 76 108" stroke="#bbbbbb" stroke-width="4"/>\n'
    "</svg>\n"
).encode("ascii")
"""The emblem file as `sk init` writes it."""

PLACEHOLDER_SHA256 = hashlib.sha256(PLACEHOLDER).hexdigest()


def is_placeholder(path: Path) -> bool:
    """Whether the file at ``path`` is still, byte for byte, the placeholder `sk init` wrote."""
    try:
        if path.stat().st_size != len(PLACEHOLDER):
            return False
        return hashlib.sha256(path.read_bytes()).hexdigest() == PLACEHOLDER_SHA256
    except OSError:
        return False
