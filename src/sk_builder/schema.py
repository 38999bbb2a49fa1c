"""JSON Schema of the source records, generated from the model, for editors that check YAML."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Keputusan, Profil, Sop, Standar

RECORDS = {"profil": Profil, "keputusan": Keputusan, "standar": Standar, "sop": Sop}
DESCRIPTIONS = {
    "profil": "Profil wilayah sk-builder (sources/<wilayah>/profil.yaml)",
    "keputusan": "Keputusan sk-builder (sources/<wilayah>/keputusan/<id>.yaml)",
    "standar": "Standar Pelayanan sk-builder (sources/<wilayah>/standar/<id>.yaml)",
    "sop": "SOP AP sk-builder (sources/<wilayah>/sop/<id>.yaml)",
}


def schemas() -> dict[str, str]:
    """Each record kind's JSON Schema as stable, pretty JSON text, keyed by file name."""
    files = {}
    for name, model in RECORDS.items():
        schema = model.model_json_schema(mode="validation")
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": f"{name}.schema.json", "description": DESCRIPTIONS[name], **schema}
        files[f"{name}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return files


def write_schemas(out: Path, force: bool = False) -> list[str]:
    """Replace the folder ``out`` with the schema files (refused when it holds files sk-builder did not write)."""
    from .outputs import check_folder
    from .publish import write_tree

    check_folder(out, [], force)
    files = schemas()
    write_tree(out, {name: text.encode("utf-8") for name, text in files.items()})
    return list(files)
