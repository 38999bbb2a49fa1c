"""`sk impor FILE... --ke sources/<wilayah>`: read, assemble, check, then write the records."""

from __future__ import annotations

from pathlib import Path

import click
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..diagnostics import display_path
from .dokumen import FileImport, import_docx
from .placement import check_target, conflicts, validate, write
from .region import RegionImport, assemble, profile_order
from .report import DIFFERS, GUESSED, NOT_DOCX, NOTHING, ImportFailure, ImportReport, Place
from .yamlout import dump

_STANDARD_ORDER = ("nama", "judul", "unit", "status", "nomor_sk", "komponen")


def _read_yaml(path: Path):
    try:
        return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return None


def existing_standards(target: Path) -> dict[str, str]:
    """Names (upper case) of the standards already in the region, to their ids."""
    found = {}
    for path in sorted((target / "standar").glob("*.y*ml")) if (target / "standar").is_dir() else []:
        data = _read_yaml(path)
        if isinstance(data, dict) and isinstance(data.get("nama"), str):
            found[" ".join(data["nama"].upper().split())] = path.stem
    return found


def _import_file(path: Path, report: ImportReport, serial: int) -> FileImport | None:
    shown = display_path(path)
    try:
        if path.suffix.lower() in (".html", ".htm", ".xhtml"):
            from .laman import import_page

            return import_page(path, shown, report, serial)
        return import_docx(path, shown, report, serial)
    except ImportFailure as failure:
        for diagnostic in failure.diagnostics:
            report.error(Place(diagnostic.path, diagnostic.line), diagnostic.code, diagnostic.message)
    except RecursionError:
        report.error(Place(shown), NOT_DOCX, "struktur dokumen bersarang terlalu dalam; tidak dapat dibaca")
    return None


def _profile(region: RegionImport, target: Path, timpa: bool, report: ImportReport) -> None:
    """Keep an existing profile (reporting where the document differs), or make one when there is none."""
    existing = _read_yaml(target / "profil.yaml") if (target / "profil.yaml").is_file() else None
    if isinstance(existing, dict) and (not timpa or region.profil is None):
        for key, value in (region.profil or {}).items():
            if key != "lambang" and key in existing and existing[key] != value:
                report.unmapped(Place(display_path(target / "profil.yaml")),
                                f'{key}: dokumen menulis "{value}", profil yang ada "{existing[key]}" (profil tidak diubah)',
                                DIFFERS)
        region.profil, region.emblem = None, None
        unit = existing.get("unit")
    else:
        if region.profil is None or not {"nama", "pemerintah", "unit"} <= set(region.profil):
            region.profil = _minimal_profile(region, target, report)
        if isinstance(existing, dict):
            _keep_profile_fields(region, existing, target, report)
        unit = region.profil["unit"]
    for record_id, data in region.standards.items():
        if "unit" not in data:
            data["unit"] = unit or "-"
            report.guessed(Place(region.sources[f"standar/{record_id}.yaml"]), "unit layanan tidak tertulis; "
                           "diisi unit pada profil", f"standar/{record_id}.yaml", ("unit",))
        region.standards[record_id] = {key: data[key] for key in _STANDARD_ORDER if key in data}


def _keep_profile_fields(region: RegionImport, existing: dict, target: Path, report: ImportReport) -> None:
    """What a printed decree does not hold (website address, emblem file, data licence, contacts and complaint
    channels of the website) is kept from the replaced profile."""
    profil = region.profil
    assert profil is not None, "called once the region has a profile"
    for key in ("url_dasar", "lambang", "lisensi_data", "pengaduan", "kontak_unit"):
        if isinstance(existing.get(key), (str, dict)):
            profil[key] = existing[key]
            report.mapped(Place(display_path(target / "profil.yaml")),
                          f"{key} tidak tercetak di dokumen; diambil dari profil yang diganti", "profil.yaml", (key,))
            if key == "lambang":
                region.emblem = None
    region.profil = profile_order(profil)


def _minimal_profile(region: RegionImport, target: Path, report: ImportReport) -> dict:
    """The profile filled in with what the import can guess (the folder name, the first standard's unit)."""
    profil = dict(region.profil or {})
    words = target.resolve().name.replace("-", " ").replace("_", " ").split()
    nama = profil.get("nama") or " ".join(w.capitalize() for w in words) or "Wilayah"
    unit, why = next((s.get("unit") for s in region.standards.values() if s.get("unit")), None), "dari unit standar pertama"
    author = region.author or ""
    if author.lower().endswith(" " + nama.lower()):  # sk-builder's own DOCX names "<unit> <wilayah>" as author
        unit, why = author[: -len(nama) - 1].strip(), "dari penulis dokumen (properti berkas)"
    for key, value, why in (("nama", nama, "dari nama folder --ke"),
                            ("pemerintah", f"Pemerintah {nama}", "dari nama wilayah"),
                            ("unit", unit or "Sekretariat Daerah", why if unit else "bawaan (tidak ada petunjuk)")):
        if key not in profil:
            profil[key] = value
            report.guessed(Place(display_path(target)), f"dokumen tanpa kop: {key} \"{value}\" {why}",
                           "profil.yaml", (key,))
    return {"nama": profil.pop("nama"), "pemerintah": profil.pop("pemerintah"), "unit": profil.pop("unit"), **profil}


