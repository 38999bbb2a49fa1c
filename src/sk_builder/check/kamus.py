"""The dictionary of `sk check`: Debian's hunspell-id read by spylls, the package's word lists and a
region's own ``kamus.txt``; every lookup is cached, and suggestions come from a fast one-edit search."""

from __future__ import annotations

import gc
import io
import os
import string
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

REGION_WORDS = "kamus.txt"
"""A region's own word list, next to its profil.yaml: one word a line, "#" starts a comment."""

_FOLDERS = (
    "/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell", "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell", "/usr/share/hunspell-dictionaries",
)
ENV = "SK_KAMUS_HUNSPELL"
"""A folder holding ``id_ID.dic``/``id_ID.aff`` (or the path of the ``.dic`` itself) to use first."""

_LETTERS = string.ascii_lowercase
_COMMON = "aeinrtkumslgpbdohjcyw"
"""Letters of Indonesian words, most frequent first (repairs are tried in this order)."""
_PREFIXES = (
    ("memper", ""), ("diper", ""), ("keber", ""), ("ber", ""), ("ter", ""), ("per", ""), ("peng", "k"),
    ("peny", "s"), ("pem", "p"), ("pen", "t"), ("pe", ""), ("meng", "k"), ("meny", "s"), ("mem", "p"),
    ("men", "t"), ("me", ""), ("di", ""), ("ke", ""), ("se", ""), ("", ""),
)
"""Prefixes with the letter a nasal prefix may have swallowed (peny-apu -> sapu)."""
_SUFFIXES = ("kannya", "annya", "nya", "kan", "an", "i", "")
_ENCLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


def search_folders(region_root: Path | None = None) -> list[Path]:
    """Where dictionaries are looked for, in order: $SK_KAMUS_HUNSPELL, the region folder, the system's."""
    found: list[Path] = []
    chosen = os.environ.get(ENV)
    if chosen:
        path = Path(chosen)
        found.append(path.parent if path.suffix == ".dic" else path)
    if region_root is not None:
        found += [region_root, region_root / "hunspell"]
    home = Path.home()
    found += [home / ".local/share/hunspell", home / "Library/Spelling"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        found.append(Path(local) / "hunspell")
    return found + [Path(folder) for folder in _FOLDERS]


def installed() -> str:
    """What the dictionaries outside any region are (path, size, time of each file found): part of the
    cache key of a checked project, so installing or updating hunspell-id checks the spelling again."""
    parts = []
    for name in ("id_ID", "en_US"):
        base = find_dictionary(name)
        for path in ((base.with_suffix(".dic"), base.with_suffix(".aff")) if base else ()):
            stat = path.stat()
            parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts) or "-"


def find_dictionary(name: str, region_root: Path | None = None) -> Path | None:
    """The base path (without suffix) of the first ``name.dic`` + ``name.aff`` found, or None."""
    for folder in search_folders(region_root):
        base = folder / name
        if base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file():
            return base
    return None


@lru_cache(maxsize=4)
def _hunspell(base: str):
    """A hunspell dictionary read with spylls from memory (spylls' own reader leaves its files open)."""
    from spylls.hunspell import Dictionary, readers
    from spylls.hunspell.readers.file_reader import BaseReader

    from .hunspell import plain_dic

    class MemoryReader(BaseReader):
        def __init__(self, path: str, encoding: str = "Windows-1252"):
            self.data = Path(path).read_bytes()
            super().__init__(self._text(encoding))

        def reset_encoding(self, encoding: str) -> None:
            self.reset_io(self._text(encoding))

        def _text(self, encoding: str) -> io.StringIO:
            return io.StringIO(self.data.decode(encoding, errors="surrogateescape"))

    collecting = gc.isenabled()
    gc.disable()  # some 100,000 entries, none of them garbage: the collector would walk them again and again
    try:
        aff, context = readers.read_aff(MemoryReader(base + ".aff"))
        text = Path(base + ".dic").read_bytes().decode(context.encoding, errors="surrogateescape")
        dic = plain_dic(text, aff, context)
        if dic is None:
            dic = readers.read_dic(MemoryReader(base + ".dic", encoding=context.encoding), aff=aff, context=context)
    finally:
        if collecting:
            gc.enable()
    return Dictionary(aff, dic)


