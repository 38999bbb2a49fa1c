"""Documents shuffled out of every expected order still import or are refused; never a traceback."""

from __future__ import annotations

import io

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sk_builder.impor.dokumen import import_docx
from sk_builder.impor.region import assemble
from sk_builder.impor.report import ImportFailure, ImportReport

LINES = ["KEPUTUSAN BUPATI CONTOH", "NOMOR 5 TAHUN 2024", "NOMOR : 1/2/3/2024", "TENTANG", "STANDAR PELAYANAN",
         "BUPATI CONTOH,", "Menimbang :", "Menimbang\t:\ta.\tbahwa x;", "b.\tbahwa y;", "Mengingat : 1. UU;",
         "MEMUTUSKAN :", "Menetapkan :", "KESATU : teks.", "KEDUA\t:", ": lanjutan", "a. Standar Pelayanan A;",
         "Ditetapkan di Contoh", "pada tanggal 31 Februari 2024", "pada tanggal 2 Mei 2024", "BUPATI,", "NAMA",
         "NIP. 123", "Tembusan :", "1. Gubernur.", "LAMPIRAN", "BAGIAN UMUM", "STANDAR PELAYANAN PERSURATAN", "DRAF",
         "Pada saat Keputusan ini mulai berlaku, Keputusan X Nomor 1 Tahun 2020 tentang Y dicabut dan dinyatakan "
         "tidak berlaku.", "", "\t", "1.", "-", "PEMERINTAH KABUPATEN CONTOH", "Telp. 123 Fax. 456"]
LABELS = ["No.", "Komponen", "Uraian", "Persyaratan", "Prosedur", "Biaya/Tarif", "Penyampaian Layanan", "", "1.",
          "Waktu Penyelesaian", "Maklumat"]
BLOCK = st.one_of(st.sampled_from(LINES).map(lambda t: ("p", t)),
                  st.lists(st.lists(st.sampled_from(LABELS), min_size=1, max_size=4), min_size=1, max_size=5)
                  .map(lambda rows: ("t", rows)))


def _document(blocks) -> bytes:
    document = Document()
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(value)
        else:
            width = max(len(row) for row in value)
            table = document.add_table(rows=0, cols=width)
            for row in value:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.paragraphs[0].add_run(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BLOCK, min_size=1, max_size=25))
def test_any_arrangement_imports_or_is_refused(tmp_path, blocks):
    path = tmp_path / "acak.docx"
    path.write_bytes(_document(blocks))
    report = ImportReport()
    try:
        found = import_docx(path, "acak.docx", report, 1)
    except ImportFailure:
        return
    assemble([found], {}, report)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BLOCK, min_size=1, max_size=25))
def test_any_arrangement_writes_valid_records_or_nothing(tmp_path_factory, blocks):
    from sk_builder.impor.command import run_impor
    from sk_builder.sources.loader import load_project

    root = tmp_path_factory.mktemp("acak")
    path = root / "acak.docx"
    path.write_bytes(_document(blocks))
    target = root / "kabupaten-acak"
    try:
        run_impor([path], target, False, False)
    except ImportFailure:
        assert not target.exists()
        return
    project, report = load_project(target)
    assert project is not None, [str(d) for d in report.errors]
