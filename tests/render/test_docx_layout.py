"""The DOCX laid out by LibreOffice against the WeasyPrint PDF of the same decree: where the kop stands, where
the tables' left rule stands, and how many pages there are (issue 12, item 10)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import docx_available
from tests.office import office_pdfs

MM = 25.4 / 72
DECREE = "sekda-167-2024"


@pytest.fixture(scope="module")
def pdfs(seed_build, tmp_path_factory) -> tuple[Path, Path]:
    """The seed decree's PDF, and its DOCX converted once by LibreOffice."""
    if not docx_available():
        pytest.skip("python-docx tidak terpasang")
    converted = office_pdfs(seed_build / f"{DECREE}.docx", work=tmp_path_factory.mktemp("lo-tata"))[0]
    return seed_build / f"{DECREE}.pdf", converted


def word_top(pdf: Path, page: int, word: str) -> tuple[float, float]:
    """(x, top) in mm of the first word on a page that starts with ``word``."""
    with pdfplumber.open(pdf) as document:
        found = next(w for w in document.pages[page].extract_words() if w["text"].startswith(word))
    return found["x0"] * MM, found["top"] * MM


def table_left(pdf: Path, page: int) -> float:
    """Where the table's rules begin at the left on a page (the leftmost horizontal rule), mm."""
    with pdfplumber.open(pdf) as document:
        return min(e["x0"] for e in document.pages[page].edges if e["orientation"] == "h") * MM


def page_count(pdf: Path) -> int:
    with pdfplumber.open(pdf) as document:
        return len(document.pages)


def test_kop_stands_where_the_pdf_has_it(pdfs):
    weasy, office = pdfs
    for word in ("PEMERINTAH", "SEKRETARIAT", "KEPUTUSAN", "Menimbang"):
        (x_pdf, y_pdf), (x_doc, y_doc) = word_top(weasy, 0, word), word_top(office, 0, word)
        assert abs(y_pdf - y_doc) < 1.0, (word, y_pdf, y_doc)  # was 8 mm lower
        assert abs(x_pdf - x_doc) < 1.0, (word, x_pdf, x_doc)


def test_tables_stand_on_the_text_margin(pdfs):
    weasy, office = pdfs
    page = next(i for i in range(3, 8) if "Komponen" in subprocess.run(
        ["pdftotext", "-f", str(i + 1), "-l", str(i + 1), str(office), "-"], capture_output=True, text=True).stdout)
    assert abs(table_left(office, page) - 30.0) < 0.3  # the left margin; was 1.7 mm left of it
    assert abs(table_left(weasy, page) - 30.0) < 0.3


def test_as_many_pages_as_the_pdf(pdfs):
    weasy, office = pdfs
    assert page_count(office) == page_count(weasy)  # was one more: lines "at least" as tall as the font's own