@lru_cache(maxsize=4)
def _lookuper(base: str):
    """The lookup of a hunspell dictionary (``check.hunspell``: spylls' answers, mostly without its search)."""
    from .hunspell import Lookup

    return Lookup(_hunspell(base))


@lru_cache(maxsize=4)
def _stems(base: str) -> frozenset[str]:
    """Every stem of a hunspell dictionary, in lower case (the vocabulary suggestions are drawn from)."""
    return frozenset(word.stem.lower() for word in _hunspell(base).dic.words)


ANSWERS: dict[str, dict[str, bool]] = {}
"""Every answer a dictionary gave, by dictionary (its base path): the build keeps them in its cache, so an
edit that brings no new word does not read the dictionary at all (reading hunspell-id takes seconds)."""


@lru_cache(maxsize=200_000)
def _lookup(base: str, word: str) -> bool:
    answers = ANSWERS.setdefault(base, {})
    if word not in answers:
        answers[word] = _lookuper(base)(word)
    return answers[word]


def _lines(text: str) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@lru_cache(maxsize=1)
def package_words() -> frozenset[str]:
    """The legal and administrative terms shipped with sk-builder (check/kata/istilah.txt)."""
    text = resources.files(__package__).joinpath("kata/istilah.txt").read_text(encoding="utf-8")
    return frozenset(word.lower() for word in _lines(text))


@lru_cache(maxsize=1)
def nonstandard() -> dict[str, str]:
    """Non-standard spellings and their standard form (check/kata/salah.txt)."""
    text = resources.files(__package__).joinpath("kata/salah.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") if "\t" in line else line.split(None, 1) for line in _lines(text))
    return {wrong.strip().lower(): right.strip() for wrong, right in pairs}


def region_words(region_root: Path) -> frozenset[str]:
    """The words of a region's kamus.txt (empty when there is none)."""
    path = region_root / REGION_WORDS
    if not path.is_file():
        return frozenset()
    return frozenset(word.lower() for word in _lines(path.read_text(encoding="utf-8")))


