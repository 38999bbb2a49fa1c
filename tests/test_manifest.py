"""build/manifest.json: every output with SHA-256, size and the sources it came from."""

import hashlib
import json
from pathlib import Path

from sk_builder.jobs import plan
from sk_builder.manifest import NAME, manifest_json
from sk_builder.sources.loader import load_or_fail

FIXTURE = Path(__file__).parent / "review" / "fixtures" / "new"


def test_manifest_lists_outputs_with_digest_size_and_sources():
    project, _ = load_or_fail(FIXTURE)
    files = {
        "dokumen/kota-contoh/sekda-5-2024.pdf": b"%PDF-keputusan",
        "dokumen/kota-contoh/standar/persuratan.html": b"<html>",
        "situs/index.html": b"<html>index",
        NAME: b"old manifest is not listed",
    }
    data = json.loads(manifest_json(project, files, {job.stem: job for job in plan(project)}))
    assert data["schema"] == "sk-builder/manifest/2"
    assert sorted(data["files"]) == sorted(k for k in files if k != NAME)
    decree = data["files"]["dokumen/kota-contoh/sekda-5-2024.pdf"]
    assert decree["sha256"] == hashlib.sha256(b"%PDF-keputusan").hexdigest() and decree["size"] == 14
    assert decree["sources"] == [
        "kota-contoh/keputusan/sekda-5-2024.yaml", "kota-contoh/profil.yaml",
        "kota-contoh/standar/legalisasi-dokumen.yaml", "kota-contoh/standar/peminjaman-ruang.yaml",
        "kota-contoh/standar/persuratan.yaml",
    ]
    assert data["files"]["dokumen/kota-contoh/standar/persuratan.html"]["sources"] == [
        "kota-contoh/keputusan/sekda-5-2024.yaml", "kota-contoh/profil.yaml", "kota-contoh/standar/persuratan.yaml",
    ]
    assert data["files"]["situs/index.html"]["sources"] == ["*"]  # every file of data["sources"]
    assert len(data["sources"]) == 5
    profile = (FIXTURE / "kota-contoh" / "profil.yaml").read_bytes()
    assert data["sources"]["kota-contoh/profil.yaml"] == hashlib.sha256(profile).hexdigest()


def test_manifest_is_sorted_and_independent_of_how_the_sources_are_named(monkeypatch):
    project, _ = load_or_fail(FIXTURE)
    files = {"dokumen/kota-contoh/standar/persuratan.pdf": b"b", "dokumen/kota-contoh/sekda-5-2024.pdf": b"a"}
    text = manifest_json(project, files, {job.stem: job for job in plan(project)})
    monkeypatch.chdir(FIXTURE / "kota-contoh")
    relative, _ = load_or_fail(Path(".."))
    assert manifest_json(relative, dict(reversed(files.items())), {job.stem: job for job in plan(relative)}) == text
    assert text.decode() == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
