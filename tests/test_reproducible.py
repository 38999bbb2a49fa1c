"""Byte-identical builds: same sources, same bytes, whatever the clock, time zone, locale, path or hash seed."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sk_builder.outputs import MARKER

FIXTURE = Path(__file__).parent / "review" / "fixtures" / "new"
DRAFT_REGION = Path(__file__).parents[1] / "sources" / "kabupaten-lumajang"  # a standalone draft, an emblem
HAS_DOCX = importlib.util.find_spec("sk_builder.render.docx") is not None
FAKETIME = shutil.which("faketime")
FORMATS = "pdf,html,docx,site" if HAS_DOCX else "pdf,html,site"
BUILD = "import sys; from sk_builder.cli import main; sys.argv[0] = 'sk'; main()"

# Two machines as different as one host allows: zone, locale, hash seed, clock, folder names.
WORLDS = [
    {"TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "1"},
    {"TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "PYTHONHASHSEED": "4242",
     "SOURCE_DATE_EPOCH": "1900000000"},
]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _environment(world: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "TZ", "LANG", "LANGUAGE")
           and not k.startswith("LC_")}
    env.update(world)
    return env


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> list[dict[str, bytes]]:
    """The fixture built twice at once in two different worlds (the second one years ahead on faketime)."""
    runs = []
    for n, world in enumerate(WORLDS):
        place = tmp_path_factory.mktemp(f"machine-{n}")
        tree = place / ("sources" if n == 0 else "sumber-lain")
        shutil.copytree(FIXTURE, tree)
        shutil.copytree(DRAFT_REGION, tree / DRAFT_REGION.name)
        command = [sys.executable, "-c", BUILD, "build", "--format", FORMATS, "--out", str(place / "build")]
        command.append("sources" if n == 0 else str(place / "sumber-lain"))
        if n == 1 and FAKETIME:
            command = [FAKETIME, "2031-07-04 12:34:56", *command]
        runs.append((place, subprocess.Popen(command, cwd=place, env=_environment(world),
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)))
    errors = [child.communicate(timeout=300)[1] for _, child in runs]
    for (_, child), err in zip(runs, errors):
        assert child.returncode == 0, err.decode()
    return [snapshot(place / "build") for place, _ in runs]


def test_two_builds_in_different_worlds_are_byte_identical(builds):
    first, second = builds
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    suffixes = {Path(name).suffix for name in first}
    assert {".pdf", ".html", ".json"} <= suffixes


def test_the_clock_really_differed():
    if not FAKETIME:
        pytest.skip("faketime is not installed (Debian package faketime); only SOURCE_DATE_EPOCH, TZ and locale vary")
    now = subprocess.run([FAKETIME, "2031-07-04 12:34:56", sys.executable, "-c", "import time; print(int(time.time()))"],
                         capture_output=True, text=True, check=True).stdout
    assert int(now) > 1_900_000_000


def test_manifest_matches_the_files(builds):
    files = builds[0]
    manifest = json.loads(files["manifest.json"])
    listed = manifest["files"]
    assert sorted(listed) == sorted(name for name in files if name not in ("manifest.json", MARKER))
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest() and entry["size"] == len(files[name])
        assert entry["sources"] and all(not s.startswith("/") for s in entry["sources"])


def test_pdf_dates_and_identifier_come_from_the_content(builds):
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(builds[1]["dokumen/kota-contoh/sekda-5-2024.pdf"]))
    assert reader.metadata["/CreationDate"] == reader.metadata["/ModDate"] == "D:20240301"
    standalone = pypdf.PdfReader(io.BytesIO(builds[1]["dokumen/kota-contoh/standar/persuratan.pdf"]))
    # each document's identifier comes from its own content (a joined decree's from its pages, by qpdf)
    assert not {str(x) for x in reader.trailer["/ID"]} & {str(x) for x in standalone.trailer["/ID"]}
    draft = pypdf.PdfReader(io.BytesIO(builds[1]["dokumen/kabupaten-lumajang/standar/koordinasi-kegiatan-pimpinan.pdf"]))
    assert "/CreationDate" not in draft.metadata and "/ModDate" not in draft.metadata


@pytest.mark.skipif(not HAS_DOCX, reason="sk_builder.render.docx is not part of this checkout yet")
def test_docx_is_part_of_the_identical_builds(builds):
    docx = [name for name in builds[0] if name.endswith(".docx")]
    assert docx and all(builds[0][name] == builds[1][name] for name in docx)
