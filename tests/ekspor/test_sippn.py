"""The SIPPN workbook: columns in the documented order, one row per final standard, plain text, same bytes every time."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pytest

from sk_builder.diagnostics import SourceError
from sk_builder.ekspor import sippn
from sk_builder.model import KOMPONEN

from .conftest import ROOT, SEMBADA

openpyxl = pytest.importorskip("openpyxl")


def _sheet(project, region_id: str):
    book = openpyxl.load_workbook(io.BytesIO(sippn.files(project)[f"{region_id}.xlsx"]))
    assert book.sheetnames == ["Layanan"]
    return book["Layanan"]


def _rows(sheet) -> list[list[str]]:
    return [[cell.value or "" for cell in row] for row in sheet.iter_rows()]


def test_columns_in_the_documented_order(sembada):
    header = _rows(_sheet(sembada, "kabupaten-sembada"))[0]
    assert header == ["No.", "Wilayah", "Penyelenggara", "Unit Pelayanan", "Nama Layanan", "Nomor SK",
                      *[label for _, label, _ in KOMPONEN], "Alamat Halaman"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = readme.split("SIPPN workbook columns", 1)[1].split("\n\n", 2)[1]
    assert [line.split("|")[2].strip() for line in documented.splitlines()[2:]] == header


def test_one_row_per_final_standard_with_plain_text(sembada):
    rows = _rows(_sheet(sembada, "kabupaten-sembada"))[1:]
    assert [row[4] for row in rows] == ["Penerbitan Akta Kelahiran", "Penerbitan KTP-el"]  # the draft is left out
    akta = dict(zip(sippn.COLUMNS, rows[0]))
    assert akta["Nomor SK"] == "Keputusan Bupati Sembada Nomor 470/35/Kep/2025"  # no "Tahun" the pattern does not write
    assert akta["Persyaratan Pelayanan"] == (
        "a. Surat keterangan kelahiran dari:\n   1) rumah sakit, puskesmas, atau bidan; atau\n"
        "   2) kepala desa/lurah, bila lahir di rumah;\nb. Kartu Keluarga asli; dan\nc. KTP-el kedua orang tua.")
    assert akta["Sistem, Mekanisme, dan Prosedur"].startswith(
        "Permohonan diajukan secara daring lewat https://layanan.sembadakab.go.id atau di loket.\n\n"
        "Bagan alur: Alur Penerbitan Akta\n1. Mulai\n2. Pemohon mengunggah berkas\n   Berkas diunggah dalam bentuk PDF.")
    assert akta["Alamat Halaman"] == "https://layanan.sembadakab.go.id/standar/kabupaten-sembada/layanan/akta-kelahiran.html"


def test_text_that_looks_like_a_formula_stays_text(sembada):
    region = sembada.regions[0]
    service = region.services[0]
    record = service.record.model_copy(update={"komponen": service.record.komponen.model_copy(
        update={"biaya": "=HYPERLINK(\"http://x\")"})})
    cells = sippn.row(region, type(service)(service.id, service.region, service.source, record), 1)
    assert cells[6 + 3] == '=HYPERLINK("http://x")'
    book = openpyxl.load_workbook(io.BytesIO(sippn.workbook(region)))
    assert all(cell.data_type == "s" for row in book["Layanan"].iter_rows() for cell in row if cell.value)


def test_a_component_too_long_for_a_cell_is_reported_at_its_field(tmp_path):
    shutil.copytree(SEMBADA, tmp_path / "sumber")
    path = tmp_path / "sumber" / "kabupaten-sembada" / "standar" / "ktp-el.yaml"
    text = path.read_text(encoding="utf-8").replace("  biaya: Tidak dipungut biaya.",
                                                    "  biaya: |\n" + "    Biaya kata kata kata.\n" * 1700)
    path.write_text(text, encoding="utf-8")
    from sk_builder.sources.loader import load_or_fail

    project, _ = load_or_fail(tmp_path / "sumber")
    with pytest.raises(SourceError) as caught:
        sippn.files(project)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "SK603" and diagnostic.path.endswith("ktp-el.yaml") and '"biaya"' in diagnostic.message
    assert diagnostic.line > 1


SCRIPT = """
import hashlib, sys
from pathlib import Path
from sk_builder.ekspor import sippn
from sk_builder.sources.loader import load_or_fail
project, _ = load_or_fail(Path(sys.argv[1]))
print(hashlib.sha256(sippn.workbook(project.regions[0])).hexdigest())
"""


def _digest(env: dict) -> str:
    done = subprocess.run([*env.pop("_prefix", []), sys.executable, "-c", SCRIPT, str(SEMBADA)], env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_bytes_do_not_depend_on_clock_or_time_zone(sembada):
    here = _digest({**os.environ, "TZ": "UTC"})
    elsewhere = {**os.environ, "TZ": "Asia/Jayapura"}
    if shutil.which("faketime"):
        elsewhere["_prefix"] = ["faketime", "2031-07-04 23:59:00"]
    assert _digest(elsewhere) == here
    assert here == __import__("hashlib").sha256(sippn.workbook(sembada.regions[0])).hexdigest()
