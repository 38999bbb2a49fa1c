"""JSON Schema of the source records, generated from the model, for editors that check YAML (VS Code's YAML extension).

The schema accepts what the loader accepts, not only the model's canonical types: a number
where a text is read as text (``nomor: 12``, a NIP typed without spaces, a step id), a flowchart
step written as plain text, numbers written as text (``tahun: "2024"``) and the words YAML users
write for yes and no (``yes``, ``on``). Titles, descriptions and examples are Indonesian: the
fields' come from the model package, the records' from ``RECORD_TEXTS`` below.
"""

from __future__ import annotations

import json
import typing
from pathlib import Path

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from .model import Keputusan, Maklumat, Profil, Sop, Standar, check_nip, text_number

RECORDS: dict[str, type[BaseModel]] = {"profil": Profil, "keputusan": Keputusan, "standar": Standar, "sop": Sop,
                                       "maklumat": Maklumat}
DESCRIPTIONS = {
    "profil": "Profil wilayah sk-builder (sources/<wilayah>/profil.yaml)",
    "keputusan": "Keputusan sk-builder (sources/<wilayah>/keputusan/<id>.yaml)",
    "standar": "Standar Pelayanan sk-builder (sources/<wilayah>/standar/<id>.yaml)",
    "sop": "SOP AP sk-builder (sources/<wilayah>/sop/<id>.yaml)",
    "maklumat": "Maklumat Pelayanan sk-builder (sources/<wilayah>/maklumat/<id>.yaml)",
}
RECORD_TEXTS = {
    "Profil": ("Profil wilayah", "Siapa yang menerbitkan, kop surat, kertas dan huruf."),
    "Keputusan": ("Keputusan", "Keputusan yang menetapkan standar pelayanan."),
    "Standar": ("Standar Pelayanan", "Satu standar pelayanan dengan 14 komponennya."),
    "Sop": ("SOP AP", "Standar Operasional Prosedur Administrasi Pemerintahan (PermenPANRB 35/2012)."),
    "Maklumat": ("Maklumat Pelayanan", "Janji pimpinan unit untuk melayani sesuai standar pelayanan, ditandatangani "
                                       "(PermenPANRB 15/2014)."),
    "GambarMaklumat": ("Gambar maklumat", "Gambar poster maklumat dan keterangannya."),
    "Margin": ("Margin", "Margin halaman dalam milimeter."),
    "Huruf": ("Huruf", "Keluarga huruf (urut menurut pilihan) dan ukuran huruf isi."),
    "HurufWord": ("Huruf di Word", "Huruf kantor yang dinamai DOCX untuk Word, bila berbeda dari huruf yang ditanam PDF."),
    "Pengaduan": ("Saluran pengaduan", "SP4N-LAPOR!, WhatsApp dan pos-el pengaduan (masing-masing boleh kosong)."),
    "Kontak": ("Kontak unit", "Kontak sendiri sebuah unit; hanya alamat yang tidak diisi diambil dari profil."),
    "Pencabutan": ("Keputusan yang dicabut", "Keputusan terdahulu yang dicabut oleh keputusan ini."),
    "Diktum": ("Diktum", "Satu diktum; namanya (KESATU, KEDUA, ...) dibuat dari urutannya."),
    "Ditetapkan": ("Ditetapkan", "Tempat dan tanggal penetapan."),
    "Penandatangan": ("Penanda tangan", "Pejabat yang menandatangani keputusan, mungkin atas nama pejabat lain (a.n.) "
                                        "atau sebagai Plt./Plh."),
    "Pejabat": ("Pejabat", "Pejabat yang menandatangani: jabatan, nama, pangkat dan NIP."),
    "GayaKop": ("Kop", "Kop surat: baris di bawah nama unit seperti ditulis wilayah, ukuran huruf, atau kop utuh "
                       "sebagai gambar."),
    "BarisKop": ("Baris kop", "Satu baris kop di bawah nama unit: teks seperti ditulis, ukuran dan tebal; teks saja pun "
                              "boleh."),
    "GayaTandaTangan": ("Gaya tanda tangan", "Cara menulis blok tanda tangan: tempat dan tanggal, huruf kapital, "
                                             "letak golongan."),
    "GayaLampiran": ("Gaya lampiran", "Kepala lampiran, judul tiap standar, kepala tabel dan tanda tangan lampiran."),
    "GayaPencabutan": ("Gaya pencabutan", "Kalimat diktum yang mencabut keputusan terdahulu."),
    "LampiranBagian": ("Bagian lampiran", "Sekelompok standar pelayanan di lampiran, dengan judul bagian."),
    "AbaikanKeputusan": ("Abaikan", "Satu aturan `sk check` yang dibungkam untuk satu kolom keputusan, dengan "
                                    "alasannya."),
    "AbaikanStandar": ("Abaikan", "Satu aturan `sk check` yang dibungkam untuk satu kolom standar, dengan alasannya."),
    "Langkah": ("Langkah", "Satu langkah bagan alir: teks saja, atau id, jenis, teks dan uraian."),
    "Alur": ("Alur", "Panah antara dua langkah, dengan label (ya/tidak) bila keluar dari keputusan."),
    "Bagan": ("Bagan alir", "Bagan alir sebagai data: langkah berurutan dan panah yang tidak mengikuti urutan."),
    "Komponen": ("Komponen", "Ke-14 komponen standar pelayanan sebagai uraian Markdown: setiap baris baru tetap "
                             "baris baru, penanda daftar (a., 1., a), 1), -) dicetak seperti ditulis. Semua wajib "
                             "kecuali standar berstatus draft."),
    "MutuBaku": ("Mutu baku", "Kelengkapan, waktu dan output satu kegiatan SOP."),
    "Kegiatan": ("Kegiatan", "Satu kegiatan SOP: pelaksana, simbol, mutu baku, dan tujuan ya/tidak."),
    "TanggalSop": ("Tanggal SOP", "Tanggal pembuatan, revisi dan efektif."),
}
_INTEGER_TEXT = r"^\s*[+-]?[0-9][0-9_]*(\.0*)?\s*$"
_NUMBER_TEXT = r"^\s*[+-]?([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9_]+)([eE][+-]?[0-9]+)?\s*$"
_YES_NO = ["true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0",
           "True", "False", "Yes", "No", "On", "Off", "TRUE", "FALSE", "YES", "NO", "ON", "OFF", "T", "F", "Y", "N"]
