"""The canonical text of a decree and of a standard: named parts of plain lines, decided once.

The text export writes it for ``git diff``; the semantic diff compares it part by part; the
redline and the tracked-changes DOCX print it. Wording, markers and diktum names come from
``document.py``, exactly as the printed decree has them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..document import DecreeDocument, Point, decree_document, standard_table
from ..model import Profil
from ..project import Decree, Project, Region, Service
from .uraian_text import Line, squeeze, uraian_lines


@dataclass(frozen=True)
class Part:
    """A named part of a document (Menimbang, a component, ...) and its lines."""

    key: str
    heading: str
    lines: tuple[Line, ...]
    group: str | None = None


@dataclass(frozen=True)
class CanonicalDocument:
    """A decree, a standard or a region profile as canonical text."""

    kind: str  # "keputusan", "standar" or "profil"
    region: str
    id: str
    title: str
    parts: tuple[Part, ...]
    banner: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity across revisions: region, kind and id."""
        return (self.region, self.kind, self.id)

    @property
    def path(self) -> str:
        """Where the export writes it, relative to the output folder."""
        if self.kind == "standar":
            return f"{self.region}/standar/{self.id}.txt"
        if self.kind == "profil":
            return f"{self.region}/profil.txt"
        return f"{self.region}/{self.id}.txt"

    def content(self) -> tuple[tuple[str, tuple[Line, ...]], ...]:
        """The parts without headings: what decides whether two documents say the same."""
        return tuple((part.key, part.lines) for part in self.parts)


def _plain(lines: list[str]) -> tuple[Line, ...]:
    return tuple(Line(0, None, squeeze(text)) for text in lines if squeeze(text))


def _points(points: tuple[Point, ...]) -> tuple[Line, ...]:
    lines: list[Line] = []
    for point in points:
        lines.extend(uraian_lines(point.text, 0, point.marker))
    return tuple(lines)


def _diktum(doc: DecreeDocument) -> tuple[Line, ...]:
    lines: list[Line] = []
    for part in doc.diktum:
        lines.extend(uraian_lines(part.text, 0, f"{part.name} :"))
        for item in part.items:
            lines.extend(uraian_lines(item.text, 1, item.marker))
    return tuple(lines)


def _signature(doc: DecreeDocument) -> tuple[Line, ...]:
    sign = doc.signature
    assert sign is not None, "a decree's document is signed"
    return _plain([sign.place_line, sign.date_line, sign.atas_nama or "", sign.jabatan, sign.nama, sign.pangkat or "",
                   sign.golongan or "", sign.nip_line or ""])


def _lampiran(doc: DecreeDocument) -> tuple[Line, ...]:
    lines = list(_plain(list(doc.lampiran_header)))
    for section in doc.sections:
        level = 0
        if section.heading:
            lines.append(Line(0, None, squeeze(section.heading)))
            level = 1
        for table in section.standards:
            lines.append(Line(level, "-", squeeze(" ".join(table.title))))
    return tuple(lines)


def decree_text(region: Region, decree: Decree) -> CanonicalDocument:
    """A decree's body and its lampiran's list of standards (the standards have files of their own)."""
    doc = decree_document(region, decree)
    heading = [*doc.heading, "TENTANG", doc.tentang]
    if doc.dengan_rahmat:
        heading.append("DENGAN RAHMAT TUHAN YANG MAHA ESA")
    parts = [
        Part("judul", "", _plain([*heading, doc.official])),
        Part("menimbang", "Menimbang", _points(doc.menimbang)),
        Part("mengingat", "Mengingat", _points(doc.mengingat)),
    ]
    if doc.memperhatikan:
        parts.append(Part("memperhatikan", "Memperhatikan", _points(doc.memperhatikan)))
    parts += [
        Part("menetapkan", "Menetapkan", _plain([doc.menetapkan])),
        Part("diktum", "Diktum", _diktum(doc)),
        Part("penandatangan", "Penandatangan", _signature(doc)),
    ]
    if doc.tembusan:
        parts.append(Part("tembusan", "Tembusan", _points(doc.tembusan)))
    parts.append(Part("lampiran", "Lampiran", _lampiran(doc)))
    return CanonicalDocument("keputusan", region.id, decree.id, doc.title, tuple(parts))


def service_text(region: Region, service: Service) -> CanonicalDocument:
    """A standard: who gives it, then its 14 components under their numbered labels."""
    record = service.record
    table = standard_table(service, region.profil)
    identity = [f"Nama: {record.nama}", f"Unit: {record.unit}", f"Status: {record.status}"]
    if record.judul:
        identity.insert(1, f"Judul: {record.judul}")
    if record.nomor_sk:
        identity.append(f"Nomor SK: {record.nomor_sk}")
    parts = [Part("identitas", "", _plain(identity))]
    for group in table.groups:
        for row in group.rows:
            heading = f"{row.number} {row.label}"
            parts.append(Part(row.key, heading, tuple(uraian_lines(row.text)) if row.text else (), group.label))
    title = f"Standar Pelayanan {record.nama}"
    return CanonicalDocument("standar", region.id, service.id, title, tuple(parts), table.title)


def _profile_lines(profil: Profil, emblem_digest: str | None) -> tuple[Line, ...]:
    flat: list[str] = []

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for key in sorted(value):
                walk(f"{prefix}.{key}" if prefix else key, value[key])
        elif isinstance(value, list):
            flat.append(f"{prefix}: " + " | ".join(str(v) for v in value))
        elif value is not None:
            flat.append(f"{prefix}: {value}")

    walk("", profil.model_dump(mode="json"))
    if emblem_digest:
        flat.append(f"lambang.sha256: {emblem_digest}")
    return _plain(flat)


def profile_text(region: Region) -> CanonicalDocument:
    """A region's profile settings, one per line (they shape every document of the region)."""
    digest = hashlib.sha256(region.emblem.source.read_bytes()).hexdigest() if region.emblem else None
    part = Part("profil", "Profil", _profile_lines(region.profil, digest))
    return CanonicalDocument("profil", region.id, "profil", f"Profil {region.profil.nama}", (part,))


def project_texts(project: Project) -> list[CanonicalDocument]:
    """Every decree and standard of a project (and each region's profile), in a stable order."""
    docs: list[CanonicalDocument] = []
    for region in sorted(project.regions, key=lambda r: r.id):
        docs.append(profile_text(region))
        docs.extend(decree_text(region, d) for d in sorted(region.decrees, key=lambda d: d.id))
        docs.extend(service_text(region, s) for s in sorted(region.services, key=lambda s: s.id))
    return docs


def render_text(doc: CanonicalDocument) -> str:
    """The document as a text file: parts under ``##`` headings, components grouped under ``#``."""
    out: list[str] = [*doc.banner, ""] if doc.banner else []
    group = None
    for part in doc.parts:
        if part.group and part.group != group:
            group = part.group
            out += ["", f"# {part.group.upper()}"]
        if part.heading:
            out += ["", f"{'###' if part.group else '##'} {part.heading}"]
        out += [line.render() for line in part.lines]
    return "\n".join(out).strip("\n") + "\n"
