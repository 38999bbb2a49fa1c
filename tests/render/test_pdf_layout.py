"""The PDF's pages as a reader sees them (issue 12, item 10): no group row alone at a page's foot, no page left
half empty because a tall row was pushed whole to the next, no title leaving one word on its last line, no
"https://" alone at a line's end."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder.build import build
from sk_builder.document import title_lines
from sk_builder.textmetrics import metrics
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, standar, write_region

DECREE = "sekda-167-2024"
GROUPS = ("Penyampaian Layanan", "Pengelolaan Pelayanan")


def _lines(page) -> list[str]:
    return [line for line in (page.extract_text() or "").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def decree(seed_build) -> list[list[str]]:
    """The seed decree's text lines, page by page."""
    with pdfplumber.open(seed_build / f"{DECREE}.pdf") as pdf:
        return [_lines(page) for page in pdf.pages]


def test_no_group_row_is_left_alone_at_a_page_foot(decree):
    # Kota Pasuruan's decree had one at the foot of pages 17, 20, 23, 26, 47, 50 and 56
    alone = [number for number, lines in enumerate(decree, 1) if lines and lines[-1].strip() in GROUPS]
    assert alone == []
    assert sum(line.strip() in GROUPS for lines in decree for line in lines) == 2 * 18  # every group row printed


def test_no_link_breaks_after_its_scheme(decree):
    ends = [line for lines in decree for line in lines if re.search(r"https?://$", line.strip())]
    assert ends == []  # "Laman: https://" / "pembangunan.pasuruankota.go.id/" before


def test_the_title_leaves_no_word_alone(decree):
    first = decree[0]
    after = first[first.index(next(line for line in first if line.strip() == "TENTANG")) + 1:]
    title = after[:after.index(next(line for line in after if line.strip().endswith(",")))]
    assert [line.strip() for line in title] == ["STANDAR PELAYANAN DI LINGKUNGAN", "SEKRETARIAT DAERAH KOTA PASURUAN"]


@pytest.fixture(scope="module")
def tall_row(tmp_path_factory) -> Path:
    """A standard whose second row takes about half a page, after rows that fill about half of its first."""
    root = tmp_path_factory.mktemp("baris-tinggi")
    short = "\n".join(f"    {i}. Syarat nomor {i} yang ditulis pendek;" for i in range(1, 24))
    tall = "\n".join(f"    {i}. Langkah nomor {i} dari prosedur yang panjang;" for i in range(1, 34))
    record = standar().replace("  persyaratan: |\n    Isi persyaratan.", f"  persyaratan: |\n{short}").replace(
        "  prosedur: |\n    Isi prosedur.", f"  prosedur: |\n{tall}")
    region = write_region(root / "sumber", **{"standar/contoh.yaml": record})
    build(region.parent, root / "out", ("pdf",))
    return root / "out" / "dokumen" / "kota-contoh" / "standar" / "contoh.pdf"


def test_a_row_taller_than_a_third_of_a_page_breaks_instead_of_leaving_a_page_half_empty(tall_row):
    with pdfplumber.open(tall_row) as pdf:
        first = pdf.pages[0]
        assert any("Langkah nomor 1 " in line for line in _lines(first))  # it starts where the page has room
        bottom = max(word["bottom"] for word in first.extract_words())
        assert bottom / first.height > 0.85
        assert "Komponen" in _lines(pdf.pages[1])[1]  # the header repeats on the next page


def test_title_lines_balance_a_long_title():
    from sk_builder.model import Profil
    from ruamel.yaml import YAML

    profil = Profil.model_validate(YAML(typ="safe").load(PROFIL))
    lines = title_lines("STANDAR PELAYANAN DI LINGKUNGAN SEKRETARIAT DAERAH KOTA PASURUAN", profil)
    assert lines == ("STANDAR PELAYANAN DI LINGKUNGAN", "SEKRETARIAT DAERAH KOTA PASURUAN")
    assert title_lines("DATA DAN INFORMASI", profil) == ("DATA DAN INFORMASI",)


def _greedy(words: list[str], width: float, size: float, measure) -> int:
    return measure.lines(" ".join(words), width, size)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="ABCDEFGHIKLMNOPRSTUWaeiou", min_size=1, max_size=12), min_size=1, max_size=14),
       st.floats(min_value=60, max_value=170))
def test_even_lines_keep_every_word_and_use_as_few_lines_as_greedy_breaking(words, width):
    measure = metrics("TeX Gyre Bonum")
    lines = measure.even_lines(" ".join(words), width, 12)
    assert " ".join(lines).split() == words
    assert len(lines) == min(_greedy(words, width, 12, measure), 4)


def test_the_title_block_balances_a_long_official_and_never_breaks_the_number():
    from sk_builder.document import decree_frame
    from sk_builder.sources.loader import load_or_fail

    project, _ = load_or_fail(Path(__file__).parents[1] / "fixtures" / "gaya")
    region = project.regions[0]
    decree = next(d for d in region.decrees if d.id == "kadinkes-2024")
    frame = decree_frame(region, decree)
    assert frame.heading_lines == ("KEPUTUSAN KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK",
                             "DAN KELUARGA BERENCANA KABUPATEN TANJUNG SEROJA",
                             "NOMOR : 188.4/217/Kep/Dinkes/2024")
    assert all(len(line.split()) > 1 for line in (*frame.heading_lines, *frame.tentang_lines))
