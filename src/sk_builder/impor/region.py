"""The files of one import put together into one region: ids, the profile, the decrees' lampiran.

Standards found in several files (a whole decree and the extract of one of its standards) are
one standard: the first file's text is kept and a difference is reported. A standard's id is the
id of a record with the same name already in the region, else the name of the file that holds it
alone (``persuratan.docx`` gives ``persuratan``), else a slug of its name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..model import GRUP
from .dokumen import FileImport, default_differs
from .report import GUESSED, ImportReport, Place, UNMAPPED
from .to_profil import layout_facts
from .to_standar import StandardDraft


def slug(text: str, limit: int = 60) -> str:
    """A file-name id: lower case ASCII words joined by "-", cut at a word."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        if out and len(out) + 1 + len(word) > limit:
            break
        out = f"{out}-{word}" if out else word[:limit]
    return out or "standar"


@dataclass
class RegionImport:
    """Every record one import writes, keyed by path in the region folder, and the emblem."""

    profil: dict | None = None
    emblem: tuple[str, bytes] | None = None
    decrees: dict[str, dict] = field(default_factory=dict)
    standards: dict[str, dict] = field(default_factory=dict)
    sops: dict[str, dict] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # record path -> file it came from
    author: str | None = None  # the first file's author property

    @property
    def empty(self) -> bool:
        """Whether nothing usable was found."""
        return not (self.decrees or self.standards or self.sops)


def _key(name: str) -> str:
    return " ".join(name.upper().split())


def assemble(files: list[FileImport], existing: dict[str, str], report: ImportReport) -> RegionImport:
    """One region from the imported files; ``existing`` maps names of standards already there to ids."""
    region = RegionImport(author=next((f.author for f in files if f.author), None))
    ids = _standard_ids(files, existing, report, region)
    for item in files:
        if item.profil is not None and region.profil is None:
            region.profil, region.emblem = dict(item.profil), item.emblem
            region.sources["profil.yaml"] = item.shown
    for item in files:
        if item.decree is not None:
            _decree(item, item.decree, ids, report, region)
        _sops(item, ids, report, region)
    _profile_facts(files, region)
    return region


def _standard_ids(files: list[FileImport], existing: dict[str, str], report: ImportReport,
                  region: RegionImport) -> dict[int, str]:
    """Final ids of the drafts (by object id), standards merged by name, notes re-targeted."""
    ids: dict[int, str] = {}
    by_name: dict[str, str] = {}
    taken = set(existing.values())
    for item in files:
        for draft in item.standards:
            name = _key(draft.data["nama"])
            if name in by_name:
                _duplicate(draft, by_name[name], region, report, item.shown)
                ids[id(draft)] = by_name[name]
                continue
            hint = existing.get(name) or _hinted(files, name) or slug(draft.data["nama"])
            new_id = hint
            counter = 2
            while new_id in region.standards or (new_id in taken and existing.get(name) != new_id):
                new_id, counter = f"{hint}-{counter}", counter + 1
            ids[id(draft)] = by_name[name] = new_id
            region.standards[new_id] = draft.data
            region.sources[f"standar/{new_id}.yaml"] = item.shown
            report.retarget(draft.target, f"standar/{new_id}.yaml")
    return ids


def _hinted(files: list[FileImport], name: str) -> str | None:
    """The stem of a file that holds this standard alone, if any."""
    for item in files:
        for draft in item.standards:
            if draft.id_hint and _key(draft.data["nama"]) == name:
                return slug(draft.id_hint)
    return None


def _duplicate(draft: StandardDraft, kept: str, region: RegionImport, report: ImportReport, shown: str) -> None:
    if draft.data != region.standards[kept]:
        report.unmapped(Place(shown), f'standar "{draft.data["nama"]}" juga ada di {region.sources[f"standar/{kept}.yaml"]} '
                        "dengan isi berbeda; yang dipakai isi berkas pertama", GUESSED)
    report.retarget(draft.target, f"standar/{kept}.yaml")


