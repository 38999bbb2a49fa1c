"""The profile from the kop: names guessed from the document's text when the kop has no "PEMERINTAH ..." line."""

from sk_builder.impor.blocks import Paragraph, Run
from sk_builder.impor.context import Context
from sk_builder.impor.kop import read_kop
from sk_builder.impor.reader import Section, WordDocument
from sk_builder.impor.report import ImportReport
from sk_builder.impor.to_profil import profile_record
from sk_builder.impor.wordstyles import Styles


def test_region_name_guessed_from_the_text_when_the_kop_does_not_name_the_government():
    kop = read_kop([Paragraph([Run("DINAS PERHUBUNGAN")], 1, "")])
    assert kop.pemerintah is None
    ctx = Context(ImportReport(), "dinas.docx")
    ctx.vocabulary.add("Keputusan Kepala Dinas Perhubungan", trusted=True)
    ctx.vocabulary.add("Standar Pelayanan pada Dinas Perhubungan Kabupaten Lembah Hijau tahun 2024")
    doc = WordDocument("dinas.docx", [], [], Section(), {}, Styles())
    data, _ = profile_record(kop, doc, ctx, "profil.yaml")
    assert data["nama"] == "Kabupaten Lembah Hijau"
    assert data["pemerintah"] == "Pemerintah Kabupaten Lembah Hijau"
    assert any("ditebak dari teks" in note.message for note in ctx.report.notes)
