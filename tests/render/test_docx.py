"""The DOCX renderer: structure, Word tables and numbering, page setup, styles, determinism, LibreOffice."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sk_builder.jobs import plan
from sk_builder.render.docx.numbering import ListFormat, list_format, runs
from sk_builder.render.docx.styles import SPECS, TAUTAN
from sk_builder.render.registry import RENDERERS
from sk_builder.sources.loader import load_or_fail
from tests.conftest import ROOT, SEED_REGION
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, standar, write_region
from tests.office import office_pdfs
from tests.render.docx_reading import numbered_paragraphs, reading_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MM_TWIPS = 1440 / 25.4

URAIAN = """\
    1. Pemohon mengajukan surat permohonan;
    2. Persyaratan yang harus dilampirkan:
       2.1 Persyaratan Umum
           a. Proposal;
           b. Surat pernyataan.
       2.2 Persyaratan khusus:
           1) Persyaratan Administrasi meliputi:
              a. Dokumen keputusan;
              b. Akta notaris.

    Catatan: *Filling cabinet* dan **penting**
    baris kedua di https://contoh.go.id atau surat@contoh.go.id

    B. Bagian kedua

    c) mulai dari c;
    d) lalu d.
"""


def contoh_standar(nama: str, extra: str = "") -> str:
    """A standard whose Persyaratan holds nested lists, emphasis, a line break, a link and an e-mail."""
    text = standar(nama, extra)
    return text.replace("  persyaratan: |\n    Isi persyaratan.\n", "  persyaratan: |\n" + URAIAN)


def render_region(root: Path) -> dict[str, bytes]:
    project, _ = load_or_fail(root)
    return {job.stem: RENDERERS["docx"].render(job) for job in plan(project)}


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def text_of(node) -> str:
    return "".join(t.text or "" for t in node.iter(f"{W}t"))


def standard_tables(body) -> list:
    return [t for t in body.iter(f"{W}tbl") if text_of(t.find(f"{W}tr")).startswith("No.")]


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> dict[str, bytes]:
    """A one-standard decree with Memperhatikan and Tembusan, F4, plus a draft that no decree enacts."""
    root = tmp_path_factory.mktemp("kecil")
    keputusan = KEPUTUSAN.replace("diktum:\n", "memperhatikan:\n  - Surat Wali Kota Contoh.\ndiktum:\n")
    keputusan += "tembusan:\n  - Wali Kota Contoh;\n  - Inspektur Kota Contoh.\n"
    write_region(root, **{"keputusan/kep-12-2024.yaml": keputusan, "standar/contoh.yaml": contoh_standar("Contoh"),
                          "standar/rancangan.yaml": contoh_standar("Rancangan Layanan", "status: draft")})
    return render_region(root)


@pytest.fixture(scope="module")
def small_a4(tmp_path_factory) -> dict[str, bytes]:
    """The same region on A4 with its own margins and page-number pattern."""
    root = tmp_path_factory.mktemp("kecil-a4")
    profil = PROFIL + "kertas: A4\nmargin: {atas: 25, bawah: 20, kiri: 25, kanan: 15}\nnomor_halaman: \"Hal. {n}\"\n"
    write_region(root, **{"profil.yaml": profil})
    return render_region(root)


@pytest.fixture(scope="module")
def seed() -> dict[str, bytes]:
    """The seed decree and its Hibah extract."""
    project, _ = load_or_fail(SEED_REGION)
    wanted = {"kota-pasuruan/sekda-167-2024", "kota-pasuruan/standar/hibah-uang"}
    return {job.stem: RENDERERS["docx"].render(job) for job in plan(project) if job.stem in wanted}


DECREE = "kota-contoh/kep-12-2024"


# --- structure and text ------------------------------------------------------------------------

def test_text_in_reading_order(small):
    text = reading_text(small[DECREE])
    expected = [
        "PEMERINTAH KOTA CONTOH", "SEKRETARIAT DAERAH", "Jalan Contoh Nomor 1",
        "KEPUTUSAN SEKRETARIS DAERAH KOTA CONTOH", "NOMOR 12\u00a0TAHUN\u00a02024", "TENTANG", "STANDAR PELAYANAN",
        "SEKRETARIS DAERAH KOTA CONTOH,", "Menimbang", "a. bahwa perlu menetapkan", "Mengingat",
        "1. Undang-Undang Nomor 25", "Memperhatikan", "1. Surat Wali Kota Contoh.", "MEMUTUSKAN :",
        "Menetapkan", "KESATU", "KEDUA", "Standar Pelayanan meliputi:", "a. Standar Pelayanan Contoh.",
        "KETIGA", "Ditetapkan di Contoh", "pada tanggal 1 Maret 2024", "Sekretaris Daerah,", "Budi Santoso",
        "Pembina Utama Muda", "NIP. 19640828 198802 1 001", "Tembusan :", "1. Wali Kota Contoh;",
        "2. Inspektur Kota Contoh.", "LAMPIRAN", "NOMOR 12\u00a0TAHUN\u00a02024", "BAGIAN UMUM", "STANDAR PELAYANAN",
        "No.", "Komponen", "Uraian", "Penyampaian Layanan", "1.", "Persyaratan Pelayanan",
        "1. Pemohon mengajukan", "2.1 Persyaratan Umum", "Pengelolaan Pelayanan", "Dasar Hukum",
        "Evaluasi Kinerja Pelaksana", "Ditetapkan di Contoh",
    ]
    position = 0
    for phrase in expected:
        found = text.find(phrase, position)
        assert found >= 0, f"{phrase!r} tidak ditemukan setelah posisi {position}"
        position = found + len(phrase)


def header_part(data: bytes, kind: str):
    """The header of one kind ("first", "default") of the document's section."""
    refs = {ref.get(f"{W}type"): ref.get(f"{R}id") for ref in section_of(data).findall(f"{W}headerReference")}
    targets = {rel.get("Id"): rel.get("Target") for rel in part(data, "word/_rels/document.xml.rels")}
    return part(data, "word/" + targets[refs[kind]])


