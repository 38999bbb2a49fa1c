"""The kop's lines: government, unit, and contact details after their keywords."""

from sk_builder.impor.blocks import Paragraph, Run
from sk_builder.impor.kop import fonts, paper, read_kop


def _kop(*lines: str):
    return read_kop([Paragraph([Run(line)], i, "") for i, line in enumerate(lines, start=1)])


def test_sk_builder_kop_lines():
    kop = _kop("PEMERINTAH KOTA CONTOH", "SEKRETARIAT DAERAH", "Jalan Pahlawan Nomor 1, Contoh 12345,",
               "Telepon (0343) 426919, 426604, Faksimile 425697,", "Laman www.contoh.go.id, Pos-el a@contoh.go.id")
    assert kop.pemerintah[0] == "PEMERINTAH KOTA CONTOH" and [u for u, _ in kop.unit] == ["SEKRETARIAT DAERAH"]
    assert {k: v for k, (v, _) in kop.contact.items()} == {
        "alamat": "Jalan Pahlawan Nomor 1, Contoh 12345", "telepon": "(0343) 426919, 426604",
        "faksimile": "425697", "laman": "www.contoh.go.id", "pos_el": "a@contoh.go.id"}


def test_abbreviated_keywords_on_one_line():
    kop = _kop("PEMERINTAH KABUPATEN X", "DINAS KOMUNIKASI", "DAN INFORMATIKA",
               "Jl. Raya No. 5 Telp. (0321) 12345 Fax. (0321) 12346 Website: x.go.id E-mail: kominfo@x.go.id")
    assert [u for u, _ in kop.unit] == ["DINAS KOMUNIKASI", "DAN INFORMATIKA"]
    assert {k: v for k, (v, _) in kop.contact.items()} == {
        "alamat": "Jl. Raya No. 5", "telepon": "(0321) 12345", "faksimile": "(0321) 12346", "laman": "x.go.id",
        "pos_el": "kominfo@x.go.id"}


def test_fonts_and_paper():
    assert fonts("Bookman Old Style", "TeX Gyre Bonum") == ["TeX Gyre Bonum"]  # the DOCX names Bookman by itself
    assert fonts("Times New Roman", "TeX Gyre Bonum") == ["Liberation Serif"]
    assert fonts("Helvetica", "Liberation Sans") == ["Helvetica", "Liberation Sans"]  # Arial would be named instead
    assert fonts("Tahoma", "Liberation Sans") == ["Tahoma", "DejaVu Sans"]  # no metric twin: both kept
    assert fonts("TeX Gyre Bonum", "TeX Gyre Bonum") == ["TeX Gyre Bonum"]
    assert fonts(None, "Liberation Sans") == ["Liberation Sans"]
    assert paper(215.9, 330.2) == ("F4", True) and paper(210, 297) == ("A4", True)
    assert paper(215.9, 279.4) == ("A4", False)
