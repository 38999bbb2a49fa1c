"""Letter case for text a decree prints in capitals (titles, the jabatan, Bagian headings).

A decree prints "TENTANG STANDAR PELAYANAN ..." and "BAGIAN HUKUM" in capitals, but the records
keep the words as written. The case is taken, in this order, from where the document writes the
same words in mixed case: its properties (title, author), then its text (the diktum that lists
the services, the Uraian cells); failing that word by word from the document's own spelling
(an acronym seen only in capitals stays in capitals); failing that in title case with the small
words of Indonesian titles in lower case. Every answer says how it was found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

SMALL = {"dan", "di", "ke", "dari", "yang", "untuk", "pada", "atau", "serta", "tentang", "dalam", "oleh",
         "dengan", "bagi", "atas", "terhadap", "sebagai", "antara", "kepada", "melalui", "per"}


@dataclass
class Vocabulary:
    """The mixed-case text of a document, in two tiers: what names things (the document's
    properties, the decree's body, the list of services) and the rest (Uraian cells, headers)."""

    sources: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    spellings: tuple[dict[str, Counter], dict[str, Counter]] = field(default_factory=lambda: ({}, {}))

    def add(self, text: str, trusted: bool = False) -> None:
        """Learn a text; only text not written wholly in capitals teaches spelling."""
        if not text or not re.search(r"[a-z]", text):
            return
        tiers = (0, 1) if trusted else (1,)
        self.sources[0 if trusted else 1].append(text)
        for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text):
            for tier in tiers:
                self.spellings[tier].setdefault(word.lower(), Counter())[word] += 1

    def spelling(self, word: str, first: bool, tier: int = 1) -> tuple[str, bool]:
        """(the word as the document spells it, whether it was seen) from one tier's spellings."""
        seen = self.spellings[tier].get(word.lower())
        if not seen:
            return _title_word(word, first), False
        mixed = [(count, form) for form, count in seen.items() if not form.isupper() or len(form) == 1]
        if not mixed:
            return word.upper(), True
        form = max(mixed, key=lambda pair: (pair[0], pair[1][:1].isupper()))[1]
        if first or (form[:1].islower() and word.lower() not in SMALL):
            form = form[:1].upper() + form[1:]
        elif word.lower() in SMALL:
            form = form.lower()
        return form, True


def _title_word(word: str, first: bool) -> str:
    lower = word.lower()
    if lower in SMALL and not first:
        return lower
    return "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))


@dataclass(frozen=True)
class Cased:
    """Text in letter case and how the case was found ("dokumen" when found as a phrase)."""

    text: str
    how: str

    @property
    def guessed(self) -> bool:
        """Whether the case is a guess rather than copied from the document."""
        return self.how != "dokumen"


def restore(text: str, vocabulary: Vocabulary) -> Cased:
    """Capitals as the document writes the same words elsewhere (see the module docstring)."""
    text = " ".join(text.split())
    if not text or re.search(r"[a-z]", text):
        return Cased(text, "dokumen")
    core = text.rstrip(".,;:")
    ending = text[len(core):]
    found = _phrase(core, vocabulary.sources[0], vocabulary)
    if found:
        return Cased(found + ending, "dokumen")
    words, seen_all = _words(text, vocabulary, 0)
    if seen_all:
        return Cased(words, "ejaan dokumen")
    found = _phrase(core, vocabulary.sources[1], vocabulary)
    if found:
        return Cased(found + ending, "dokumen")
    words, seen_all = _words(text, vocabulary, 1)
    return Cased(words, "ejaan dokumen" if seen_all else "huruf judul")


def _phrase(core: str, sources: list[str], vocabulary: Vocabulary) -> str | None:
    pattern = re.compile(r"(?<![A-Za-z])" + r"\s+".join(map(re.escape, core.split())) + r"(?![A-Za-z])", re.I)
    for source in sources:
        for match in pattern.finditer(source):
            if _plausible(match.group(0), vocabulary):
                return " ".join(match.group(0).split())
    return None


def _words(text: str, vocabulary: Vocabulary, tier: int) -> tuple[str, bool]:
    words, seen_all = [], True
    for index, word in enumerate(text.split()):
        rebuilt: list[str] = []
        for part in re.split(r"([A-Za-z][A-Za-z'-]*)", word):
            if re.fullmatch(r"[A-Za-z][A-Za-z'-]*", part):
                form, seen = vocabulary.spelling(part, index == 0 and not rebuilt, tier)
                seen_all = seen_all and seen
                rebuilt.append(form)
            else:
                rebuilt.append(part)
        words.append("".join(rebuilt))
    return " ".join(words), seen_all
def _plausible(found: str, vocabulary: Vocabulary) -> bool:
    """A phrase written as a name: its words after the first capitalised (small words aside), and no
    word in capitals that the document elsewhere writes in lower case."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", found)
    if any(w[0].islower() and w.lower() not in SMALL for w in words[1:]):
        return False
    for word in re.findall(r"[A-Za-z]{2,}", found):
        if word.isupper():
            form, seen = vocabulary.spelling(word, False)
            if seen and not form.isupper():
                return False
    return not found.isupper()
