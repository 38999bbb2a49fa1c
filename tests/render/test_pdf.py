"""Layout facts of the seed decree's PDF (domain.md §3-§4), read back from the PDF itself."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from pypdf import PdfReader

MM = 72 / 25.4


@pytest.fixture(scope="module")
def pages(seed_build) -> list[str]:
    reader = PdfReader(seed_build / "sekda-167-2024.pdf")
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def reader(seed_build) -> PdfReader:
    return PdfReader(seed_build / "sekda-167-2024.pdf")


def test_page_size_is_f4(reader):
    for page in reader.pages:
        assert round(float(page.mediabox.width) / MM) == 215
        assert round(float(page.mediabox.height) / MM) == 330


def test_kop_on_first_page_only(pages):
    assert "PEMERINTAH KOTA PASURUAN" in pages[0]
    assert "SEKRETARIAT DAERAH" in pages[0]
    assert all("PEMERINTAH KOTA PASURUAN" not in text for text in pages[1:])


def test_page_numbers_from_page_two(seed_build):
    with pdfplumber.open(seed_build / "sekda-167-2024.pdf") as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            top = page.crop((0, 0, page.width, 16 * MM)).extract_text().strip()
            if number == 1:
                assert "- 1 -" not in top
            else:
                assert top == f"- {number} -", f"halaman {number}"


def test_diktum_numbered_by_generator(pages):
    body = "\n".join(pages[:4])
    names = re.findall(r"^(KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA)\s*:", body, re.MULTILINE)
    assert names == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"]


def test_signature_date_and_place(pages):
    body = "\n".join(pages[:4])
    assert "Ditetapkan di Pasuruan" in body
    assert "pada tanggal 15 Januari 2024" in body


def test_lampiran_header_derived_from_decree(pages):
    first = next(i for i, text in enumerate(pages) if "LAMPIRAN" in text)
    header = " ".join(pages[first].split())
    assert "LAMPIRAN KEPUTUSAN SEKRETARIS DAERAH KOTA PASURUAN NOMOR 167 TAHUN 2024" in header
    assert "TENTANG STANDAR PELAYANAN DI LINGKUNGAN SEKRETARIAT DAERAH KOTA PASURUAN" in header


def test_table_header_on_every_lampiran_page(pages):
    first = next(i for i, text in enumerate(pages) if "LAMPIRAN" in text)
    checked = 0
    for number, text in enumerate(pages[first:], start=first + 1):
        if text.lstrip().startswith("Ditetapkan di"):
            continue  # a page holding only the repeated signature block
        assert re.search(r"No\.\s*Komponen\s*Uraian", text), f"halaman {number} tanpa kepala tabel"
        checked += 1
    assert checked >= 30


def test_every_standard_has_both_groups_and_restarting_numbers(pages):
    text = "\n".join(pages)
    assert len(re.findall(r"^Penyampaian Layanan$", text, re.MULTILINE)) == 18
    assert len(re.findall(r"^Pengelolaan Pelayanan$", text, re.MULTILINE)) == 18
    assert text.count("STANDAR PELAYANAN") >= 18


def test_signature_repeated_after_each_standard(pages):
    text = "\n".join(pages)
    assert text.count("Ditetapkan di Pasuruan") == 1 + 18


def test_fonts_from_profile_are_embedded(reader):
    fonts = set()
    for page in reader.pages[:2]:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Bonum" in name for name in fonts)
    assert any("Liberation-Sans" in name for name in fonts)
    assert not any("DejaVu" in name for name in fonts)
