"""Text parity with the acceptance document: PDF, DOCX and HTML each carry seed 001's wording.

Coverage is the share of the seed's distinct word 4-grams (lower case, HTML tags stripped) that
the output also contains. The seed's own defects (a second KETIGA, extraction typos, words run
together across page breaks) are what keeps coverage below 100%.
"""

from __future__ import annotations

import re
from html import unescape
import subprocess

import pytest

from tests.conftest import SEED_TEXT, docx_available
from tests.render.docx_reading import reading_text

THRESHOLD = 0.97


def grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def seed_grams() -> set[tuple[str, ...]]:
    text = SEED_TEXT.read_text(encoding="utf-8")
    return grams(re.sub(r"<[^>]+>", " ", text))


def pdf_text(path) -> str:
    """The PDF text in content-stream order, which WeasyPrint writes in reading order."""
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def html_text(path) -> str:
    html = path.read_text(encoding="utf-8")
    html = re.sub(r"<style.*?</style>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def docx_text(path) -> str:
    """The DOCX text as a reader sees it, with Word's list numbers filled in."""
    return reading_text(path.read_bytes())


PAGE_FURNITURE = re.compile(r"^\s*(- \d+ -|No\.\s+Komponen\s+Uraian)\s*$", re.MULTILINE)


def without_page_furniture(text: str) -> str:
    """Text without page numbers and repeated table headers, which only paged formats carry."""
    return PAGE_FURNITURE.sub(" ", text)


def coverage(output: set, reference: set) -> float:
    return len(output & reference) / len(reference)


@pytest.fixture(scope="module")
def texts(seed_build) -> dict[str, str]:
    found = {
        "pdf": pdf_text(seed_build / "sekda-167-2024.pdf"),
        "html": html_text(seed_build / "sekda-167-2024.html"),
    }
    if docx_available():
        found["docx"] = docx_text(seed_build / "sekda-167-2024.docx")
    return found


@pytest.fixture(scope="module")
def outputs(texts) -> dict[str, set]:
    return {name: grams(text) for name, text in texts.items()}


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx"])
def test_format_covers_seed_wording(outputs, fmt):
    if fmt not in outputs:
        pytest.skip("DOCX renderer not in this checkout")
    reference = seed_grams()
    share = coverage(outputs[fmt], reference)
    missing = sorted(" ".join(g) for g in reference - outputs[fmt])[:40]
    assert share >= THRESHOLD, f"{fmt}: {share:.3f}; contoh yang hilang: {missing}"


def test_formats_agree_with_one_another(texts):
    cleaned = {name: grams(without_page_furniture(text)) for name, text in texts.items()}
    names = sorted(cleaned)
    for a in names:
        for b in names:
            if a < b:
                agreement = len(cleaned[a] & cleaned[b]) / len(cleaned[a] | cleaned[b])
                only = sorted(" ".join(g) for g in cleaned[a] ^ cleaned[b])[:20]
                assert agreement >= 0.97, f"{a} vs {b}: {agreement:.3f}; contoh: {only}"


def main(folder: str) -> None:
    """Print each format's coverage and the agreement between formats, for a built decree folder."""
    from pathlib import Path

    base = Path(folder)
    texts = {"pdf": pdf_text(base / "sekda-167-2024.pdf"), "html": html_text(base / "sekda-167-2024.html"),
             "docx": docx_text(base / "sekda-167-2024.docx")}
    reference = seed_grams()
    for name, text in texts.items():
        print(f"{name}: {coverage(grams(text), reference):.4f} of {len(reference)} seed 4-grams")
    cleaned = {name: grams(without_page_furniture(text)) for name, text in texts.items()}
    for a, b in (("docx", "html"), ("docx", "pdf"), ("html", "pdf")):
        print(f"{a} ~ {b}: {len(cleaned[a] & cleaned[b]) / len(cleaned[a] | cleaned[b]):.4f}")


if __name__ == "__main__":  # python -m tests.test_parity build/dokumen/kota-pasuruan
    import sys

    main(sys.argv[1])
