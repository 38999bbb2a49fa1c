"""Records as YAML: Markdown in literal blocks, guessed values with their comment, loadable again."""

import datetime as dt

from ruamel.yaml import YAML

from sk_builder.impor.yamlout import dump


def test_comments_sit_beside_the_guessed_values():
    data = {"nama": "X", "unit": "Bagian Umum", "komponen": {"prosedur": "1. satu\n2. dua\n"},
            "diktum": [{"teks": "a"}, {"teks": "b\n\nc\n"}], "tanggal": dt.date(2024, 1, 15), "nomor": "167"}
    comments = {("unit",): "dari judul Bagian", ("komponen", "prosedur"): "urutan halaman",
                ("diktum", 0): "nama dibuat ulang", ("diktum", 1): "digabung"}
    text = dump("standar", data, comments, ["Diimpor dari x.docx"])
    assert text.startswith("# yaml-language-server: $schema=../../../schemas/standar.schema.json\n# Diimpor dari x.docx\n")
    assert "unit: Bagian Umum  # ditebak: dari judul Bagian\n" in text
    assert "  # ditebak: urutan halaman\n  prosedur: |\n    1. satu\n    2. dua\n" in text
    assert "  - teks: a  # ditebak: nama dibuat ulang\n" in text
    assert "  # ditebak: digabung\n  - teks: |" in text
    assert YAML(typ="safe", pure=True).load(text) == data
