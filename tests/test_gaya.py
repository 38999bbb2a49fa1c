"""The second fixture region (tests/fixtures/gaya, CONTOH REKAAN) in a house style unlike Kota Pasuruan's, built once
in every format: the number as written everywhere, the short official's line, a.n. signing with pangkat and
golongan, the kop's labels and a scanned-picture kop, the lampiran without TANGGAL, three title lines, the table's
upper-case header, the lampiran's own signature, and the revoked decree linked and marked on the site."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from sk_builder.build import build
from sk_builder.cli import main
from tests.conftest import ROOT

GAYA = ROOT / "tests" / "fixtures" / "gaya"
REGION = "kabupaten-tanjung-seroja"
NUMBER = "188.4/217/Kep/Dinkes/2024"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gaya") / "build"
    build(GAYA, folder, ("pdf", "html", "docx", "site"))
    return folder


def _pdf_lines(path: Path) -> list[str]:
    return [line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def _docx_xml(path: Path, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(part).decode("utf-8")


def _docx_text(path: Path, part: str = "word/document.xml") -> str:
    xml = _docx_xml(path, part)
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)


def test_every_format_is_built_for_both_decrees(out):
    for stem in ("kadinkes-2024", "kadinkes-2021"):
        for suffix in (".pdf", ".docx", ".html"):
            assert (out / "dokumen" / REGION / f"{stem}{suffix}").stat().st_size > 0


def test_the_pdf_prints_the_house_style(out):
    lines = _pdf_lines(out / "dokumen" / REGION / "kadinkes-2024.pdf")
    text = "\n".join(lines)
    assert f"NOMOR : {NUMBER}" in lines  # the title block
    assert any(NUMBER in line for line in lines[lines.index("KEPALA DINAS KESEHATAN,"):])
    assert all(NUMBER in line for line in lines if "188.4/" in line)  # never broken inside
    assert "Telp. (0517) 21350   Fax. (0517) 21351" in lines  # labels and separators as the region writes them
    assert "Email : dinkes@tanjungserojakab.go.id   Laman : dinkes.tanjungserojakab.go.id" in lines
    assert "a.n. KEPALA DINAS KESEHATAN," in text and "Sekretaris," in text and "IV/b" in lines
    assert "TANGGAL" not in text  # the lampiran header has none
    assert ["STANDAR PELAYANAN", "PENERBITAN SURAT KETERANGAN SEHAT", "PADA BIDANG PELAYANAN KESEHATAN"] == \
        lines[lines.index("PENERBITAN SURAT KETERANGAN SEHAT") - 1:][:3]
    assert "NO KOMPONEN URAIAN" in lines
    assert "dr. RATNA KUSUMAWARDANI, M.Kes." in lines and "SEKRETARIS," in lines  # the lampiran's signature
    assert "Nomor 12 Tahun 2021 tanggal 15 Februari 2021 tentang Standar Pelayanan" in " ".join(lines)


def test_the_number_is_the_same_string_in_titles_and_metadata(out):
    title = f"Keputusan Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Tanjung " \
            f"Seroja Nomor {NUMBER} tentang Standar Pelayanan Publik pada Dinas Kesehatan, Pengendalian Penduduk " \
            f"dan Keluarga Berencana"
    folder = out / "dokumen" / REGION
    assert PdfReader(folder / "kadinkes-2024.pdf").metadata.title == title
    assert f"<title>{title}</title>" in (folder / "kadinkes-2024.html").read_text(encoding="utf-8")
    assert f"<dc:title>{title}</dc:title>" in _docx_xml(folder / "kadinkes-2024.docx", "docProps/core.xml")
    assert "Tahun 2024" not in title


def test_the_html_keeps_the_number_whole_and_as_written(out):
    html = (out / "dokumen" / REGION / "kadinkes-2024.html").read_text(encoding="utf-8")
    assert html.count(f'<span class="nomor">{NUMBER}</span>') == 2  # title block and lampiran header
    assert "text-transform: uppercase" not in html.split(".lampiran-kepala", 1)[1].split("}", 1)[0]


def test_the_docx_keeps_the_number_on_one_line_and_signs_for_the_head(out):
    path = out / "dokumen" / REGION / "kadinkes-2024.docx"
    text = _docx_text(path)
    assert "NOMOR : 188.4/\u2060217/\u2060Kep/\u2060Dinkes/\u20602024" in text
    assert "a.n. KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA\nSekretaris," in text
    assert "Pembina Tingkat I\nIV/b\nNIP. 19760512 200312 2 007" in text
    assert "SEKRETARIS,\ndr. RATNA KUSUMAWARDANI, M.Kes." in text
    header = _docx_text(path, "word/header1.xml") + _docx_text(path, "word/header2.xml")
    assert "Telp. (0517) 21350   Fax. (0517) 21351" in header  # separators as written


def test_the_scanned_kop_is_a_picture_in_every_format(out):
    folder = out / "dokumen" / REGION
    html = (folder / "kadinkes-2021.html").read_text(encoding="utf-8")
    assert '<header class="kop kop-gambar">' in html and 'src="data:image/png;base64,' in html
    assert "PEMERINTAH KABUPATEN TANJUNG SEROJA" not in html.split("</header>", 1)[0]
    reader = PdfReader(folder / "kadinkes-2021.pdf")
    assert any(page.images for page in reader.pages[:1])
    with zipfile.ZipFile(folder / "kadinkes-2021.docx") as package:
        assert any(name.startswith("word/media/") for name in package.namelist())
        headers = "".join(package.read(n).decode() for n in package.namelist() if n.startswith("word/header"))
    assert 'descr="Kop surat Pemerintah Kabupaten Tanjung Seroja' in headers
    assert (out / "site" / REGION / "keputusan" / "kadinkes-2021-kop.png").read_bytes()[:4] == b"\x89PNG"


FOOTER = "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Tanjung Seroja"


def test_the_regions_template_prints_its_footer_line_in_html_and_pdf_and_not_in_the_docx(out):
    """templat/dokumen/keputusan.html.j2 extends the package's page and overrides one block (gaya)."""
    folder = out / "dokumen" / REGION
    for stem in ("kadinkes-2024", "kadinkes-2021", "standar/surat-keterangan-sehat"):
        assert f'@bottom-center {{ content: "{FOOTER}"' in (folder / f"{stem}.html").read_text(encoding="utf-8")
        pages = PdfReader(folder / f"{stem}.pdf").pages
        assert all(page.extract_text().splitlines()[-1].strip() == FOOTER for page in pages), stem
    assert FOOTER not in _docx_text(folder / "kadinkes-2024.docx")  # Word's look is the reference document's


