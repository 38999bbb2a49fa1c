"""Citations of legal instruments as data: "Undang - undang No.25 tahun 2009 Tentang ..." is parsed into
(jenis, penerbit, nomor, tahun, tentang, perubahan) with a grammar tolerant of dashes, spacing and case."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (key, rank in the hierarchy of UU 12/2011 Pasal 7 and 8, canonical name, full pattern, abbreviation)
_JENIS = (
    ("UUD", 0, "Undang-Undang Dasar", r"Undang\s*-?\s*Undang\s+Dasar", r"UUD"),
    ("TAP", 1, "Ketetapan Majelis Permusyawaratan Rakyat", r"Ketetapan\s+(?:Majelis\s+Permusyawaratan\s+Rakyat|MPR)",
     r"TAP\s+MPR"),
    ("PERPU", 2, "Peraturan Pemerintah Pengganti Undang-Undang",
     r"Peraturan\s+Pemerintah\s+Pengganti\s+Undang\s*-?\s*Undang", r"Perppu|Perpu"),
    ("UU", 2, "Undang-Undang", r"Undang\s*-?\s*Undang", r"UU"),
    ("PP", 3, "Peraturan Pemerintah", r"Peraturan\s+Pemerintah", r"PP"),
    ("PERPRES", 4, "Peraturan Presiden", r"Peraturan\s+Presiden", r"Perpres"),
    ("KEPPRES", 4, "Keputusan Presiden", r"Keputusan\s+Presiden", r"Keppres"),
    ("PERMEN", 5, "Peraturan Menteri", r"Peraturan\s+(?:Menteri|Badan|Lembaga|Kepala\s+(?:Badan|Lembaga))",
     r"Perme[nm]\w*|PermenPAN\w*"),
    ("PERDA_PROV", 6, "Peraturan Daerah Provinsi", r"Peraturan\s+Daerah\s+Provinsi", r"Perda\s+Provinsi"),
    ("PERGUB", 7, "Peraturan Gubernur", r"Peraturan\s+Gubernur", r"Pergub"),
    ("PERDA", 8, "Peraturan Daerah", r"Peraturan\s+Daerah", r"Perda"),
    ("PERKADA", 9, "Peraturan Bupati/Wali Kota", r"Peraturan\s+(?:Bupati|Wali\s*kota)", r"Perbup|Perwal\w*"),
    ("KEPUTUSAN", 10, "Keputusan", r"Keputusan\s+(?:Menteri|Gubernur|Bupati|Wali\s*kota|Kepala|Sekretaris|Direktur)",
     r"Kepmen\w*"),
)
_FULL = "|".join(f"(?P<{key}>{full})" for key, _, _, full, _ in _JENIS)
_ABBREVIATED = "|".join(f"(?P<{key}_s>{short})" for key, _, _, _, short in _JENIS)
_JENIS_RE = re.compile(rf"\b(?:(?i:{_FULL})|(?:{_ABBREVIATED}))(?![\w-])")
_RANK = {key: rank for key, rank, _, _, _ in _JENIS}
_CANONICAL = {key: name for key, _, name, _, _ in _JENIS}
_NUMBER = re.compile(
    r"(?P<nomor_kata>Nomor|nomor|NOMOR|Nomer|No\.?|no\.?)\s*:?\s*(?P<nomor>(?:[A-Z]{1,4}[ .]?)?\d+[\w./-]*?)"
    r"\s*,?\s+(?P<tahun_kata>[A-Za-z]{3,6})\s+(?P<tahun>1[89]\d\d|20\d\d)\b"
)
_UUD_YEAR = re.compile(r"[^;]{0,60}?\bTahun\s+(?P<tahun>1945)\b", re.IGNORECASE)
_TENTANG = re.compile(r"\s*,?\s*(?P<kata>tentang|Tentang|TENTANG)\s+")
_AMENDED = re.compile(r",?\s*sebagaimana\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?diubah\s+(?:terakhir\s+)?"
                      r"(?:dengan|oleh)\s+", re.IGNORECASE)
_ISSUER_LIMIT = 14
_ABBREVIATED_ISSUER = {
    "permendagri": "dalam negeri", "permenpanrb": "pendayagunaan aparatur negara dan reformasi birokrasi",
    "permempanrb": "pendayagunaan aparatur negara dan reformasi birokrasi",
    "permenpan": "pendayagunaan aparatur negara dan reformasi birokrasi", "permenkes": "kesehatan",
    "permenhub": "perhubungan", "permenkeu": "keuangan",
}


@dataclass(frozen=True)
class Citation:
    """One cited instrument and where it stands in the text (``end`` after its title)."""

    jenis: str
    written: str
    issuer: str
    nomor: str
    tahun: int
    tentang: str
    start: int
    end: int
    tentang_start: int = -1
    perubahan: tuple["Citation", ...] = ()
    abbreviated: bool = False

    @property
    def rank(self) -> int:
        """The rank in the hierarchy of UU 12/2011 (0 = UUD 1945)."""
        return _RANK[self.jenis]

    @property
    def canonical(self) -> str:
        """The jenis as the drafting conventions write it."""
        return _CANONICAL[self.jenis]

    @property
    def identity(self) -> tuple[str, str, str, int]:
        """What names one instrument whatever its wording: jenis, issuer, number, year."""
        return self.jenis, _issuer_key(self.jenis, self.issuer, self.written), _number_key(self.nomor), self.tahun

    @property
    def order_key(self) -> tuple[int, int, int]:
        """Rank, then year, then number: the order of Mengingat and Dasar Hukum."""
        digits = re.findall(r"\d+", self.nomor)
        return self.rank, self.tahun, int(digits[0]) if digits else 0

    def title_key(self) -> str:
        """The title compared between citations: case, spacing and final punctuation aside."""
        return " ".join(re.sub(r"[.,;:]+$", "", self.tentang).casefold().split())


def _issuer_key(jenis: str, issuer: str, written: str) -> str:
    text = " ".join(issuer.casefold().replace("republik indonesia", " ").split()).removeprefix("menteri ")
    text = _ABBREVIATED_ISSUER.get(written.casefold().replace("-", ""), text)
    return text if jenis in ("PERMEN", "PERDA_PROV", "PERGUB", "PERDA", "PERKADA", "KEPUTUSAN") else ""


def _number_key(nomor: str) -> str:
    return re.sub(r"(?<!\d)0+(?=\d)", "", re.sub(r"[\s.]", "", nomor.upper()))


def _jenis(match: re.Match) -> tuple[str, bool]:
    for name, value in match.groupdict().items():
        if value is not None:
            return name.removesuffix("_s"), name.endswith("_s")
    raise ValueError(match.group(0))


def parse_at(text: str, match: re.Match) -> Citation | None:
    """The citation whose jenis is ``match``; None when no number and year follow it."""
    key, abbreviated = _jenis(match)
    after = match.end()
    if key == "UUD":
        year = _UUD_YEAR.match(text, after)
        end = year.end() if year else after
        return Citation(key, match.group(0), "", "", 1945, "", match.start(), end, abbreviated=abbreviated)
    number = _number_search(text, after)
    if number is None:
        return None
    issuer = text[after:number.start()].strip(" ,")
    tentang, tentang_start, end = "", -1, number.end()
    title = _TENTANG.match(text, number.end())
    if title is not None:
        tentang_start = title.end()
        close = _title_end(text, tentang_start)
        tentang, end = text[tentang_start:close].strip(), close
    amendments: tuple[Citation, ...] = ()
    amended = _AMENDED.match(text, end)
    if amended is not None:
        amendments = tuple(citations(text[amended.end():], offset=amended.end()))[:1]
        if amendments:
            end = amendments[-1].end
    return Citation(key, match.group(0), issuer, number["nomor"], int(number["tahun"]), tentang, match.start(), end,
                    tentang_start, amendments, abbreviated)


def _number_search(text: str, start: int) -> re.Match | None:
    """The "Nomor ... Tahun ..." after a jenis, within a short issuer ("Menteri Dalam Negeri")."""
    window = text[start:start + 400]
    number = _NUMBER.search(window)
    if number is None:
        return None
    between = window[:number.start()]
    if len(between.split()) > _ISSUER_LIMIT or ";" in between or _JENIS_RE.search(between):
        return None
    return _NUMBER.search(text, start)


_TITLE_STOP = re.compile(r";|\n|\(|,?\s+(?:sebagaimana\b|juncto\b|junto\b|junco\b|jo\.|Pasal\s+\d)|\.(?=\s*$|\n)",
                         re.IGNORECASE)


def _title_end(text: str, start: int) -> int:
    """Where a citation's title ends: ";", "(", "sebagaimana", "juncto", a line or the text's end."""
    stop = _TITLE_STOP.search(text, start)
    return stop.start() if stop else len(text.rstrip())


@lru_cache(maxsize=8192)
def citations(text: str, offset: int = 0) -> tuple[Citation, ...]:
    """Every citation in a text, in order (a citation's amendments are inside it, not listed again)."""
    return tuple(_citations(text, offset))


def _citations(text: str, offset: int) -> list[Citation]:
    found: list[Citation] = []
    position = 0
    while True:
        match = _JENIS_RE.search(text, position)
        if match is None:
            return found
        citation = parse_at(text, match)
        if citation is None:
            position = match.end()
            continue
        found.append(_shift(citation, offset))
        position = max(citation.end, match.end())


def _shift(citation: Citation, offset: int) -> Citation:
    if not offset:
        return citation
    return Citation(citation.jenis, citation.written, citation.issuer, citation.nomor, citation.tahun,
                    citation.tentang, citation.start + offset, citation.end + offset,
                    citation.tentang_start + offset if citation.tentang_start >= 0 else -1,
                    tuple(_shift(c, offset) for c in citation.perubahan), citation.abbreviated)


def entry(text: str) -> Citation | None:
    """The instrument a Mengingat or Dasar Hukum entry cites: the first citation of the text."""
    found = citations(text)
    return found[0] if found else None


def old_titles(text: str) -> list[tuple[int, int]]:
    """Spans of titles cited from before the 1972 spelling reform (quoted as enacted, never respelled)."""
    spans = []
    for citation in citations(text):
        for cited in (citation, *citation.perubahan):
            if cited.tahun < 1973 and cited.tentang_start >= 0:
                spans.append((cited.tentang_start, cited.tentang_start + len(cited.tentang)))
    return spans
