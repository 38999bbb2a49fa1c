"""The three seed web pages (000, 003, 004) import as draft records matching the bundled ones.

The pages in ``laman/`` have the shape of the seeds' text: a repeated unit card, "No. SK",
headings per component (none on 003, whose tabs are icons), an SOP table on 004. Imported into
their region, every component equals the bundled record except where the person who wrote the
bundled record made a judgement the page does not show, listed in ``JUDGEMENTS`` with the reason
the record's own comments give.
"""

from __future__ import annotations

import pytest

from sk_builder.model import KOMPONEN_KEYS, Pengaduan
from sk_builder.review.uraian_text import uraian_lines
from sk_builder.sources.loader import load_or_fail
from tests.conftest import SOURCES
from tests.impor.conftest import HERE, import_quietly, region_copy

PAGES = {"kabupaten-pasuruan": "000_kabupaten-pasuruan.html",
         "kabupaten-bengkulu-selatan": "003_kabupaten-bengkulu-selatan.html",
         "kabupaten-lumajang": "004_kabupaten-lumajang.html"}
JUDGEMENTS = {
    # the page names the Sekretariat Daerah as the unit; the record names the Bagian that answers complaints
    "kabupaten-pasuruan": {"unit"},
    # the page reads "surat yang dPROKOPIMBS@GMAIL.COM"; the record drops the "d" and breaks the line
    "kabupaten-bengkulu-selatan": {"pengaduan"},
    # the record moves the list printed under "Waktu Penyelesaian" into the procedure
    "kabupaten-lumajang": {"prosedur", "jangka_waktu"},
}


def _record(root, region):
    project, _ = load_or_fail(root)
    return project.region(region)


@pytest.mark.parametrize("region", sorted(PAGES))
def test_page_matches_the_bundled_record(region, tmp_path, capsys):
    target = region_copy(tmp_path, region)
    assert import_quietly([HERE / "laman" / PAGES[region]], target, timpa=True) == 0
    ours, bundled = _record(target, region), _record(SOURCES / region, region)
    # the contacts under kontak_unit / pengaduan were written by hand from the page's complaint text
    by_hand = {"kontak_unit": {}, "pengaduan": Pengaduan()}
    assert ours.profil.model_copy(update=by_hand) == bundled.profil.model_copy(update=by_hand)
    mine, theirs = ours.services[0].record, bundled.services[0].record
    differ = {key for key in KOMPONEN_KEYS
              if uraian_lines(getattr(mine.komponen, key) or "") != uraian_lines(getattr(theirs.komponen, key) or "")}
    differ |= {key for key in ("nama", "unit", "status", "nomor_sk") if getattr(mine, key) != getattr(theirs, key)}
    assert differ == JUDGEMENTS[region]
    assert mine.status == "draft"


def test_sop_table_becomes_a_draft_sop(tmp_path):
    target = region_copy(tmp_path, "kabupaten-lumajang")
    import_quietly([HERE / "laman" / PAGES["kabupaten-lumajang"]], target, timpa=True)
    ours = _record(target, "kabupaten-lumajang").sops[0].record
    bundled = _record(SOURCES / "kabupaten-lumajang", "kabupaten-lumajang").sops[0].record
    assert ours.pelaksana == bundled.pelaksana and ours.status == "draft" and ours.standar == bundled.standar
    pairs = list(zip(ours.kegiatan, bundled.kegiatan))
    assert len(pairs) == 11
    assert [a.pelaksana for a, _ in pairs] == [b.pelaksana for _, b in pairs]
    assert [a.jenis for a, _ in pairs] == [b.jenis for _, b in pairs]
    assert [a.mutu_baku for a, _ in pairs] == [b.mutu_baku for _, b in pairs]
    # the record mends the table's "leading sektordengan" from the list under it; the page is kept as printed
    assert [i for i, (a, b) in enumerate(pairs) if a.uraian.strip() != b.uraian.strip()] == [1]
    sop_file = next((target / "sop").glob("*.yaml")).read_text(encoding="utf-8")
    assert "# ditebak: pelaksana Staf: tidak ada petunjuk" in sop_file


def test_page_without_headings_is_split_by_its_tabs_and_reported(tmp_path, capsys):
    import_quietly([HERE / "laman" / PAGES["kabupaten-bengkulu-selatan"]], tmp_path / "kabupaten-bengkulu-selatan")
    printed = capsys.readouterr().err
    assert printed.count("dianggap") == 6
    assert "teks sesudah komponen tidak diimpor: \"Anda juga dapat menyampaikan pengaduan" in printed
    record = next((tmp_path / "kabupaten-bengkulu-selatan" / "standar").glob("*.yaml")).read_text(encoding="utf-8")
    assert "status: draft" in record and "nomor_sk: '027.58'" in record


def test_repeated_unit_card_is_left_out(tmp_path):
    import_quietly([HERE / "laman" / PAGES["kabupaten-pasuruan"]], tmp_path / "kabupaten-pasuruan")
    record = next((tmp_path / "kabupaten-pasuruan" / "standar").glob("*.yaml")).read_text(encoding="utf-8")
    assert record.count("Kompleks Perkantoran") == 0 and "Image not found" not in record and "☎" not in record
