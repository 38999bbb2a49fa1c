"""A Maklumat is a job like a decree: its output stem, its date, and its inputs - the record and its picture by
content - which key the cache and name the manifest's sources."""

from __future__ import annotations

import json
import shutil

from sk_builder import keys
from sk_builder.build import build
from sk_builder.jobs import PledgeJob, plan
from sk_builder.project import Attachment
from sk_builder.sources.loader import load_or_fail
from tests.conftest import ROOT

RIMBA = ROOT / "tests" / "fixtures" / "rimba"
REGION = "kabupaten-rimba-raya"


def _jobs(root) -> dict[str, PledgeJob]:
    project, _ = load_or_fail(root)
    return {job.pledge.id: job for job in plan(project) if isinstance(job, PledgeJob)}


def test_the_job_of_a_maklumat_with_a_picture():
    job = _jobs(RIMBA)["bidang-pelayanan-perizinan"]
    assert (job.kind, job.stem, job.date.isoformat()) == (
        "maklumat", f"{REGION}/maklumat/bidang-pelayanan-perizinan", "2024-07-08")
    pledge, picture = job.inputs()
    assert isinstance(picture, Attachment) and picture.id == pledge.picture.sha256
    assert picture.file == f"{REGION}/maklumat/bidang-pelayanan-perizinan.png"
    assert len(_jobs(RIMBA)["pengaduan"].inputs()) == 1


def test_a_new_picture_under_the_same_name_is_a_new_document(tmp_path):
    copy = tmp_path / "sources"
    shutil.copytree(RIMBA, copy)
    before = keys.job_digest(_jobs(copy)["bidang-pelayanan-perizinan"])
    from PIL import Image

    path = copy / REGION / "maklumat" / "bidang-pelayanan-perizinan.png"
    with Image.open(path) as image:
        image.convert("RGB").rotate(180).save(path)
    assert keys.job_digest(_jobs(copy)["bidang-pelayanan-perizinan"]) != before


def test_the_manifest_names_the_record_and_its_picture(tmp_path):
    build(RIMBA, tmp_path / "build", ("html",))
    manifest = json.loads((tmp_path / "build" / "manifest.json").read_text(encoding="utf-8"))
    poster = manifest["files"][f"dokumen/{REGION}/maklumat/bidang-pelayanan-perizinan.html"]["sources"]
    assert poster == [f"{REGION}/lambang.svg", f"{REGION}/maklumat/bidang-pelayanan-perizinan.png",
                      f"{REGION}/maklumat/bidang-pelayanan-perizinan.yaml", f"{REGION}/profil.yaml"]
    assert f"{REGION}/maklumat/bidang-pelayanan-perizinan.png" in manifest["sources"]
