"""The committed JSON Schema files are exactly what the model generates (regenerate: `sk schema`)."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from sk_builder.schema import schemas
from sk_builder.sources.yamlfile import load
from sk_builder.diagnostics import Report
from tests.conftest import ROOT, SOURCES


def test_committed_schemas_are_current():
    for name, text in schemas().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, f"jalankan `sk schema` ({name})"


def test_bundled_records_satisfy_the_schemas():
    validators = {name.split(".")[0]: Draft202012Validator(json.loads(text)) for name, text in schemas().items()}
    checked = 0
    for path in sorted(SOURCES.rglob("*.yaml")):
        kind = "profil" if path.name == "profil.yaml" else {"keputusan": "keputusan", "standar": "standar",
                                                              "sop": "sop"}.get(path.parent.name)
        if kind is None:
            continue
        doc = load(path, str(path), Report())
        errors = list(validators[kind].iter_errors(doc.data))
        assert not errors, f"{path}: {errors[0].message}"
        checked += 1
    assert checked >= 25
