"""The semantic comparison of two projects: documents added, removed, renamed or changed, part by part."""

from __future__ import annotations

from dataclasses import dataclass

from ..project import Project
from .align import LineChange, align
from .canonical import CanonicalDocument, Part, project_texts

KIND_ORDER = {"profil": 0, "keputusan": 1, "standar": 2}


@dataclass(frozen=True)
class PartDiff:
    """One part of a document (a component, Menimbang, ...) line by line."""

    key: str
    heading: str
    group: str | None
    lines: tuple[LineChange, ...]
    old_heading: str | None = None  # set when the heading itself changed

    @property
    def changes(self) -> tuple[LineChange, ...]:
        """The lines that are not kept as they were (renumbering alone does not count)."""
        return tuple(c for c in self.lines if c.op != "equal")

    @property
    def renumbered(self) -> tuple[LineChange, ...]:
        """Kept lines whose marker changed (a list renumbered around an insertion or removal)."""
        return tuple(c for c in self.lines if c.op == "equal" and c.renumbered)

    @property
    def changed(self) -> bool:
        """Whether anything in the part differs, markers included."""
        return bool(self.changes or self.renumbered or self.old_heading is not None)


@dataclass(frozen=True)
class DocumentDiff:
    """A decree, standard or profile on both sides: its status and its parts."""

    kind: str
    region: str
    id: str
    old_id: str | None
    status: str  # added, removed, renamed, modified or unchanged
    title: str
    parts: tuple[PartDiff, ...]

    @property
    def changed(self) -> bool:
        """Whether the document differs between the two sides."""
        return self.status != "unchanged"

    @property
    def sort_key(self) -> tuple:
        """Region, then profile, decrees, standards, then id."""
        return (self.region, KIND_ORDER[self.kind], self.id)


@dataclass(frozen=True)
class ChangeReport:
    """Every document of both sides, compared; the sides are named as the user gave them."""

    old_label: str
    new_label: str
    documents: tuple[DocumentDiff, ...]

    @property
    def changed(self) -> tuple[DocumentDiff, ...]:
        """The documents that differ."""
        return tuple(d for d in self.documents if d.changed)

    def counts(self) -> dict[str, int]:
        """How many documents have each status."""
        counts = {status: 0 for status in ("added", "removed", "renamed", "modified", "unchanged")}
        for doc in self.documents:
            counts[doc.status] += 1
        return counts


def _part_diff(old: Part | None, new: Part | None) -> PartDiff:
    shown = new or old
    assert shown is not None, "_parts() names only parts of one side or the other"
    lines = align(list(old.lines) if old else [], list(new.lines) if new else [])
    old_heading = old.heading if old and new and old.heading != new.heading else None
    return PartDiff(shown.key, shown.heading, shown.group, tuple(lines), old_heading)


def _parts(old: CanonicalDocument | None, new: CanonicalDocument | None) -> tuple[PartDiff, ...]:
    old_parts = {p.key: p for p in old.parts} if old else {}
    new_parts = {p.key: p for p in new.parts} if new else {}
    order = [p.key for p in new.parts] if new else []
    order += [key for key in old_parts if key not in new_parts]
    return tuple(_part_diff(old_parts.get(key), new_parts.get(key)) for key in order)


def compare_documents(old: CanonicalDocument | None, new: CanonicalDocument | None, status: str) -> DocumentDiff:
    """One document on both sides (either may be missing, not both)."""
    shown = new or old
    if shown is None:
        raise ValueError("compare_documents() needs a document on at least one side")
    parts = _parts(old, new)
    if status == "modified" and not any(part.changed for part in parts):
        status = "unchanged"
    old_id = old.id if status == "renamed" and old is not None else None  # a rename has both sides
    return DocumentDiff(shown.kind, shown.region, shown.id, old_id, status, shown.title, parts)


def _renames(removed: dict, added: dict) -> list[tuple[tuple, tuple]]:
    """Removed and added documents of one region and kind that are the same one under a new id."""
    pairs = []
    for same in (lambda a, b: a.content() == b.content(), lambda a, b: a.title == b.title):
        for old_key, old_doc in sorted(removed.items()):
            match = next((k for k, d in sorted(added.items())
                          if d.kind == old_doc.kind and d.region == old_doc.region and d.kind != "profil"
                          and same(old_doc, d)), None)
            if match is not None:
                pairs.append((old_key, match))
                del added[match]
        for old_key, _ in pairs:
            removed.pop(old_key, None)
    return pairs


def compare_projects(old: Project, new: Project, old_label: str, new_label: str) -> ChangeReport:
    """Compare two loaded projects document by document."""
    before = {d.key: d for d in project_texts(old)}
    after = {d.key: d for d in project_texts(new)}
    removed = {k: d for k, d in before.items() if k not in after}
    added = {k: d for k, d in after.items() if k not in before}
    docs = [compare_documents(before[k], after[k], "modified") for k in before if k in after]
    docs += [compare_documents(before[a], after[b], "renamed") for a, b in _renames(removed, added)]
    docs += [compare_documents(d, None, "removed") for d in removed.values()]
    docs += [compare_documents(None, d, "added") for d in added.values()]
    return ChangeReport(old_label, new_label, tuple(sorted(docs, key=lambda d: d.sort_key)))