READ_AS_TEXT = {text_number, check_nip}
"""Before-validators of the loader that read a YAML number as text."""
READ_AS_RECORD = {"Langkah": {"type": "string", "minLength": 1, "maxLength": 300},
                  "BarisKop": {"type": "string", "minLength": 1}}
"""Records the loader also accepts as a plain text (a flowchart step: its box text)."""


class LoaderSchema(GenerateJsonSchema):
    """Pydantic's JSON Schema generator, widened to the variants the loader accepts."""

    def field_title_should_be_set(self, schema) -> bool:
        """Every field keeps its Indonesian title, also one that refers to a record (``$ref``)."""
        return True

    def function_before_schema(self, schema):
        inner = super().function_before_schema(schema)
        function = schema.get("function", {}).get("function")
        if function in READ_AS_TEXT:
            return {"anyOf": [inner, {"type": "integer"}]}
        owner = getattr(function, "__self__", None)
        if owner is not None and owner.__name__ in READ_AS_RECORD:
            return {"anyOf": [inner, READ_AS_RECORD[owner.__name__]]}
        return inner

    def int_schema(self, schema):
        return {"anyOf": [super().int_schema(schema), {"type": "string", "pattern": _INTEGER_TEXT}]}

    def float_schema(self, schema):
        return {"anyOf": [super().float_schema(schema), {"type": "string", "pattern": _NUMBER_TEXT}]}

    def bool_schema(self, schema):
        return {"anyOf": [super().bool_schema(schema), {"type": "string", "enum": _YES_NO}]}


def _indonesian(schema: dict) -> dict:
    """Replace the records' English docstrings (and titles) with Indonesian ones; a record that may also be
    written as text keeps "no other keys" on its mapping form (outside, it would refuse every key)."""
    for name, definition in [(schema.get("title"), schema), *schema.get("$defs", {}).items()]:
        if name in RECORD_TEXTS:
            definition["title"], definition["description"] = RECORD_TEXTS[name]
        if "anyOf" in definition and "additionalProperties" in definition:
            closed = definition.pop("additionalProperties")
            for branch in definition["anyOf"]:
                if branch.get("type") == "object":
                    branch["additionalProperties"] = closed
    return schema


def _field_titles(schema: dict, record: type[BaseModel]) -> None:
    """Give every property its field's title (pydantic leaves it out beside a ``$ref``)."""
    owners = {record.__name__: schema}
    owners.update(schema.get("$defs", {}))
    for model in _models(record):
        owner = owners.get(model.__name__, {})
        properties: dict = owner.get("properties") or next((b.get("properties") for b in owner.get("anyOf", [])
                                                      if b.get("properties")), {})
        for field_name, field in model.model_fields.items():
            if field_name in properties and field.title:
                properties[field_name].setdefault("title", field.title)


def _models(record: type[BaseModel]) -> list[type[BaseModel]]:
    """The record and every record nested in it."""
    found, queue = [], [record]
    while queue:
        model = queue.pop()
        if model in found:
            continue
        found.append(model)
        for field in model.model_fields.values():
            queue += [arg for arg in _types(field.annotation) if isinstance(arg, type) and issubclass(arg, BaseModel)]
    return found


def _types(annotation) -> list:
    """Every type inside an annotation (list[...], dict[..., ...], X | None, Annotated[...])."""
    found = [annotation]
    for arg in typing.get_args(annotation):
        found += _types(arg)
    return found


def record_schema(name: str) -> dict:
    """One record kind's JSON Schema as data."""
    schema = RECORDS[name].model_json_schema(mode="validation", schema_generator=LoaderSchema)
    _field_titles(schema, RECORDS[name])
    schema = _indonesian(schema)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{name}.schema.json",
            **schema, "description": DESCRIPTIONS[name] + ". " + schema["description"]}


def schemas() -> dict[str, str]:
    """Each record kind's JSON Schema as stable, pretty JSON text, keyed by file name."""
    return {f"{name}.schema.json": json.dumps(record_schema(name), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
            for name in RECORDS}


def write_schemas(out: Path, force: bool = False) -> list[str]:
    """Replace the folder ``out`` with the schema files (refused when it holds files sk-builder did not write)."""
    from .outputs import check_folder
    from .publish import write_tree

    check_folder(out, [], force)
    files = schemas()
    write_tree(out, {name: text.encode("utf-8") for name, text in files.items()})
    return list(files)
