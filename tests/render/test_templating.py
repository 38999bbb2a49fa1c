"""A region's templates found before the package's: one block overridden, everything else as the package prints it,
in a sandbox that keeps records as data; an error inside a region's template is located, never a traceback."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from sk_builder.diagnostics import SourceError
from sk_builder.jobs import plan
from sk_builder.render import html, templating
from sk_builder.render.templating import TemplatFailure
from sk_builder.rupa import TemplatBerkas, TemplatWilayah
from sk_builder.sources.loader import load_or_fail
from tests.conftest import SEED_REGION
from tests.fixtures.minimal import KEPUTUSAN, write_region

EXTENDS = '{% extends "paket/dokumen/keputusan.html.j2" %}\n'
NAME = "dokumen/keputusan.html.j2"


def _templat(text: str, name: str = NAME) -> TemplatWilayah:
    return TemplatWilayah((TemplatBerkas(name, f"kota-contoh/templat/{name}", text, f"sumber/templat/{name}"),))


def _jobs(region: Path) -> list:
    project, _ = load_or_fail(region)
    return [job for job in plan(project) if job.kind in ("decree", "standard")]


def _page(job, templat: TemplatWilayah | None) -> str:
    context = html.page_context(job)
    from dataclasses import replace

    return html.render_page(job.document, replace(context, templat=templat), html.created(job))


@pytest.fixture(scope="module")
def seed_decree():
    return next(job for job in _jobs(SEED_REGION) if job.kind == "decree")


def test_an_override_that_only_extends_prints_the_package_page_byte_for_byte(seed_decree):
    """The package's templates render the same inside the region's sandbox: Kota Pasuruan's whole decree."""
    assert _page(seed_decree, _templat(EXTENDS)) == _page(seed_decree, None)


def test_one_block_is_replaced_and_the_rest_is_the_packages(seed_decree):
    closing = '{% block penutup %}<p class="salinan">Salinan sesuai dengan aslinya</p>{% endblock %}\n'
    page = _page(seed_decree, _templat(EXTENDS + closing))
    package = _page(seed_decree, None)
    assert page.count('<p class="salinan">Salinan sesuai dengan aslinya</p>') == 1
    assert page.replace('<p class="salinan">Salinan sesuai dengan aslinya</p>', "") == package
    before, after = page.split('<p class="salinan">', 1)
    assert 'class="ttd-nama"' in before  # the closing stands after the body's signature
    assert 'class="lampiran"' in after


def test_a_block_may_call_the_packages_macros_and_super(seed_decree):
    text = EXTENDS + '{% block tanda_tangan %}<div class="ttd-wilayah">{{ super() }}</div>{% endblock %}\n'
    page = _page(seed_decree, _templat(text))
    assert '<div class="ttd-wilayah">' in page and \
        'class="ttd-nama"' in page.split('<div class="ttd-wilayah">', 1)[1]


def test_record_text_stays_escaped_in_a_region_template(tmp_path):
    decree = KEPUTUSAN.replace("tentang: Standar Pelayanan", 'tentang: Standar <script>alert(1)</script> "Pelayanan"')
    job = _jobs(write_region(tmp_path, **{"keputusan/kep-12-2024.yaml": decree}))[0]
    page = _page(job, _templat(EXTENDS + '{% block penutup %}<p id="t">{{ doc.tentang }}</p>{% endblock %}'))
    assert '<p id="t">STANDAR &lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt; &#34;PELAYANAN&#34;</p>' in page
    assert "<script>" not in page


@pytest.mark.parametrize("expression", ["doc.__class__", "''.__class__.__mro__", "doc.sections.append(1)",
                                        "cycler.__init__.__globals__"])
def test_the_sandbox_keeps_python_out_of_reach(tmp_path, expression):
    job = _jobs(write_region(tmp_path))[0]
    text = EXTENDS + "{% block penutup %}\n\n{{ " + expression + " }}{% endblock %}"
    with pytest.raises(SourceError) as failure:
        _page(job, _templat(text))
    [diagnostic] = failure.value.diagnostics
    assert (diagnostic.path, diagnostic.line, diagnostic.code) == (f"sumber/templat/{NAME}", 4, "SK132")


def test_a_rendering_error_is_placed_at_the_line_of_the_regions_template(tmp_path):
    job = _jobs(write_region(tmp_path))[0]
    text = EXTENDS + "{% block penutup %}\n<p>\n{{ doc.tidak_ada }}</p>{% endblock %}"
    with pytest.raises(TemplatFailure) as failure:
        _page(job, _templat(text))
    [diagnostic] = failure.value.diagnostics
    assert diagnostic.line == 4 and "tidak_ada" in diagnostic.message
    assert str(diagnostic).startswith(f"sumber/templat/{NAME}:4:1: error SK132 templat wilayah gagal dirender")
    again = pickle.loads(pickle.dumps(failure.value))  # raised in a worker process, printed by the parent
    assert again.diagnostics == failure.value.diagnostics


def test_a_region_without_templates_uses_the_package_environment():
    assert templating.environment_for(None) is templating.environment()
    region = templating.environment_for(_templat(EXTENDS))
    assert region is not templating.environment() and region.is_safe_attribute is not None


def test_only_the_documents_templates_can_be_replaced():
    """The decree's, the SOP's and the Maklumat's (tests/sources/test_templat_halaman.py), never the website's."""
    names = templating.package_names()
    assert NAME in names and "dokumen/dokumen.css.j2" in names and "sop/sop.html.j2" in names
    assert all(name.startswith(("dokumen/", "sop/", "maklumat/")) for name in names)
