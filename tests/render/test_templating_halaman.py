"""The SOP and Maklumat pages printed with a region's templates (README "Template overrides"): an override that only
extends prints the package's page byte for byte, an overridden block shows in the HTML and in the PDF, an error is a
located SK132, and the cache prints again exactly the documents whose templates changed."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.jobs import PledgeJob, SopJob, plan
from sk_builder.render.registry import RENDERERS
from sk_builder.render.templating import TemplatFailure, used
from sk_builder.rupa import TemplatBerkas, TemplatWilayah
from sk_builder.sources.loader import load_or_fail
from tests.conftest import ROOT
from tests.fixtures.minimal import PROFIL, write_region
from tests.flowchart.built import FIXTURE, LUMAJANG
from tests.sop.test_validate import SOP
from tests.test_cache import rebuilt

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
MAKLUMAT = """\
unit: Bagian Umum
teks: Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.
ditetapkan: {tempat: Contoh, tanggal: 2024-03-04}
penandatangan: {jabatan: Kepala Bagian Umum, nama: Ani Lestari}
"""
PAGES = {"sop": ("sop/sop.html.j2", "sop/identitas.html.j2", "sop/alur.html.j2"),
         "maklumat": ("maklumat/maklumat.html.j2",)}


def _templat(**files: str) -> TemplatWilayah:
    """Region templates by name (``sop/sop.html.j2``), shown as ``sumber/templat/<name>``."""
    return TemplatWilayah(tuple(TemplatBerkas(name, f"kota-contoh/templat/{name}", text, f"sumber/templat/{name}")
                                for name, text in sorted(files.items())))


def _extends(name: str, blocks: str = "") -> str:
    return f'{{% extends "paket/{name}" %}}\n{blocks}'


def _with(job, templat: TemplatWilayah | None):
    return replace(job, region=replace(job.region, templat=templat))


def _html(job, templat: TemplatWilayah | None) -> str:
    return RENDERERS["html"].render(_with(job, templat)).decode("utf-8")


def _pdf_text(job, templat: TemplatWilayah | None, folder: Path) -> str:
    path = folder / "dokumen.pdf"
    path.write_bytes(RENDERERS["pdf"].render(_with(job, templat)))
    printed = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(printed.split())


def _jobs(root: Path, kind: type) -> list:
    project, _ = load_or_fail(root)
    return [job for job in plan(project) if isinstance(job, kind)]


@pytest.fixture(scope="module")
def sop_job():
    return _jobs(LUMAJANG, SopJob)[0]


@pytest.fixture(scope="module")
def pledge_job():
    return next(job for job in _jobs(RIMBA, PledgeJob) if job.document.picture is not None)


@pytest.mark.parametrize("kind, root", [(SopJob, LUMAJANG), (SopJob, FIXTURE), (PledgeJob, RIMBA)])
def test_templates_that_only_extend_print_the_packages_pages_byte_for_byte(kind, root):
    """Every page of the package renders the same inside the region's sandbox, through each overridable file."""
    names = PAGES["sop" if kind is SopJob else "maklumat"]
    templat = _templat(**{name: _extends(name) for name in names})
    jobs = _jobs(root, kind)
    assert jobs
    for job in jobs:
        assert _html(job, templat) == _html(job, None), job.stem


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_an_sop_footer_block_shows_in_the_html_and_the_pdf(sop_job, tmp_path):
    footer = '<p class="kaki-wilayah">Dicetak oleh Bagian Organisasi Kabupaten Lumajang</p>'
    templat = _templat(**{"sop/sop.html.j2": _extends("sop/sop.html.j2", f"{{% block kaki %}}{footer}{{% endblock %}}")})
    page, package = _html(sop_job, templat), _html(sop_job, None)
    assert page.count(footer) == 1 and page.replace(footer, "") == package
    assert page.index(footer) > page.index('<tr id="kegiatan-11">')  # after the chart
    assert "Dicetak oleh Bagian Organisasi Kabupaten Lumajang" in _pdf_text(sop_job, templat, tmp_path)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_the_sop_signature_and_rows_are_blocks_of_their_own_files(sop_job, tmp_path):
    """The approval in the identity table (sop/identitas.html.j2) and each row of the chart (sop/alur.html.j2),
    overridden in files of the region's own that extend the package's; the package's macros, the row, its drawn
    cells and super() are there."""
    identitas = _extends("sop/identitas.html.j2", '{% block pengesah %}<td class="pengesah"><p>{{ entry.label }} '
                                                  'Kepala Bagian, ditandatangani secara elektronik</p></td>'
                                                  '{% endblock %}{% block bagian %}<div class="bagian">{{ isi(none) }}</div>'
                                                  '{% endblock %}')
    alur = _extends("sop/alur.html.j2", "{% block kegiatan %}{{ super() }}<!-- {{ row.number }}/{{ cells | length }} -->"
                                        "{% endblock %}")
    templat = _templat(**{"sop/identitas.html.j2": identitas, "sop/alur.html.j2": alur})
    page = _html(sop_job, templat)
    assert ('<th scope="row">Disahkan oleh</th><td class="pengesah"><p>Disahkan oleh Kepala Bagian, ditandatangani '
            'secara elektronik</p></td>') in " ".join(page.split()).replace("> <", "><")
    assert '<div class="bagian"><p class="kosong">(belum diisi)</p></div>' in page
    assert 'class="identitas-bagian"' not in page
    assert [f"<!-- {n}/3 -->" in page for n in range(1, 12)] == [True] * 11  # three performers
    assert page.count('<tr id="kegiatan-') == 11
    assert "ditandatangani secara elektronik" in _pdf_text(sop_job, templat, tmp_path)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_maklumat_blocks_show_in_the_html_and_the_pdf(pledge_job, tmp_path):
    blocks = ('{% block gambar %}{% endblock %}'
              '{% block tanda_tangan %}{{ super() }}<p class="cap">Cap dinas dan tanda tangan basah</p>{% endblock %}'
              '{% block kaki %}<p class="kaki">Dipasang di ruang tunggu {{ doc.unit }}</p>{% endblock %}')
    templat = _templat(**{"maklumat/maklumat.html.j2": _extends("maklumat/maklumat.html.j2", blocks)})
    page = _html(pledge_job, templat)
    assert "<figure" not in page and '<figure class="gambar-maklumat">' in _html(pledge_job, None)
    signature = page.index('class="ttd ttd-maklumat"')
    assert signature < page.index('<p class="cap">') < page.index('<p class="kaki">')
    text = _pdf_text(pledge_job, templat, tmp_path)
    assert "Cap dinas dan tanda tangan basah" in text and f"Dipasang di ruang tunggu {pledge_job.document.unit}" in text
    assert "PEMERINTAH KABUPATEN RIMBA RAYA" in text  # the package's kop, around the region's blocks


