"""One Word file imported: read safely, split into kop, body and lampiran, and turned into draft records."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .blocks import Paragraph, walk_paragraphs
from .context import Context
from .keputusan import DecreeFound, heading_start, read_body
from .komponen import default_label
from .kop import read_kop
from .lampiran import LampiranFound, read_lampiran
from .reader import WordDocument, read_document
from .report import GUESSED, ImportReport, Place
from .safety import open_docx, read_input
from .stream import flatten
from .to_keputusan import DecreeBuilder
from .to_profil import kop_font, profile_record
from .to_standar import StandardDraft, standard_draft

_PAGE_NUMBER = re.compile(r"^(?P<pre>[^\d\n]{0,12}?)\d{1,3}(?P<post>[^\d\n]{0,12})$")


@dataclass
class FileImport:
    """What one file gives: a profile, a decree and standards (each may be missing)."""

    shown: str
    stem: str
    profil: dict | None = None
    emblem: tuple[str, bytes] | None = None
    decree: dict | None = None
    decree_target: str = ""
    standards: list[StandardDraft] = field(default_factory=list)
    sops: list[dict] = field(default_factory=list)  # SOP tables of the file's (single) standard
    facts: dict = field(default_factory=dict)
    body: bool = False
    author: str | None = None


def _vocabulary(doc: WordDocument, items: list, ctx: Context) -> None:
    """Properties and the decree's own paragraphs name things; tables' cells and headers come second."""
    for key in ("title", "creator"):
        if doc.properties.get(key):
            ctx.vocabulary.add(doc.properties[key], trusted=True)
    for item in items:
        for paragraph in walk_paragraphs([item]):
            for line in paragraph.text.split("\n"):
                ctx.vocabulary.add(" ".join(line.split()), trusted=isinstance(item, Paragraph))
    for paragraph in walk_paragraphs(doc.headers):
        ctx.vocabulary.add(" ".join(paragraph.text.split()))


def _kop_paragraphs(items: list, start: int, doc: WordDocument) -> list[Paragraph]:
    body = [item for item in items[:start] if isinstance(item, Paragraph)]
    if any(p.text.strip() for p in body):
        return body
    headers = [p for p in flatten(doc.headers) if isinstance(p, Paragraph)]
    return [p for p in headers if not _PAGE_NUMBER.match(" ".join(p.text.split()))]


def _page_numbers(doc: WordDocument) -> str | None:
    """The page-number pattern of the page header ("- {n} -"), when the header holds one."""
    for paragraph in flatten(doc.headers):
        if isinstance(paragraph, Paragraph):
            match = _PAGE_NUMBER.match(" ".join(paragraph.text.split()))
            if match and paragraph.text.strip():
                return f"{match['pre']}{{n}}{match['post']}"
    return None


def import_docx(path: Path, shown: str, report: ImportReport, serial: int) -> FileImport:
    """Import one DOCX file (raises ImportFailure for a file that cannot be read safely)."""
    package = open_docx(read_input(path, shown), shown)
    doc = read_document(package)
    ctx = Context(report, shown, properties=doc.properties)
    items = flatten(doc.body)
    _vocabulary(doc, items, ctx)
    result = FileImport(shown, path.stem, author=doc.properties.get("creator"))
    _tracked(doc, ctx)
    start = heading_start(items)
    body: DecreeFound | None = read_body(items, start) if start is not None else None
    lampiran = read_lampiran(items, body.end if body else 0, None)
    if body is not None:
        result.body = True
        result.decree_target = f"keputusan/{path.stem}.yaml"
        builder = DecreeBuilder(body, ctx, result.decree_target)
        result.decree = builder.build()
        result.facts.update(builder.facts)
        names = builder.service_names
    else:
        names = []
    kop = read_kop(_kop_paragraphs(items, start or 0, doc))
    if kop.pemerintah or kop.unit:
        result.profil, result.emblem = profile_record(kop, doc, ctx, "profil.yaml")
        kop_font(result.profil, next((p.font for p in _kop_lines(kop) if p.font), None))
    _standards(lampiran, ctx, result, names, serial)
    _layout(doc, lampiran, result)
    return result


def _kop_lines(kop) -> list[Paragraph]:
    lines = ([kop.pemerintah[1]] if kop.pemerintah else []) + [p for _, p in kop.unit]
    return lines


def _tracked(doc: WordDocument, ctx: Context) -> None:
    if doc.deleted or doc.inserted:
        ctx.report.unmapped(Place(ctx.shown), f"dokumen memuat perubahan terlacak ({doc.inserted} sisipan, "
                            f"{doc.deleted} hapusan); dibaca seolah semuanya diterima", GUESSED)
    if doc.comments:
        ctx.report.unmapped(Place(ctx.shown), f"{doc.comments} komentar di dokumen diabaikan")


def _standards(lampiran: LampiranFound, ctx: Context, result: FileImport, names: list[str], serial: int) -> None:
    standards = lampiran.standards
    by_position = len(names) == len(standards)
    single = len(standards) == 1 and not result.body
    for index, found in enumerate(standards):
        name = names[index] if by_position else next((n for n in names if n.upper() == found.title.upper()), None)
        target = f"standar/#{serial}-{index + 1}.yaml"
        draft = standard_draft(found, ctx, target, name, single)
        draft.id_hint = result.stem if single else None
        result.standards.append(draft)
    for stray in lampiran.strays:
        ctx.report.unmapped(ctx.place(stray), f'teks lampiran tidak dipetakan: "{" ".join(stray.text.split())[:80]}"')
    if result.body and names and not by_position:
        ctx.report.guessed(Place(ctx.shown), f"diktum menyebut {len(names)} standar, lampiran memuat "
                           f"{len(standards)} tabel; nama dicocokkan menurut judul")
    result.facts["lampiran_header"] = lampiran.header


def _layout(doc: WordDocument, lampiran: LampiranFound, result: FileImport) -> None:
    """Profile settings the layout shows: page numbers, signature per standard, dated header, labels."""
    facts = result.facts
    pattern = _page_numbers(doc)
    if pattern:
        facts["nomor_halaman"] = pattern
    if result.body and lampiran.standards:
        facts["tanda_tangan_per_standar"] = all(s.signature_after for s in lampiran.standards)
    if lampiran.header:
        facts["tanggal_di_lampiran"] = any(line.upper().startswith("TANGGAL") for line in lampiran.header)
    labels: dict[str, Counter] = {}
    groups: dict[int, Counter] = {}
    for draft in result.standards:
        for key, label in draft.labels.items():
            labels.setdefault(key, Counter())[label] += 1
        for index, text in draft.groups.items():
            groups.setdefault(index, Counter())[text] += 1
    facts["labels"] = labels
    facts["groups"] = groups


def default_differs(key: str, label: str) -> bool:
    """Whether a printed label differs from the default one (spacing aside)."""
    return " ".join(label.split()) != default_label(key)