def test_the_docx_starts_from_the_word_reference_document(out):
    """acuan.docx (tests/fixtures/gaya/buat_acuan.py): its title styles, its 30 mm left margin, its kop."""
    folder = out / "dokumen" / REGION
    styles = _docx_xml(folder / "kadinkes-2024.docx", "word/styles.xml")
    judul = re.search(r'<w:style [^>]*w:styleId="SKJudul".*?</w:style>', styles, re.S).group(0)
    assert 'w:ascii="Arial Narrow"' in judul  # the reference's style, not the generated Bookman Old Style one
    for stem in ("kadinkes-2024", "standar/surat-keterangan-sehat"):
        assert re.search(r'<w:pgMar [^>]*w:left="1701"', _docx_xml(folder / f"{stem}.docx"))  # 30 mm; profile: 25
    headers = _docx_xml(folder / "kadinkes-2024.docx", "word/header1.xml") + _docx_xml(
        folder / "kadinkes-2024.docx", "word/header2.xml")
    assert 'w:val="thinThickSmallGap"' in headers and 'w:ascii="Arial"' in headers  # the drafter's kop from Word
    assert "isinya tidak dipakai" not in _docx_text(folder / "kadinkes-2024.docx")  # the reference's body is not
    with zipfile.ZipFile(folder / "kadinkes-2021.docx") as package:  # a decree's own kop picture stays its own
        kop = "".join(package.read(n).decode() for n in package.namelist() if n.startswith("word/header"))
    assert 'descr="Kop surat Pemerintah Kabupaten Tanjung Seroja' in kop and "thinThickSmallGap" not in kop

def test_the_site_links_both_decrees_and_marks_the_old_one_revoked(out):
    old = (out / "site" / REGION / "keputusan" / "kadinkes-2021.html").read_text(encoding="utf-8")
    new = (out / "site" / REGION / "keputusan" / "kadinkes-2024.html").read_text(encoding="utf-8")
    assert '<span class="label-status dicabut">dicabut</span> oleh <a href="kadinkes-2024.html">' in old
    assert "Keputusan Kepala Dinas Kesehatan Kabupaten Tanjung Seroja Nomor 12 Tahun 2021" in new
    assert '<a href="kadinkes-2021.html">Keputusan Kepala Dinas Kesehatan Kabupaten Tanjung Seroja Nomor 12 Tahun ' \
           '2021</a>' in new
    assert f"Nomor {NUMBER}" in new and "kadinkes-2021-kop.png" in old


