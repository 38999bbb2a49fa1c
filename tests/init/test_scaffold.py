"""`sk init`: the project it writes passes `sk check --strict` once the emblem is replaced, and nothing is overwritten."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sk_builder.cli import main
from sk_builder.init.answers import Answers
from sk_builder.init.emblem import PLACEHOLDER, is_placeholder
from sk_builder.init.scaffold import files, scaffold
from sk_builder.sources.loader import load_project

TODAY = dt.date(2025, 3, 4)
SHIELD = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 12"><path d="M0 0H10V7L5 12L0 7Z"/></svg>\n'


def _init(tmp_path, *args):
    return CliRunner().invoke(main, ["init", str(tmp_path / "proyek"), *args])


def test_the_project_passes_strict_checks_once_the_emblem_is_replaced(tmp_path):
    made = _init(tmp_path, "--wilayah", "Kabupaten Tanah Contoh", "--unit", "Dinas Komunikasi dan Informatika",
                 "--kertas", "a4")
    assert made.exit_code == 0, made.output
    project = tmp_path / "proyek"
    region = project / "sources" / "kabupaten-tanah-contoh"
    assert (region / "lambang.svg").read_bytes() == PLACEHOLDER
    assert (project / ".gitignore").read_text().splitlines()[1:] == ["build/", ".sk-cache/"]
    assert "Kepala Dinas Komunikasi dan Informatika Kabupaten Tanah Contoh" in (
        region / "keputusan" / "standar-pelayanan.yaml").read_text()
    first = CliRunner().invoke(main, ["check", "--strict", str(project / "sources")])
    assert first.exit_code == 1
    assert [line.split()[2] for line in first.stdout.splitlines()[:-1]] == ["SK126"]
    assert first.stdout.startswith("kabupaten-tanah-contoh/profil.yaml:10:10: warning SK126 lambang:")
    (region / "lambang.svg").write_bytes(SHIELD)
    second = CliRunner().invoke(main, ["check", "--strict", "--semua", str(project / "sources")])
    assert second.exit_code == 0, second.output
    loaded, _ = load_project(project / "sources")
    assert loaded.regions[0].profil.kertas == "A4"


def test_schemas_point_from_each_record_to_the_projects_schemas_folder(tmp_path):
    written = files(Answers("Kota Contoh"), TODAY)
    for path, data in written.items():
        if path.endswith(".yaml"):
            line = data.decode().splitlines()[0]
            target = line.split("$schema=")[1]
            resolved = (tmp_path / path).parent.joinpath(target).resolve()
            assert resolved.relative_to(tmp_path.resolve()).as_posix() in written, path
    assert json.loads(written["schemas/standar.schema.json"])["$id"] == "standar.schema.json"


def test_a_folder_that_is_not_empty_is_refused_and_nothing_is_overwritten(tmp_path):
    folder = tmp_path / "proyek"
    folder.mkdir()
    (folder / "catatan.txt").write_text("punya saya")
    refused = _init(tmp_path, "--wilayah", "Kota Contoh")
    assert refused.exit_code == 2 and "tidak kosong" in refused.stderr and "--paksa" in refused.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["catatan.txt"]
    added = _init(tmp_path, "--wilayah", "Kota Contoh", "--paksa")
    assert added.exit_code == 0, added.output
    assert (folder / "catatan.txt").read_text() == "punya saya"
    (folder / "README.md").write_text("milik saya")
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    again = _init(tmp_path, "--wilayah", "Kota Contoh", "--paksa")
    assert again.exit_code == 2 and "README.md" in again.stderr and "tidak menimpa" in again.stderr
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before
    assert (folder / "README.md").read_text() == "milik saya"


def test_an_existing_file_or_a_link_is_refused(tmp_path):
    (tmp_path / "proyek").write_text("x")
    assert _init(tmp_path, "--wilayah", "Kota Contoh").exit_code == 2
    (tmp_path / "asli").mkdir()
    (tmp_path / "tautan").symlink_to(tmp_path / "asli")
    linked = CliRunner().invoke(main, ["init", str(tmp_path / "tautan"), "--wilayah", "Kota Contoh"])
    assert linked.exit_code == 2 and "tautan simbolik" in linked.stderr
    assert list((tmp_path / "asli").iterdir()) == []


def test_a_failure_while_writing_leaves_nothing(tmp_path, monkeypatch):
    import sk_builder.init.scaffold as module

    calls = []

    def failing_rename(source, target):
        calls.append(target)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        return original(source, target)

    original = module.os.rename
    monkeypatch.setattr(module.os, "rename", failing_rename)
    with pytest.raises(OSError):
        scaffold(tmp_path / "proyek", Answers("Kota Contoh"), TODAY)
    assert not (tmp_path / "proyek").exists()


def test_without_a_terminal_the_region_must_be_given(tmp_path):
    result = _init(tmp_path)
    assert result.exit_code == 2 and "--wilayah" in result.stderr
    assert not (tmp_path / "proyek").exists()


def test_the_questions_are_asked_in_indonesian_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr("sk_builder.init.command._interactive", lambda: True)
    result = CliRunner().invoke(main, ["init", str(tmp_path / "proyek")], input="Kota Contoh\n\nA4\n")
    assert result.exit_code == 0, result.output
    assert "Nama wilayah" in result.stderr and "Unit yang menerbitkan" in result.stderr
    assert "kertas: A4" in (tmp_path / "proyek" / "sources" / "kota-contoh" / "profil.yaml").read_text()


def test_wrong_answers_are_refused_with_every_reason(tmp_path):
    result = _init(tmp_path, "--wilayah", "!!!", "--unit", " ")
    assert result.exit_code == 2
    assert "unit tidak boleh kosong" in result.stderr and "nama folder" in result.stderr


def test_the_emblem_is_recognised_by_its_bytes(tmp_path):
    path = tmp_path / "lambang.svg"
    path.write_bytes(PLACEHOLDER)
    assert is_placeholder(path)
    path.write_bytes(PLACEHOLDER.replace(b"#555555", b"#555556"))
    assert not is_placeholder(path)
    assert not is_placeholder(tmp_path / "tidak-ada.svg")


_NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("C",)), min_size=1, max_size=40).filter(
    lambda s: s.strip() and any(c.isascii() and c.isalnum() for c in s))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wilayah=_NAMES, unit=_NAMES)
def test_any_name_makes_records_that_load(tmp_path_factory, wilayah, unit):
    folder = tmp_path_factory.mktemp("p")
    answers = Answers(wilayah.strip(), unit.strip())
    for relative, data in files(answers, TODAY).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)
    project, report = load_project(folder / "sources")
    assert project is not None, [str(d) for d in report.errors]
    region = project.regions[0]
    assert region.profil.nama == answers.wilayah and region.profil.unit == answers.unit
    assert region.decrees[0].record.ditetapkan.tanggal == TODAY
