"""Spelling of prose against hunspell-id and sk-builder's word lists, and the form of web and e-mail
addresses (also against the region's own domains)."""

from __future__ import annotations

import re
from typing import Iterator

from .finding import FieldPath, Finding, line_col, rules
from .konteks import Konteks
from .rujukan import citations, old_titles

RULES = rules("SK380", "SK381", "SK382", "SK383", "SK384")

SKIPPED_KEYS = frozenset({"nomor", "nomor_sk", "status", "layanan", "id", "dari", "ke", "tempat", "nip", "nama",
                          "pangkat", "aturan", "kolom", "alasan", "jenis", "label", "unit", "tembusan"})
"""Fields that hold names, numbers or keys rather than prose (``nama`` of a standard is checked apart)."""

_ADDRESS = re.compile(
    r"(?<![\w@.-])(?:[A-Za-z]{2,7}:/{1,3}|[A-Za-z]{3,7}//|www\.)[^\s<>()\"'\]]+"
    r"|[\w.+-]+@[\w-]+(?:[.,][\w-]+)+"
    r"|(?<![\w@./-])(?:[\w-]+\.)+(?:go|co|ac|or|sch|web|my|desa)[.,][a-z]{1,4}\b"
)
_MASK = re.compile(r"\*[^*\n]+\*|_[^_\n]+_|`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)")
_WORD = re.compile(r"(?<![\w@./\\-])[A-Za-z]+(?:'[A-Za-z]+)?(?:-[A-Za-z]+)*(?![\w@/]|-\d|\.[A-Za-z0-9])")
_PLACES = frozenset(
    "atas bawah dalam luar sini sana situ mana antara samping depan belakang tengah sekitar sebelah seluruh "
    "kota desa kantor rumah kemudian muka akhir awal bagian wilayah daerah lingkungan tempat".split())
"""Words that follow the preposition "di"/"ke" as a word of its own ("di atas"), never as a prefix."""
_TLDS = frozenset("id com net org info biz gov edu int co go ac sch or web my desa ponpes mil io app".split())
_NEAR_TLD = {"con": "com", "cm": "com", "comm": "com", "cpm": "com", "ocm": "com", "og": "org", "ogr": "org",
             "idd": "id", "di": "id", "ig": "id", "net.": "net", "nett": "net"}


def check_text(konteks: Konteks, field: FieldPath, text: str) -> Iterator[Finding]:
    """Spelling and addresses in one prose text."""
    key = next((part for part in reversed(field) if isinstance(part, str)), "")
    found = konteks.sites.get(text)
    if found is None:
        found = konteks.sites[text] = [(f.code, f.message, f.at) for f in addresses(konteks, (), text)]
    for code, message, at in found:
        yield Finding(code, field, message, at)
    if key in SKIPPED_KEYS and tuple(field) != ("nama",):
        return
    yield from spelling(konteks, field, text)


def _masked(text: str) -> str:
    """The text with addresses, emphasis, code, links and old titles blanked out (positions kept)."""
    chars = list(text)
    spans = [m.span() for pattern in (_ADDRESS, _MASK) for m in pattern.finditer(text)] + old_titles(text)
    spans += [(c.start, c.start + len(c.written)) for c in citations(text)]
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def spelling(konteks: Konteks, field: FieldPath, text: str) -> Iterator[Finding]:
    """Every word that is non-standard or unknown; names (capitalised) only when one slip from a word.
    The problems of a text are remembered, so a sentence repeated across standards is read once."""
    if konteks.kamus.indonesian is None:
        return
    found = konteks.memo.get(text)
    if found is None:
        found = konteks.memo[text] = list(_spelling(konteks.kamus, text, konteks.words))
    for code, message, at in found:
        yield Finding(code, field, message, at)


def _spelling(kamus, text: str, words: dict) -> Iterator[tuple[str, str, tuple[int, int]]]:
    """The problems of one text; ``words`` keeps the problem of each word judged (see ``_judged``)."""
    masked = _masked(text)
    found = list(_WORD.finditer(masked))
    joined = set()
    for first, second in _pairs(masked, found):
        word = first.group(0) + second.group(0)
        if first.group(0).islower() and not (kamus.known(first.group(0)) and kamus.known(second.group(0))) \
                and kamus.known(word) and word.lower() not in _nonstandard():
            joined |= {first.start(), second.start()}
            yield "SK381", f'"{first.group(0)} {second.group(0)}" ditulis serangkai: "{word}"', \
                line_col(text, first.start())
    for match in found:
        if match.start() in joined:
            continue
        word = match.group(0)
        if "-" in word and kamus.known(word):
            continue
        for part, offset in _parts(word):
            problem = _judged(kamus, part, words)
            if problem is not None:
                yield (*problem, line_col(text, match.start() + offset))


def _judged(kamus, word: str, words: dict) -> tuple[str, str] | None:
    """The problem of a word, judged once while the words the dictionary has met stay the same: a suggestion
    may be a word met earlier, so a judgement that read them holds only until another word is met."""
    kept = words.get(word)
    if kept is not None and kept[1] in (None, kamus.met):
        return kept[0]
    met, consulted = kamus.met, kamus.consulted
    problem = _problem(kamus, word)
    words[word] = (problem, None if kamus.consulted == consulted else met)
    return problem


def _pairs(text: str, words: list[re.Match]):
    """Consecutive words (of ``words``, the matches of ``_WORD`` in the text) separated by one space."""
    for first, second in zip(words, words[1:]):
        if text[first.end():second.start()] == " ":
            yield first, second


