"""`sk check --baseline FILE`: today's findings recorded once, so that later runs print only new ones.

The file is plain text, one finding a line, sorted, so it diffs well and survives edits elsewhere:

    SK323<TAB>keputusan/sekda-167-2024.yaml<TAB>mengingat<TAB>3fa2c1d05e<TAB>mengingat[7]: ...

code, file relative to the sources folder, field without list positions, a fingerprint of the source
line the finding points at (whitespace ignored) and, for people only, the message. Line numbers are
never part of the key: adding a paragraph above a finding does not make it new.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

from ..diagnostics import Diagnostic, Location, Report, SourceError

HEADER = "# sk check baseline"
_POSITIONS = re.compile(r"\[\d+\]")

Key = tuple[str, str, str, str]


def key(diagnostic: Diagnostic, sources: Path) -> Key:
    """What identifies a finding across edits: code, file, field (no positions), fingerprint of its line."""
    path = Path(diagnostic.path)
    if not path.is_absolute() and not path.exists():
        path = Path(sources) / path  # shown relative to the sources when outside the working folder
    try:
        relative = path.resolve().relative_to(Path(sources).resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    field = _POSITIONS.sub("", diagnostic.message.split(": ", 1)[0]) if ": " in diagnostic.message else ""
    return diagnostic.code, relative, field, fingerprint(path, diagnostic.line)


def fingerprint(path: Path, line: int) -> str:
    """Ten hex digits of the source line's words (spacing ignored; a missing file gives "-")."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return "-"
    text = " ".join(lines[line - 1].split()) if 0 < line <= len(lines) else ""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def render(diagnostics: list[Diagnostic], sources: Path) -> str:
    """The baseline text of a set of findings."""
    rows = sorted("\t".join((*key(d, sources), " ".join(d.message.split()))) for d in diagnostics)
    head = [HEADER, "# kode\tberkas\tkolom\tsidik\tpesan (hanya untuk dibaca)"]
    return "\n".join(head + rows) + "\n"


def read(path: Path) -> Counter:
    """The findings recorded in a baseline file; SourceError (every bad line at once) when it is not one."""
    text = path.read_text(encoding="utf-8")
    report = Report()
    if not text.startswith(HEADER):
        report.error(Location(str(path)), "SK391", f'bukan berkas baseline `sk check` (baris pertama "{HEADER}")')
    found: Counter = Counter()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4 or not re.fullmatch(r"SK\d{3}", parts[0]):
            report.error(Location(str(path), number), "SK391", "baris baseline harus berisi kode, berkas, kolom dan "
                                                               "sidik dipisah tab")
            continue
        found[tuple(parts[:4])] += 1
    if report.errors:
        raise SourceError(report.sorted())
    return found


def split(diagnostics: list[Diagnostic], recorded: Counter, sources: Path) -> tuple[list[Diagnostic], int]:
    """The findings not in the baseline, and how many were (each recorded line hides one finding)."""
    left = Counter(recorded)
    new, old = [], 0
    for diagnostic in diagnostics:
        k = key(diagnostic, sources)
        if left[k] > 0:
            left[k] -= 1
            old += 1
        else:
            new.append(diagnostic)
    return new, old


def write(path: Path, diagnostics: list[Diagnostic], sources: Path, replace: bool) -> None:
    """Write the baseline; refuse to overwrite a file that is not a baseline, or any file unless ``replace``."""
    if path.exists():
        if not path.is_file() or not path.read_text(encoding="utf-8", errors="replace").startswith(HEADER):
            raise SourceError([Diagnostic(str(path), 1, 1, "error", "SK391", "berkas sudah ada dan bukan baseline "
                                          "`sk check`; tidak ditimpa")])
        if not replace:
            raise SourceError([Diagnostic(str(path), 1, 1, "error", "SK391", "baseline sudah ada; pakai "
                                          "--perbarui-baseline untuk menulis ulang")])
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(render(diagnostics, sources), encoding="utf-8")
    temporary.replace(path)
