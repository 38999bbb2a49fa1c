"""A region's SOP and Maklumat templates (``templat/sop/…``, ``templat/maklumat/…``) checked when the sources load
like its decree templates: the names they may have, their blocks, every problem at once at its line (SK132)."""

from __future__ import annotations

import os

from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.jobs import SopJob, plan
from sk_builder.render.registry import RENDERERS
from sk_builder.render.templating import package_names
from sk_builder.sources.loader import load_project
from tests.conftest import ROOT
from tests.fixtures.minimal import PROFIL, write_region
from tests.sop.test_validate import SOP


def _region(tmp_path, **files):
    return write_region(tmp_path, **{"profil.yaml": PROFIL + "templat: templat\n", **files})


def _errors(region) -> dict[tuple[str, int], str]:
    _, report = load_project(region)
    assert {d.code for d in report.errors} <= {"SK132"}
    return {(os.path.basename(d.path), d.line): d.message for d in report.errors}


def test_the_sop_and_maklumat_templates_can_be_replaced_and_the_websites_cannot():
    names = package_names()
    assert {"sop/sop.html.j2", "sop/sop.css.j2", "sop/identitas.html.j2", "sop/alur.html.j2",
            "maklumat/maklumat.html.j2", "maklumat/maklumat.css.j2", "dokumen/keputusan.html.j2"} <= set(names)
    assert all(name.startswith(("dokumen/", "sop/", "maklumat/")) for name in names)


def test_sop_and_maklumat_overrides_and_partials_are_loaded(tmp_path):
    region = _region(tmp_path, **{
        "templat/sop/sop.html.j2": '{% extends "paket/sop/sop.html.j2" %}\n'
                                   '{% block kaki %}{% include "sop/_kaki.html.j2" %}{% endblock %}\n',
        "templat/sop/_kaki.html.j2": "<p>{{ region_name }}</p>\n",
        "templat/sop/identitas.html.j2": '{% extends "paket/sop/identitas.html.j2" %}\n'
                                         "{% block pengesah %}<td>{{ entry.label }}</td>{% endblock %}\n",
        "templat/sop/alur.html.j2": '{% extends "paket/sop/alur.html.j2" %}\n'
                                    "{% block kegiatan %}{{ super() }}{% endblock %}\n",
        "templat/maklumat/maklumat.html.j2": '{% extends "paket/maklumat/maklumat.html.j2" %}\n'
                                             "{% block kop %}{% endblock %}\n",
        "templat/maklumat/maklumat.css.j2": '{% include "paket/maklumat/maklumat.css.j2" %}\n.kop { display: none; }\n'})
    project, report = load_project(region)
    assert not report.errors
    assert [item.name for item in project.regions[0].templat.files] == [
        "maklumat/maklumat.css.j2", "maklumat/maklumat.html.j2", "sop/_kaki.html.j2", "sop/alur.html.j2",
        "sop/identitas.html.j2", "sop/sop.html.j2"]


def test_every_problem_of_sop_and_maklumat_templates_at_once_each_at_its_line(tmp_path):
    errors = _errors(_region(tmp_path, **{
        "templat/sop/sop.htm.j2": "x",  # overrides nothing
        "templat/maklumat/poster.html.j2": "x",  # overrides nothing
        "templat/site/sop.html.j2": "x",  # the website's template: not replaceable
        "templat/sop/sop.html.j2": '{% extends "paket/sop/sop.html.j2" %}\n\n{% block tanda_tangan %}x{% endblock %}',
        "templat/sop/identitas.html.j2": '{% extends "paket/sop/identitas.html.j2" %}\n{% block unit %}\n{% if %}'
                                         "{% endblock %}",
        "templat/maklumat/maklumat.html.j2": '{% extends "paket/maklumat/maklumat.html.j2" %}\n'
                                             '{% block kaki %}{% include "paket/maklumat/kaki.html.j2" %}{% endblock %}'
                                             "\n{% block ttd %}{% endblock %}",
    }))
    assert 'maksud Anda "sop/sop.html.j2"?' in errors[("sop.htm.j2", 1)]
    assert "tidak mengganti templat apa pun" in errors[("poster.html.j2", 1)]
    assert "tidak mengganti templat apa pun" in errors[("sop.html.j2", 1)]  # site/sop.html.j2
    assert errors[("sop.html.j2", 3)] == (
        'blok "tanda_tangan" tidak ada di templat "paket/sop/sop.html.j2", jadi tidak mengganti apa pun '
        "(blok yang ada: alur, gaya, identitas, kaki, kepala)")
    assert errors[("identitas.html.j2", 3)].startswith("templat tidak sah:")
    assert errors[("maklumat.html.j2", 2)] == (
        'templat "paket/maklumat/kaki.html.j2" tidak ada (templat bawaan: "paket/dokumen/…", "paket/sop/…", '
        '"paket/maklumat/…")')
    assert errors[("maklumat.html.j2", 3)].endswith(
        "(blok yang ada: gambar, gaya, janji, judul, kaki, kop, tanda_tangan)")
    assert len(errors) == 7


def test_the_blocks_of_the_identity_table_and_the_chart_are_listed_when_one_is_missing(tmp_path):
    errors = _errors(_region(tmp_path, **{
        "templat/sop/identitas.html.j2": '{% extends "paket/sop/identitas.html.j2" %}{% block tanda %}{% endblock %}',
        "templat/sop/alur.html.j2": '{% extends "paket/sop/alur.html.j2" %}{% block baris %}{% endblock %}'}))
    assert errors[("identitas.html.j2", 1)].endswith("(blok yang ada: bagian, judul, pengesah, unit)")
    assert errors[("alur.html.j2", 1)].endswith("(blok yang ada: judul_alur, kegiatan, kepala_alur)")


def test_sk_validate_prints_an_sop_templates_error_and_exits_1(tmp_path):
    region = _region(tmp_path, **{"templat/sop/sop.html.j2": '{% extends "paket/sop/sop.html.j2" %}\n'
                                                             "{% block kaki %}{% endblok %}"})
    result = CliRunner().invoke(main, ["validate", str(region)])
    assert result.exit_code == 1
    assert "templat/sop/sop.html.j2:2:1: error SK132 templat tidak sah:" in result.output
    assert "Traceback" not in result.output


def test_readmes_sop_examples_load_and_print(tmp_path):
    """The two SOP templates README shows are valid region templates, and print what it says."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in readme.split("```jinja\n")[1:]]
    examples = {"templat/" + block.split('"paket/', 1)[1].split('"', 1)[0]: block
                for block in blocks if block.startswith('{% extends "paket/sop/')}
    assert sorted(examples) == ["templat/sop/identitas.html.j2", "templat/sop/sop.html.j2"]
    project, report = load_project(_region(tmp_path, **examples, **{"sop/surat-keluar.yaml": SOP}))
    assert not report.errors
    job = next(job for job in plan(project) if isinstance(job, SopJob))
    page = RENDERERS["html"].render(job).decode("utf-8")
    assert '<p class="kaki-wilayah">Dokumen ini ditandatangani secara elektronik.</p>' in page
    assert '<td class="pengesah"><p>Kepala Bagian Umum</p><p>(TTE)</p></td>' in page
