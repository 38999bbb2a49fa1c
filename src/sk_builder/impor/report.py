"""The import report: what was mapped, guessed or left out, each with its place in the source."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import click

from ..diagnostics import Diagnostic, SourceError

# Codes of the importer (README, "Memulai dari keputusan yang sudah ada").
UNREADABLE = "SK501"      # the file cannot be read
NOT_DOCX = "SK502"        # not a DOCX (or HTML) file, or a part is missing
PROTECTED = "SK503"       # password-protected or Word 97-2003 (OLE compound file)
TOO_LARGE = "SK504"       # larger than the size limit
BOMB = "SK505"            # archive that unpacks to far more than it holds
UNSAFE_XML = "SK506"      # XML with a DOCTYPE/entities, or broken XML
NOTHING = "SK507"         # nothing usable found
EXISTS = "SK508"          # a record would be overwritten (use --timpa)
TARGET = "SK509"          # --ke is not a usable folder
INVALID = "SK510"         # the imported records do not validate
MAPPED = "SK500"          # (info) mapped
GUESSED = "SK520"         # (warning) guessed; check by hand
UNMAPPED = "SK521"        # (warning) found in the source but not mapped to any field
PICTURE = "SK522"         # (warning) a picture or chart that is not imported
MISSING = "SK523"         # (warning) a component the source does not give
DIFFERS = "SK524"         # (warning) the source's kop differs from the region's profile, which is kept


@dataclass(frozen=True)
class Place:
    """Where something is in the source: a paragraph, a table cell or an HTML line."""

    path: str
    line: int = 1
    where: str = ""


@dataclass(frozen=True)
class Note:
    """One entry of the report; ``target`` is the record file and field it concerns, if any."""

    kind: str  # "info", "warning" or "error"
    code: str
    place: Place
    message: str
    target: str = ""
    field_path: tuple = ()

    def diagnostic(self) -> Diagnostic:
        """The entry printed as ``path:line:col: kind CODE message (place)``."""
        where = f" ({self.place.where})" if self.place.where else ""
        target = f" → {self.target}" if self.target else ""
        return Diagnostic(self.place.path, self.place.line, 1, self.kind, self.code,
                          f"{self.message}{where}{target}")


@dataclass
class ImportReport:
    """Collects the notes of one import run, in the order they were made."""

    notes: list[Note] = field(default_factory=list)

    def mapped(self, place: Place, message: str, target: str = "", field_path: tuple = ()) -> None:
        """Something found and put where it belongs."""
        self.notes.append(Note("info", MAPPED, place, message, target, field_path))

    def guessed(self, place: Place, message: str, target: str = "", field_path: tuple = (),
                code: str = GUESSED) -> None:
        """A value decided by a rule of thumb: written with a comment, to be checked by hand."""
        self.notes.append(Note("warning", code, place, message, target, field_path))

    def unmapped(self, place: Place, message: str, code: str = UNMAPPED) -> None:
        """Something found in the source that no field takes."""
        self.notes.append(Note("warning", code, place, message))

    def error(self, place: Place, code: str, message: str) -> None:
        """A problem that stops the import."""
        self.notes.append(Note("error", code, place, message))

    def retarget(self, old: str, new: str) -> None:
        """Point the notes about a provisional record path at the record's final path."""
        self.notes = [replace(n, target=new) if n.target == old else n for n in self.notes]

    @property
    def errors(self) -> list[Note]:
        """The notes that stop the import."""
        return [n for n in self.notes if n.kind == "error"]

    def guesses_for(self, target: str) -> dict[tuple, str]:
        """Field path -> comment text for the guessed values of one record file."""
        found: dict[tuple, str] = {}
        for note in self.notes:
            if note.kind == "warning" and note.target == target and note.field_path:
                where = f" ({note.place.where})" if note.place.where else ""
                found.setdefault(note.field_path, f"{note.message}{where}")
        return found

    def fail(self) -> "ImportFailure":
        """The exception that ends the import with every error (and nothing written)."""
        return ImportFailure([n.diagnostic() for n in self.errors])

    def echo(self, verbose: bool = True) -> None:
        """Print the notes (mapped ones only when ``verbose``) to standard error."""
        for note in self.notes:
            if note.kind != "info" or verbose:
                click.echo(str(note.diagnostic()), err=True)


class ImportFailure(SourceError):
    """The import stopped: every error is printed, nothing was written, exit status 1."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__(diagnostics)
        self.message = "impor gagal; tidak ada yang ditulis."


def fail(path: str, code: str, message: str, where: str = "") -> ImportFailure:
    """An import failure with a single error."""
    report = ImportReport()
    report.error(Place(path, 1, where), code, message)
    return report.fail()
