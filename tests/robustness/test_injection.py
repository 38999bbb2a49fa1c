"""Hostile text in every text field comes out inert: escaped in the HTML (and nothing runs in Chromium),
literal in the PDF and in the DOCX.

One region whose every text field holds the same payload, tagged with the field's name: a script,
an onerror image, Jinja syntax, raw HTML that would close the table, a javascript: link in Markdown
and in HTML. It is rendered once (module fixture) in every format; one Chromium opens every page.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sk_builder.jobs import plan
from sk_builder.model import KOMPONEN_KEYS
from sk_builder.render.registry import RENDERERS
from sk_builder.sources.loader import load_project

PAYLOAD = ('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> {{ 7*7 }} '
           '{% raw %}<b>x</b>{% endraw %} [klik](javascript:window.__pwned=3) '
           '<a href="javascript:window.__pwned=4">a</a></td></tr></table><style>body{display:none}</style>')
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EMBLEM = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n'


def hostile(tag: str) -> str:
    return f"[{tag}]{PAYLOAD}"


def _records() -> dict[str, object]:
    profil = {key: hostile(key) for key in ("nama", "pemerintah", "unit", "alamat", "telepon", "faksimile",
                                            "laman", "pos_el", "url_dasar")}
    profil |= {"lambang": "lambang.svg",
               "label_komponen": {key: hostile(f"label_{key}") for key in KOMPONEN_KEYS},
               "label_grup": [hostile("grup0"), hostile("grup1")],
               "format_nomor": "<i>{nomor}</i> TAHUN {tahun}<script>window.__pwned=5</script>",
               "nomor_halaman": "</style><script>window.__pwned=6</script>- {n} -"}
    komponen = {key: f"{hostile(key)}\n\n1. {hostile(key + '_1')};\n   a. {hostile(key + '_a')}; dan\n"
                     f"   b. {hostile(key + '_b')};\n2. {hostile(key + '_2')}."
                for key in KOMPONEN_KEYS}
    standar = {"nama": hostile("nama_layanan"), "judul": hostile("judul"), "unit": hostile("unit_layanan"),
               "nomor_sk": hostile("nomor_sk"), "komponen": komponen}
    keputusan = {
        "jabatan": hostile("jabatan"), "nomor": hostile("nomor"), "tahun": 2024, "tentang": hostile("tentang"),
        "menimbang": [hostile("menimbang")], "mengingat": [hostile("mengingat")],
        "memperhatikan": [hostile("memperhatikan")], "menetapkan": hostile("menetapkan"),
        "diktum": [{"teks": hostile("diktum"), "daftar_layanan": True},
                   {"mencabut": [{"jabatan": hostile("cabut_jabatan"), "nomor": hostile("cabut_nomor"),
                                  "tahun": 2020, "tentang": hostile("cabut_tentang")}]}],
        "ditetapkan": {"tempat": hostile("tempat"), "tanggal": "2024-03-01"},
        "penandatangan": {"jabatan": hostile("penandatangan"), "nama": hostile("nama_pejabat"),
                          "pangkat": hostile("pangkat"), "nip": "19640828 198802 1 001"},
        "tembusan": [hostile("tembusan")],
        "lampiran": [{"bagian": hostile("bagian"), "layanan": ["layanan"]}],
    }
    return {"profil.yaml": profil, "standar/layanan.yaml": standar, "keputusan/kep.yaml": keputusan}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, bytes]:
    """Every document of the hostile region in every format, keyed by output name."""
    region = tmp_path_factory.mktemp("jahat") / "kota-jahat"
    for relative, record in _records().items():
        path = region / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")  # JSON is YAML
    (region / "lambang.svg").write_text(EMBLEM, encoding="utf-8")
    project, report = load_project(region)
    assert project is not None, [str(d) for d in report.sorted()]
    files = {}
    for job in plan(project):
        # the decree's PDF holds its lampiran, so the standard's own PDF would only repeat it
        for name in ("html", "docx") if job.kind == "standard" else ("html", "pdf", "docx"):
            files[f"{job.stem}.{name}"] = RENDERERS[name].render(job)
    return files


def _of(outputs, suffix):
    return {name: data for name, data in outputs.items() if name.endswith(suffix)}


class _Page(HTMLParser):
    """Collects what a browser would run or load, and the text a reader sees."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.handlers, self.urls, self.styles, self.text = 0, [], [], [], []
        self._in = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag in ("script", "style"):
            self._in = tag
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append((tag, name))
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href") and value:
                self.urls.append(value.strip())

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.styles.append(data)
        elif self._in is None:
            self.text.append(data)


def _tags(text: str) -> set[str]:
    return set(re.findall(r"\[([a-z_0-9]+)\]", text, re.IGNORECASE)) - {"klik", "KLIK"}


