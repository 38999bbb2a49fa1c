"""A region's templates (profile ``templat``) checked when the sources load: located Indonesian errors, all at once."""

from __future__ import annotations

import os

from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.sources.loader import load_project
from tests.fixtures.minimal import PROFIL, write_region

EXTENDS = '{% extends "paket/dokumen/keputusan.html.j2" %}\n'
OVERRIDE = "templat/dokumen/keputusan.html.j2"


def _region(tmp_path, **files):
    return write_region(tmp_path, **{"profil.yaml": PROFIL + "templat: templat\n", **files})


def _errors(region) -> list[tuple[str, int, str, str]]:
    project, report = load_project(region)
    return [(os.path.basename(d.path), d.line, d.code, d.message) for d in report.errors]


def test_a_good_override_and_a_partial_are_loaded(tmp_path):
    region = _region(tmp_path, **{OVERRIDE: EXTENDS + '{% block penutup %}{% include "dokumen/_kaki.html.j2" %}'
                                                      "{% endblock %}\n",
                                  "templat/dokumen/_kaki.html.j2": "<p>{{ region_name }}</p>\n"})
    project, report = load_project(region)
    assert not report.errors
    templat = project.regions[0].templat
    assert [f.name for f in templat.files] == ["dokumen/_kaki.html.j2", "dokumen/keputusan.html.j2"]
    assert templat.files[1].file == OVERRIDE  # inside the sources folder (here: the region itself)


def test_a_missing_folder_is_an_error_at_the_profile_field(tmp_path):
    [error] = _errors(_region(tmp_path))
    assert error[:3] == ("profil.yaml", 7, "SK110") and "templat" in error[3]


def test_a_folder_outside_the_sources_is_refused(tmp_path):
    outside = tmp_path / "luar"
    outside.mkdir()
    region = write_region(tmp_path / "src", **{"profil.yaml": PROFIL + "templat: tautan\n"})
    (region / "tautan").symlink_to(outside, target_is_directory=True)
    [error] = _errors(region)
    assert error[2] == "SK111" and "di luar folder sumber" in error[3]


def test_a_template_file_linking_outside_is_refused(tmp_path):
    (tmp_path / "rahasia.j2").write_text("rahasia")
    region = _region(tmp_path / "src", **{OVERRIDE: EXTENDS})
    (region / "templat" / "dokumen" / "dokumen.css.j2").symlink_to(tmp_path / "rahasia.j2")
    [error] = _errors(region)
    assert error[:3] == ("dokumen.css.j2", 1, "SK111")


def test_every_problem_at_once_each_at_its_line(tmp_path):
    region = _region(tmp_path, **{
        "templat/dokumen/keputusn.html.j2": "x",  # overrides nothing
        "templat/site/base.html.j2": "x",  # not a document template
        "templat/dokumen/catatan.txt": "x",
        "templat/dokumen/bagian.html.j2": "{% macro ttd(s) %}\n{% if %}\n{% endmacro %}",  # syntax
        "templat/dokumen/bagan.html.j2": "\n{{ figure | tidak_ada }}",  # unknown filter
        OVERRIDE: EXTENDS + "\n{% block penutupan %}x{% endblock %}\n{% include 'dokumen/_tidak_ada.html.j2' %}",
        "templat/dokumen/dokumen.css.j2": '{% extends "dokumen/dokumen.css.j2" %}',  # itself
    })
    errors = _errors(region)
    found = {(name, line): message for name, line, code, message in errors}
    assert {code for *_, code, _ in errors} == {"SK132"}
    assert 'maksud Anda "dokumen/keputusan.html.j2"?' in found[("keputusn.html.j2", 1)]
    assert "tidak mengganti templat apa pun" in found[("base.html.j2", 1)]
    assert "bukan templat" in found[("catatan.txt", 1)]
    assert found[("bagian.html.j2", 2)].startswith("templat tidak sah:")
    assert "tidak_ada" in found[("bagan.html.j2", 2)]
    assert 'blok "penutupan" tidak ada' in found[("keputusan.html.j2", 3)] and "penutup," in found[
        ("keputusan.html.j2", 3)]
    assert 'templat "dokumen/_tidak_ada.html.j2" tidak ada' in found[("keputusan.html.j2", 4)]
    assert "dirinya sendiri" in found[("dokumen.css.j2", 1)]
    assert len(errors) == 8


def test_sk_validate_prints_them_and_exits_1_without_a_traceback(tmp_path):
    region = _region(tmp_path, **{OVERRIDE: EXTENDS + "{% block kop %}{% endblok %}"})
    result = CliRunner().invoke(main, ["validate", str(region)])
    assert result.exit_code == 1
    assert "keputusan.html.j2:2:1: error SK132 templat tidak sah:" in result.output
    assert "Traceback" not in result.output


def test_the_template_folder_is_not_reported_as_unread(tmp_path):
    project, report = load_project(_region(tmp_path, **{OVERRIDE: EXTENDS}))
    assert not [d for d in report.items if d.code == "SK127"]


def test_templates_that_name_each_other_in_a_ring_are_refused(tmp_path):
    region = _region(tmp_path, **{OVERRIDE: '{% extends "dokumen/_dasar.html.j2" %}\n',
                                  "templat/dokumen/_dasar.html.j2": '\n{% include "dokumen/keputusan.html.j2" %}\n'})
    errors = sorted(_errors(region))
    assert [(name, line, code) for name, line, code, _ in errors] == [
        ("_dasar.html.j2", 2, "SK132"), ("keputusan.html.j2", 1, "SK132")]
    assert "dokumen/keputusan.html.j2 → dokumen/_dasar.html.j2 → dokumen/keputusan.html.j2" in errors[1][3]
