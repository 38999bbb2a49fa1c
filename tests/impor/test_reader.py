"""Reading a Word document as printed: tracked changes, fields, hidden text, text boxes, tables, numbering."""

from __future__ import annotations

from sk_builder.impor.blocks import Paragraph, Table
from tests.impor.wordxml import definition, num, p, read


def _texts(document) -> list[str]:
    return [b.text for b in document.body if isinstance(b, Paragraph)]


def test_tracked_changes_read_as_accepted_comments_left_out():
    runs = ('<w:r><w:t xml:space="preserve">bahwa </w:t></w:r>'
            '<w:del w:id="1" w:author="A"><w:r><w:delText>lama </w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">baru </w:t></w:r></w:ins>'
            '<w:commentRangeStart w:id="3"/><w:r><w:t>teks</w:t></w:r><w:commentRangeEnd w:id="3"/>'
            '<w:r><w:commentReference w:id="3"/></w:r>'
            '<w:moveFrom w:id="4" w:author="A"><w:r><w:t>pindah</w:t></w:r></w:moveFrom>')
    deleted = p(props='<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>',
                runs='<w:del w:id="6" w:author="A"><w:r><w:delText>paragraf dihapus</w:delText></w:r></w:del>')
    document = read(p(runs=runs) + deleted + p("sesudah"))
    assert _texts(document) == ["bahwa baru teks", "sesudah"]
    assert (document.inserted, document.deleted, document.comments) == (1, 3, 1)


def test_fields_show_their_result_and_hidden_text_is_skipped():
    runs = ('<w:r><w:t xml:space="preserve">Halaman </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve"> dari 9</w:t></w:r></w:fldSimple>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>tersembunyi</w:t></w:r>'
            '<w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve"> kapital</w:t></w:r>'
            '<w:r><w:br/><w:t>baris</w:t><w:tab/><w:t>tab</w:t></w:r>')
    assert _texts(read(p(runs=runs))) == ["Halaman 3 dari 9 KAPITAL\nbaris\ttab"]


def test_text_box_is_read_once_after_its_anchor():
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="k"/>'
           '<a:graphic><a:graphicData uri="x"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>di kotak</w:t></w:r>'
           '</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
           '</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>di kotak</w:t>'
           '</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    assert _texts(read(p(runs='<w:r><w:t>jangkar</w:t></w:r>' + box) + p("akhir"))) == ["jangkar", "di kotak", "akhir"]


def test_table_spans_merges_and_header_rows():
    row = ('<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>No.</w:t></w:r></w:p></w:tc>'
           '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Uraian</w:t></w:r></w:p></w:tc></w:tr>'
           '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>'
           '<w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>')
    table = read(f"<w:tbl><w:tblPr><w:tblStyle w:val='TableGrid'/></w:tblPr>{row}</w:tbl>").body[0]
    assert isinstance(table, Table) and table.rows[0].header and table.rows[0].cells[1].span == 2
    assert table.rows[1].cells[0].merged_above and table.rows[1].cells[2].place == "tabel 1, baris 2, sel 3"


def test_word_numbering_printed_markers():
    numbering = (definition(1, [("decimal", "%1.", 1), ("lowerLetter", "%2)", 1), ("decimal", "%1.%2.%3", 1)],
                            {10: {}, 11: {0: 5}})
                 + definition(2, [("upperRoman", "%1.", 1)], {20: {}})
                 + definition(3, [("bullet", "\uf0b7", 1)], {30: {}}))
    body = "".join(p(text, num(n, lvl)) for text, n, lvl in
                   [("satu", 10, 0), ("sub", 10, 1), ("sub2", 10, 1), ("dalam", 10, 2), ("dua", 10, 0),
                    ("sub lagi", 10, 1), ("lanjut", 11, 0), ("romawi", 20, 0), ("romawi", 20, 0), ("titik", 30, 0)])
    markers = [b.marker for b in read(body, numbering).body]
    assert markers == ["1.", "a)", "b)", "1.b.1", "2.", "a)", "5.", "I.", "II.", "•"]


def test_numbering_through_a_style():
    styles = ('<w:style w:type="paragraph" w:styleId="Daftar"><w:name w:val="Daftar Huruf"/><w:pPr>'
              f'{num(40)}</w:pPr></w:style>')
    numbering = definition(4, [("lowerLetter", "%1.", 1)], {40: {}})
    document = read(p("x", '<w:pStyle w:val="Daftar"/>') + p("y", '<w:pStyle w:val="Daftar"/>'), numbering, styles)
    assert [(b.marker, b.style, b.left) for b in document.body] == [("a.", "Daftar Huruf", 720), ("b.", "Daftar Huruf", 720)]
