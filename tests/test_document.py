"""What a decree prints, decided once for every format (document.py): wording, numbering, dates, the lampiran,
the extract of one standard, a standard no decree enacts, and which rows may break across pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from sk_builder.document import decree_document, keeps_whole, kop, standalone_standard, standard_table
from sk_builder.jobs import plan
from sk_builder.sources.loader import load_or_fail
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, standar, write_region


@pytest.fixture
def region(tmp_path):
    decree = KEPUTUSAN.replace("    layanan: [contoh]", "    layanan: [contoh, kedua]").replace(
        "  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        "  - mencabut:\n      - jabatan: Sekretaris Daerah Kota Contoh\n        nomor: 7\n        tahun: 2020\n"
        "        tentang: Standar Pelayanan Lama\n  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    root = write_region(tmp_path, **{"keputusan/kep-12-2024.yaml": decree,
                                     "standar/kedua.yaml": standar("Layanan Kedua"),
                                     "standar/lepas.yaml": standar("Layanan Lepas", "status: draft")})
    project, _ = load_or_fail(root)
    return project.regions[0]


def test_the_heading_signature_and_diktum_names(region):
    doc = decree_document(region, region.decrees[0])
    assert doc.heading == ("KEPUTUSAN SEKRETARIS DAERAH KOTA CONTOH", "NOMOR 12 TAHUN 2024")
    assert doc.official == "SEKRETARIS DAERAH KOTA CONTOH,"
    assert [part.name for part in doc.diktum] == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"]
    assert doc.signature.date_line == "pada tanggal 1 Maret 2024"
    assert doc.signature.nip_line == "NIP. 19640828 198802 1 001"
    assert [m.marker for m in doc.menimbang] == ["a."] and [m.marker for m in doc.mengingat] == ["1."]


def test_the_service_list_and_the_revocation_are_written_by_the_generator(region):
    doc = decree_document(region, region.decrees[0])
    listed = doc.diktum[1].items
    assert [(p.marker, p.text) for p in listed] == [
        ("a.", r"Standar Pelayanan Contoh Layanan\; dan"), ("b.", r"Standar Pelayanan Layanan Kedua\.")]
    assert doc.diktum[2].text == (r"Pada saat Keputusan ini mulai berlaku\, Keputusan Sekretaris Daerah Kota Contoh "
                                  r"Nomor 7 Tahun 2020 tentang Standar Pelayanan Lama dicabut dan dinyatakan tidak "
                                  r"berlaku\.")


def test_the_lampiran_header_and_tables(region):
    doc = decree_document(region, region.decrees[0])
    assert doc.lampiran_header == ("LAMPIRAN", "KEPUTUSAN SEKRETARIS DAERAH KOTA CONTOH", "NOMOR 12 TAHUN 2024",
                                   "TENTANG STANDAR PELAYANAN")
    [section] = doc.sections
    assert section.heading == "BAGIAN UMUM"
    assert [t.title for t in section.standards] == [("STANDAR PELAYANAN", "CONTOH LAYANAN"),
                                                   ("STANDAR PELAYANAN", "LAYANAN KEDUA")]
    groups = section.standards[0].groups
    assert [g.label for g in groups] == ["Penyampaian Layanan", "Pengelolaan Pelayanan"]
    assert [r.number for r in groups[1].rows][:2] == ["1.", "2."]  # numbering restarts in each group
    assert len(groups[0].rows) + len(groups[1].rows) == 14


def test_an_extract_prints_one_standard_without_the_body(region):
    doc = decree_document(region, region.decrees[0], only=region.services[0])
    assert not doc.body and [t.id for s in doc.sections for t in s.standards] == [region.services[0].id]
    assert doc.title.startswith("Standar Pelayanan Contoh Layanan — Lampiran Keputusan")


def test_a_standard_no_decree_enacts_prints_its_table_under_its_unit(region):
    lone = next(s for s in region.services if s.id == "lepas")
    doc = standalone_standard(region, lone)
    assert doc.signature is None and not doc.body and doc.sections[0].heading == "BAGIAN UMUM"
    assert doc.sections[0].standards[0].draft


def test_jobs_share_each_standards_table(region, tmp_path):
    jobs = {job.stem: job for job in plan(load_or_fail(Path(region.root))[0])}
    decree, extract = jobs["kota-contoh/kep-12-2024"], jobs["kota-contoh/standar/contoh"]
    assert decree.document.sections[0].standards[0] is extract.document.sections[0].standards[0]


def test_the_kop_joins_contact_lines_with_commas():
    from sk_builder.model import Profil
    from ruamel.yaml import YAML

    profil = Profil.model_validate(YAML(typ="safe").load(PROFIL.replace("lambang: lambang.svg\n", "")
                                                         + "faksimile: (0343) 1\nlaman: contoh.go.id\n"))
    assert kop(profil).lines == ("Jalan Contoh Nomor 1,", "Telepon (0343) 000000, Faksimile (0343) 1,",
                                 "Laman contoh.go.id")


def test_short_rows_stay_whole_and_rows_taller_than_a_third_of_a_page_may_break(region):
    profil = region.profil
    assert keeps_whole("Isi singkat.", (), profil)
    assert not keeps_whole("\n".join(f"{i}. Baris panjang nomor {i};" for i in range(1, 80)), (), profil)
    assert not keeps_whole("Isi singkat.", ("bagan",), profil)  # a row with a chart may always break
    table = standard_table(region.services[0], profil)
    assert all(row.keep_whole for group in table.groups for row in group.rows)
