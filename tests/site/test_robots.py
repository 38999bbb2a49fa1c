"""robots.txt: everything may be crawled except the search index, at the published root, with the sitemap."""

from __future__ import annotations

from sk_builder.site.robots import robots


def test_site_at_a_sub_path_with_a_sitemap():
    assert robots("https://contoh.go.id/standar/", True).decode() == (
        "# sk-builder: semua halaman boleh dijelajahi; indeks pencarian tidak.\n"
        "User-agent: *\nDisallow: /standar/pagefind/\nSitemap: https://contoh.go.id/standar/sitemap.xml\n")


def test_without_a_base_url_the_site_is_taken_to_be_at_the_root_and_names_no_sitemap():
    text = robots(None, False).decode()
    assert "Disallow: /pagefind/\n" in text and "Sitemap" not in text


def test_the_repository_site_has_it(site_only):
    text = (site_only / "site" / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://standar.pasuruankota.go.id/sitemap.xml" in text
    assert (site_only / "site" / "sitemap.xml").exists()
