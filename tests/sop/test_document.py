"""sop/document.py on seed 004's SOP: rows, inferred performers, Mutu Baku copied as printed, column widths."""

from __future__ import annotations

import re

import pytest

from sk_builder.sop.document import columns, sop_document
from sk_builder.sources.loader import load_or_fail
from tests.flowchart.built import LUMAJANG, ROOT

SEED = ROOT / "tests" / "fixtures" / "seeds" / "004_2286d355a973d139.txt"


@pytest.fixture(scope="module")
def seed_sop():
    project, _ = load_or_fail(LUMAJANG)
    region = project.regions[0]
    return region, sop_document(region, region.sops[0], "TeX Gyre Bonum")


def test_the_seed_sop_has_eleven_activities_against_kabag_kasubag_staf(seed_sop):
    _, doc = seed_sop
    assert doc.performers == ("Kabag", "Kasubag", "Staf")
    assert [row.number for row in doc.rows] == list(range(1, 12))
    assert [row.performer for row in doc.rows] == ["Kabag", "Kasubag", "Staf", "Kasubag", "Kabag", "Kasubag",
                                                    "Staf", "Kasubag", "Kabag", "Kabag", "Kasubag"]
    assert (doc.rows[0].kind, doc.rows[-1].kind) == ("mulai", "selesai")
    assert doc.draft and doc.identity[-1].text == "Koordinasi kegiatan kedinasan pimpinan daerah"


def test_every_inferred_performer_is_marked_in_the_record():
    text = (LUMAJANG / "sop" / "koordinasi-kegiatan-pimpinan.yaml").read_text()
    performers = re.findall(r"^\s+pelaksana: (\w+)(.*)$", text, re.MULTILINE)
    assert len(performers) == 11 and all("# inferred" in rest for _, rest in performers)


def test_mutu_baku_is_copied_from_the_seed_never_invented(seed_sop):
    _, doc = seed_sop
    seed = SEED.read_text()
    rows = [line.split("\t") for line in seed.splitlines() if re.match(r"^\d+\t", line)]
    assert len(rows) == 11
    for row, printed in zip(doc.rows, rows):
        assert (row.kelengkapan, row.waktu, row.output) == tuple(printed[-3:])


def test_each_activity_draws_one_symbol_in_its_performers_column(seed_sop):
    _, doc = seed_sop
    for row in doc.rows:
        drawn = [i for i, cell in enumerate(row.cells) if cell.symbol]
        assert drawn == [doc.performers.index(row.performer)]
        assert row.cells[drawn[0]].title.endswith(row.performer)


def test_columns_fill_the_landscape_text_width(seed_sop):
    region, doc = seed_sop
    assert sum(doc.columns.all) == pytest.approx(330 - 30 - 20, abs=0.1)
    narrow = columns(region.profil, 8)
    assert min(narrow.performers) >= 14 and sum(narrow.all) == pytest.approx(280, abs=0.1)