def test_kop_is_the_first_page_header_with_emblem_rule_and_bold_unit(small):
    data = small[DECREE]
    kop = header_part(data, "first")
    assert [text_of(p) for p in kop.iter(f"{W}p") if text_of(p)][:2] == ["PEMERINTAH KOTA CONTOH", "SEKRETARIAT DAERAH"]
    assert "PEMERINTAH KOTA CONTOH" not in text_of(part(data, "word/document.xml"))
    assert kop[-1].tag == f"{W}p" and kop[-1].find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "SKKopGaris"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    assert media == ["word/media/image1.png"]
    doc_pr = next(kop.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"))
    assert doc_pr.get("descr") == "Lambang Kota Contoh"
    styles = part(data, "word/styles.xml")
    rule = styles.find(f".//{W}style[@{W}styleId='SKKopGaris']//{W}pBdr/{W}bottom")
    assert rule is not None and rule.get(f"{W}val") == "thickThinSmallGap"
    unit = styles.find(f".//{W}style[@{W}styleId='SKKopUnit']/{W}rPr/{W}b")
    assert unit is not None


def test_lampiran_starts_on_a_new_page(small):
    body = part(small[DECREE], "word/document.xml")
    first = next(p for p in body.iter(f"{W}p") if text_of(p) == "LAMPIRAN")
    assert first.find(f"{W}pPr/{W}pageBreakBefore") is not None


def test_lampiran_extract_holds_only_the_lampiran(small):
    text = reading_text(small["kota-contoh/standar/contoh"])
    assert "MEMUTUSKAN" not in text and "PEMERINTAH KOTA CONTOH" not in text
    assert text.lstrip().startswith("LAMPIRAN")
    assert "STANDAR PELAYANAN\nCONTOH" in text
    assert "Budi Santoso" in text  # the signature repeats after the standard by default
    body = part(small["kota-contoh/standar/contoh"], "word/document.xml")
    assert body.find(f".//{W}pageBreakBefore") is None


def test_draft_standard_shows_the_draft_note(small):
    text = reading_text(small["kota-contoh/standar/rancangan"])
    assert "DRAF — standar ini belum lengkap" in text
    assert "STANDAR PELAYANAN\nRANCANGAN LAYANAN" in text
    assert "Ditetapkan" not in text and "LAMPIRAN" not in text


# --- tables --------------------------------------------------------------------------------------

def test_header_row_repeats_on_every_standard_table(seed):
    body = part(seed["kota-pasuruan/sekda-167-2024"], "word/document.xml")
    tables = standard_tables(body)
    assert len(tables) == 18
    for table in tables:
        rows = table.findall(f"{W}tr")
        assert [text_of(c) for c in rows[0].findall(f"{W}tc")] == ["No.", "Komponen", "Uraian"]
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(row.find(f"{W}trPr/{W}tblHeader") is None for row in rows[1:])


def test_group_rows_span_three_columns_and_numbering_restarts(seed):
    body = part(seed["kota-pasuruan/sekda-167-2024"], "word/document.xml")
    for table in standard_tables(body):
        numbers, groups = [], []
        for row in table.findall(f"{W}tr")[1:]:
            cells = row.findall(f"{W}tc")
            if len(cells) == 1:
                assert cells[0].find(f"{W}tcPr/{W}gridSpan").get(f"{W}val") == "3"
                groups.append(text_of(cells[0]))
            else:
                numbers.append(text_of(cells[0]))
        assert groups == ["Penyampaian Layanan", "Pengelolaan Pelayanan"]
        assert numbers == [f"{i}." for i in range(1, 7)] + [f"{i}." for i in range(1, 9)]


def test_rows_do_not_split_unless_taller_than_a_page(seed):
    body = part(seed["kota-pasuruan/sekda-167-2024"], "word/document.xml")
    tables = standard_tables(body)
    for table in tables:
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}cantSplit") is not None
        assert rows[1].find(f"{W}trPr/{W}cantSplit") is not None  # group row
    hibah = next(t for t in tables if "Perencanaan Anggaran Belanja Hibah Uang" in text_of(t))
    prosedur = next(r for r in hibah.findall(f"{W}tr") if "Sistem, Mekanisme" in text_of(r))
    assert prosedur.find(f"{W}trPr/{W}cantSplit") is None  # longer than a page: may break
    kept = [r.find(f"{W}trPr/{W}cantSplit") is not None for t in tables for r in t.findall(f"{W}tr")]
    assert sum(kept) > 0.9 * len(kept)


