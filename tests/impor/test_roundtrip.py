"""The round trip: sk-builder's own DOCX imported again gives records that export to the same text.

Into the region as it is (``--timpa``), every bundled region comes back identical, profile
included: what a printed decree cannot show (a standard's ``nomor_sk``, the profile's
``url_dasar`` and emblem file) is kept from the records being replaced. Into an empty folder the
decree and every standard come back identical, except exactly those fields.
"""

from __future__ import annotations

import re

import pytest

from sk_builder.review.export import text_files
from tests.conftest import SOURCES
from tests.impor.conftest import REGIONS, import_quietly, region_copy


def _documents(own_docx, region: str) -> list:
    folder = own_docx / region
    return sorted(folder.glob("*.docx")) + sorted((folder / "standar").glob("*.docx"))


@pytest.mark.parametrize("region", REGIONS)
def test_into_the_region_gives_identical_text(own_docx, tmp_path, region):
    target = region_copy(tmp_path, region)
    assert import_quietly(_documents(own_docx, region), target, timpa=True) == 0
    before, after = text_files(SOURCES / region), text_files(target)
    assert before.keys() == after.keys()
    different = [name for name in before if before[name] != after[name]]
    assert different == [], different


def _without(text: bytes, *patterns: str) -> list[str]:
    return [line for line in text.decode().splitlines() if not any(re.match(p, line) for p in patterns)]


@pytest.mark.parametrize("region", REGIONS)
def test_into_an_empty_folder_only_unprinted_fields_differ(own_docx, tmp_path, region):
    target = tmp_path / region
    assert import_quietly(_documents(own_docx, region), target) == 0
    before, after = text_files(SOURCES / region), text_files(target)
    assert before.keys() == after.keys()
    for name in before:
        if name.endswith("profil.txt"):
            continue
        assert _without(before[name], r"Nomor SK: ") == _without(after[name], r"Nomor SK: "), name
    profile = f"{region}/profil.txt"
    if region == "kota-pasuruan":  # the kop is printed: the emblem file, the website's address and contacts are not
        unprinted = (r"lambang(\.sha256)?: ", r"url_dasar: ", r"kontak_unit\.", r"pengaduan\.")
        assert _without(before[profile], *unprinted) == _without(after[profile], *unprinted)
    else:  # a standard's extract has no kop: the profile is made from the folder name and is reported
        assert "nama: " + region.replace("-", " ").title() in after[profile].decode()
