"""The `sk` command line: version, doctor, validate on the real sources, friendly failures."""

from __future__ import annotations

from click.testing import CliRunner

from sk_builder import __version__
from sk_builder.cli import main
from tests.conftest import SOURCES
from tests.fixtures.minimal import PROFIL, write_region


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"sk-builder {__version__}"


def test_bundled_sources_validate_with_only_draft_warnings():
    result = invoke("validate", str(SOURCES))
    assert result.exit_code == 0, result.output
    assert "valid: 4 wilayah, 1 keputusan" in result.output
    warnings = [line for line in result.output.splitlines() if " warning " in line]
    assert warnings and all(" SK201 " in line or " SK410 " in line for line in warnings)  # drafts only


def test_missing_sources_folder_is_a_located_error(tmp_path):
    result = invoke("validate", str(tmp_path / "tidak-ada"))
    assert result.exit_code == 1
    assert "error SK110 folder sumber tidak ditemukan" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unknown_format_is_refused(tmp_path):
    result = invoke("build", str(write_region(tmp_path)), "--format", "pdf,epub")
    assert result.exit_code == 2
    assert "format tidak dikenal: epub" in result.output


def test_doctor_reports_fonts_of_every_region():
    result = invoke("doctor", str(SOURCES))
    assert result.exit_code == 0, result.output
    assert "kota-pasuruan huruf.isi: PDF menanam TeX Gyre Bonum" in result.output
    assert "kota-pasuruan huruf.kop: PDF menanam Liberation Sans" in result.output
    assert "DOCX menamai Bookman Old Style" in result.output  # the office font Word has, not the free twin
    assert "weasyprint:" in result.output


def test_doctor_fails_on_missing_font(tmp_path):
    region = write_region(tmp_path, **{"profil.yaml": PROFIL + "huruf:\n  kop: [Arial Tidak Terpasang]\n"})
    result = invoke("doctor", str(region.parent))
    assert result.exit_code == 1
    assert "kota-contoh huruf.kop: TIDAK ADA" in result.output


def test_revoking_diktum_and_opening_formula(tmp_path):
    from tests.fixtures.minimal import KEPUTUSAN

    decree = KEPUTUSAN.replace("diktum:\n", "dengan_rahmat: true\ndiktum:\n").replace(
        "  - teks: Keputusan ini mulai berlaku",
        "  - mencabut:\n      - jabatan: Sekretaris Daerah Kota Contoh\n        nomor: 7\n"
        "        tahun: 2020\n        tentang: Standar Pelayanan\n  - teks: Keputusan ini mulai berlaku")
    region = write_region(tmp_path, **{"keputusan/kep-12-2024.yaml": decree})
    result = invoke("build", str(region), "--out", str(tmp_path / "out"), "--format", "html")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out/dokumen/kota-contoh/kep-12-2024.html").read_text()
    assert "DENGAN RAHMAT TUHAN YANG MAHA ESA" in html
    assert ("Pada saat Keputusan ini mulai berlaku, Keputusan Sekretaris Daerah Kota Contoh Nomor 7 "
            "Tahun 2020 tentang Standar Pelayanan dicabut dan dinyatakan tidak berlaku.") in html
    assert ">KEEMPAT<" in html and ">KELIMA<" not in html