# --- list numbering ------------------------------------------------------------------------------

@pytest.mark.parametrize("marker, expected", [
    ("a.", ListFormat("lowerLetter", "%1.", 1)),
    ("1.", ListFormat("decimal", "%1.", 1)),
    ("a)", ListFormat("lowerLetter", "%1)", 1)),
    ("1)", ListFormat("decimal", "%1)", 1)),
    ("A.", ListFormat("upperLetter", "%1.", 1)),
    ("c)", ListFormat("lowerLetter", "%1)", 3)),
    ("12.", ListFormat("decimal", "%1.", 12)),
    ("2.1", ListFormat("decimal", "2.%1", 1)),
    ("4.2.", ListFormat("decimal", "4.%1.", 2)),
    ("-", ListFormat("bullet", "-", 1)),
])
def test_marker_to_word_numbering(marker, expected):
    assert list_format(marker) == expected


def test_a_skipped_number_starts_a_new_run():
    assert [(f.start, n) for f, n in runs(["1.", "2.", "4.", "5."])] == [(1, 2), (4, 2)]
    assert [n for _, n in runs(["a.", "b.", "c."])] == [3]


def abstract_of(numbering, num_id: str):
    num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    return numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']")


def level_of(data: bytes, paragraph_text: str) -> tuple[int, str, str, str]:
    """(ilvl, numFmt, lvlText, start) of the numbered paragraph that begins with ``paragraph_text``."""
    body, numbering = part(data, "word/document.xml"), part(data, "word/numbering.xml")
    paragraph = next(p for p in body.iter(f"{W}p") if text_of(p).startswith(paragraph_text))
    num_pr = paragraph.find(f"{W}pPr/{W}numPr")
    ilvl = num_pr.find(f"{W}ilvl").get(f"{W}val")
    lvl = abstract_of(numbering, num_pr.find(f"{W}numId").get(f"{W}val")).find(f"{W}lvl[@{W}ilvl='{ilvl}']")
    value = lambda tag: lvl.find(f"{W}{tag}").get(f"{W}val")
    return int(ilvl), value("numFmt"), value("lvlText"), value("start")


