"""README's Maklumat section is true: its record is the fixture's and makes a one-page poster, and its error lines
are what the loader prints."""

from __future__ import annotations

import re
import shutil

import pdfplumber
from ruamel.yaml import YAML

from sk_builder.build import build
from sk_builder.sources.loader import load_project
from tests.conftest import ROOT
from tests.fixtures.minimal import write_region
from tests.readme_blocks import section
from tests.sources.test_maklumat import MAKLUMAT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEXT = section(README, "## Maklumat Pelayanan")
RIMBA = ROOT / "tests" / "fixtures" / "rimba"
FIXTURE = RIMBA / "kabupaten-rimba-raya" / "maklumat" / "bidang-pelayanan-perizinan.yaml"


def _record() -> str:
    return re.search(r"^```yaml\n(.*?)^```$", TEXT, flags=re.S | re.M).group(1)


def test_the_example_is_the_fixtures_record():
    yaml = YAML(typ="safe")
    assert yaml.load(_record()) == yaml.load(FIXTURE.read_text(encoding="utf-8"))


def test_the_example_makes_a_one_page_poster(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(RIMBA, sources)
    (sources / "kabupaten-rimba-raya" / "maklumat" / "bidang-pelayanan-perizinan.yaml").write_text(
        _record(), encoding="utf-8")
    build(sources, tmp_path / "build", ("pdf",))
    pdf = tmp_path / "build" / "dokumen" / "kabupaten-rimba-raya" / "maklumat" / "bidang-pelayanan-perizinan.pdf"
    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == 1 and "MAKLUMAT PELAYANAN" in document.pages[0].extract_text()


def test_the_error_lines_are_the_loaders(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = re.search(r"^```\n(sources/.*?)^```$", TEXT, flags=re.S | re.M).group(1).splitlines()
    write_region(tmp_path / "sources", **{"maklumat/umum.yaml": MAKLUMAT.replace("Bagian Umum", "Bagian Umun")})
    _, first = load_project(tmp_path / "sources")
    shutil.rmtree(tmp_path / "sources")
    write_region(tmp_path / "sources", **{"maklumat/bagian-umum.yaml": MAKLUMAT, "maklumat/umum.yaml": MAKLUMAT})
    _, second = load_project(tmp_path / "sources")
    assert [str(d) for d in (*first.sorted(), *second.sorted())] == shown
