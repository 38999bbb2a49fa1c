"""Hunspell lookups answered like spylls' ``Dictionary.lookup``, but without its full search where the answer
is certain: spylls builds every way a word splits into prefixes, stem and suffixes (some hundred objects for
an affixed Indonesian word) before it knows; most answers need only a few string operations.

* Unknown for sure: no split of the word (any prefixes, any suffixes, two of each at most, conditions and
  flags ignored) leaves a stem the dictionary has.
* Known for sure: the word, or the word less one prefix, one suffix, or one of each, is a stem the
  dictionary has, and spylls' own ``is_good_form`` accepts that split (the splits are built as spylls
  builds them, so each is one spylls would try).

Anything else, and any dictionary with features these shortcuts do not cover (compounds, input
conversion, ignored or forbidden words, German sharp s), is asked of spylls itself. ``plain_dic`` reads a
``.dic`` file of plain lines into the entries spylls' reader would make, faster.
"""

from __future__ import annotations

from typing import Any, Iterator

from spylls.hunspell.algo.lookup import NUMBER_REGEXP, AffixForm


class Lookup:
    """``lookup(word)``: whether a word is correct in one hunspell dictionary (read by spylls)."""

    def __init__(self, dictionary):
        self.dictionary = dictionary
        aff = self.aff = dictionary.aff
        self.index, self.lowercase = dictionary.dic.index, dictionary.dic.lowercase_index
        self.splits = not (aff.ICONV or aff.IGNORE or aff.COMPOUNDBEGIN or aff.COMPOUNDFLAG or aff.COMPOUNDRULE)
        """Whether the affix splits alone decide the lookup (no compounds, nothing converted or ignored)."""
        self.forms = self.splits and not (aff.FORBIDDENWORD or aff.CHECKSHARPS)
        """Whether one accepted split is enough (no forbidden word can end the search before it)."""
        self.prefixes = _cuts(aff.PFX, prefix=True)
        self.suffixes = _cuts(aff.SFX, prefix=False)

    def __call__(self, word: str) -> bool:
        aff = self.aff
        broken = any(pattern.regexp.search(word) for pattern in aff.BREAK)
        if not self.splits or not word or broken or NUMBER_REGEXP.fullmatch(word):
            return bool(self.dictionary.lookup(word))
        captype, variants = aff.casing.variants(word)
        if not any(stem in self.index or stem in self.lowercase for v in variants for stem in self._stems(v)):
            return False
        if self.forms and any(self._good(form, captype) for v in variants for form in self._forms(v)):
            return True
        return bool(self.dictionary.lookup(word))

    def _stems(self, word: str) -> set[str]:
        """Every stem any split of the word could leave (more than spylls tries: no condition, no flag)."""
        found = {word}
        for _ in range(2):
            found |= {cut(stem) for stem in found for cut in self.prefixes(stem)}
        for _ in range(2):
            found |= {cut(stem) for stem in found for cut in self.suffixes(stem)}
        return found

    def _forms(self, word: str) -> Iterator[AffixForm]:
        """The splits with at most one prefix and one suffix whose stem the dictionary has, each as spylls'
        ``produce_affix_forms`` builds it (``desuffix``, ``deprefix`` and their cross product)."""
        yield AffixForm(word, word)
        for suffix in self.aff.suffixes_index.lookup(word[::-1]):
            stem = suffix.replace_regexp.sub(suffix.strip, word)
            if stem in self.index and suffix.cond_regexp.search(stem):
                yield AffixForm(word, stem, suffix=suffix)
        for prefix in self.aff.prefixes_index.lookup(word):
            stem = prefix.replace_regexp.sub(prefix.strip, word)
            if not prefix.cond_regexp.search(stem):
                continue
            if stem in self.index:
                yield AffixForm(word, stem, prefix=prefix)
            if not prefix.crossproduct:
                continue
            for suffix in self.aff.suffixes_index.lookup(stem[::-1]):
                if not suffix.crossproduct:
                    continue
                root = suffix.replace_regexp.sub(suffix.strip, stem)
                if root in self.index and suffix.cond_regexp.search(root):
                    yield AffixForm(word, root, prefix=prefix, suffix=suffix)

    def _good(self, form: AffixForm, captype) -> bool:
        """Whether spylls accepts a split with one of the dictionary's entries for its stem."""
        lookuper = self.dictionary.lookuper
        return any(lookuper.is_good_form(form.replace(in_dictionary=entry), compoundpos=None, captype=captype)
                   for entry in self.dictionary.dic.homonyms(form.stem))


def _cuts(affixes: dict, prefix: bool):
    """``cuts(word)``: for each affix written at the word's start (``prefix``) or end, one function removing it as
    spylls does (by the affix's own pattern); affixes alike in text and restored letters count once."""
    distinct: dict[tuple[str, str], Any] = {}
    for affix in (a for group in affixes.values() for a in group):
        distinct.setdefault((affix.add, affix.strip), affix)
    by_add: dict[str, list] = {}
    for (add, strip), affix in sorted(distinct.items()):
        by_add.setdefault(add, []).append(lambda word, rx=affix.replace_regexp, strip=strip: rx.sub(strip, word))
    lengths = sorted({len(add) for add in by_add})

    def cuts(word: str) -> list:
        ends = (word[:n] if prefix else word[len(word) - n:] for n in lengths if n <= len(word))
        return [cut for end in ends for cut in by_add.get(end, ())]
    return cuts


def plain_dic(text: str, aff, context):
    """The entries of a ``.dic`` file's text as spylls' ``read_dic`` makes them, when every line is a plain
    ``stem`` or ``stem/flags`` (no data tags, tabs, spaces or escaped slashes, no ignored characters):
    the same steps without its per-line parsing of what such lines lack. None for any other file."""
    from spylls.hunspell.algo.capitalization import Type
    from spylls.hunspell.data.dic import Dic, Word
    from spylls.hunspell.readers.dic import COUNT_REGEXP

    if context.ignore:
        return None
    result = Dic(words=[])
    guess, lower, flags_of, append = aff.casing.guess, aff.casing.lower, context.parse_flags, result.append
    for number, line in enumerate(text.split("\n"), start=1):
        if number == 1:
            line = line.replace("\xef\xbb\xbf", "")  # as spylls' reader does
        line = line.strip()
        if not line or (number == 1 and COUNT_REGEXP.match(line)):
            continue
        if " " in line or "\t" in line or "\\" in line or line.startswith("/") or line.count("/") > 1:
            return None
        stem, _, flags = line.partition("/")
        captype = guess(stem)
        append(Word(stem=stem, flags={*flags_of(flags)}, data={}, captype=captype, alt_spellings=[]),
               lower=lower(stem) if captype != Type.NO else stem)
    return result