def test_hibah_nested_lists_are_word_numbering_as_written(seed):
    data = seed["kota-pasuruan/standar/hibah-uang"]
    assert level_of(data, "Pengguna Layanan/pemohon mengajukan") == (0, "decimal", "%1.", "1")
    assert level_of(data, "Persyaratan Umum") == (1, "decimal", "2.%2", "1")
    assert level_of(data, "Proposal;") == (2, "lowerLetter", "%3.", "1")
    assert level_of(data, "Persyaratan Administrasi yang diajukan oleh Badan") == (2, "decimal", "%3)", "1")
    assert level_of(data, "Dokumen keputusan tentang") == (3, "lowerLetter", "%4.", "1")
    assert level_of(data, "Hibah untuk badan atau lembaga") == (1, "decimal", "4.%2", "1")
    text = reading_text(data)
    for line in ["2. Persyaratan yang harus dilampirkan:", "2.1 Persyaratan Umum", "a. Proposal;",
                 "2.2 Persyaratan khusus:", "1) Persyaratan Administrasi yang diajukan oleh Badan",
                 "h. Fotokopi rekening Bank", "2) Persyaratan Administrasi yang diajukan oleh organisasi",
                 "i. Fotokopi rekening Bank", "4.2 Hibah untuk organisasi"]:
        assert re.search(rf"^{re.escape(line)}", text, re.MULTILINE), line


def test_each_list_restarts_and_keeps_its_start(small):
    data = small[DECREE]
    labels = [(label, text) for label, text in numbered_paragraphs(data) if label]
    lampiran = labels[[t for _, t in labels].index("Pemohon mengajukan surat permohonan;"):]
    assert [label for label, _ in lampiran[:10]] == ["1.", "2.", "2.1", "a.", "b.", "2.2", "1)", "a.", "b.", "c)"]
    assert lampiran[10][0] == "d)"
    assert level_of(data, "mulai dari c;") == (0, "lowerLetter", "%1)", "3")
    body, numbering = part(data, "word/document.xml"), part(data, "word/numbering.xml")
    used = [p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val") for p in body.iter(f"{W}p")
            if p.find(f"{W}pPr/{W}numPr") is not None]
    abstracts = {abstract_of(numbering, n).get(f"{W}abstractNumId") for n in used}
    assert len(abstracts) == len(set(used))  # one abstractNum per list instance


def test_nested_lists_hang_deeper(small):
    data = small[DECREE]
    numbering = part(data, "word/numbering.xml")
    indents = {}
    for text in ["Pemohon mengajukan", "Persyaratan Umum", "Proposal;", "Dokumen keputusan;"]:
        ilvl = level_of(data, text)[0]
        body = part(data, "word/document.xml")
        paragraph = next(p for p in body.iter(f"{W}p") if text_of(p).startswith(text))
        num_id = paragraph.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        ind = abstract_of(numbering, num_id).find(f"{W}lvl[@{W}ilvl='{ilvl}']/{W}pPr/{W}ind")
        indents[text] = (int(ind.get(f"{W}left")), int(ind.get(f"{W}hanging")))
    lefts = [left for left, _ in indents.values()]
    assert lefts == sorted(lefts) and len(set(lefts)) == 4
    assert all(hanging > 0 for _, hanging in indents.values())


