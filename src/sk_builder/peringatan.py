"""What `sk build` prints of the warnings: a count per rule and the first few; every one with --verbose.

`sk check` (and `sk validate`) print every warning; a build is run again and again, so it keeps
its output short enough that a new warning is seen rather than scrolled past.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .catalogue import CODES
from .diagnostics import Diagnostic

FIRST = 5
"""How many warnings a build prints in full before the summary."""


def build_lines(diagnostics: Iterable[Diagnostic], verbose: bool = False) -> list[str]:
    """The lines a build prints for its warnings: all of them when ``verbose`` or few, else the first
    ``FIRST`` and a count per rule."""
    warnings = sorted(d for d in set(diagnostics) if d.severity == "warning")
    if verbose or len(warnings) <= FIRST:
        return [str(d) for d in warnings]
    lines = [str(d) for d in warnings[:FIRST]]
    lines.append(f"... dan {len(warnings) - FIRST} peringatan lagi ({len(warnings)} seluruhnya; `sk check` atau "
                 "`sk build --verbose` mencetak semuanya):")
    counts = Counter(d.code for d in warnings)
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        known = CODES.get(code)
        title = f"  {known.title}" if known is not None and known.phase == "periksa" else ""
        lines.append(f"  {code} {count:>4}×{title}")
    return lines