@dataclass
class Kamus:
    """Word knowledge for one region: hunspell-id (when found), English (to tell foreign terms), word lists."""

    indonesian: Path | None
    english: Path | None = None
    extra: frozenset[str] = frozenset()
    _seen: set[str] = field(default_factory=set)
    _known: dict[str, bool] = field(default_factory=dict)
    consulted: int = 0
    """How many times a suggestion has looked among the words met so far (what it found may change as more
    words are met)."""

    @property
    def met(self) -> int:
        """How many known words have been met so far (they only grow in number)."""
        return len(self._seen)

    @classmethod
    def for_region(cls, region_root: Path | None, names: frozenset[str] = frozenset()) -> "Kamus":
        """The dictionary of a region: its kamus.txt, the package's terms and the names it uses."""
        extra = package_words() | names
        if region_root is not None:
            extra |= region_words(region_root)
        return cls(find_dictionary("id_ID", region_root), find_dictionary("en_US", region_root), extra)

    def known(self, word: str) -> bool:
        """Whether a word (any case) is Indonesian as far as the dictionaries know (cached per word)."""
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._look_up(word)
        return found

    def _look_up(self, word: str) -> bool:
        lower = word.lower()
        if lower in nonstandard():
            return False
        if lower in self.extra or self._bare(lower) in self.extra:
            self._seen.add(lower)
            return True
        if self.indonesian is None:
            return True
        base, bare = str(self.indonesian), self._bare(lower)
        found = (_lookup(base, word) or (word != lower and _lookup(base, lower))
                 or (bare != lower and _lookup(base, bare)))
        if found:
            self._seen.add(lower)
        return found

    def english_word(self, word: str) -> bool:
        """Whether an unknown word is an English one, or two run together ("helpdesk"): a foreign term
        rather than a typo."""
        if self.english is None:
            return False
        base, lower = str(self.english), word.lower()
        if _lookup(base, word) or _lookup(base, lower):
            return True
        return any(_lookup(base, lower[:i]) and _lookup(base, lower[i:]) for i in range(3, len(lower) - 2))

    def suggestion(self, word: str, slips_only: bool = False) -> str | None:
        """The standard form of a non-standard word, or a known word one edit away, in the word's case.

        ``slips_only``: only a left-out letter or two swapped letters (for names, which often differ
        from a common word by one replaced letter: "Bontang" is not "Bentang")."""
        lower = word.lower()
        if lower in nonstandard():
            return _same_case(word, nonstandard()[lower])
        for candidate in self._near(lower, slips_only):
            return _same_case(word, candidate)
        return None

    def _in_vocabulary(self, candidate: str) -> bool:
        if candidate in self.extra:
            return True
        self.consulted += 1
        if candidate in self._seen:
            return True
        return self.indonesian is not None and candidate in _stems(str(self.indonesian))

    def _near(self, lower: str, slips_only: bool = False):
        """Known words one edit from ``lower``, the likeliest repair first. Insertions and replacements
        (many) are looked up among stems and words already met; deletions and swaps (few) also in hunspell."""
        for candidate, cheap in _edits(lower, slips_only):
            if lower.startswith(candidate):
                continue  # a stem without its ending ("bubuhi" -> "bubuh") is no repair
            if len(candidate) > 2 and (self._in_vocabulary(candidate) or (
                    not cheap and self.indonesian is not None and _lookup(str(self.indonesian), candidate))):
                yield candidate
        for i in range(2, 0 if slips_only else len(lower) - 2):
            head, tail = lower[:i], lower[i:]
            if head in ("di", "ke") and self.known(tail):
                yield f"{head} {tail}"

    def derived(self, lower: str) -> bool:
        """Whether an unknown word is a regular derivation of a known stem ("perpanjangan" = per-panjang-an,
        "terukur" = ter-ukur): hunspell-id lacks many such forms, which are not misspellings."""
        if self.indonesian is None:
            return False
        base = str(self.indonesian)
        for prefix, restore in _PREFIXES:
            if not lower.startswith(prefix):
                continue
            rest = lower[len(prefix):]
            for suffix in _SUFFIXES:
                if suffix and not rest.endswith(suffix):
                    continue
                stem = rest[: len(rest) - len(suffix)] if suffix else rest
                if suffix and stem.endswith(("an", "kan", "i")):
                    continue  # no ending twice ("pelayananan")
                for candidate in {stem, *(letter + stem for letter in restore)}:
                    if len(candidate) >= 3 and (candidate in self.extra or _lookup(base, candidate)):
                        return True
        return False

    def repair(self, lower: str) -> str | None:
        """A known word one inserted letter away, asked of hunspell itself (slow: only for words that look
        derived, where a left-out letter can hide as a plausible form: "pemohonan" for "permohonan")."""
        if self.indonesian is None or len(lower) < 6:
            return None
        base = str(self.indonesian)
        for i in range(1, len(lower)):
            for letter in _COMMON:
                candidate = lower[:i] + letter + lower[i:]
                if _lookup(base, candidate):
                    return candidate
        return None

    @staticmethod
    def _bare(lower: str) -> str:
        for enclitic in _ENCLITICS:
            if lower.endswith(enclitic) and len(lower) > len(enclitic) + 2:
                return lower[: -len(enclitic)]
        return lower


def _edits(word: str, slips_only: bool = False):
    """One-edit variants of a word, the likeliest repair first (insert, swap, replace, delete), each with
    whether it is one of the many cheap ones (insertions and replacements)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for head, tail in splits:
        for letter in _LETTERS:
            yield head + letter + tail, True
    for head, tail in splits:
        if len(tail) > 1 and tail[0] != tail[1]:
            yield head + tail[1] + tail[0] + tail[2:], False
    if slips_only:
        return
    for head, tail in splits:
        if tail:
            for letter in _LETTERS:
                if letter != tail[0]:
                    yield head + letter + tail[1:], True
    for head, tail in splits:
        if len(tail) > 1 and tail[0] == tail[1]:
            yield head + tail[1:], False  # a letter typed twice ("diitujukan")


def _same_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
    return word