_UNPRINTED = {"standar": (("nomor_sk",), ("abaikan",), ("komponen", "bagan_prosedur")), "keputusan": (("abaikan",),)}


def _keep_unprinted(region: RegionImport, target: Path, report: ImportReport) -> None:
    """With --timpa, the fields a printed decree does not show are kept from the record being replaced."""
    for kind, records in (("standar", region.standards), ("keputusan", region.decrees)):
        for record_id, data in records.items():
            relative = f"{kind}/{record_id}.yaml"
            old = _read_yaml(target / relative) if (target / relative).is_file() else None
            if not isinstance(old, dict):
                continue
            for path in _UNPRINTED[kind]:
                value, holder = old, data
                for key in path[:-1]:
                    value = value.get(key, {}) if isinstance(value, dict) else {}
                    holder = holder.setdefault(key, {})
                if isinstance(value, dict) and path[-1] in value and path[-1] not in holder:
                    holder[path[-1]] = value[path[-1]]
                    report.mapped(Place(display_path(target / relative)),
                                  f"{'.'.join(path)} tidak tercetak di dokumen; diambil dari rekaman yang diganti",
                                  relative, path)
            if kind == "standar":
                records[record_id] = {key: data[key] for key in _STANDARD_ORDER + ("abaikan",) if key in data}


def _files(region: RegionImport, report: ImportReport) -> dict[str, bytes]:
    files: dict[str, bytes] = {}

    def add(kind: str, relative: str, data: dict) -> None:
        source = Path(region.sources.get(relative, "")).name
        header = [f"Diimpor dengan `sk impor` dari {source}; periksa nilai bertanda \"ditebak\"."]
        files[relative] = dump(kind, data, report.guesses_for(relative), header).encode("utf-8")

    if region.profil is not None:
        add("profil", "profil.yaml", region.profil)
        if region.emblem is not None:
            files[region.emblem[0]] = region.emblem[1]
    for record_id, data in region.decrees.items():
        add("keputusan", f"keputusan/{record_id}.yaml", data)
    for record_id, data in region.standards.items():
        add("standar", f"standar/{record_id}.yaml", data)
    for record_id, data in region.sops.items():
        add("sop", f"sop/{record_id}.yaml", data)
    return files


def run_impor(paths: list[Path], target: Path, timpa: bool, rinci: bool) -> int:
    """Import the files into the region folder ``target``; exit status 0 (raises ImportFailure on errors)."""
    report = ImportReport()
    check_target(target, report)
    imported = [found for serial, path in enumerate(paths, start=1)
                if (found := _import_file(path, report, serial)) is not None]
    if report.errors:
        raise report.fail()
    imported.sort(key=lambda item: not item.body)
    region = assemble(imported, existing_standards(target), report)
    if region.empty:
        report.error(Place(", ".join(display_path(p) for p in paths)), NOTHING,
                     "tidak ada yang dapat diimpor: tidak ditemukan keputusan, tabel standar pelayanan, atau halaman "
                     "standar pelayanan")
        report.echo(verbose=rinci)
        raise report.fail()
    _profile(region, target, timpa, report)
    if timpa:
        _keep_unprinted(region, target, report)
    files = _files(region, report)
    conflicts(target, files, timpa, report)
    if not report.errors:
        validate(target, files, report)
    report.echo(verbose=rinci)
    if report.errors:
        raise report.fail()
    written = write(target, files)
    _summary(region, report, target, written)
    return 0


def _summary(region: RegionImport, report: ImportReport, target: Path, written: list[Path]) -> None:
    counts = {kind: sum(1 for n in report.notes if n.kind == kind) for kind in ("info", "warning")}
    guessed = sum(1 for n in report.notes if n.code == GUESSED)
    click.echo(f"{len(written)} berkas ditulis ke {display_path(target)}: {len(region.decrees)} keputusan, "
               f"{len(region.standards)} standar, {len(region.sops)} SOP"
               + (", profil" if region.profil is not None else ""))
    click.echo(f"{counts['info']} dipetakan, {guessed} ditebak, {counts['warning'] - guessed} perlu diperiksa; "
               "cari komentar \"ditebak\" di berkas YAML" + ("" if counts["info"] == 0 else ""))
