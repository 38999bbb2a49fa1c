"""A decree in a house style unlike Kota Pasuruan's imports to the records written for it by hand."""

from __future__ import annotations

from sk_builder.build import build
from sk_builder.review.canonical import project_texts, render_text
from sk_builder.sources.loader import load_or_fail
from tests.impor.conftest import HERE, import_quietly
from tests.render.docx_reading import reading_text
from tests.test_parity import coverage, grams

EXPECTED = HERE / "expected" / "kabupaten-tirta-wangi"


def test_imports_to_the_expected_records(house_docx, tmp_path, capsys):
    target = tmp_path / "kabupaten-tirta-wangi"
    assert import_quietly([house_docx], target) == 0
    printed = capsys.readouterr().err
    ours, _ = load_or_fail(target)
    theirs, _ = load_or_fail(EXPECTED)
    mine, expected = ours.regions[0].profil.model_dump(), theirs.regions[0].profil.model_dump()
    assert mine.pop("lambang") == "lambang.png" and (target / "lambang.png").read_bytes().startswith(b"\x89PNG")
    expected.pop("lambang")
    assert mine == expected
    texts = {doc.path: render_text(doc) for doc in project_texts(ours) if doc.kind != "profil"}
    wanted = {doc.path: render_text(doc) for doc in project_texts(theirs) if doc.kind != "profil"}
    assert texts == wanted
    assert 'SK522 gambar "Bagan alir fasilitasi rapat" di Uraian prosedur tidak diimpor' in printed
    assert "SK523 komponen tidak ada di tabel: evaluasi" in printed
    assert 'SK520 baris "NOMOR : 188.4/27/KPTS/435.106/2025" dibaca sebagai nomor' in printed


def test_rebuilds_to_its_own_wording(house_docx, tmp_path):
    """The share of the Word file's 4-grams the rebuilt DOCX carries; what is left is the generator's own
    wording of the kop ("Telepon" for "Telp."), "Tembusan :" and the page furniture."""
    target = tmp_path / "kabupaten-tirta-wangi"
    import_quietly([house_docx], target)
    build(target, tmp_path / "build", ("docx",))
    rebuilt = reading_text((tmp_path / "build" / "dokumen" / "kabupaten-tirta-wangi"
                            / "kpts-setwan-27-2025.docx").read_bytes())
    source = grams(reading_text(house_docx.read_bytes()))
    share = coverage(grams(rebuilt), source)
    print(f"\ntirta wangi (house style): docx {share:.4f} of {len(source)} 4-grams of the Word file")
    assert share >= 0.95
