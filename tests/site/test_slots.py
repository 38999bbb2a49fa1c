"""Download slots: pages are rendered without their downloads and get them afterwards; no record can write one."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from sk_builder.site import slots
from sk_builder.site.downloads import Download

DOCX = Download("docx", "unduh/kota/sk-1.docx", 40_000)
PDF = Download("pdf", "unduh/kota/standar/a.pdf", 85_000)


@given(st.lists(st.one_of(st.none(), st.text(min_size=1)), min_size=2, max_size=2))
@example([" --><script>", "-->"])
@example(["a.b", None])
def test_a_slot_names_its_jobs_whatever_their_ids(stems):
    asked: list[str] = []

    def offered(stem: str) -> tuple[Download, ...]:
        asked.append(stem)
        return ()

    page = f"<main>{slots.marker('layanan', stems)}</main>".encode("utf-8")
    assert page.count(b"-->") == 1  # the comment ends where the slot ends, whatever the ids hold
    assert slots.fill(offered, "kota/layanan/a.html", page) == b"<main></main>"
    assert asked == [stem for stem in stems if stem is not None]


def test_a_slot_is_filled_with_the_downloads_of_its_records_linked_from_the_page():
    found = {"kota/standar/a": (PDF,), "kota/sk-1": (DOCX,)}
    page = f"<ul>{slots.marker('layanan_tautan', ['kota/standar/a', 'kota/sk-1'])}</ul>" \
           f"{slots.marker('layanan', ['kota/standar/a', 'kota/sk-1'])}".encode("utf-8")
    html = slots.fill(found.__getitem__, "kota/layanan/a.html", page).decode("utf-8")
    assert '<a href="#unduh">Unduh</a>' in html
    assert 'href="../../unduh/kota/standar/a.pdf"' in html and "(85 kB)" in html
    assert 'href="../../unduh/kota/sk-1.docx"' in html and "(40 kB)" in html
    assert "sk-unduh" not in html


def test_no_slot_is_left_in_a_site_only_build(site_only):
    pages = sorted((site_only / "site").rglob("*.html"))
    assert pages and not [p for p in pages if slots.START in p.read_bytes()]
    service = next(p for p in pages if p.parent.name == "layanan")
    assert 'id="unduh"' not in service.read_text(encoding="utf-8")  # nothing to offer: no section


def test_a_record_cannot_write_a_slot(site_build, hostile_sources, tmp_path):
    # A standard whose name is a slot naming the decree's document: the page shows the text, escaped, and
    # the decree's download appears only where the template put its slots.
    sources = tmp_path / "sources"
    shutil.copytree(hostile_sources, sources)
    forged = str(slots.marker("wilayah", ["kota-uji/sk-1"]))
    service = sources / "kota-uji" / "standar" / "layanan-jahat.yaml"
    lines = service.read_text(encoding="utf-8").splitlines(keepends=True)
    service.write_text("".join([f'nama: "{forged} Layanan"\n', *lines[1:]]), encoding="utf-8")
    built = site_build("palsu", sources, formats=("site", "docx"))
    page = (built / "site" / "kota-uji" / "layanan" / "layanan-jahat.html").read_text(encoding="utf-8")
    assert "&lt;!--sk-unduh:wilayah:" in page and "<!--sk-unduh" not in page
    assert page.count("unduh/kota-uji/sk-1.docx") == 1  # the real slot of the page: "Keputusan lengkap"


def test_pages_and_the_search_index_are_the_same_whatever_the_formats(site_build, hostile_sources):
    # What the cache keeps of a page is the page before its slots are filled: two builds that differ only in
    # their formats differ only in the download sections.
    alone, full = site_build("sendiri", hostile_sources), site_build("penuh", hostile_sources, formats=("site", "docx"))
    bundle = sorted(p.relative_to(alone).as_posix() for p in (alone / "site" / "pagefind").rglob("*") if p.is_file())
    assert bundle and all((alone / name).read_bytes() == (full / name).read_bytes() for name in bundle)
    page = Path("site/kota-uji/layanan/layanan-jahat.html")
    assert 'id="unduh"' in (full / page).read_text(encoding="utf-8")
    assert 'id="unduh"' not in (alone / page).read_text(encoding="utf-8")
