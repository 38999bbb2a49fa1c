"""A decree record from the body found: heading, konsiderans, diktum, signature, Tembusan, lampiran."""

from __future__ import annotations

import datetime as dt
import re

from ..text.nip import NipError, parse_nip
from ..text.tanggal import NAMA_BULAN
from .context import Context
from .keputusan import DIKTUM_NAMES, DecreeFound, Part, points
from .markdown import markdown, plain
from .outline import Node, outline

UNFILLED = "(belum diisi)"
_MONTHS = {name.lower(): index for index, name in enumerate(NAMA_BULAN, start=1)}
_MONTHS.update({"pebruari": 2, "nopember": 11, "agustus": 8, "okt": 10, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
                "jun": 6, "jul": 7, "agu": 8, "sep": 9, "nov": 11, "des": 12})
_REVOKE = re.compile(r"^Pada saat Keputusan ini mulai berlaku,?\s*(?P<list>.+?)\s*,?\s*dicabut dan dinyatakan "
                     r"tidak berlaku\.?$", re.S)
_REVOKED = re.compile(r"^Keputusan (?P<jabatan>.+?) Nomor (?P<nomor>.+?) Tahun (?P<tahun>\d{4}) tentang "
                      r"(?P<tentang>.+)$", re.S)
_SERVICE = re.compile(r"^Standar\s+Pelayanan\s+(?P<nama>.+?)\s*(?:;\s*(?:dan|atau|dan/atau)?|,\s*dan|\.)?\s*$", re.I)