def test_the_open_data_carries_the_number_as_written(out):
    index = json.loads((out / "site" / "data" / "v2" / "index.json").read_text(encoding="utf-8"))
    entries = {d["id"].rsplit("/", 1)[1]: d for d in index["wilayah"][0]["keputusan"]}
    assert entries["kadinkes-2024"]["nomor_tertulis"] == NUMBER
    assert entries["kadinkes-2021"]["nomor_tertulis"] == "12 TAHUN 2021"
    assert entries["kadinkes-2021"]["status"] == "dicabut"
    assert entries["kadinkes-2024"]["nama"].endswith(f"Nomor {NUMBER}")


def test_the_review_text_writes_the_number_as_the_decree_does(tmp_path):
    result = CliRunner().invoke(main, ["export", "text", str(GAYA), "--out", str(tmp_path / "teks")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "teks" / REGION / "kadinkes-2024.txt").read_text(encoding="utf-8")
    assert f"NOMOR : {NUMBER}" in text.splitlines()[:2] and "\nKEPALA DINAS KESEHATAN,\n" in text
    assert "\na.n. KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA\nSekretaris,\n" in text
    assert "\nPembina Tingkat I\nIV/b\n" in text


def test_sk_diff_writes_the_number_as_the_decree_does(tmp_path):
    import shutil

    new = tmp_path / "baru"
    shutil.copytree(GAYA, new)
    decree = new / REGION / "keputusan" / "kadinkes-2024.yaml"
    decree.write_text(decree.read_text(encoding="utf-8").replace("188.4/217/Kep/Dinkes", "188.4/218/Kep/Dinkes"),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(GAYA), str(new)])
    assert result.exit_code == 1, result.output
    assert "NOMOR :[- 188.4/217/Kep/Dinkes/2024-]{+ 188.4/218/Kep/Dinkes/2024+}" in result.output  # whole numbers


def _readme_yaml(index: int) -> dict:
    import yaml

    from tests.readme_blocks import section

    text = section((ROOT / "README.md").read_text(encoding="utf-8"), "## Gaya rumah (house style)")
    return yaml.safe_load(re.findall(r"```yaml\n(.*?)```", text, re.S)[index])


def test_readmes_list_of_every_option_is_the_defaults():
    from sk_builder.model import Profil
    from tests.test_nomor import PROFIL

    listed = _readme_yaml(0)
    assert Profil(**PROFIL, **listed).model_dump() == Profil(**PROFIL).model_dump()
    for key in ("kop", "tanda_tangan", "lampiran", "pencabutan"):  # every option of each part is listed
        assert set(listed[key]) == set(type(getattr(Profil(**PROFIL), key)).model_fields), key


def test_readmes_decree_example_is_a_valid_decree():
    from sk_builder.model import Keputusan
    from tests.test_nomor import DECREE

    example = _readme_yaml(1)
    record = Keputusan(**{**DECREE, "nomor": "12", "tahun": 2024, **example})
    assert record.penandatangan.atas_nama == "BUPATI LUMAJANG" and record.diktum[0].mencabut[0].tanggal


# --- issue 12 item 7: flowcharts where the text puts them (standar/izin-praktik-bidan.yaml) ----------------------

CHART_ORDER = ("Pendaftaran dan pemeriksaan berkas:", "Bagan Alir Pendaftaran", "Keterangan:",
               "Penilaian dan penerbitan rekomendasi:", "Bagan Alir Penilaian", "Rekomendasi diserahkan kepada")


def _in_order(text: str, needles: tuple[str, ...] = CHART_ORDER) -> bool:
    places = [text.find(needle) for needle in needles]
    return -1 not in places and places == sorted(places)


def _procedure(text: str) -> str:
    """The procedure of the standard with two charts, from its first item to the next component."""
    start = text.index("Pendaftaran dan pemeriksaan berkas:")
    return text[start:text.index("Jangka Waktu", start)]


