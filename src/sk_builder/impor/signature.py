"""Where a signature block ends: place, date, jabatan up to its comma, name, pangkat and NIP."""

from __future__ import annotations

import re

from .blocks import Paragraph

SIGNATURE = re.compile(r"^\s*Ditetapkan\s+di\b", re.I)
_PANGKAT = re.compile(r"^(Pembina|Penata|Pengatur|Juru|Pembina Utama|Ajun|Letnan|Kolonel|Mayor|Kapten|"
                      r"Komisaris|Ajun Komisaris)\b", re.I)


def signature_end(items: list, index: int) -> int:
    """Where a signature block that starts at ``items[index]`` ("Ditetapkan di") ends.

    Place, date, the jabatan up to its comma, the name, then a pangkat (known rank words) and a
    NIP line when they are there; blank paragraphs (the room to sign) are skipped.
    """
    stage = "place"
    while index < len(items) and isinstance(items[index], Paragraph):
        lines = [" ".join(line.split()) for line in items[index].text.split("\n") if line.strip()]
        if not lines:
            index += 1
            continue
        for line in lines:
            stage = _next_stage(stage, line)
        if stage == "after":
            return index
        index += 1
        if stage == "done":
            return index
    return index


def _next_stage(stage: str, line: str) -> str:
    if stage == "place":
        return "date" if SIGNATURE.match(line) else "jabatan"
    if stage == "date" and re.match(r"^\s*pada\s+tanggal\b", line, re.I):
        return "jabatan"
    if stage in ("date", "jabatan"):
        return "name" if line.endswith(",") else "jabatan"
    if stage == "name":
        return "rank"
    if stage == "rank":
        if line.upper().startswith("NIP"):
            return "done"
        return "nip" if _PANGKAT.match(line) else "after"
    if stage == "nip":
        return "done" if line.upper().startswith("NIP") else "after"
    return "after"