def parse_date(text: str) -> dt.date | None:
    """ "15 Januari 2024" (with the usual misspellings of month names) as a date."""
    match = re.search(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
    if not match:
        return None
    month = _MONTHS.get(match[2].lower())
    try:
        return dt.date(int(match[3]), month, int(match[1])) if month else None
    except ValueError:
        return None


def nomor_parts(line: str, title: str | None) -> tuple[str, int | None, str, bool]:
    """(nomor, tahun, format_nomor, exact) from the NOMOR line, helped by the document's title property."""
    body = re.sub(r"^\s*NOMOR\s*", "", line, flags=re.I)
    safe = body.replace("{", "{{").replace("}", "}}")
    known = re.search(r"\bNomor (?P<nomor>.+?) Tahun (?P<tahun>\d{4}) tentang\b", title or "")
    if known and known["nomor"] in body:
        start = body.index(known["nomor"])
        after = body.rfind(known["tahun"])
        if after >= start + len(known["nomor"]):
            fmt = (_brace(body[:start]) + "{nomor}" + _brace(body[start + len(known["nomor"]):after]) + "{tahun}"
                   + _brace(body[after + 4:]))
            return known["nomor"], int(known["tahun"]), fmt, True
    match = re.match(r"^(?P<pre>[:\s]*)(?P<nomor>.+?)(?P<mid>\s+TAHUN\s+)(?P<tahun>\d{4})(?P<post>\s*)$", body, re.I)
    if match:
        return match["nomor"], int(match["tahun"]), f"{_brace(match['pre'])}{{nomor}}{_brace(match['mid'])}{{tahun}}", True
    match = re.match(r"^(?P<pre>[:\s]*)(?P<nomor>.+)/(?P<tahun>\d{4})\s*$", body)
    if match:
        return match["nomor"], int(match["tahun"]), f"{_brace(match['pre'])}{{nomor}}/{{tahun}}", False
    match = re.match(r"^(?P<pre>[:\s]*)(?P<nomor>.+?)\s*$", body)
    return (match["nomor"] if match else safe), None, f"{_brace(match['pre']) if match else ''}{{nomor}}", False


def _brace(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


class DecreeBuilder:
    """Builds the record of one decree; every value's origin goes to the report."""

    def __init__(self, found: DecreeFound, ctx: Context, target: str):
        self.found, self.ctx, self.target = found, ctx, target
        self.data: dict = {}
        self.facts: dict = {}      # what the profile learns: format_nomor, official line
        self.service_names: list[str] = []

    def mapped(self, where, message: str, path: tuple) -> None:
        self.ctx.report.mapped(self.ctx.place(where), message, self.target, path)

    def guessed(self, where, message: str, path: tuple) -> None:
        self.ctx.report.guessed(self.ctx.place(where), message, self.target, path)

    def build(self) -> dict:
        """The decree's fields, in the order of the record format."""
        self.heading()
        parts = self.found.parts
        for key, label in (("menimbang", "menimbang"), ("mengingat", "mengingat"), ("memperhatikan", "memperhatikan")):
            chosen = [p for p in parts if p.label.lower() == label]
            if chosen:
                self.data[key] = self.konsiderans(chosen[0], key)
        menetapkan = [p for p in parts if p.label.lower() == "menetapkan"]
        self.data["menetapkan"] = plain(outline(menetapkan[0].paragraphs)) if menetapkan else ""
        self.data["diktum"] = self.diktum([p for p in parts if p.label.upper() in DIKTUM_NAMES])
        self.signature()
        tembusan = [p for p in parts if p.label.lower().startswith("tembusan")]
        if tembusan:
            self.data["tembusan"] = [plain(point.nodes()) for point in points(tembusan[0].paragraphs)]
        for stray in self.found.strays:
            self.ctx.report.unmapped(self.ctx.place(stray), f'teks di luar bagian keputusan: "{stray.text[:80]}"')
        return self.data

    # --- heading --------------------------------------------------------------------------------

    def heading(self) -> None:
        lines = self.found.heading
        jabatan, index = [], 0
        first, where = lines[0]
        jabatan.append(re.sub(r"^\s*KEPUTUSAN\s*", "", first))
        index = 1
        while index < len(lines) and not re.match(r"^\s*NOMOR\b", lines[index][0], re.I):
            jabatan.append(lines[index][0])
            index += 1
        title_text = " ".join(j for j in jabatan if j)
        self.data["jabatan"] = self.ctx.cased(title_text, where, self.target, ("jabatan",), "jabatan")
        if index < len(lines):
            self.nomor(lines[index])
            index += 1
        tentang, official = [], None
        for line, at in lines[index:]:
            if line.upper().startswith("TENTANG"):
                line = line[7:].strip()
            if line.upper() == "DENGAN RAHMAT TUHAN YANG MAHA ESA":
                self.data["dengan_rahmat"] = True
                continue
            if line.endswith(","):
                official = (line, at)
                continue
            if line:
                tentang.append((line, at))
        text = " ".join(t for t, _ in tentang)
        self.data["tentang"] = self.ctx.cased(text, tentang[0][1] if tentang else where, self.target, ("tentang",),
                                              "tentang")
        if official and official[0].rstrip(",").upper() != self.data["jabatan"].upper():
            self.ctx.report.unmapped(self.ctx.place(official[1]), f'baris pejabat "{official[0]}" berbeda dari '
                                     f'jabatan pada judul; yang dicetak ulang: "{self.data["jabatan"].upper()},"')

    def nomor(self, line_at) -> None:
        line, where = line_at
        nomor, tahun, fmt, exact = nomor_parts(line, self.ctx.properties.get("title"))
        self.data["nomor"] = nomor
        self.facts["format_nomor"] = fmt
        if tahun is None:
            self.facts["tahun_unknown"] = where
        else:
            self.data["tahun"] = tahun
        if exact:
            self.mapped(where, f'nomor "{nomor}", tahun {tahun}', ("nomor",))
        else:
            self.guessed(where, f'baris "{line}" dibaca sebagai nomor "{nomor}" dan tahun {tahun}; '
                         f'pola nomor profil "{fmt}"', ("nomor",))

    # --- konsiderans and diktum -------------------------------------------------------------------

    def konsiderans(self, part: Part, key: str) -> list[str]:
        found = points(part.paragraphs)
        for index, point in enumerate(found):
            self.mapped(point.head.paragraph, f"{part.label} {point.marker or ''} → {key}[{index}]".replace("  ", " "),
                        (key, index))
        return [markdown(point.nodes()).strip() for point in found if markdown(point.nodes()).strip()]

    def diktum(self, parts: list[Part]) -> list[dict]:
        entries = []
        for index, part in enumerate(parts):
            expected = DIKTUM_NAMES[index] if index < 40 else part.label
            if part.label.upper() != expected:
                self.guessed(part.at, f'diktum tertulis "{part.label}" adalah diktum ke-{index + 1}; nama diktum '
                             f'dibuat ulang menjadi "{expected}"', ("diktum", index))
            else:
                self.mapped(part.at, f"diktum {part.label}", ("diktum", index))
            entries.append(self.diktum_entry(part, index))
        return entries

    def diktum_entry(self, part: Part, index: int) -> dict:
        nodes = outline(part.paragraphs)
        entry: dict = {}
        services = [(n, found) for n in nodes if n.marker and (found := _SERVICE.match(plain([Node(None, n.runs)])))]
        listed = [n for n, _ in services]
        if len(listed) >= 1 and len(listed) == len([n for n in nodes if n.marker]):
            self.service_names = [found["nama"].strip() for _, found in services]
            nodes = [n for n in nodes if n not in listed]
            entry["daftar_layanan"] = True
            self.mapped(part.at, f"daftar {len(listed)} standar pelayanan → daftar_layanan: true", ("diktum", index))
            if any(not re.fullmatch(r"[a-z]{1,2}\.", n.marker or "") for n in listed):  # each has one
                self.guessed(part.at, f'daftar layanan bernomor "{listed[0].marker}"; daftar yang dibuat ulang memakai '
                             "huruf (a., b., ...)", ("diktum", index))
        revoked, nodes = self.revocation(nodes, part, index)
        text = markdown(nodes).strip()
        if text:
            entry = {"teks": text, **entry}
        if revoked:
            entry["mencabut"] = revoked
        return entry

    def revocation(self, nodes: list[Node], part: Part, index: int) -> tuple[list[dict], list[Node]]:
        for position, node in enumerate(nodes):
            match = _REVOKE.match(plain([node]))
            if not match:
                continue
            found = []
            for piece in re.split(r";\s*(?=Keputusan )", match["list"]):
                item = _REVOKED.match(piece.strip())
                if not item:
                    return [], nodes
                found.append({"jabatan": item["jabatan"], "nomor": item["nomor"], "tahun": int(item["tahun"]),
                              "tentang": item["tentang"].strip()})
            self.mapped(part.at, f"pencabutan {len(found)} keputusan → mencabut", ("diktum", index))
            return found, nodes[:position] + nodes[position + 1:]
        return [], nodes

    # --- signature ------------------------------------------------------------------------------

    def signature(self) -> None:
        lines = list(self.found.signature)
        if not lines:
            year = self.data.get("tahun", 2000)
            self.data["ditetapkan"] = {"tempat": UNFILLED, "tanggal": dt.date(year, 1, 1)}
            self.data["penandatangan"] = {"jabatan": self.data.get("jabatan", UNFILLED), "nama": UNFILLED}
            for path in (("ditetapkan",), ("penandatangan",)):
                self.guessed(None, "blok tanda tangan tidak ditemukan (gambar hasil pindaian?); isi tempat, tanggal "
                             "dan penanda tangan", path)
            return
        place, at = re.sub(r"^\s*Ditetapkan\s+di\s*:?\s*", "", lines[0][0], flags=re.I), lines[0][1]
        rest = lines[1:]
        date = None
        if rest and re.match(r"^\s*pada\s+tanggal\b", rest[0][0], re.I):
            date = parse_date(rest[0][0])
            date_at = rest[0][1]
            rest = rest[1:]
        self.data["ditetapkan"] = {"tempat": place.strip(" ,") or "-", "tanggal": date}
        if date is None:
            self.data["ditetapkan"]["tanggal"] = dt.date(self.data.get("tahun", 2000), 1, 1)
            self.guessed(at, "tanggal penetapan tidak terbaca; diisi 1 Januari tahun keputusan",
                         ("ditetapkan", "tanggal"))
        else:
            self.mapped(date_at, f"tanggal penetapan {date.isoformat()}", ("ditetapkan", "tanggal"))
        self.signer(rest, at)

    def signer(self, lines: list, at) -> None:
        jabatan = []
        while lines:
            line, at = lines.pop(0)
            jabatan.append(line)
            if line.endswith(","):
                break
        person = {"jabatan": " ".join(jabatan).rstrip(",").strip() or "-"}
        names = [(line, where) for line, where in lines if not line.upper().startswith("NIP")]
        nip = [(line, where) for line, where in lines if line.upper().startswith("NIP")]
        if names:
            person["nama"] = names[0][0]
            if len(names) > 1:
                person["pangkat"] = " ".join(line for line, _ in names[1:])
        else:
            person["nama"] = "-"
            self.guessed(at, "nama penanda tangan tidak ditemukan", ("penandatangan", "nama"))
        if nip:
            self.nip(nip[0], person)
        self.data["penandatangan"] = person

    def nip(self, line_at, person: dict) -> None:
        line, where = line_at
        digits = re.sub(r"\D", "", line)
        try:
            person["nip"] = parse_nip(line).formatted
        except NipError as exc:
            try:
                person["nip"] = parse_nip(digits).formatted
                self.guessed(where, f'NIP "{line}" dikelompokkan ulang 8-6-1-3 ({exc})', ("penandatangan", "nip"))
            except NipError as again:
                self.ctx.report.unmapped(self.ctx.place(where), f'NIP "{line}" tidak valid ({again}); tidak diimpor')
