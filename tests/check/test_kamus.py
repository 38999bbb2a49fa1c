"""The dictionary: found in the usual folders or where told, word lists, suggestions that are slips."""

from __future__ import annotations

import pytest

from sk_builder.check import kamus as kamus_module
from sk_builder.check.kamus import ENV, Kamus, find_dictionary, nonstandard, package_words

pytestmark = pytest.mark.skipif(find_dictionary("id_ID") is None, reason="hunspell-id tidak terpasang")


@pytest.fixture(scope="module")
def kamus():
    return Kamus.for_region(None, frozenset({"bontang"}))


def test_words_and_names(kamus):
    assert kamus.known("pelayanan") and kamus.known("Pelayanan") and kamus.known("fasilitasi")
    assert kamus.known("evaluasinya") and kamus.known("Bontang")
    assert not kamus.known("Keluaga") and not kamus.known("Walikota")


def test_suggestions(kamus):
    assert kamus.suggestion("Keluaga", slips_only=True) == "Keluarga"
    assert kamus.suggestion("Walikota") == "Wali Kota"
    assert kamus.suggestion("diitujukan") == "ditujukan"
    assert kamus.suggestion("Gianyar", slips_only=True) is None  # a name one replaced letter from "Ganyar"


def test_word_lists_are_package_data():
    assert "nonperizinan" in package_words()
    assert nonstandard()["ijin"] == "izin"


def test_region_folder_and_environment_are_searched_first(tmp_path, monkeypatch):
    for suffix in (".dic", ".aff"):
        (tmp_path / f"id_ID{suffix}").write_text("", encoding="utf-8")
    assert find_dictionary("id_ID", tmp_path) == tmp_path / "id_ID"
    other = tmp_path / "lain"
    other.mkdir()
    for suffix in (".dic", ".aff"):
        (other / f"id_ID{suffix}").write_text("", encoding="utf-8")
    monkeypatch.setenv(ENV, str(other / "id_ID.dic"))
    assert find_dictionary("id_ID", tmp_path) == other / "id_ID"


def test_no_dictionary_means_every_word_passes(monkeypatch, tmp_path):
    monkeypatch.setattr(kamus_module, "search_folders", lambda region_root=None: [tmp_path])
    bare = Kamus.for_region(None)
    assert bare.indonesian is None and bare.known("Keluaga")


def test_the_installed_dictionaries_are_part_of_the_checked_projects_key(tmp_path, monkeypatch):
    import shutil

    from sk_builder.check.kamus import find_dictionary, installed

    system = find_dictionary("id_ID")
    if system is None:
        pytest.skip("hunspell-id is not installed")
    before = installed()
    for suffix in (".dic", ".aff"):
        shutil.copy(system.with_suffix(suffix), tmp_path / f"id_ID{suffix}")
    with open(tmp_path / "id_ID.dic", "a", encoding="latin-1") as extra:
        extra.write("katabaru\n")
    monkeypatch.setenv("SK_KAMUS_HUNSPELL", str(tmp_path))
    assert installed() != before