def _parts(word: str) -> list[tuple[str, int]]:
    """A word, or the parts of a hyphenated word that are not a reduplication ("kota-kota")."""
    if "-" not in word:
        return [(word, 0)]
    pieces = word.split("-")
    if any(_acronym(piece) for piece in pieces):
        return []
    if len(pieces) == 2 and pieces[0].lower() in pieces[1].lower():
        return [(pieces[0], 0)]
    parts, offset = [], 0
    for piece in pieces:
        parts.append((piece, offset))
        offset += len(piece) + 1
    return parts


def _acronym(word: str) -> bool:
    """Acronyms and brands: short capitals ("KTP"), capitals inside a word ("WhatsApp", "SIMBG")."""
    return (word.isupper() and len(word) <= 4) or any(ch.isupper() for ch in word[1:]) and not word.isupper()


def _problem(kamus, word: str) -> tuple[str, str] | None:
    """The code and message for a word, or None when it is fine (or possibly a name)."""
    lower = word.lower()
    if (len(word) < 3 and lower not in _nonstandard()) or _acronym(word) or kamus.known(word):
        return None
    if lower in _nonstandard():
        return "SK381", f'"{word}" tidak baku; tulis "{kamus.suggestion(word)}"'
    if kamus.english_word(word):
        return "SK384", f'istilah asing "{word}" ditulis miring (*{word}*) atau diganti padanannya'
    if word.islower():
        if lower in _PREFIXES:
            return "SK381", f'awalan "{word}" ditulis serangkai dengan kata berikutnya (sebelum singkatan dengan ' \
                            f'tanda hubung, mis. "{word}-AC")'
        return _lower_case(kamus, word)
    fix = kamus.suggestion(word, slips_only=True) if len(word) >= 6 else None
    return None if fix is None else ("SK381", f'"{word}" salah ketik; tulis "{fix}"')


def _lower_case(kamus, word: str) -> tuple[str, str] | None:
    """An unknown word in lower case: a day or month without its capital, "di"/"ke" written as a prefix
    before a place, a passive "di-" verb the dictionary lacks (left alone), or a misspelling."""
    if kamus.known(word.capitalize()) and not kamus.known(word.capitalize() + "x"):
        title = word.capitalize()
        if title.lower() in _CAPITALISED:
            return "SK381", f'"{word}" ditulis dengan huruf kapital: "{title}"'
    for prefix in ("di", "ke"):
        rest = word[len(prefix):]
        if word.startswith(prefix) and kamus.known(rest):
            if rest in _PLACES:
                return "SK381", f'"{word}": kata depan ditulis terpisah: "{prefix} {rest}"'
            if prefix == "di":
                return None
    if kamus.derived(word):
        fix = kamus.repair(word)
        if fix is None:
            return None  # a regular derivation the dictionary lacks ("perpanjangan", "terukur")
    else:
        fix = kamus.suggestion(word) if len(word) >= 5 else None
    hint = f'; maksudnya "{fix}"?' if fix else ""
    return "SK381", f'"{word}" tidak baku atau tidak ada dalam kamus{hint}'


_PREFIXES = frozenset("ber ter per pe me se".split())
_CAPITALISED = frozenset("senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli "
                         "agustus september oktober november desember".split())


def _nonstandard() -> dict[str, str]:
    from .kamus import nonstandard

    return nonstandard()


def addresses(konteks: Konteks, field: FieldPath, text: str) -> Iterator[Finding]:
    """Web and e-mail addresses whose form is broken, or that nearly but not quite use the region's domain."""
    for match in _ADDRESS.finditer(text):
        address = match.group(0).rstrip(".,;:")
        at = line_col(text, match.start())
        problem = address_problem(address)
        if problem:
            yield Finding("SK382", field, f'"{address}": {problem}', at)
            continue
        host = _host(address)
        near = _near_own_domain(host, konteks.domains)
        if near:
            yield Finding("SK383", field, f'"{address}": domain "{host}" mirip domain wilayah "{near}"; periksa '
                                          "alamatnya", at)


def address_problem(address: str) -> str | None:
    """What is wrong with the form of a web or e-mail address, if anything."""
    scheme = re.match(r"([A-Za-z]{2,7})(:/{1,3}|//)", address)
    if scheme and (scheme[1].lower() not in ("http", "https") or scheme[2] != "://"):
        return f'awalan "{scheme.group(0)}" salah; tulis "https://"'
    host = _host(address)
    if "," in host:
        return f'koma di dalam nama domain "{host}"; tulis titik'
    last = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if last in _NEAR_TLD:
        return f'akhiran domain ".{last}" salah ketik; maksudnya ".{_NEAR_TLD[last]}"?'
    if last and last not in _TLDS and len(last) <= 4 and not last.isdigit():
        return f'akhiran domain ".{last}" tidak dikenal'
    return None


def _host(address: str) -> str:
    if "@" in address and "//" not in address:
        return address.rsplit("@", 1)[1].lower()
    rest = re.sub(r"^[A-Za-z]{2,7}(?::/{1,3}|//)", "", address)
    return re.split(r"[/?#:]", rest, maxsplit=1)[0].lower().removeprefix("www.")


def _near_own_domain(host: str, domains: tuple[str, ...]) -> str | None:
    """The region domain a host nearly matches without being inside it ("gianyarkab.co.id")."""
    for domain in domains:
        if host == domain or host.endswith("." + domain):
            return None
    for domain in domains:
        name = domain.split(".")[0]
        labels = host.split(".")
        if len(name) >= 5 and (name in labels or any(_distance(label, name) == 1 for label in labels if len(label) >= 5)):
            return domain
    return None


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
