"""Property tests: no text, however broken, makes the loader, the Markdown renderer or the rules raise.

Found and fixed with these: ints like "_" or "0x_" and "!!int x" raised ValueError in the YAML
converter; a self-referencing alias and very deep nesting raised RecursionError; alias "billion
laughs" expanded without limit; control characters were reported at 1:1 instead of where they are.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sk_builder import uraian
from sk_builder.check import bilangan, daftar, konsiderans, nip, penulisan, tanggal
from sk_builder.check.positions import SourceMap
from sk_builder.check.runner import check_project
from sk_builder.diagnostics import Report
from sk_builder.model import KOMPONEN_KEYS, Keputusan, Profil, Standar
from sk_builder.sources.loader import load_project
from sk_builder.sources.validate import validate
from sk_builder.sources.yamlfile import parse_text
from tests.fixtures.minimal import KEPUTUSAN, write_region

# A deeper search now and then: SK_HYPOTHESIS_EXAMPLES=5000 .venv/bin/pytest tests/robustness/test_properties.py
SETTINGS = settings(max_examples=int(os.environ.get("SK_HYPOTHESIS_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODELS = (Profil, Keputusan, Standar)

KEYS = st.sampled_from([
    "nama", "unit", "judul", "status", "komponen", "persyaratan", "biaya", "menimbang", "mengingat", "diktum",
    "teks", "tahun", "nomor", "ditetapkan", "tanggal", "penandatangan", "nip", "lampiran", "layanan", "bagian",
    "abaikan", "aturan", "kolom", "alasan", "lambang", "huruf", "margin", "format_nomor", "<<", "? x", "",
])
SCALARS = st.one_of(
    st.sampled_from(["", "~", "null", "true", "no", "0x_", "_", "012", "1e400", ".nan", "2024-02-30", "2024-01-15",
                     "19640828 198802 1 001", "SK301", "komponen.biaya", "*a", "&a x", "!!int x", "!!binary x",
                     "{a: 1}", "[1, 2", "'quoted''s'", '"esc \\" \\u0000"', "|", ">", "- x", "a: b: c", "\t",
                     "{{ 7*7 }}", "<script>x</script>", "1. a;\n2. b", "\ufeff", "\x85", "\u2028"]),
    st.text(max_size=30),
)


def _yamlish(depth: int = 3) -> st.SearchStrategy[str]:
    """Text shaped like YAML records: indented keys, lists, block scalars, anchors and stray tokens."""
    if depth == 0:
        return SCALARS
    child = _yamlish(depth - 1)

    def mapping(pairs):
        return "\n".join(f"{k}:{' ' if not v.startswith(chr(10)) else ''}{v}" for k, v in pairs)

    def sequence(items):
        return "\n".join(f"- {v}" for v in items)

    def indented(text):
        return "\n" + "\n".join("  " + line for line in text.split("\n"))

    def block(text):
        return "|\n" + "\n".join("  " + line for line in text.split("\n"))

    return st.one_of(
        SCALARS,
        st.lists(st.tuples(KEYS, child.map(indented) | child), max_size=4).map(mapping),
        st.lists(child, max_size=4).map(sequence),
        child.map(block),
        st.lists(st.one_of(child, st.sampled_from(["&a", "*a", "---", "...", "%YAML 1.1", "? ", ": ", "\t", "#"])),
                 max_size=5).map(" ".join),
    )


def _load(text: str) -> None:
    report = Report()
    doc = parse_text(text, "x.yaml", report)
    if doc is not None:
        for model in MODELS:
            validate(model, doc, report)
    for diagnostic in report.items:
        assert diagnostic.line >= 1 and diagnostic.col >= 1
        assert diagnostic.code.startswith("SK")


@SETTINGS
@given(st.text(max_size=400))
def test_loader_never_raises_on_any_text(text):
    _load(text)


@SETTINGS
@given(_yamlish())
def test_loader_never_raises_on_yaml_like_text(text):
    _load(text)


MARKDOWN = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(
        st.sampled_from(["1. a;", "   a. b", "      1) c", "2.1 d", "- e", "* f", "e. g", "4.", "  ", "", "> q",
                         "# h", "```", "<script>alert(1)</script>", "[x](javascript:alert(1))", "*a*", "**b**",
                         "12 (Sebelas)", "NIP. 1 2", "30 Februari 2024", "tanggal, 1", "\\", "|a|b|", "&amp;",
                         "<img src=x onerror=alert(1)>", "www.example.com", "x@y.z", "    indented"]),
        st.text(max_size=12)), max_size=25).map("\n".join),
)


@SETTINGS
@given(MARKDOWN)
def test_uraian_renders_anything_inertly(text):
    html = uraian.to_html(text)
    uraian.tokens(text)
    uraian.list_depth(text)
    assert "<script" not in html and "<img" not in html and 'href="javascript:' not in html.lower()


@SETTINGS
@given(MARKDOWN)
def test_rules_never_raise(text):
    field = ("komponen", "persyaratan")
    for check in (daftar.check_text, bilangan.check_text, penulisan.check_text, nip.check_text, tanggal.check_text):
        for finding in check(field, text):
            line, col = finding.at
            assert line >= 0 and col >= 0
    konsiderans.legal_basis(text)


@SETTINGS
@given(_yamlish(), st.integers(0, 50), st.integers(0, 200))
def test_positions_never_raise(tmp_path_factory, text, line, col):
    report = Report()
    doc = parse_text(text, "x.yaml", report)
    if doc is None:
        return
    places = SourceMap("x.yaml", text, doc.scalars, doc.value_marks)
    for field in list(doc.scalars)[:10]:
        value = doc.data
        for part in field:
            value = value[part] if isinstance(value, (dict, list)) else None
        location = places.locate(field, (line, col), value if isinstance(value, str) else None)
        assert location.line >= 1 and location.col >= 1


RECORD_TEXT = st.one_of(MARKDOWN, st.text(min_size=1, max_size=40))


@settings(max_examples=max(20, SETTINGS.max_examples // 5), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({key: RECORD_TEXT for key in ("persyaratan", "prosedur", "dasar_hukum",
                                                            "jumlah_pelaksana", "pengaduan")}),
       st.text(min_size=1, max_size=40), st.lists(RECORD_TEXT, min_size=1, max_size=3),
       st.lists(RECORD_TEXT, min_size=1, max_size=3), RECORD_TEXT)
def test_check_never_raises_on_loadable_records(tmp_path_factory, komponen, nama, menimbang, mengingat, diktum):
    standar = {"nama": nama, "unit": "Bagian Umum", "status": "draft",
               "komponen": {key: komponen.get(key, f"Isi {key}.") for key in KOMPONEN_KEYS}}
    keputusan = (KEPUTUSAN.split("menimbang:")[0] + "menimbang: " + json.dumps(menimbang) + "\nmengingat: "
                 + json.dumps(mengingat) + "\ndiktum:\n  - teks: " + json.dumps(diktum) + "\n"
                 + "ditetapkan:" + KEPUTUSAN.split("ditetapkan:")[1])
    region = write_region(tmp_path_factory.mktemp("rekaman"), **{
        "standar/contoh.yaml": json.dumps(standar), "keputusan/kep-12-2024.yaml": keputusan})
    project, report = load_project(region)
    event("loaded" if project is not None else "not loadable: " + " ".join(sorted({d.code for d in report.errors})))
    if project is not None:
        for diagnostic in check_project(project).report.items:
            assert diagnostic.line >= 1 and diagnostic.col >= 1