def _decree(item: FileImport, decree: dict, ids: dict[int, str], report: ImportReport, region: RegionImport) -> None:
    data = dict(decree)
    groups: list[dict] = []
    for draft in item.standards:
        bagian = draft.data.get("unit") if draft.heading else None
        if groups and groups[-1].get("bagian") == bagian:
            groups[-1]["layanan"].append(ids[id(draft)])
        else:
            groups.append({"bagian": bagian, "layanan": [ids[id(draft)]]} if bagian else {"layanan": [ids[id(draft)]]})
    missing = [key for key in ("menimbang", "mengingat", "diktum") if not data.get(key)]
    if not groups:
        missing.append("lampiran")
    if missing:
        report.unmapped(Place(item.shown), f"keputusan tidak disimpan: bagian {', '.join(missing)} tidak ditemukan", UNMAPPED)
        return
    if "tahun" not in data:
        data["tahun"] = data["ditetapkan"]["tanggal"].year
        report.guessed(Place(item.shown), "tahun keputusan diambil dari tanggal penetapan", item.decree_target, ("tahun",))
    data["lampiran"] = groups
    stem = slug(item.stem)
    region.decrees[stem] = _ordered(data)
    region.sources[f"keputusan/{stem}.yaml"] = item.shown
    report.retarget(item.decree_target, f"keputusan/{stem}.yaml")


def _sops(item: FileImport, ids: dict[int, str], report: ImportReport, region: RegionImport) -> None:
    """The SOP tables of a page, each as a draft SOP of the page's standard."""
    if not item.sops or not item.standards:
        return
    draft = item.standards[0]
    standard_id = ids[id(draft)]
    for index, sop in enumerate(item.sops):
        sop_id = standard_id if index == 0 else f"{standard_id}-{index + 1}"
        data = region.standards[standard_id]
        region.sops[sop_id] = {"nama": data["nama"], "unit": data.get("unit", "-"), "status": "draft",
                               "standar": standard_id, **sop}
        region.sources[f"sop/{sop_id}.yaml"] = item.shown
        report.retarget(draft.target.replace("standar/", "sop/"), f"sop/{sop_id}.yaml")


_DECREE_ORDER = ("jabatan", "nomor", "tahun", "tentang", "dengan_rahmat", "menimbang", "mengingat", "memperhatikan",
                 "menetapkan", "diktum", "ditetapkan", "penandatangan", "tembusan", "lampiran")


def _ordered(data: dict) -> dict:
    return {key: data[key] for key in _DECREE_ORDER if key in data}


def _profile_facts(files: list[FileImport], region: RegionImport) -> None:
    """Settings the decrees' layout shows, folded into the profile when there is one."""
    if region.profil is None:
        return
    facts: dict = {}
    for item in files:
        if item.body:
            for key in ("format_nomor", "nomor_halaman", "tanda_tangan_per_standar", "tanggal_di_lampiran"):
                if key in item.facts:
                    facts.setdefault(key, item.facts[key])
    labels: dict[str, Counter] = {}
    groups: dict[int, Counter] = {}
    for item in files:
        for key, counter in item.facts.get("labels", {}).items():
            labels.setdefault(key, Counter()).update(counter)
        for index, counter in item.facts.get("groups", {}).items():
            groups.setdefault(index, Counter()).update(counter)
    chosen = {key: counter.most_common(1)[0][0] for key, counter in labels.items()}
    facts["label_komponen"] = {key: label for key, label in chosen.items() if default_differs(key, label)}
    grup = [groups[i].most_common(1)[0][0] if i in groups else GRUP[i] for i in (0, 1)]
    facts["label_grup"] = grup
    layout_facts(region.profil, facts)
    region.profil = profile_order(region.profil)


_PROFILE_ORDER = ("nama", "pemerintah", "unit", "alamat", "telepon", "faksimile", "laman", "pos_el", "lambang",
                  "url_dasar", "lisensi_data", "pengaduan", "kontak_unit", "kertas", "margin", "huruf", "format_nomor",
                  "nomor_halaman", "tanda_tangan_per_standar",
                  "tanggal_di_lampiran", "label_komponen", "label_grup")


def profile_order(data: dict) -> dict:
    return {key: data[key] for key in _PROFILE_ORDER if key in data}
