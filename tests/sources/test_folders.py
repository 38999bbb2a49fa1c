"""Nothing in a source tree is skipped without a word: misspelt folders and files, regions without a profile."""

from __future__ import annotations

from sk_builder.init.emblem import PLACEHOLDER
from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import write_region


def _warnings(root):
    project, report = load_project(root)
    assert project is not None, [str(d) for d in report.errors]
    return [(d.path.split("src/", 1)[-1], d.code, d.message) for d in report.sorted() if d.severity == "warning"]


def test_a_clean_region_has_no_warning(tmp_path):
    write_region(tmp_path / "src", **{"kamus.txt": "Sukorejo\n", "hunspell/id_ID.dic": "1\nkata\n",
                                      ".git/config": "", "standar/.contoh.yaml.swp": "x"})
    assert _warnings(tmp_path / "src") == []


def test_misspelt_folders_and_files_are_named_with_a_suggestion(tmp_path):
    write_region(tmp_path / "src", **{"keputusn/kep.yaml": "x: 1\n", "Standar/lain.yaml": "x: 1\n",
                                      "profil.yml": "nama: x\n", "standar/lain.yaml.bak": "x", "standar/lama/a.yaml": ""})
    found = {(path, message.split(" tidak dibaca")[0], "maksud Anda" in message) for path, code, message in
             _warnings(tmp_path / "src") if code == "SK127"}
    assert found == {
        ("kota-contoh/keputusn", 'folder "keputusn"', True), ("kota-contoh/Standar", 'folder "Standar"', True),
        ("kota-contoh/profil.yml", 'berkas "profil.yml"', True),
        ("kota-contoh/standar/lain.yaml.bak", 'berkas "lain.yaml.bak" di standar/', True),
        ("kota-contoh/standar/lama", 'folder "lama" di standar/', False)}
    messages = {path: message for path, _, message in _warnings(tmp_path / "src")}
    assert '(maksud Anda "keputusan"?)' in messages["kota-contoh/keputusn"]
    assert '(maksud Anda "standar"?)' in messages["kota-contoh/Standar"]


def test_a_folder_without_profile_beside_regions_is_a_warning(tmp_path):
    write_region(tmp_path / "src")
    (tmp_path / "src" / "kota-lain" / "standar").mkdir(parents=True)
    (tmp_path / "src" / "kota-lain" / "Profil.yaml").write_text("nama: x\n")
    assert _warnings(tmp_path / "src") == [
        ("kota-lain", "SK128", 'folder "kota-lain" tidak memuat profil.yaml, jadi bukan wilayah dan dilewati '
                               '(ada berkas "Profil.yaml": maksud Anda "profil.yaml"?)')]


def test_the_placeholder_emblem_is_a_located_warning(tmp_path):
    region = write_region(tmp_path / "src")
    (region / "lambang.svg").write_bytes(PLACEHOLDER)
    [(path, code, message)] = _warnings(tmp_path / "src")
    assert (path.rsplit(":", 2)[0] if ":" in path else path, code) == ("kota-contoh/profil.yaml", "SK126")
    project, report = load_project(tmp_path / "src")
    assert [(d.line, d.col) for d in report.warnings] == [(6, 10)]


def test_a_region_given_directly_is_not_compared_with_its_siblings(tmp_path):
    region = write_region(tmp_path / "src")
    (tmp_path / "src" / "bukan-wilayah").mkdir()
    assert _warnings(region) == []