def test_each_chart_prints_right_after_its_item_in_the_pdf(out):
    for path in (out / "dokumen" / REGION / "standar" / "izin-praktik-bidan.pdf", out / "dokumen" / REGION /
                 "kadinkes-2024.pdf"):
        lines = _pdf_lines(path)
        text = "\n".join(lines)
        assert _in_order(text), path.name
        assert lines.count("Keterangan:") == 1  # the first chart's heading; the second prints no list
        assert lines.count("Mulai") == lines.count("Selesai") == 1  # the second chart draws no start or end
        assert "Tim melakukan verifikasi" in lines and "a. Tim melakukan verifikasi" not in lines  # no letters
        assert "a. Pemohon menyerahkan" in lines  # the first chart's boxes keep theirs


def test_each_chart_prints_right_after_its_item_in_the_docx(out):
    path = out / "dokumen" / REGION / "standar" / "izin-praktik-bidan.docx"
    text = _procedure(_docx_text(path))
    assert _in_order(text)
    assert text.count("Keterangan:") == 1 and "Tim melakukan verifikasi ke tempat praktik" not in text.split(
        "Bagan Alir Penilaian")[1]  # no explanation list after the second chart
    assert re.findall(r'descr="(Bagan alur [^"]*)"', _docx_xml(path)) == [
        "Bagan alur Bagan Alir Pendaftaran", "Bagan alur Bagan Alir Penilaian"]


def test_each_chart_prints_right_after_its_item_in_html_and_on_the_site(out):
    pages = (out / "dokumen" / REGION / "kadinkes-2024.html", out / "dokumen" / REGION / "standar" /
             "izin-praktik-bidan.html", out / "site" / REGION / "layanan" / "izin-praktik-bidan.html")
    for path in pages:
        html = _procedure(path.read_text(encoding="utf-8"))
        assert _in_order(html), path
        assert html.count('class="bagan-judul-keterangan"') == 1 and html.count('class="bagan-gambar"') == 2
        assert '<span class="penanda">2.</span>' in html  # the list goes on after the chart with its own numbers


def test_the_readmes_flowchart_example_is_a_valid_procedure():
    from sk_builder.flowchart.tempat import problem
    from sk_builder.model import Komponen

    example = next(block for block in _readme_yamls() if "bagan_prosedur" in str(block))
    komponen = Komponen(**example["komponen"])
    text = komponen.prosedur or ""
    assert [problem(text, chart.setelah) for chart in komponen.bagan_prosedur if chart.setelah] == [None, None]


def _readme_yamls() -> list[dict]:
    import yaml

    from tests.readme_blocks import section

    text = section((ROOT / "README.md").read_text(encoding="utf-8"), "## Gaya rumah (house style)")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def test_lists_print_as_written_in_every_format(out):
    """standar/laik-higiene-sanitasi.yaml: a lettered list typed flush left under "1.", "▪" bullets under "2." with
    a paragraph continuing the last one, and "•" bullets (README, Gaya rumah, Lists)."""
    folder, wanted = out / "dokumen" / REGION / "standar", ["1.", "a.", "b.", "c.", "2.", "▪", "▪", "▪"]
    for page in (folder / "laik-higiene-sanitasi.html", out / "site" / REGION / "layanan" / "laik-higiene-sanitasi.html"):
        html = page.read_text(encoding="utf-8")
        markers = re.findall(r'<span class="penanda">([^<]*)</span>', html)
        assert markers[:8] == wanted and markers[-3:] == ["•"] * 3, page
        assert re.search(r"Persyaratan administrasi:<ol .*?</ol>\s*</div></li>\s*<li><span class=\"penanda\">2\.</span>"
                         r"<div class=\"isi\">Persyaratan teknis:<ul ", html, re.S), page
        assert re.search(r"<p>Sertifikat kursus tidak diperlukan[^<]*</p>\s*</div></li>\s*</ul>", html), page
    lines = _pdf_lines(folder / "laik-higiene-sanitasi.pdf")
    for line in ("a. surat permohonan;", "▪ hasil uji laboratorium sampel pangan;", "• komputer dan printer;"):
        assert line in lines, line
    from tests.render.docx_reading import numbered_paragraphs

    labelled = [(label, text) for label, text in numbered_paragraphs((folder / "laik-higiene-sanitasi.docx").read_bytes())
                if text]
    start = labelled.index(("1.", "Persyaratan administrasi:"))
    assert [label for label, _ in labelled[start:start + 9]] == wanted + [""]  # the paragraph continuing the last ▪
    assert ("•", "komputer dan printer;") in labelled
