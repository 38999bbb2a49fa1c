"""Citations parsed as data, whatever the dashes, spacing and case."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sk_builder.check.rujukan import citations, entry, old_titles


def test_parts_and_amendments():
    text = ("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
            "diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja;")
    cited = entry(text)
    assert (cited.jenis, cited.nomor, cited.tahun, cited.tentang) == ("UU", "23", 2014, "Pemerintahan Daerah")
    assert [(c.nomor, c.tahun, c.tentang) for c in cited.perubahan] == [("6", 2023, "Cipta Kerja")]
    assert len(citations(text)) == 1


def test_issuer_number_with_letters_and_lembaran_negara():
    cited = entry("Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor "
                  "(Berita Negara Republik Indonesia Tahun 2021 Nomor 200);")
    assert cited.identity == ("PERMEN", "perhubungan", "PM19", 2021)
    assert cited.tentang == "Pengujian Berkala Kendaraan Bermotor"


def test_uud_and_abbreviations():
    assert entry("Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;").jenis == "UUD"
    short = entry("Permendagri No.52 Tahun 2011 tentang SOP")
    assert short.abbreviated and short.identity == ("PERMEN", "dalam negeri", "52", 2011)
    assert entry("Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang SOP").identity == short.identity


def test_old_titles_are_spans_of_titles_before_1973():
    text = "Undang-Undang Nomor 13 Tahun 1950 tentang Pembentukan Daerah dalam Lingkungan Propinsi Djawa Tengah;"
    (start, end), = old_titles(text)
    assert text[start:end] == "Pembentukan Daerah dalam Lingkungan Propinsi Djawa Tengah"
    assert old_titles("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;") == []


DASH = st.sampled_from(["-", " - ", " -", "- ", " "])
CASE = st.sampled_from([str, str.lower, str.upper, str.title])


@given(DASH, CASE, st.sampled_from(["Nomor", "No.", "No", "nomor"]), st.sampled_from(["Tahun", "tahun"]),
       st.sampled_from(["tentang", "Tentang"]), st.integers(1, 300), st.integers(1945, 2099))
def test_written_forms_name_the_same_instrument(dash, case, nomor, tahun, tentang, number, year):
    text = f"{case('Undang')}{dash}{case('Undang')} {nomor} {number} {tahun} {year} {tentang} Pelayanan Publik;"
    cited = entry(text)
    assert cited is not None, text
    assert cited.identity == ("UU", "", str(number), year)
    assert cited.tentang == "Pelayanan Publik"
