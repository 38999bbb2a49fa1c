"""`sk doctor`: every program the build uses with the package per system, the profile fonts, and no false "Semua baik."."""

from __future__ import annotations

from click.testing import CliRunner

from sk_builder import lingkungan
from sk_builder.cli import main
from tests.fixtures.minimal import PROFIL, write_region


def _doctor(*args):
    return CliRunner().invoke(main, ["doctor", *args])


def test_every_program_is_named_with_what_it_is_for(tmp_path):
    write_region(tmp_path)
    result = _doctor(str(tmp_path))
    assert result.exit_code == 0, result.output
    for name in ("Pango", "fontconfig", "Pagefind", "Graphviz dot", "kamus hunspell-id", "git", "LibreOffice"):
        assert f"  {name} (" in result.output
    assert result.output.rstrip().endswith("Semua baik.")


def test_outside_a_project_it_says_so(tmp_path):
    result = _doctor(str(tmp_path / "tidak-ada"))
    assert "Semua baik." not in result.output
    assert f'Bukan folder proyek: tidak ada folder sumber "{tmp_path / "tidak-ada"}"' in result.output
    assert "sk init FOLDER" in result.output
    (tmp_path / "kosong").mkdir()
    assert "tidak memuat wilayah (tidak ada profil.yaml)" in _doctor(str(tmp_path / "kosong")).output


def test_a_project_with_errors_says_so(tmp_path):
    write_region(tmp_path, **{"profil.yaml": PROFIL + "telpon: 1\n"})
    result = _doctor(str(tmp_path))
    assert "memuat 1 kesalahan (lihat `sk validate" in result.output and "Semua baik." not in result.output


def test_a_missing_program_names_the_package_for_each_system(tmp_path, monkeypatch):
    monkeypatch.setattr(lingkungan.shutil, "which", lambda name: None)
    monkeypatch.setattr(lingkungan, "pango", lambda: None)
    write_region(tmp_path)
    result = _doctor(str(tmp_path))
    assert result.exit_code == 1
    assert ("  Pango (PDF lewat WeasyPrint): TIDAK ADA — pasang: Debian/Ubuntu: `apt install libpango-1.0-0 "
            "libpangoft2-1.0-0` · macOS: `brew install pango` · Windows: MSYS2") in result.output
    assert "  Graphviz dot (bagan alir dan SOP): tidak ada (opsional) — pasang: Debian/Ubuntu: `apt install graphviz`" \
        in result.output
    assert "fc-list tidak dipakai: folder huruf dipindai dengan fontTools" in result.output
    assert result.output.rstrip().endswith("1 masalah ditemukan.")


def test_graphviz_is_required_when_the_project_draws_charts(tmp_path, monkeypatch):
    from tests.fixtures.minimal import standar

    monkeypatch.setattr(lingkungan, "dot", lambda: None)
    chart = standar() + "  bagan_prosedur:\n    - langkah: [Mulai, Selesai]\n"
    write_region(tmp_path, **{"standar/contoh.yaml": chart})
    result = _doctor(str(tmp_path))
    assert result.exit_code == 1 and "Graphviz dot (bagan alir dan SOP): TIDAK ADA" in result.output


def test_a_missing_font_names_its_package(tmp_path):
    write_region(tmp_path, **{"profil.yaml": PROFIL + "huruf:\n  isi: [Bookman Old Style, Tex Gyre Bonum Tidak Ada]\n"})
    result = _doctor(str(tmp_path))
    assert result.exit_code == 1
    assert ("kota-contoh huruf.isi: TIDAK ADA — pasang salah satu dari: Bookman Old Style, Tex Gyre Bonum Tidak Ada; "
            "Bookman Old Style: Debian/Ubuntu: tidak ada paketnya: pakai TeX Gyre Bonum") in result.output


def test_it_says_which_font_the_pdf_embeds_and_which_the_docx_names(tmp_path):
    write_region(tmp_path, **{"profil.yaml": PROFIL + "huruf:\n  isi: [TeX Gyre Bonum]\n  word: {kop: Verdana}\n"})
    result = _doctor(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert ("kota-contoh huruf.isi: PDF menanam TeX Gyre Bonum (terpasang; diminta: TeX Gyre Bonum); DOCX menamai "
            "Bookman Old Style (huruf kantor yang setara metrik dengan TeX Gyre Bonum; Word memakainya bila terpasang "
            "di komputer kantor)") in result.output
    assert "huruf.kop: PDF menanam Liberation Sans" in result.output
    assert "DOCX menamai Verdana (huruf.word.kop profil;" in result.output