# --- inline Markdown -----------------------------------------------------------------------------

def test_italics_bold_breaks_and_hyperlinks(small):
    data = small[DECREE]
    body = part(data, "word/document.xml")
    paragraph = next(p for p in body.iter(f"{W}p") if text_of(p).startswith("Catatan:"))
    runs_ = paragraph.findall(f".//{W}r")
    italic = [text_of(r) for r in runs_ if r.find(f"{W}rPr/{W}i") is not None]
    bold = [text_of(r) for r in runs_ if r.find(f"{W}rPr/{W}b") is not None]
    assert italic == ["Filling cabinet"] and bold == ["penting"]
    assert paragraph.find(f".//{W}br") is not None
    rels = part(data, "word/_rels/document.xml.rels")
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    links = {text_of(link): targets[link.get(f"{R}id")] for link in paragraph.iter(f"{W}hyperlink")}
    assert links == {"https://contoh.go.id": "https://contoh.go.id", "surat@contoh.go.id": "mailto:surat@contoh.go.id"}
    link_run = next(paragraph.iter(f"{W}hyperlink")).find(f"{W}r/{W}rPr/{W}rStyle")
    assert link_run.get(f"{W}val") == TAUTAN.replace(" ", "")


def test_paragraph_after_list_is_not_numbered(small):
    labels = dict((text, label) for label, text in numbered_paragraphs(small[DECREE]))
    assert labels["B. Bagian kedua"] == ""


# --- page ----------------------------------------------------------------------------------------

def section_of(data: bytes):
    return part(data, "word/document.xml").find(f"{W}body/{W}sectPr")


def test_page_number_field_not_on_first_page(small):
    data = small[DECREE]
    sect = section_of(data)
    assert sect.find(f"{W}titlePg") is not None
    default, first = header_part(data, "default"), header_part(data, "first")
    assert "".join(t.text for t in default.iter(f"{W}instrText")).strip() == "PAGE"
    assert [f.get(f"{W}fldCharType") for f in default.iter(f"{W}fldChar")] == ["begin", "separate", "end"]
    assert text_of(default) == "- 1 -"  # "- " PAGE " -", the field showing 1 until updated
    assert first.find(f".//{W}fldChar") is None  # the first page's header holds the kop, no number
    assert len(part(data, "word/document.xml").findall(f".//{W}sectPr")) == 1  # lampiran continues the numbering


def page_mm(data: bytes) -> dict[str, float]:
    sect = section_of(data)
    size, margin = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    values = {"w": size.get(f"{W}w"), "h": size.get(f"{W}h")}
    values.update({k: margin.get(f"{W}{k}") for k in ("top", "bottom", "left", "right")})
    return {k: round(int(v) / MM_TWIPS, 1) for k, v in values.items()}


def test_page_size_and_margins_f4(small):
    assert page_mm(small[DECREE]) == {"w": 215.0, "h": 330.0, "top": 20.0, "bottom": 25.0, "left": 30.0,
                                      "right": 20.0}


def test_page_size_margins_and_number_pattern_a4(small_a4):
    data = small_a4[DECREE]
    assert page_mm(data) == {"w": 210.0, "h": 297.0, "top": 25.0, "bottom": 20.0, "left": 25.0, "right": 15.0}
    headers = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/header")]
    assert any(text_of(part(data, n)) == "Hal. 1" for n in headers)