def test_html_has_no_script_handler_or_javascript_url(outputs):
    for name, data in _of(outputs, ".html").items():
        page = _Page()
        page.feed(data.decode("utf-8"))
        assert page.scripts == 0, name
        assert page.handlers == [], name
        assert [u for u in page.urls if not u.startswith(("data:image/svg+xml;base64,", "#"))] == [], name
        assert all("<" not in css for css in page.styles), name  # record text in CSS is escaped, never closes it


# Plain-text fields that document.py splices into Uraian text (the revoking diktum) are escaped
# for Markdown, so they too print literally.
SPLICED_INTO_MARKDOWN = {"cabut_jabatan", "cabut_nomor", "cabut_tentang"}


def _literal_tags(outputs, skip=frozenset()) -> set[str]:
    """The field tags printed in the HTML, each asserted to be followed by the payload, literally."""
    seen = set()
    for name, data in _of(outputs, ".html").items():
        page = _Page()
        page.feed(data.decode("utf-8"))
        text = "".join(page.text)
        for tag in _tags(text) - skip:
            for start in [m.end() for m in re.finditer(re.escape(f"[{tag}]"), text, re.IGNORECASE)]:
                assert text[start:start + len(PAYLOAD)].lower() == PAYLOAD.lower(), (name, tag)
            seen.add(tag.lower())
    return seen


def test_revoked_decree_fields_are_literal(outputs):
    assert SPLICED_INTO_MARKDOWN <= _literal_tags(outputs)


def test_html_prints_every_payload_as_literal_text(outputs):
    seen = _literal_tags(outputs, skip=SPLICED_INTO_MARKDOWN)
    for name, data in _of(outputs, ".html").items():
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in data.decode("utf-8").lower(), name
    printed = {"pemerintah", "unit", "alamat", "telepon", "faksimile", "laman", "pos_el", "jabatan",
               "nomor", "tentang", "menimbang", "mengingat", "memperhatikan", "menetapkan", "diktum", "tempat",
               "penandatangan", "nama_pejabat", "pangkat", "tembusan", "bagian", "judul", "nama_layanan",
               "grup0", "grup1"}
    printed |= {f"label_{key}" for key in KOMPONEN_KEYS}
    printed |= {f"{key}{end}" for key in KOMPONEN_KEYS for end in ("", "_1", "_a", "_b", "_2")}
    assert printed <= seen, sorted(printed - seen)


def test_nothing_runs_in_chromium(outputs):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    dialogs = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            for name, data in _of(outputs, ".html").items():
                page.set_content(data.decode("utf-8"), wait_until="load")
                page.wait_for_timeout(50)
                state = page.evaluate("""() => ({
                    pwned: typeof window.__pwned,
                    scripts: document.scripts.length,
                    handlers: [...document.querySelectorAll('*')].filter(
                        e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
                    images: [...document.images].filter(i => !i.getAttribute('src').startsWith('data:image/')).length,
                    hidden: getComputedStyle(document.body).display === 'none',
                    links: [...document.links].map(a => a.href).filter(h => h.startsWith('javascript:')),
                })""")
                assert state == {"pwned": "undefined", "scripts": 0, "handlers": 0, "images": 0,
                                 "hidden": False, "links": []}, name
        finally:
            browser.close()
    assert dialogs == []


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def test_pdf_text_is_literal_and_has_no_actions(outputs):
    pypdf = pytest.importorskip("pypdf")
    for name, data in _of(outputs, ".pdf").items():
        reader = pypdf.PdfReader(io.BytesIO(data))
        text = _flat("\n".join(page.extract_text() for page in reader.pages))
        assert text.count(_flat("<script>window.__pwned=1</script>")) >= 20, name
        assert _flat("{{ 7*7 }} {% raw %}<b>x</b>{% endraw %}") in text, name
        assert _flat("[klik](javascript:window.__pwned=3)") in text, name
        root = reader.trailer["/Root"]
        assert "/OpenAction" not in root and "/AA" not in root, name
        assert "/JavaScript" not in (root.get("/Names") or {}), name
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                assert action.get("/S") != "/JavaScript", name
                assert not str(action.get("/URI", "")).lower().startswith("javascript:"), name


def test_docx_text_is_literal_and_links_nowhere(outputs):
    for name, data in _of(outputs, ".docx").items():
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            xml = docx.read("word/document.xml").decode("utf-8")
            rels = "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if n.endswith(".rels"))
        runs = html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
        flat = _flat(runs)
        assert flat.count(_flat("<script>window.__pwned=1</script>")) >= 20, name
        assert _flat("{{ 7*7 }} {% raw %}<b>x</b>{% endraw %}") in flat, name
        assert "<script" not in xml.lower() and "javascript:" not in rels.lower(), name
        assert "w:instrText" not in xml or "pwned" not in "".join(re.findall(r"<w:instrText[^>]*>([^<]*)<", xml))
