"""A standard record from a standard found in the lampiran: name, unit, status and the 14 components."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import KOMPONEN_KEYS
from .context import Context
from .lampiran import StandardFound
from .markdown import markdown
from .outline import outline
from .report import MISSING, PICTURE, Place

PLACEHOLDER = re.compile(r"^\*?\(?belum diisi\)?\*?\s*$", re.I)
_PROPERTY_TITLE = re.compile(r"^Standar Pelayanan (?P<nama>.+?)(?: — Lampiran .*)?$", re.S)


@dataclass
class StandardDraft:
    """A standard on its way to a record: its data, the file stem it may take and the labels it printed."""

    data: dict
    target: str                       # provisional record path, e.g. "standar/#3.yaml"
    id_hint: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    groups: dict[int, str] = field(default_factory=dict)
    signature_after: bool = False
    heading: str | None = None


def _name(found: StandardFound, name: str | None, ctx: Context, target: str, single: bool) -> dict:
    """nama and judul: the decree's list gives the name as written; the table title may differ (judul)."""
    title = found.title
    props = _PROPERTY_TITLE.match(ctx.properties.get("title", ""))
    if name is None and single and props:
        name = props["nama"].strip()  # the document's title property keeps the name as written
    where = found.title_at
    if name is None:
        if not title:
            title = found.heading or "STANDAR PELAYANAN"
            ctx.report.guessed(ctx.place(where), "tabel standar tanpa judul; nama diambil dari judul Bagian",
                               target, ("nama",))
        name = ctx.cased(title, where, target, ("nama",), "nama layanan")
        return {"nama": name}
    ctx.report.mapped(ctx.place(where), f'nama layanan "{name}"', target, ("nama",))
    if title and " ".join(title.upper().split()) != " ".join(name.upper().split()):
        return {"nama": name, "judul": ctx.cased(title, where, target, ("judul",), "judul standar")}
    return {"nama": name}


def _komponen(found: StandardFound, ctx: Context, target: str, draft: StandardDraft) -> dict:
    komponen: dict[str, str] = {}
    for row in found.rows:
        place = ctx.place(row.place)
        text = markdown(outline(row.paragraphs))
        if PLACEHOLDER.match(text.strip()):
            text = ""
        draft.labels.setdefault(row.key, row.label.replace("\u200b", ""))
        if row.key in komponen and text:
            ctx.report.guessed(place, f'komponen "{row.key}" muncul lagi (label "{row.label}"); isinya digabung',
                               target, ("komponen", row.key))
            komponen[row.key] = komponen[row.key].rstrip("\n") + "\n\n" + text
        elif text:
            komponen[row.key] = text
            ctx.report.mapped(place, f'baris "{row.label}" → komponen {row.key}', target, ("komponen", row.key))
        for picture, cell in row.pictures:
            what = picture.description or picture.name
            ctx.report.unmapped(Place(ctx.shown, place.line, cell),
                                f'gambar "{what}" di Uraian {row.key} tidak diimpor; '
                                + ("gambar ulang sebagai bagan_prosedur" if row.key == "prosedur"
                                   else "tuliskan isinya sebagai teks"), PICTURE)
    for where, text in found.strays:
        ctx.report.unmapped(Place(ctx.shown, 1, where),
                            f'baris tabel tidak dikenali sebagai komponen: "{text[:80]}"')
    return {key: komponen[key] for key in KOMPONEN_KEYS if key in komponen}


def standard_draft(found: StandardFound, ctx: Context, target: str, name: str | None = None,
                   single: bool = False) -> StandardDraft:
    """The record of one standard; ``name`` is its name as the decree's list writes it."""
    draft = StandardDraft({}, target, signature_after=found.signature_after, heading=found.heading)
    draft.data.update(_name(found, name, ctx, target, single))
    heading = found.heading
    if heading:
        draft.data["unit"] = ctx.cased(heading, found.heading_at, target, ("unit",), "unit")
        ctx.report.mapped(ctx.place(found.heading_at), f'unit "{draft.data["unit"]}" dari judul Bagian', target,
                          ("unit",))
    komponen = _komponen(found, ctx, target, draft)
    missing = [key for key in KOMPONEN_KEYS if key not in komponen]
    if found.draft or missing:
        draft.data["status"] = "draft"
    if missing:
        ctx.report.unmapped(ctx.place(found.title_at), f"komponen tidak ada di tabel: {', '.join(missing)}; "
                            "standar disimpan berstatus draft", MISSING)
    draft.data["komponen"] = komponen
    draft.groups = {index: text for index, text in reversed(found.groups)}
    return draft
