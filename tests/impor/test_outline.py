"""Paragraphs to an outline: typed and Word markers, depth from indents, flush-left nesting, continuations."""

from __future__ import annotations

from sk_builder.impor.blocks import Paragraph, Run
from sk_builder.impor.markdown import markdown
from sk_builder.impor.outline import house_marker, outline


def para(text: str, left: int = 0, hanging: int = 0, marker: str | None = None, level: int = 0) -> Paragraph:
    return Paragraph([Run(text)], 1, "", marker=marker, left=left, hanging=hanging, level=level)


def test_typed_markers_nest_by_indent():
    paragraphs = [para("Syarat:"), para("1.\tSurat permohonan;", 360, 360), para("a.\tasli;", 720, 360),
                  para("b.\tsalinan; dan", 720, 360), para("2.\tKTP.", 360, 360), para("Catatan akhir.")]
    assert markdown(outline(paragraphs)) == ("Syarat:\n\n1. Surat permohonan;\n   a. asli;\n   b. salinan; dan\n"
                                             "2. KTP.\n\nCatatan akhir.\n")


def test_flush_left_levels_open_after_a_colon_and_close_on_a_known_kind():
    paragraphs = [para("1. Pemohon datang:"), para("a. membawa surat;"), para("b. mengisi buku tamu;"),
                  para("2. Petugas memeriksa."), para("3. Selesai.")]
    assert markdown(outline(paragraphs)) == ("1. Pemohon datang:\n   a. membawa surat;\n   b. mengisi buku tamu;\n"
                                             "2. Petugas memeriksa.\n3. Selesai.\n")


def test_word_markers_leading_tabs_and_continuation_paragraphs():
    paragraphs = [para("Laman", 397, 397, "1."), para("lanjutan butir satu", 397),
                  para("anak", 794, 397, "a)", 1), para("\t-  bertab", 0, 0), para("Dua", 397, 397, "2.")]
    assert markdown(outline(paragraphs)) == ("1. Laman\n\n   lanjutan butir satu\n\n   a) anak\n      - bertab\n"
                                             "2. Dua\n")


def test_markers_the_house_markdown_cannot_keep_stay_text():
    assert [house_marker(m) for m in ("A.", "I.", "iv.", "(1)", "•", "", "c)", "2.1")] == \
        [None, None, None, None, "•", "-", "c)", "2.1"]
    assert markdown(outline([para("Pelayanan", 0, 0, "A."), para("isi", 360, 360, "1.")])) == \
        "A. Pelayanan\n\n1. isi\n"


def test_empty_numbered_item_is_kept_and_empty_paragraphs_are_spacing():
    paragraphs = [para("satu;", 397, 397, "1."), para("", 0, 0), para("", 397, 397, "2.")]
    assert markdown(outline(paragraphs)) == "1. satu;\n2.\n"


def test_bullets_are_kept_as_written():
    typed = [para("▪\thasil uji pangan;", 360, 360), para("▪\thasil uji air; dan", 360, 360),
             para("–\tsertifikat kursus.", 360, 360)]
    assert markdown(outline(typed)) == "▪ hasil uji pangan;\n▪ hasil uji air; dan\n\n– sertifikat kursus.\n"
    numbered = [para("Persyaratan:", 397, 397, "1."), para("KTP;", 794, 397, "•", 1), para("KK.", 794, 397, "•", 1)]
    assert markdown(outline(numbered)) == "1. Persyaratan:\n   • KTP;\n   • KK.\n"


def test_a_bullet_list_in_sk_builders_own_docx_imports_back_as_written():
    from sk_builder import uraian
    from sk_builder.impor.reader import read_document
    from sk_builder.impor.safety import open_docx
    from sk_builder.render.docx import oxml
    from sk_builder.render.docx.blocks import Flow, UraianWriter
    from sk_builder.render.docx.package import finish, new_document

    text = ("1. Persyaratan administrasi:\na. surat permohonan;\nb. KTP-el;\n2. Persyaratan teknis:\n▪ uji pangan;\n"
            "▪ sertifikat kursus.\n\n  Tidak diperlukan bila kursus diikuti dalam 3 (tiga) tahun terakhir.\n"
            "3. Sarana:\n   • komputer;\n     – printer; dan\n   • kendaraan.")
    document = new_document()
    UraianWriter(oxml.Numbering(document)).text(Flow(document, "Normal"), text)
    imported = markdown(outline(read_document(open_docx(finish(document), "daftar.docx")).body))
    assert "   ▪ uji pangan;\n" in imported and "     – printer; dan\n" in imported
    assert uraian.to_html(imported) == uraian.to_html(text)
