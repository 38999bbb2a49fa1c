"""An SOP AP flow table (PermenPANRB 35/2012) read from a page: activities, performers and Mutu Baku.

Columns are named by their header cells: "No", "Kegiatan"/"Uraian Kegiatan", one column per
performer under "Pelaksana", "Kelengkapan", "Waktu", "Output" (under "Mutu Baku", or "Materi
Esensi" on some pages) and "Keterangan". A performer is the column whose cell holds the symbol;
when the page lost the symbols every performer is inferred from the wording, and each inference
is reported with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Paragraph, Run
from .markdown import markdown
from .outline import outline

_ROLES = (("no", r"^no\.?$|^nomor$"), ("uraian", r"kegiatan|uraian"), ("kelengkapan", r"kelengkapan|persyaratan"),
          ("waktu", r"^waktu"), ("output", r"output|keluaran"), ("keterangan", r"keterangan|ket\.?$"))


@dataclass
class SopFound:
    """The SOP as found: performers, activities (as record data) and why each performer was chosen."""

    pelaksana: list[str]
    kegiatan: list[dict] = field(default_factory=list)
    reasons: list[tuple[int, str, bool]] = field(default_factory=list)  # (index, reason, guessed)


def _roles(header: list[list[tuple[str, list, bool]]]) -> dict[int, str]:
    width = max(len(row) for row in header)
    roles: dict[int, str] = {}
    for column in range(width):
        labels = [row[column][0] for row in header if column < len(row)]
        own = labels[-1] if labels else ""
        above = " ".join(labels[:-1]).lower()
        role = next((name for name, pattern in _ROLES if re.search(pattern, own.strip(), re.I)), None)
        if role is None and "pelaksana" in above and own and own.lower() != "pelaksana":
            role = f"pelaksana:{own}"
        if role:
            roles[column] = role
    return roles


def is_sop_table(rows) -> bool:
    """Whether a table is an SOP flow table (activities with performer columns)."""
    head = " ".join(text.lower() for row in rows[:3] for text, _, _ in row)
    return "pelaksana" in head and ("kegiatan" in head or "uraian" in head)


def read_sop(rows, listed: list[str]) -> SopFound | None:
    """The SOP of a flow table; ``listed`` is the numbered procedure printed beside it, if any."""
    header = [row for row in rows if row and all(flag for _, _, flag in row)] or rows[:2]
    roles = _roles(header)
    performers = [role.split(":", 1)[1] for _, role in sorted(roles.items()) if role.startswith("pelaksana:")]
    if not performers:
        return None
    found = SopFound(list(dict.fromkeys(performers)))
    data_rows = [row for row in rows if row not in header and any(t for t, _, _ in row)]
    for index, row in enumerate(data_rows):
        cells = {role: row[column] for column, role in roles.items() if column < len(row)}
        uraian = _uraian(cells.get("uraian", ("", [], False))[1])
        if not uraian:
            continue
        activity: dict[str, object] = {"uraian": uraian}
        activity["pelaksana"], reason, guessed = _performer(row, roles, found, data_rows, index, listed)
        found.reasons.append((len(found.kegiatan), reason, guessed))
        mutu = {key: cells[key][0] for key in ("kelengkapan", "waktu", "output") if key in cells and cells[key][0]}
        if mutu:
            activity["mutu_baku"] = mutu
        if cells.get("keterangan", ("",))[0]:
            activity["keterangan"] = cells["keterangan"][0]
        found.kegiatan.append(activity)
    if found.kegiatan:
        found.kegiatan[0] = {"uraian": found.kegiatan[0]["uraian"], "pelaksana": found.kegiatan[0]["pelaksana"],
                             "jenis": "mulai", **{k: v for k, v in found.kegiatan[0].items()
                                                  if k not in ("uraian", "pelaksana")}}
        if len(found.kegiatan) > 1:
            last = found.kegiatan[-1]
            found.kegiatan[-1] = {"uraian": last["uraian"], "pelaksana": last["pelaksana"], "jenis": "selesai",
                                  **{k: v for k, v in last.items() if k not in ("uraian", "pelaksana")}}
    return found if found.kegiatan else None


def _uraian(runs: list[Run]) -> str:
    """A cell's text as Markdown: each ``<br>`` line a paragraph, typed markers ("a. ...") as a list."""
    text = "".join(r.text for r in runs)
    paragraphs = [Paragraph([Run(line.strip())], 0, "") for line in text.split("\n") if line.strip()]
    return markdown(outline(paragraphs)).strip()


def _mentions(text: str, performers: list[str], pattern: str) -> str | None:
    for name in performers:
        if re.search(pattern.replace("P", re.escape(name)), text, re.I):
            return name
    return None


def _performer(row, roles, found: SopFound, rows, index: int, listed: list[str]) -> tuple[str, str, bool]:
    """(performer, reason, whether it is a guess)."""
    marked = [role.split(":", 1)[1] for column, role in roles.items()
              if role.startswith("pelaksana:") and column < len(row) and row[column][0].strip()]
    if len(marked) == 1:
        return marked[0], f"simbol di kolom {marked[0]}", False
    performers = found.pelaksana
    text = " ".join(t for (t, _, _), role in zip(row, [roles.get(c) for c in range(len(row))]) if role == "uraian")
    beside = listed[index] if len(listed) == len(rows) else ""
    previous = " ".join(t for (t, _, _), c in zip(rows[index - 1], range(99)) if roles.get(c) == "uraian") \
        if index else ""
    rules = ((text, r"\boleh\s+P\b", "oleh"), (text, r"^\s*P\b", "di awal kalimat"), (text, r"\bdari\s+P\b", "dari"),
             (beside, r"\boleh\s+P\b", "oleh (daftar di bawah tabel)"),
             (previous, r"\b(?:kepada|ke)\s+P\b", "diserahkan kepadanya pada kegiatan sebelumnya"),
             (text, r"\bP\b", "disebut"))
    for source, pattern, why in rules:
        name = _mentions(source, performers, pattern)
        if name:
            return name, f'disimpulkan dari kata-kata ("{why}")', True
    return performers[-1], "tidak ada petunjuk; diisi pelaksana kolom terakhir", True
