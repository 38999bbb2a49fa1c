"""Versions on the site: a service page says which decree it stands on, since when, berlaku or dicabut, lists the
earlier versions with links and a redline of each against the version that replaced it; a revoked decree's page
says so and links its successor; open data carries the validity and the versions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import ROOT

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
REGION = "kabupaten-rimba-raya"
BASE = "https://perizinan.rimbarayakab.go.id/"


@pytest.fixture(scope="module")
def site(site_build) -> Path:
    return site_build("versi", RIMBA) / "site"


def _page(site: Path, path: str) -> str:
    return " ".join((site / REGION / path).read_text(encoding="utf-8").split())


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_service_in_force_says_berlaku_since_its_decree_and_links_its_earlier_version(site):
    html = _page(site, "layanan/izin-reklame.html")
    text = _text(html)
    assert "Berlaku sejak 1 Juli 2024" in text and "Status berlaku" in text
    assert 'href="../keputusan/kadis-2024.html#layanan-izin-reklame"' in html
    versions = html[html.index('id="versi"'):html.index('id="kontak"')]
    assert 'href="../keputusan/kadis-2021.html"' in versions
    assert "berlaku 8 Maret 2021 sampai 1 Juli 2024" in _text(versions)
    assert 'href="izin-reklame-2021.html"' in versions
    assert 'href="../perubahan/kadis-2021/izin-reklame-2021.html"' in versions
    assert '<a href="#versi">Versi terdahulu</a>' in html


def test_the_kept_old_text_says_dicabut_by_which_decree_and_what_replaced_it(site):
    html = _page(site, "layanan/izin-reklame-2021.html")
    status = _text(html[html.index("<dt>Status</dt>"):html.index("</dd>", html.index("<dt>Status</dt>"))])
    assert status.startswith("Status dicabut sejak 1 Juli 2024 oleh Keputusan Kepala Dinas")
    assert "diganti oleh standar pelayanan Izin Penyelenggaraan Reklame yang berlaku" in status
    assert 'href="izin-reklame.html"' in html and 'href="../keputusan/kadis-2024.html"' in html


def test_one_file_in_both_decrees_is_said_plainly_to_have_no_redline(site):
    html = _page(site, "layanan/izin-praktik-bidan.html")
    versions = _text(html[html.index('id="versi"'):html.index('id="kontak"')])
    assert "menetapkan berkas standar yang sama" in versions and "tidak dapat ditampilkan" in versions
    assert not (site / REGION / "perubahan" / "kadis-2021" / "izin-praktik-bidan.html").exists()


def test_a_standard_without_earlier_versions_has_no_versions_block(site):
    assert 'id="versi"' not in _page(site, "layanan/pengaduan-layanan.html")


def test_the_redline_shows_what_was_deleted_and_inserted(site):
    html = _page(site, "perubahan/kadis-2021/izin-reklame-2021.html")
    assert "<del>14</del><ins>5</ins> (<del>empat belas</del><ins>lima</ins>) hari kerja." in html
    assert "<del>Kotak saran di ruang pelayanan.</del>" in html
    assert 'href="../../layanan/izin-reklame-2021.html"' in html and 'href="../../layanan/izin-reklame.html"' in html
    headings = re.findall(r"<h2 id=\"bagian-\d+\">(.*?)</h2>", html)
    assert "PENYAMPAIAN PELAYANAN › 3. Jangka Waktu Pelayanan" in headings
    assert not [h for h in headings if "Dasar Hukum" in h]  # unchanged parts are left out, as in sk diff


def test_decree_pages_say_dicabut_and_link_each_other(site):
    old, new = _page(site, "keputusan/kadis-2021.html"), _page(site, "keputusan/kadis-2024.html")
    assert "Status: dicabut oleh Keputusan Kepala Dinas" in _text(old) and "ditetapkan 1 Juli 2024" in _text(old)
    assert 'href="kadis-2024.html"' in old
    assert "Status: berlaku" in _text(new) and "Mencabut:" in new and 'href="kadis-2021.html"' in new


def test_unit_and_region_pages_mark_what_is_revoked(site):
    unit = _page(site, "unit/bidang-pelayanan-perizinan.html")
    item = unit[unit.index('href="../layanan/izin-reklame-2021.html"'):]
    assert 'class="label-status dicabut"' in item[:item.index("</li>")]
    assert "Nomor 503/021/DPMPTSP/2021" in item[:item.index("</li>")]  # the decree it stands on
    region = _page(site, "index.html")
    row = region[region.index('href="keputusan/kadis-2021.html"'):]
    assert 'label-status dicabut' in row[:row.index("</li>")]


def _schema(site: Path) -> Draft202012Validator:
    return Draft202012Validator(json.loads((site / "data" / "v2" / "skema.json").read_text(encoding="utf-8")))


def test_open_data_v2_carries_validity_and_versions(site):
    record = json.loads((site / "data" / "v2" / REGION / "layanan" / "izin-reklame.json").read_text())
    assert (record["berlaku_sejak"], record["berlaku_hingga"], record["diganti_oleh"]) == ("2024-07-01", None, None)
    assert record["versi_terdahulu"] == [{
        "keputusan": f"{REGION}/keputusan/kadis-2021", "layanan": f"{REGION}/layanan/izin-reklame-2021",
        "berlaku_sejak": "2021-03-08", "berlaku_hingga": "2024-07-01",
        "perubahan": {"halaman": f"{REGION}/perubahan/kadis-2021/izin-reklame-2021.html",
                      "url": f"{BASE}{REGION}/perubahan/kadis-2021/izin-reklame-2021.html"}}]
    old = json.loads((site / "data" / "v2" / REGION / "layanan" / "izin-reklame-2021.json").read_text())
    assert (old["keputusan"]["status"], old["berlaku_hingga"], old["diganti_oleh"]) == (
        "dicabut", "2024-07-01", f"{REGION}/layanan/izin-reklame")
    same = json.loads((site / "data" / "v2" / REGION / "layanan" / "izin-praktik-bidan.json").read_text())
    assert same["versi_terdahulu"][0]["perubahan"] is None
    schema = _schema(site)
    for path in sorted((site / "data" / "v2").rglob("*.json")):
        if path.name != "skema.json":
            errors = [e.message for e in schema.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
            assert errors == [], (path.name, errors[:3])


def test_open_data_v1_names_the_decree_in_force(site):
    record = json.loads((site / "data" / REGION / "izin-praktik-bidan.json").read_text())
    assert record["keputusan"]["id"] == "kadis-2024"  # no longer the first decree that held it