def test_named_styles_from_the_profile(small):
    styles = part(small[DECREE], "word/styles.xml")
    by_name = {s.find(f"{W}name").get(f"{W}val"): s for s in styles.findall(f"{W}style")}
    for spec in SPECS:
        assert spec.name in by_name, spec.name
        assert by_name[spec.name].get(f"{W}type") == "paragraph"
    for name in ["SK Isi", "SK Kop", "SK Judul", "SK Diktum", "SK Lampiran", "SK Tabel", "SK Tanda Tangan"]:
        assert name in by_name
    assert by_name["SK Isi"].find(f"{W}basedOn").get(f"{W}val") == "Normal"
    assert by_name[TAUTAN].get(f"{W}type") == "character"
    normal = by_name["Normal"].find(f"{W}rPr")
    assert normal.find(f"{W}rFonts").get(f"{W}ascii") == "Bookman Old Style"  # Word's twin of TeX Gyre Bonum
    assert normal.find(f"{W}sz").get(f"{W}val") == "24"
    assert by_name["SK Kop"].find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == "Arial"  # Liberation Sans' twin
    body = part(small[DECREE], "word/document.xml")
    used = {p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in body.iter(f"{W}p")
            if p.find(f"{W}pPr/{W}pStyle") is not None}
    assert {"SKJudul", "SKDiktum", "SKTandaTangan", "SKLampiran", "SKTabel"} <= used
    kop = header_part(small[DECREE], "first")
    assert {"SKKop", "SKKopUnit", "SKKopGaris"} <= {p.get(f"{W}val") for p in kop.iter(f"{W}pStyle")}


# --- determinism ---------------------------------------------------------------------------------

RENDER_SCRIPT = """
import hashlib, sys
from pathlib import Path
from sk_builder.jobs import plan
from sk_builder.render.registry import RENDERERS
from sk_builder.sources.loader import load_or_fail
project, _ = load_or_fail(Path(sys.argv[1]))
for job in plan(project):
    print(job.stem, hashlib.sha256(RENDERERS["docx"].render(job)).hexdigest())
"""


def render_hashes(root: Path, env: dict[str, str], clock: str | None) -> str:
    command = [sys.executable, "-c", RENDER_SCRIPT, str(root)]
    if clock:
        command = ["faketime", clock] + command
    return subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout


def test_same_bytes_under_other_time_zone_clock_and_locale(tmp_path):
    root = tmp_path / "src"
    write_region(root, **{"standar/contoh.yaml": contoh_standar("Contoh")})
    here = "".join(f"{stem} {hashlib.sha256(data).hexdigest()}\n" for stem, data in render_region(root).items())
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "TZ", "FAKETIME"))}
    clock = "2031-07-04 23:59:00" if shutil.which("faketime") else None
    elsewhere = render_hashes(root, {**base, "TZ": "Asia/Jayapura", "LANG": "id_ID.UTF-8"}, clock)
    assert here == elsewhere and len(here.splitlines()) == 2


def test_package_is_pinned(small):
    data = small[DECREE]
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        infos = package.infolist()
        core = etree.fromstring(package.read("docProps/core.xml"))
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert "docProps/thumbnail.jpeg" not in [i.filename for i in infos]
    values = {el.tag.split("}")[1]: el.text for el in core}
    assert values["created"] == values["modified"] == "2024-03-01T00:00:00Z"
    assert values["lastModifiedBy"] == "sk-builder"
    assert values["title"].startswith("Keputusan Sekretaris Daerah Kota Contoh Nomor 12 Tahun 2024")
    draft = small["kota-contoh/standar/rancangan"]
    assert "1980-01-01T00:00:00Z" in etree.tostring(part(draft, "docProps/core.xml")).decode()


# --- LibreOffice -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def libreoffice_pdf(seed, tmp_path_factory) -> Path:
    """The seed decree's DOCX converted once by LibreOffice."""
    work = tmp_path_factory.mktemp("lo")
    source = work / "keputusan.docx"
    source.write_bytes(seed["kota-pasuruan/sekda-167-2024"])
    return office_pdfs(source, work=work)[0]


def pdf_pages(pdf: Path, layout: bool = False) -> list[str]:
    """The text of each page, whitespace folded; with ``layout`` each printed line stays a line."""
    command = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    fold = (lambda page: "\n".join(" ".join(line.split()) for line in page.splitlines())) if layout else (
        lambda page: " ".join(page.split()))
    return [fold(page) for page in text.split("\f")[:-1]]


