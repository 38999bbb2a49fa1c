"""Spelling and addresses in a region: names left alone, old titles quoted, a located note without a dictionary."""

from __future__ import annotations

import pytest

from sk_builder.check import kamus as kamus_module
from sk_builder.check.ejaan import address_problem
from sk_builder.check.kamus import find_dictionary
from tests.check.region import codes, keputusan_yaml, run, standar_yaml

needs_dictionary = pytest.mark.skipif(find_dictionary("id_ID") is None, reason="hunspell-id tidak terpasang")
STANDAR = "standar/contoh.yaml"
MENGINGAT = "  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.\n"


@needs_dictionary
def test_names_old_titles_italics_and_addresses_are_not_spelling_errors(tmp_path):
    text = ("Pengaduan ke Kantor Kecamatan Sukorejo, Jalan Panglima Sudirman, melalui *helpdesk* atau "
            "https://contoh.go.id/pengaduan dan pos-el layanan@contoh.go.id.")
    old = ("  - Undang-Undang Nomor 13 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan "
           "Propinsi Djawa Tengah;\n" + MENGINGAT)
    _, lines = run(tmp_path, **{STANDAR: standar_yaml({"pengaduan": text}),
                                "keputusan/kep-12-2024.yaml": keputusan_yaml(**{MENGINGAT: old})})
    assert lines == []


@needs_dictionary
def test_region_word_list(tmp_path):
    files = {STANDAR: standar_yaml({"sarana": "Aplikasi sipelandak dan ruang tunggu."})}
    _, lines = run(tmp_path, **files)
    assert codes(lines) == ["SK381"] and "sipelandak" in lines[0]
    _, lines = run(tmp_path / "lagi", **files, **{"kamus.txt": "# kata wilayah\nsipelandak\n"})
    assert lines == []


def test_missing_dictionary_is_one_located_note(tmp_path, monkeypatch):
    monkeypatch.setattr(kamus_module, "search_folders", lambda region_root=None: [tmp_path / "kosong"])
    result, lines = run(tmp_path, **{STANDAR: standar_yaml({"sarana": "Fotokopi Kartu Keluaga."})})
    assert [line.split(" SK380 ")[0] for line in lines] == ["profil.yaml:1:1: note"]
    assert result.report.warnings == [] and result.summary().endswith("1 catatan")


@pytest.mark.parametrize("address, wrong", [
    ("https://contoh.go.id", False), ("htps://contoh.go.id", True), ("http:/contoh.go.id", True),
    ("layanan@contoh.go,id", True), ("layanan@gmail.con", True), ("layanan@gmail.com", False),
    ("www.contoh.go.id/a?b=1", False),
])
def test_address_form(address, wrong):
    assert bool(address_problem(address)) == wrong


@needs_dictionary
def test_a_word_judged_once_is_judged_as_each_time():
    """Words are judged once per run, yet a suggestion may be a word met since: the judgements kept must be
    those made afresh for every text, in the same order (texts of the defect corpus, written apart)."""
    from pathlib import Path

    from ruamel.yaml import YAML

    from sk_builder.check.ejaan import _spelling
    from sk_builder.check.kamus import Kamus

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    corpus = Path(__file__).parent / "cacat"
    texts = [text for path in sorted(corpus.rglob("*.yaml"))
             for text in strings(YAML(typ="safe").load(path.read_text(encoding="utf-8")))]
    assert len(texts) > 200
    kept, fresh, words = Kamus.for_region(None), Kamus.for_region(None), {}
    found = [list(_spelling(kept, text, words)) for text in texts]
    assert found == [list(_spelling(fresh, text, {})) for text in texts]
    assert sum(map(len, found)) > 20


@needs_dictionary
def test_a_suggestion_met_after_a_word_was_judged_is_offered_the_next_time():
    from sk_builder.check.ejaan import _spelling
    from sk_builder.check.kamus import Kamus

    kamus, words = Kamus.for_region(None), {}
    texts = ["Ada pelayanen cepat.", "Ada pelayanan cepat.", "Ada pelayanen cepat."]
    assert [[message for _, message, _ in _spelling(kamus, text, words)] for text in texts] == [
        ['"pelayanen" tidak baku atau tidak ada dalam kamus'], [],
        ['"pelayanen" tidak baku atau tidak ada dalam kamus; maksudnya "pelayanan"?']]
