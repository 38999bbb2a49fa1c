"""sop/validate.py through the loader: every SOP problem reported with its code and location."""

from __future__ import annotations

from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import write_region

SOP = """\
nama: Pelayanan Surat Keluar
unit: Bagian Umum
nomor: 800/1/SOP/2025
tanggal: {pembuatan: 2025-01-02, efektif: 2025-02-01}
disahkan: {jabatan: Kepala Bagian Umum, nama: Siti Aminah}
pelaksana: [Staf, Kasubag]
kegiatan:
  - {uraian: Staf menyusun konsep surat, pelaksana: Staf, jenis: mulai}
  - {id: cek, uraian: Kasubag memeriksa konsep, pelaksana: Kasubag, jenis: keputusan, ya: 3, tidak: 1}
  - {uraian: Staf mengirim surat, pelaksana: Staf, jenis: selesai}
"""


def _diagnostics(tmp_path, text: str) -> list[str]:
    region = write_region(tmp_path, **{"sop/surat-keluar.yaml": text})
    _, report = load_project(region.parent)
    return [f"{d.line}:{d.col} {d.severity} {d.code}" for d in report.sorted() if d.path.endswith("surat-keluar.yaml")]


def _at(text: str, needle: str, skip: int = 0) -> str:
    """Line:column of ``needle`` in the text, ``skip`` characters into it."""
    start = text.index(needle) + skip
    return f"{text.count(chr(10), 0, start) + 1}:{start - text.rfind(chr(10), 0, start)}"


def test_a_sound_signed_sop_has_no_problem(tmp_path):
    assert _diagnostics(tmp_path, SOP) == []


def test_an_activity_naming_an_unknown_performer(tmp_path):
    text = SOP.replace("pelaksana: Staf, jenis: selesai", "pelaksana: Kabag, jenis: selesai")
    assert _diagnostics(tmp_path, text) == [_at(text, "Kabag, jenis") + " error SK405"]


def test_a_performer_listed_twice(tmp_path):
    text = SOP.replace("[Staf, Kasubag]", "[Staf, Kasubag, staf]")
    assert _diagnostics(tmp_path, text) == [_at(text, "staf]") + " error SK406"]


def test_a_branch_to_an_unknown_activity_is_located_at_ya_or_tidak(tmp_path):
    text = SOP.replace("tidak: 1}", "tidak: 7}")
    assert _diagnostics(tmp_path, text) == [_at(text, "7}") + " error SK402"]


def test_a_decision_without_its_tidak_branch(tmp_path):
    text = SOP.replace(", tidak: 1}", "}")
    assert _diagnostics(tmp_path, text) == [_at(text, "{id: cek") + " error SK404"]  # at the decision


def test_ya_or_tidak_on_an_activity_that_does_not_decide(tmp_path):
    text = SOP.replace("jenis: selesai}", "jenis: selesai, ya: 1}")
    assert _diagnostics(tmp_path, text) == [_at(text, "ya: 1}", 4) + " error SK408"]


def test_an_activity_no_arrow_reaches(tmp_path):
    text = SOP.replace("ya: 3, tidak: 1}", "ya: 4, tidak: 1}") + \
        "  - {uraian: Staf mengarsipkan surat, pelaksana: Staf, jenis: selesai}\n"
    assert _diagnostics(tmp_path, text) == [_at(text, "{uraian: Staf mengirim") + " error SK403"]


def test_an_activity_id_used_twice(tmp_path):
    text = SOP.replace("{uraian: Staf mengirim", "{id: cek, uraian: Staf mengirim")
    assert _diagnostics(tmp_path, text) == [_at(text, "ya: 3", 4) + " error SK402",  # activity 3 is now "cek"
                                            _at(text, "cek, uraian: Staf mengirim") + " error SK401"]


def test_an_unknown_standard(tmp_path):
    text = SOP + "standar: tidak-ada\n"
    assert _diagnostics(tmp_path, text) == [_at(text, "tidak-ada") + " error SK409"]


def test_identity_is_required_when_final_and_a_warning_while_draft(tmp_path):
    text = SOP.replace("nomor: 800/1/SOP/2025\n", "")
    assert _diagnostics(tmp_path, text) == ["1:1 error SK410"]
    draft = text.replace("unit: Bagian Umum\n", "unit: Bagian Umum\nstatus: draft\n")
    assert _diagnostics(tmp_path, draft) == [_at(draft, "draft") + " warning SK410"]