def test_a_rendering_error_in_an_sop_template_is_placed_at_its_line(sop_job):
    templat = _templat(**{"sop/alur.html.j2": _extends("sop/alur.html.j2", "{% block judul_alur %}\n<h2>\n"
                                                                           "{{ doc.tidak_ada }}</h2>{% endblock %}")})
    with pytest.raises(TemplatFailure) as failure:
        _html(sop_job, templat)
    [diagnostic] = failure.value.diagnostics
    assert (diagnostic.path, diagnostic.line, diagnostic.code) == ("sumber/templat/sop/alur.html.j2", 4, "SK132")
    assert "tidak_ada" in diagnostic.message


def test_the_sandbox_holds_in_a_maklumat_template(pledge_job):
    templat = _templat(**{"maklumat/maklumat.html.j2": _extends("maklumat/maklumat.html.j2",
                                                                "{% block kaki %}\n{{ doc.__class__ }}{% endblock %}")})
    with pytest.raises(TemplatFailure) as failure:
        _html(pledge_job, templat)
    [diagnostic] = failure.value.diagnostics
    assert (diagnostic.path, diagnostic.line) == ("sumber/templat/maklumat/maklumat.html.j2", 3)


def test_sk_build_prints_the_located_error_and_writes_nothing(tmp_path):
    region = write_region(tmp_path / "src", **{
        "profil.yaml": PROFIL + "templat: templat\n", "sop/surat-keluar.yaml": SOP,
        "templat/sop/sop.html.j2": _extends("sop/sop.html.j2", "{% block kaki %}\n{{ doc.tidak_ada }}{% endblock %}")})
    result = CliRunner().invoke(main, ["build", str(region), "--out", str(tmp_path / "out"), "--format", "html",
                                       "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 1
    assert "templat/sop/sop.html.j2:3:1: error SK132 templat wilayah gagal dirender" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_each_kind_of_document_is_keyed_by_the_templates_it_prints_with():
    templat = _templat(**{
        "dokumen/keputusan.html.j2": _extends("dokumen/keputusan.html.j2"),
        "dokumen/dokumen.css.j2": _extends("dokumen/dokumen.css.j2"),
        "sop/sop.html.j2": _extends("sop/sop.html.j2", '{% block kaki %}{% include "sop/_kaki.html.j2" %}{% endblock %}'),
        "sop/_kaki.html.j2": "<p>kaki</p>", "sop/_tidak_dipakai.html.j2": "<p>-</p>",
        "maklumat/maklumat.css.j2": _extends("maklumat/maklumat.css.j2")})

    def names(kind: str) -> list[str]:
        found = used(templat, kind)
        return [item.name for item in found.files] if found else []
    decree = ["dokumen/dokumen.css.j2", "dokumen/keputusan.html.j2"]
    assert names("decree") == names("standard") == decree
    assert names("sop") == ["dokumen/dokumen.css.j2", "sop/_kaki.html.j2", "sop/sop.html.j2"]  # its sheet includes
    assert names("maklumat") == ["dokumen/dokumen.css.j2", "maklumat/maklumat.css.j2"]
    assert used(_templat(**{"sop/sop.html.j2": _extends("sop/sop.html.j2")}), "decree") is None


def _footer(name: str, text: str) -> str:
    return _extends(name, f'{{% block kaki %}}<p class="kaki">{text}</p>{{% endblock %}}')


@pytest.fixture
def place(tmp_path):
    region = write_region(tmp_path / "src", **{
        "profil.yaml": PROFIL + "templat: templat\n", "sop/surat-keluar.yaml": SOP, "maklumat/umum.yaml": MAKLUMAT,
        "templat/sop/sop.html.j2": _footer("sop/sop.html.j2", "SOP pertama"),
        "templat/maklumat/maklumat.html.j2": _footer("maklumat/maklumat.html.j2", "Maklumat pertama")})
    place = {"src": region, "out": tmp_path / "out", "cache": tmp_path / ".sk-cache"}
    rebuilt(place, FORMATS)
    assert rebuilt(place, FORMATS) == set()
    return place


FORMATS = ("html", "pdf", "docx")
DOKUMEN = "dokumen/kota-contoh/"
SOP_OUT = {DOKUMEN + "sop/surat-keluar" + suffix for suffix in (".html", ".pdf")}
MAKLUMAT_OUT = {DOKUMEN + "maklumat/umum" + suffix for suffix in (".html", ".pdf")}
DECREE_OUT = {DOKUMEN + stem + suffix for stem in ("kep-12-2024", "standar/contoh") for suffix in (".html", ".pdf")}


def test_an_edited_sop_template_prints_the_sops_again_and_nothing_else(place):
    (place["src"] / "templat/sop/sop.html.j2").write_text(_footer("sop/sop.html.j2", "SOP kedua"), encoding="utf-8")
    assert rebuilt(place, FORMATS) == SOP_OUT
    assert '<p class="kaki">SOP kedua</p>' in (place["out"] / DOKUMEN / "sop/surat-keluar.html").read_text()


def test_an_edited_maklumat_template_prints_the_maklumat_again_and_nothing_else(place):
    path = place["src"] / "templat/maklumat/maklumat.html.j2"
    path.write_text(_footer("maklumat/maklumat.html.j2", "Maklumat kedua"), encoding="utf-8")
    assert rebuilt(place, FORMATS) == MAKLUMAT_OUT


def test_the_decree_stylesheet_every_page_includes_prints_all_of_them_again(place):
    sheet = place["src"] / "templat/dokumen/dokumen.css.j2"
    sheet.parent.mkdir()
    sheet.write_text('{% include "paket/dokumen/dokumen.css.j2" %}\n.kaki { font-size: 8pt; }\n', encoding="utf-8")
    assert rebuilt(place, FORMATS) == SOP_OUT | MAKLUMAT_OUT | DECREE_OUT
    assert ".kaki { font-size: 8pt; }" in (place["out"] / DOKUMEN / "maklumat/umum.html").read_text()


def test_the_manifest_lists_for_each_document_the_templates_it_is_printed_with(place):
    import json

    outputs = json.loads((place["out"] / "manifest.json").read_text())["files"]
    sources = {name: entry["sources"] for name, entry in outputs.items()}
    assert any(path.endswith("templat/sop/sop.html.j2") for path in sources[DOKUMEN + "sop/surat-keluar.pdf"])
    assert not any("templat/" in path for path in sources[DOKUMEN + "kep-12-2024.pdf"])
    assert not any("templat/sop" in path for path in sources[DOKUMEN + "maklumat/umum.pdf"])
