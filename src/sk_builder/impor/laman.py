"""A standard published on a SIPPN-style web page imported as a draft record (and its SOP, if shown).

Such a page names the unit (a card with its address, website and the "Pemerintah Kab. X / Unit"
trail), the service (the main heading), "No. SK", then the components under headings:
Persyaratan; Sistem, Mekanisme dan Prosedur; Waktu Penyelesaian; Biaya / Tarif; Produk
Pelayanan; Pengaduan Layanan. The unit card is often repeated inside every tab: a run of blocks
that repeats an earlier run is left out. A page whose headings were lost (icons for tab labels)
is split by its containers and the parts are given the components in the usual order of these
pages, each reported as a guess. The record is always ``status: draft``: a page shows at most six
of the fourteen components.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .casing import Vocabulary
from .context import Context
from .dokumen import FileImport
from .html_blocks import Block, PageReader
from .komponen import component_of
from .markdown import markdown
from .outline import Node
from .report import MISSING, PICTURE, ImportReport, Place
from .safety import parse_html, read_input
from .sop_tabel import is_sop_table, read_sop
from .to_standar import StandardDraft

PAGE_ORDER = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
_NO_SK = re.compile(r"^No\.?\s*SK\s*:?\s*(?P<nomor>.*)$", re.I)
_TRAIL = re.compile(r"^Pemerintah\s+(?P<jenis>Kab\.?|Kabupaten|Kota|Prov\.?|Provinsi)\s+(?P<nama>[^/]+?)\s*/\s*(?P<unit>.+)$",
                    re.I)
_JENIS = {"kab": "Kabupaten", "kabupaten": "Kabupaten", "kota": "Kota", "prov": "Provinsi", "provinsi": "Provinsi"}
_PHONE_TAIL = re.compile(r"^(?P<alamat>.*\d{5})\s+(?P<telepon>[\d()+\- ]{6,})$")


def _repeats(blocks: list[Block]) -> set[int]:
    """Indexes of blocks in runs (two or more) that repeat an earlier run of blocks word for word."""
    texts = [f"{b.kind != 'heading'}:{b.text}" if b.kind != "heading" else f"h:{b.text}" for b in blocks]
    dropped: set[int] = set()
    for i in range(len(blocks)):
        if i in dropped:
            continue
        for j in range(i):
            length = 0
            while i + length < len(blocks) and j + length < i and texts[i + length] == texts[j + length] \
                    and blocks[i + length].text:
                length += 1
            if length >= 2:
                dropped.update(range(i, i + length))
                break
    return dropped


def _clean(runs):
    """Icon characters (☎, ✉) at the start of a line are left out."""
    from .blocks import Run

    out, start = [], True
    for run in runs:
        text = run.text
        if start:
            stripped = text.lstrip()
            while stripped and unicodedata.category(stripped[0]) in ("So", "Co"):
                stripped = stripped[1:].lstrip()
            text = stripped if stripped != text.lstrip() else text
        out.append(Run(text, run.bold, run.italic, run.link))
        start = text.endswith("\n") or (start and not text.strip())
    return out


class PageImport:
    """Maps the blocks of one page to a profile, a draft standard and an SOP."""

    def __init__(self, blocks: list[Block], ctx: Context, result: FileImport, serial: int):
        self.blocks, self.ctx, self.result = blocks, ctx, result
        self.target = f"standar/#{serial}-1.yaml"
        self.sop_target = f"sop/#{serial}-1.yaml"
        self.draft = StandardDraft({}, self.target)

    def place(self, block: Block | None, what: str = "") -> Place:
        return Place(self.ctx.shown, block.line if block else 1, what)

    def run(self) -> None:
        title_index = next((i for i, b in enumerate(self.blocks) if b.kind == "heading" and b.level == 1), None)
        if title_index is None:
            title_index = next((i for i, b in enumerate(self.blocks) if b.text.lower().startswith("standar pelayanan")),
                               None)
        if title_index is None:
            return
        self.header(self.blocks[:title_index])
        self.title(self.blocks[title_index])
        self.components(self.blocks[title_index + 1:])

    # --- the unit card and the title --------------------------------------------------------------

    def header(self, blocks: list[Block]) -> None:
        profil: dict = {}
        for block in blocks:
            text = block.text
            trail = _TRAIL.match(text)
            if block.kind == "heading" and "unit" not in profil:
                profil["unit"] = text
            elif trail:
                nama = f"{_JENIS[trail['jenis'].lower().rstrip('.')]} {trail['nama'].strip()}"
                profil.setdefault("nama", nama)
                profil.setdefault("pemerintah", f"Pemerintah {nama}")
            elif any(r.link for r in block.runs) and "laman" not in profil:
                profil["laman"] = re.sub(r"^https?://|/$", "", text)
            elif block.kind == "para" and "alamat" not in profil:
                phone = _PHONE_TAIL.match(text)
                profil["alamat"] = phone["alamat"] if phone else text
                if phone:
                    profil["telepon"] = phone["telepon"].strip()
        for key, value in profil.items():
            self.ctx.report.mapped(self.place(blocks[0] if blocks else None), f'{key} "{value}" dari kartu unit',
                                   "profil.yaml", (key,))
        if {"nama", "pemerintah", "unit"} <= set(profil):
            self.result.profil = {k: profil[k] for k in ("nama", "pemerintah", "unit", "alamat", "telepon", "laman")
                                  if k in profil}
            self.ctx.report.unmapped(self.place(blocks[0]), "lambang unit di halaman tidak diunduh; simpan lambang "
                                     "ke folder wilayah dan tulis namanya di profil (lambang:)", PICTURE)
        if "unit" in profil:
            self.draft.data["unit"] = profil["unit"]

    def title(self, block: Block) -> None:
        name = re.sub(r"^Standar\s+Pelayanan\s+", "", block.text, flags=re.I)
        self.draft.data = {"nama": name, **self.draft.data, "status": "draft"}
        self.ctx.report.mapped(self.place(block), f'nama layanan "{name}"', self.target, ("nama",))

    # --- components ----------------------------------------------------------------------------

    def components(self, blocks: list[Block]) -> None:
        sections: dict[str, list[Block]] = {}
        current: str | None = None
        headed = any(b.kind == "heading" and component_of(b.text) for b in blocks)
        loose: list[Block] = []
        for block in blocks:
            number = _NO_SK.match(block.text) if block.kind == "para" else None
            if number:
                if number["nomor"].strip():
                    self.draft.data["nomor_sk"] = number["nomor"].strip()
                    self.ctx.report.mapped(self.place(block), "No. SK", self.target, ("nomor_sk",))
                continue
            if block.kind == "heading":
                match = component_of(block.text)
                current = match[0] if match else None
                if current is not None:
                    sections.setdefault(current, [])
                    self.ctx.report.mapped(self.place(block), f'judul "{block.text}" → komponen {current}',
                                           self.target, ("komponen", current))
                elif headed:
                    self.ctx.report.unmapped(self.place(block), f'bagian "{block.text}" bukan komponen; tidak diimpor')
                continue
            if current is not None:
                sections[current].append(block)
            elif headed:
                self.ctx.report.unmapped(self.place(block), f'teks di luar komponen tidak diimpor: "{block.text[:70]}"')
            else:
                loose.append(block)
        if not headed:
            sections = self.by_order(loose)
        self.fill(sections)

    def by_order(self, blocks: list[Block]) -> dict[str, list[Block]]:
        """A page without component headings: its containers, in the usual order of these pages."""
        groups: list[list[Block]] = []
        for block in blocks:
            if groups and groups[-1][-1].group == block.group:
                groups[-1].append(block)
            else:
                groups.append([block])
        sections = {}
        for key, group in zip(PAGE_ORDER, groups):
            sections[key] = group
            self.ctx.report.guessed(self.place(group[0]), f"halaman tanpa judul komponen; bagian ke-{len(sections)} "
                                    f"dianggap {key} menurut urutan halaman SIPPN", self.target, ("komponen", key))
        for group in groups[len(PAGE_ORDER):]:
            self.ctx.report.unmapped(self.place(group[0]), f'teks sesudah komponen tidak diimpor: "{group[0].text[:70]}"')
        return sections

    def fill(self, sections: dict[str, list[Block]]) -> None:
        komponen = {}
        for key in PAGE_ORDER:
            blocks = sections.get(key, [])
            listed = [b for b in blocks if b.kind == "list"]
            nodes: list[Node] = []
            for block in blocks:
                nodes += self.content(block, key, listed)
            text = markdown(nodes).strip()
            if text:
                komponen[key] = text + "\n"
                self.check(key, blocks)
        missing = [key for key in PAGE_ORDER if key not in komponen]
        if missing:
            self.ctx.report.unmapped(self.place(None), f"halaman tidak memuat {', '.join(missing)}", MISSING)
        self.draft.data["komponen"] = komponen

    def content(self, block: Block, key: str, listed: list[Block]) -> list[Node]:
        if block.kind == "para":
            return [Node(None, _clean(block.runs))]
        if block.kind == "list":
            return block.nodes
        if block.kind == "image":
            self.ctx.report.unmapped(self.place(block), f'gambar "{block.alt}" di {key} tidak diimpor', PICTURE)
            return []
        if block.kind == "table" and is_sop_table(block.rows):
            self.sop(block, listed)
            return []
        if block.kind == "table":
            self.ctx.report.unmapped(self.place(block), f"tabel di {key} dibaca sebagai baris teks")
            return [Node(None, [_run(" | ".join(t for t, _, _ in row if t))]) for row in block.rows if any(row)]
        return []

    def check(self, key: str, blocks: list[Block]) -> None:
        """A time, fee or product that holds a list of steps may belong to the procedure."""
        steps = [n for b in blocks if b.kind == "list" for n in b.nodes]
        if key in ("jangka_waktu", "biaya") and len(steps) >= 3:
            self.ctx.report.guessed(self.place(blocks[0]), f"{key} memuat daftar {len(steps)} langkah; periksa "
                                    "apakah daftar itu bagian dari prosedur", self.target, ("komponen", key))

    def sop(self, block: Block, listed: list[Block]) -> None:
        beside = [" ".join("".join(r.text for r in n.runs).split()) for b in listed for n in b.nodes]
        found = read_sop(block.rows, beside)
        if found is None:
            return
        self.result.sops.append({"pelaksana": found.pelaksana, "kegiatan": found.kegiatan})
        for index, reason, guessed in found.reasons:
            note = self.ctx.report.guessed if guessed else self.ctx.report.mapped
            note(self.place(block, f"tabel SOP, kegiatan {index + 1}"), f"pelaksana {found.kegiatan[index]['pelaksana']}: "
                 f"{reason}", self.sop_target, ("kegiatan", index, "pelaksana"))
        for index in (0, len(found.kegiatan) - 1):
            self.ctx.report.guessed(self.place(block, f"tabel SOP, kegiatan {index + 1}"), "simbol awal/akhir alur "
                                    "disimpulkan dari urutan", self.sop_target, ("kegiatan", index, "jenis"))


def _run(text: str):
    from .blocks import Run

    return Run(text)


def _unit_from_complaints(data: dict, blocks: list[Block]) -> str | None:
    """ "Bagian X" named where complaints go, spelled as the page writes it in running text."""
    text = data.get("komponen", {}).get("pengaduan", "")
    found = re.search(r"\bBagian\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)*", text)
    if not found:
        return None
    vocabulary = Vocabulary()
    for block in blocks:
        vocabulary.add(block.text)
    words = [vocabulary.spelling(word, index == 0)[0] if word.isupper() and len(word) > 1 else word
             for index, word in enumerate(found.group(0).split())]
    return " ".join(words)


def import_page(path: Path, shown: str, report: ImportReport, serial: int) -> FileImport:
    """Import one page (raises ImportFailure for a file that cannot be read)."""
    root = parse_html(read_input(path, shown), shown)
    blocks = PageReader().read(root)
    dropped = _repeats(blocks)
    blocks = [b for i, b in enumerate(blocks) if i not in dropped]
    ctx = Context(report, shown)
    result = FileImport(shown, path.stem)
    page = PageImport(blocks, ctx, result, serial)
    page.run()
    if "nama" not in page.draft.data or not page.draft.data.get("komponen"):
        return result
    if "unit" not in page.draft.data:
        unit = _unit_from_complaints(page.draft.data, blocks)
        if unit:
            page.draft.data["unit"] = unit
            report.guessed(Place(shown), f'unit "{unit}" disimpulkan dari teks pengaduan', page.target, ("unit",))
    page.draft.data = {k: page.draft.data[k] for k in ("nama", "unit", "status", "nomor_sk", "komponen")
                       if k in page.draft.data}
    result.standards.append(page.draft)
    return result
