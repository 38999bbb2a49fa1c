"""Akoma Ntoso: every decree of every fixture validates against the OASIS schema; the XML says what the decree says."""

from __future__ import annotations

import functools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from sk_builder.ekspor import akn
from sk_builder.ekspor.akn_uraian import NS
from sk_builder.ekspor.skema import akn_errors
from sk_builder.sources.loader import load_or_fail

from .conftest import OTHER_STYLES, SEMBADA

N = {"a": NS}


def _xml(project, region_id: str, decree_id: str) -> etree._Element:
    return etree.fromstring(akn.files(project)[f"{region_id}/{decree_id}.xml"])


@pytest.mark.parametrize("root", OTHER_STYLES, ids=lambda p: p.name)
def test_decrees_in_other_house_styles_validate(root):
    project, _ = load_or_fail(root)
    for name, data in akn.files(project).items():
        assert akn_errors(data) == [], name


def test_pasuruan_validates_and_keeps_every_standard(pasuruan):
    (data,) = akn.files(pasuruan).values()
    assert akn_errors(data) == []
    root = etree.fromstring(data)
    tables = root.findall(".//a:attachment//a:tblock[@class='standar']", N)
    assert len(tables) == 18
    assert len(root.findall(".//a:body/a:article", N)) == 4
    assert [n.text for n in root.findall(".//a:body/a:article/a:num", N)] == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"]


def test_structure_of_a_bupati_decree(sembada):
    root = _xml(sembada, "kabupaten-sembada", "bupati-2025")
    assert root.find(".//a:FRBRWork/a:FRBRuri", N).get("value") == \
        "/akn/id/act/keputusan/kabupaten-sembada/2025-02-20/470-35-kep-2025"
    assert root.find(".//a:FRBRExpression/a:FRBRlanguage", N).get("language") == "ind"
    assert root.find(".//a:preface//a:docNumber", N).text == "NOMOR 470/35/Kep/2025"
    assert root.find(".//a:formula[@name='enactingFormula']/a:p", N).text == "DENGAN RAHMAT TUHAN YANG MAHA ESA"
    assert [n.text for n in root.findall(".//a:recitals/a:recital/a:num", N)] == ["a.", "b."]
    assert [c.get("eId") for c in root.findall(".//a:citations", N)] == ["citations_mengingat",
                                                                        "citations_memperhatikan"]
    revoking = root.findall(".//a:body/a:article", N)[2]
    assert "Nomor 470/112/Kep/2022" in "".join(revoking.itertext()) and "dicabut" in "".join(revoking.itertext())
    assert [li.get("value") for li in root.findall(".//a:body/a:article[2]//a:li", N)] == ["a.", "b."]
    assert root.find(".//a:conclusions//a:date", N).get("date") == "2025-02-20"
    assert root.find(".//a:conclusions//a:person", N).text == "Hj. Sri Rahayu"
    assert [h.text for h in root.findall(".//a:mainBody/a:tblock[@class='bagian']/a:heading", N)] == [
        "BIDANG PELAYANAN PENCATATAN SIPIL", "BIDANG PELAYANAN PENDAFTARAN PENDUDUK"]


def test_uraian_lists_keep_their_markers_and_nesting(sembada):
    root = _xml(sembada, "kabupaten-sembada", "bupati-2025")
    cell = root.find(".//a:tr[@class='persyaratan']/a:td[3]", N)
    outer = cell.find("a:ol", N)
    assert [li.get("value") for li in outer.findall("a:li", N)] == ["a.", "b.", "c."]
    assert [li.get("value") for li in outer.findall("a:li/a:ol/a:li", N)] == ["1)", "2)"]
    procedure = root.find(".//a:tr[@class='prosedur']/a:td[3]", N)
    assert procedure.find(".//a:i", N).text == "secara daring"
    assert procedure.find(".//a:a", N).get("href") == "https://layanan.sembadakab.go.id"
    assert "Bagan alur: Alur Penerbitan Akta" in "".join(procedure.itertext())


def test_labels_are_the_regions_own(sembada):
    root = _xml(sembada, "kabupaten-sembada", "bupati-2025")
    row = root.find(".//a:tr[@class='prosedur']", N)
    assert row.find("a:td[2]/a:p", N).text == "Sistem Mekanisme Prosedur"
    assert root.find(".//a:tr[@class='grup']/a:th/a:p", N).text == "PENYAMPAIAN PELAYANAN"


def test_export_is_deterministic(sembada):
    assert akn.files(sembada) == akn.files(sembada)


TEXT = st.lists(st.sampled_from(list("ab1. )-*_[]()<>&\"'#`~\n") + ["a.", "1)", "2.1", "**", "\n   ", "x@y.id",
                                                                  "http://c.id"]),
                max_size=40).map("".join)


@functools.lru_cache(maxsize=1)
def _sembada():
    project, _ = load_or_fail(SEMBADA)
    return project


@settings(max_examples=80, deadline=None)
@example(text="<http://c.idhttp://c.id>")  # found by hypothesis: an autolink that is no xs:anyURI
@given(text=TEXT)
def test_any_uraian_text_still_validates(text):
    region = _sembada().regions[0]
    decree = region.decrees[1]
    service = decree.services[1]
    record = service.record.model_copy(update={"komponen": service.record.komponen.model_copy(
        update={"biaya": text})})
    changed = type(service)(service.id, service.region, service.source, record, service.marks)
    bagian = tuple(type(b)(b.heading, tuple(changed if s == service else s for s in b.services))
                   for b in decree.lampiran)
    data = akn.decree_akn(region, type(decree)(decree.id, decree.region, decree.source, decree.record, bagian))
    assert akn_errors(data) == []
