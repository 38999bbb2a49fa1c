"""The JSON Schema accepts what the loader accepts and refuses what it refuses, with Indonesian help on every field."""

from __future__ import annotations

import json
import re

import pytest
from jsonschema import Draft202012Validator

from sk_builder.diagnostics import Report
from sk_builder.schema import record_schema
from sk_builder.sources.loader import load_project
from sk_builder.sources.yamlfile import load
from tests.fixtures.minimal import KEPUTUSAN, PROFIL, standar, write_region

CHART = """\
  bagan_prosedur:
    - langkah:
        - Pemohon mengajukan surat
        - {id: 2, jenis: keputusan, teks: Lengkap?}
        - {id: tolak, teks: Berkas dikembalikan}
        - teks: Surat dicatat
      alur:
        - {dari: 1, ke: 2}
        - {dari: 2, ke: tolak, label: tidak}
        - {dari: 2, ke: 4, label: ya}
"""
ACCEPTED = {
    "nomor as a number": ("keputusan/kep-12-2024.yaml", KEPUTUSAN.replace('nomor: "12"', "nomor: 12")),
    "year as text": ("keputusan/kep-12-2024.yaml", KEPUTUSAN.replace("tahun: 2024", 'tahun: "2024"')),
    "NIP as a number": ("keputusan/kep-12-2024.yaml",
                        KEPUTUSAN.replace("nip: 19640828 198802 1 001", "nip: 196408281988021001")),
    "revoked decree numbered": ("keputusan/kep-12-2024.yaml", KEPUTUSAN.replace(
        "  - teks: Keputusan ini mulai", "  - mencabut:\n      - {jabatan: Wali Kota Contoh, nomor: 7, tahun: 2020, "
                                         "tentang: Standar}\n  - teks: Keputusan ini mulai")),
    "steps as plain text, ids as numbers": ("standar/contoh.yaml", standar() + CHART),
    "yes for true, margin as integer": ("profil.yaml", PROFIL + "tanggal_di_lampiran: yes\nmargin: {atas: 15}\n"
                                                              "huruf: {ukuran: '11.5'}\n"),
    "empty optional value": ("profil.yaml", PROFIL + "faksimile:\n"),
}
REFUSED = {
    "unknown paper": ("profil.yaml", PROFIL + "kertas: A5\n"),
    "unknown key": ("profil.yaml", PROFIL + "telpon: 1\n"),
    "empty number": ("keputusan/kep-12-2024.yaml", KEPUTUSAN.replace('nomor: "12"', 'nomor: ""')),
    "year as words": ("keputusan/kep-12-2024.yaml", KEPUTUSAN.replace("tahun: 2024", "tahun: dua ribu")),
    "no step": ("standar/contoh.yaml", standar() + "  bagan_prosedur:\n    - langkah: []\n"),
    "WhatsApp as a number": ("profil.yaml", PROFIL + "pengaduan: {whatsapp: 81234567890}\n"),
    "list instead of text": ("standar/contoh.yaml", standar().replace("nama: Contoh Layanan", "nama: [a, b]")),
}
KINDS = {"profil.yaml": "profil", "keputusan": "keputusan", "standar": "standar"}


def _verdicts(tmp_path, relative: str, text: str) -> tuple[bool, bool]:
    region = write_region(tmp_path / "src", **{relative: text})
    project, report = load_project(region.parent)
    kind = KINDS.get(relative) or KINDS[relative.split("/")[0]]
    doc = load(region / relative, relative, Report())
    valid = Draft202012Validator(record_schema(kind)).is_valid(doc.data)
    return project is not None, valid


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_what_the_loader_accepts_the_schema_accepts(tmp_path, case):
    loaded, valid = _verdicts(tmp_path, *ACCEPTED[case])
    assert (loaded, valid) == (True, True)


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_what_the_loader_refuses_the_schema_refuses(tmp_path, case):
    loaded, valid = _verdicts(tmp_path, *REFUSED[case])
    assert (loaded, valid) == (False, False)


def _fields(schema: dict):
    for owner in [schema, *schema.get("$defs", {}).values()]:
        yield owner.get("title"), owner
        for name, field in owner.get("properties", {}).items():
            yield f"{owner.get('title')}.{name}", field


@pytest.mark.parametrize("kind", ["profil", "keputusan", "standar", "sop"])
def test_every_field_has_indonesian_help_and_an_example(kind):
    english = re.compile(r"\b(the|of|which|is|are|an|with)\b")
    for where, field in _fields(record_schema(kind)):
        assert field.get("title") and field.get("description"), where
        assert not english.search(field["description"]), (where, field["description"])
        if "." in where:
            assert field.get("examples"), where
    assert json.dumps(record_schema(kind), ensure_ascii=False)
