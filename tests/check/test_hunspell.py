"""The fast hunspell lookup answers exactly as spylls does: on the words of the defect corpus (written apart
from the code), on their one-edit variants (what suggestions and repairs ask), and on free-form strings."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder.check.hunspell import Lookup
from sk_builder.check.kamus import _hunspell, find_dictionary

ID = find_dictionary("id_ID")
pytestmark = pytest.mark.skipif(ID is None, reason="hunspell-id tidak terpasang")
CORPUS = Path(__file__).parent / "cacat"


@pytest.fixture(scope="module")
def dictionary():
    return _hunspell(str(ID))


@pytest.fixture(scope="module")
def lookup(dictionary):
    return Lookup(dictionary)


def _corpus_words() -> list[str]:
    words = {w for path in sorted(CORPUS.rglob("*.yaml"))
             for w in re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?(?:-[A-Za-z]+)*", path.read_text(encoding="utf-8"))}
    return sorted(words)


def _variants(words: list[str], count: int) -> list[str]:
    """One-edit variants (inserted, dropped, swapped letter; other case), a fixed sample."""
    found = set()
    for word in words:
        lower = word.lower()
        for i in range(len(lower) + 1):
            found.update(lower[:i] + letter + lower[i:] for letter in "aeinrkmsgpbdu")
            if i < len(lower) - 1:
                found.add(lower[:i] + lower[i + 1] + lower[i] + lower[i + 2:])
            if i < len(lower):
                found.add(lower[:i] + lower[i + 1:])
        found.update((word.upper(), word.capitalize(), lower))
    return random.Random(5).sample(sorted(found), min(count, len(found)))


def test_corpus_words_answer_as_spylls(dictionary, lookup):
    words = _corpus_words()
    assert len(words) > 500
    wrong = [(w, bool(dictionary.lookup(w))) for w in words if lookup(w) != bool(dictionary.lookup(w))]
    assert wrong == []


def test_one_edit_variants_answer_as_spylls(dictionary, lookup):
    words = _variants(_corpus_words(), 1500)
    answers = [bool(dictionary.lookup(w)) for w in words]
    assert 0 < sum(answers) < len(words)  # both kinds of answer are exercised
    assert [w for w, known in zip(words, answers) if lookup(w) != known] == []


@pytest.mark.parametrize("word", ["", "12", "1.5", "-", "pe-", "-an", "kota-kota", "Kota-Kota", "KTP", "x"])
def test_odd_words_answer_as_spylls(dictionary, lookup, word):
    assert lookup(word) == bool(dictionary.lookup(word))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="aeiknmrgstbdlpuyhjcwAEKMPS'-", min_size=1, max_size=14))
def test_free_form_strings_answer_as_spylls(dictionary, lookup, word):
    assert lookup(word) == bool(dictionary.lookup(word))


def test_affixed_words_are_told_without_spylls_search(dictionary, lookup, monkeypatch):
    """The shortcuts decide both kinds of common answer; spylls' search is left for the rest."""
    asked = []
    monkeypatch.setattr(dictionary, "lookup", lambda word: asked.append(word) or False)
    assert lookup("pelayanan") and lookup("dilayani") and lookup("Persyaratan")
    assert not lookup("pelayxanan") and not lookup("qwrtz")
    assert asked == []


def _spylls_read(base: str):
    """A dictionary as spylls' own reader makes it (the reference)."""
    import io as io_module

    from spylls.hunspell import readers
    from spylls.hunspell.readers.file_reader import BaseReader

    class Reader(BaseReader):
        def __init__(self, path: str, encoding: str = "Windows-1252"):
            self.data = Path(path).read_bytes()
            super().__init__(self._text(encoding))

        def reset_encoding(self, encoding: str) -> None:
            self.reset_io(self._text(encoding))

        def _text(self, encoding: str):
            return io_module.StringIO(self.data.decode(encoding, errors="surrogateescape"))

    aff, context = readers.read_aff(Reader(base + ".aff"))
    return readers.read_dic(Reader(base + ".dic", encoding=context.encoding), aff=aff, context=context)


def _entries(dic) -> tuple:
    """The entries in order, and both indexes as positions among them (in their order)."""
    position = {id(word): i for i, word in enumerate(dic.words)}
    return ([(w.stem, sorted(w.flags), w.data, w.captype, w.alt_spellings) for w in dic.words],
            *({key: [position[id(w)] for w in words] for key, words in index.items()}
              for index in (dic.index, dic.lowercase_index)))


@pytest.mark.parametrize("name", ["id_ID", "en_US"])
def test_dictionaries_are_read_as_spylls_reads_them(name):
    base = find_dictionary(name)
    if base is None:
        pytest.skip(f"{name} tidak terpasang")
    assert _entries(_hunspell(str(base)).dic) == _entries(_spylls_read(str(base)))


@pytest.mark.parametrize("line", ["kota/AB po:noun", "kota\tAB", "satu\\/dua/A", "/awal", "a/b/c", "New York/A"])
def test_a_dictionary_with_other_lines_is_read_by_spylls(tmp_path, line):
    (tmp_path / "xx.aff").write_text("SET UTF-8\nFLAG long\nSFX AB Y 1\nSFX AB 0 nya .\n", encoding="utf-8")
    (tmp_path / "xx.dic").write_text(f"3\nrumah/AB\n{line}\nKota\n", encoding="utf-8")
    base = str(tmp_path / "xx")
    assert _entries(_hunspell(base).dic) == _entries(_spylls_read(base))
