"""The Maklumat poster in every format: one page on its own paper, the pledge at the size the document decided, the
picture with its description, the signature; every record text escaped; equal input, equal bytes; LibreOffice
opens the DOCX as one page too."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from sk_builder.build import build
from sk_builder.jobs import PledgeJob, plan
from sk_builder.render.registry import RENDERERS
from sk_builder.sources.loader import load_or_fail
from tests.conftest import ROOT
from tests.fixtures.minimal import write_region
from tests.office import office_pdfs
from tests.render.docx_reading import numbered_paragraphs, reading_text

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
MM = 72 / 25.4


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("maklumat") / "build"
    build(RIMBA, out, ("pdf", "docx", "html"))
    return out / "dokumen" / "kabupaten-rimba-raya" / "maklumat"


@pytest.fixture(scope="module")
def jobs() -> dict[str, PledgeJob]:
    project, _ = load_or_fail(RIMBA)
    return {job.pledge.id: job for job in plan(project) if isinstance(job, PledgeJob)}


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)


@pytest.mark.parametrize("pledge_id, paper", [("bidang-pelayanan-perizinan", (210, 297)), ("pengaduan", (215, 330))])
def test_the_pdf_is_one_page_of_its_paper_with_the_pledge_at_the_decided_size(built, jobs, pledge_id, paper):
    pdf, doc = built / f"{pledge_id}.pdf", jobs[pledge_id].document
    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == 1
        page = document.pages[0]
        assert (round(page.width / MM), round(page.height / MM)) == paper
        sizes = {round(char["size"], 1) for char in page.chars if char["text"] == "k"}
    assert round(doc.size, 1) in sizes  # the pledge's words are set at its size
    text = _text(pdf)
    for phrase in ("PEMERINTAH KABUPATEN RIMBA RAYA", "MAKLUMAT PELAYANAN", doc.unit, "kami menyatakan sanggup",
                   doc.signature.place_date, doc.signature.nama, doc.signature.nip_line):
        assert phrase in text, phrase


def test_the_picture_is_in_the_pdf_and_the_poster_without_one_has_none(built):
    def images(name: str) -> int:
        with pikepdf.open(built / f"{name}.pdf") as pdf:
            return sum(len(page.get_images()) for page in pdf.pages)
    assert images("bidang-pelayanan-perizinan") == 1 and images("pengaduan") == 0  # the emblem is vector (SVG)


def test_the_docx_says_the_same_with_the_picture_described(built, jobs):
    data = (built / "bidang-pelayanan-perizinan.docx").read_bytes()
    text = " ".join(reading_text(data).split())
    doc = jobs["bidang-pelayanan-perizinan"].document
    for phrase in ("MAKLUMAT PELAYANAN", doc.unit, "kami siap menerima sanksi", doc.signature.nip_line):
        assert phrase in text
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode()
        styles = package.read("word/styles.xml").decode()
        assert any(name.startswith("word/media/") for name in package.namelist())
    assert f'descr="{doc.picture_alt}"' in body
    janji = styles[styles.index('w:styleId="SKMaklumatJanji"'):]
    assert f'<w:sz w:val="{round(doc.size * 2)}"/>' in janji[:janji.index("</w:style>")]


def test_a_list_in_the_pledge_keeps_its_numbers_in_word(built):
    numbered = numbered_paragraphs((built / "pengaduan.docx").read_bytes())
    assert [marker for marker, _ in numbered if marker] == ["1.", "2.", "3."]


def test_equal_input_equal_bytes(jobs):
    job = jobs["bidang-pelayanan-perizinan"]
    for name in ("pdf", "docx", "html"):
        assert RENDERERS[name].render(job) == RENDERERS[name].render(job), name


HOSTILE = """\
unit: Bagian Umum
teks: "Kami <script>alert('janji')</script> sanggup."
ditetapkan: {tempat: "Kota <b>Contoh</b>", tanggal: 2024-03-04}
penandatangan: {jabatan: "Kepala <i>Bagian</i>", nama: "Ani \\"Lestari\\" <img src=x onerror=alert(1)>"}
gambar: {berkas: lambang.svg, keterangan: "\\" onerror=\\"alert(2)"}
"""


def test_every_record_text_is_escaped(tmp_path):
    region = write_region(tmp_path / "src", **{"maklumat/umum.yaml": HOSTILE})
    project, _ = load_or_fail(region.parent)
    job = next(job for job in plan(project) if isinstance(job, PledgeJob))
    html = RENDERERS["html"].render(job).decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Contoh" not in html
    assert "&lt;script&gt;" in html and 'alt="&#34; onerror=&#34;alert(2)"' in html


def test_libreoffice_opens_the_docx_as_one_page(built, tmp_path):
    names = ("bidang-pelayanan-perizinan", "pengaduan")
    for name, pdf in zip(names, office_pdfs(*(built / f"{name}.docx" for name in names), work=tmp_path)):
        with pdfplumber.open(pdf) as document:
            assert len(document.pages) == 1, name
            assert "MAKLUMAT PELAYANAN" in (document.pages[0].extract_text() or "")