SEED_PHRASES = [
    "PEMERINTAH KOTA PASURUAN", "SEKRETARIAT DAERAH", "Jalan Pahlawan Nomor 28",
    "KEPUTUSAN SEKRETARIS DAERAH KOTA PASURUAN", "NOMOR 167 TAHUN 2024",
    "STANDAR PELAYANAN DI LINGKUNGAN SEKRETARIAT DAERAH KOTA", "SEKRETARIS DAERAH KOTA PASURUAN,",
    "a. bahwa untuk melaksanakan ketentuan Pasal 1", "b. bahwa berdasarkan pertimbangan",
    "1. Pasal 17 ayat (3) Undang-Undang Dasar", "8. Peraturan Daerah Kota Pasuruan Nomor 7 Tahun 2016",
    "MEMUTUSKAN :", "KESATU", "KEEMPAT", "r. Standar Pelayanan Penyusunan LKJIP Perangkat Daerah.",
    "Ditetapkan di Pasuruan", "pada tanggal 15 Januari 2024", "Rudiyanto", "LAMPIRAN",
    "BAGIAN KESEJAHTERAAN RAKYAT", "STANDAR PELAYANAN DATA DAN INFORMASI BAGIAN HUKUM",
    "Penyampaian Layanan", "Pengelolaan Pelayanan", "2.1 Persyaratan Umum", "a. Proposal;",
    "1) Persyaratan Administrasi yang diajukan oleh Badan/lembaga meliputi:",
    "A. Perencanaan Anggaran Belanja Hibah Uang", "4.2 Hibah untuk organisasi kemasyarakatan",
    "Evaluasi Kinerja Pelaksana", "Tidak dipungut biaya (gratis).",
]


def test_libreoffice_opens_it_and_the_text_survives(libreoffice_pdf):
    pages = pdf_pages(libreoffice_pdf)
    everything = " ".join(pages)
    missing = [phrase for phrase in SEED_PHRASES if phrase not in everything]
    assert not missing
    assert 40 <= len(pages) <= 80


def test_libreoffice_pages_numbers_and_repeated_header(libreoffice_pdf):
    pages = pdf_pages(libreoffice_pdf, layout=True)
    assert "PEMERINTAH KOTA PASURUAN" in pages[0] and "-1-" not in pages[0].replace(" ", "")
    for number, page in enumerate(pages[1:], start=2):
        first_line = page.strip().splitlines()[0]
        assert first_line.replace(" ", "") == f"-{number}-", number  # pdftotext may drop the spaces
    lampiran = next(i for i, page in enumerate(pages) if "\nLAMPIRAN\n" in page)
    for page in pages[lampiran:]:
        if "Ditetapkan di Pasuruan" in page and "Uraian" not in page:
            continue  # a page holding only a repeated signature
        assert "No. Komponen Uraian" in page
    size = subprocess.run(["pdfinfo", str(libreoffice_pdf)], capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size).groups())
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (215, 330)


def test_libreoffice_shows_markers_as_written(libreoffice_pdf, seed):
    """The numbers LibreOffice computes from numbering.xml are the markers the drafter wrote."""
    lines = "\n".join(pdf_pages(libreoffice_pdf, layout=True))
    expected = [(label, " ".join(text.split()[:2])) for label, text in
                numbered_paragraphs(seed["kota-pasuruan/standar/hibah-uang"]) if label]
    assert len(expected) > 80
    missing = [f"{label} {words}" for label, words in expected if f"{label} {words}" not in lines]
    assert not missing


def test_label_column_fits_the_longest_label(small):
    body = part(small[DECREE], "word/document.xml")
    konsiderans, diktum = [t for t in body.iter(f"{W}tbl") if text_of(t).startswith(("Menimbang", "Menetapkan"))]
    width = lambda table: int(table.find(f"{W}tblGrid/{W}gridCol").get(f"{W}w")) / MM_TWIPS
    assert width(konsiderans) > 33  # "Memperhatikan" stays on one line, as in the PDF
    assert round(width(diktum)) == 30
