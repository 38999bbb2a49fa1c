"""What the record builders of one imported file share: its report, name, vocabulary and places."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Cell, Paragraph
from .casing import Cased, Vocabulary, restore
from .report import GUESSED, ImportReport, Place


@dataclass
class Context:
    """One source file being imported."""

    report: ImportReport
    shown: str
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    properties: dict[str, str] = field(default_factory=dict)

    def place(self, where: Paragraph | Cell | None) -> Place:
        """The report's place of a paragraph or cell."""
        if isinstance(where, Paragraph):
            return Place(self.shown, where.number, where.place)
        if isinstance(where, Cell):
            first = where.paragraphs[0].number if where.paragraphs else 1
            return Place(self.shown, first, where.place)
        return Place(self.shown)

    def cased(self, text: str, where, target: str, field_path: tuple, what: str) -> str:
        """Text printed in capitals in the letter case the document writes it elsewhere; guesses reported."""
        result: Cased = restore(text, self.vocabulary)
        value = result.text[:1].upper() + result.text[1:]
        if result.guessed:
            how = ("dari ejaan kata-kata itu di bagian lain dokumen" if result.how == "ejaan dokumen"
                   else "huruf judul (kata-kata ini tidak ditemukan dalam huruf kecil di dokumen)")
            self.report.guessed(self.place(where), f'{what}: huruf besar-kecil "{value}" ditebak {how}; '
                                f'tercetak "{text}"', target, field_path, GUESSED)
        return value
