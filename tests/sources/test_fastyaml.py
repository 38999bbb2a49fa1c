"""The libyaml path gives exactly what the ruamel path gives (data, types, marks, spans), or steps aside.

The property every test checks: for any text, `parse_with_libyaml` either returns None (ruamel then parses
and reports as before) or a document equal to `parse_with_ruamel`'s in every value, type and position, for a
text ruamel reports nothing about; and `parse_text` (libyaml first) reports exactly what ruamel reports.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from sk_builder.diagnostics import Report
from sk_builder.sources import fastyaml
from sk_builder.sources.yamlfile import parse_text, parse_with_libyaml, parse_with_ruamel

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = settings(max_examples=int(os.environ.get("SK_HYPOTHESIS_EXAMPLES", "300")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

pytestmark = pytest.mark.skipif(not fastyaml.AVAILABLE, reason="PyYAML without libyaml: ruamel parses everything")


def _same(a, b) -> bool:
    """Equal values of the same types all the way down (NaN equal to NaN, key order kept)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def _agree(text: str) -> bool:
    """Assert the property; True when libyaml took the text on (for hypothesis' statistics)."""
    report = Report()
    old = parse_with_ruamel(text, "x.yaml", report)
    new = parse_with_libyaml(text, "x.yaml")
    combined = Report()
    both = parse_text(text, "x.yaml", combined)
    if new is None:
        if not text.count("\t"):  # tab indentation is refused before either parser runs
            assert combined.items == report.items
            assert (both is None) == (old is None)
        return False
    assert old is not None and report.items == [], f"libyaml accepted what ruamel reports: {report.items}"
    assert _same(old.data, new.data), (old.data, new.data)
    assert old.value_marks == new.value_marks
    assert old.key_marks == new.key_marks
    assert old.scalars == new.scalars
    assert combined.items == [] and both is not None and _same(both.data, old.data)
    return True


def _repository_yaml() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "*.yaml", "*.yml"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.splitlines()
    return sorted(name for name in listed if (ROOT / name).is_file())


REPOSITORY_YAML = _repository_yaml()


def test_every_yaml_file_of_the_repository_parses_alike():
    taken = 0
    for name in REPOSITORY_YAML:
        raw = (ROOT / name).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # refused (SK112) before either parser runs
        taken += _agree(text)
    assert len(REPOSITORY_YAML) > 150
    assert taken > len(REPOSITORY_YAML) * 0.8, "libyaml should take on the repository's ordinary records"


def test_files_ruamel_reports_are_left_to_it():
    corpus = ROOT / "tests" / "robustness" / "corpus"
    for name in ("kunci-ganda/profil.yaml", "tipe-kunci-bukan-teks/profil.yaml", "alias-bom/profil.yaml",
                 "alias-merujuk-dirinya/profil.yaml", "bersarang-terlalu-dalam/profil.yaml",
                 "yaml-dokumen-ganda/profil.yaml", "karakter-kendali/profil.yaml", "berkas-kosong/profil.yaml"):
        text = (corpus / name).read_text(encoding="utf-8")
        assert parse_with_libyaml(text, name) is None, name
        report = Report()
        parse_text(text, name, report)
        assert report.errors, name


@pytest.mark.parametrize("text", [
    "a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: NO\n",
    "a: true\nb: False\nc: TRUE\nd: tRue\n",
    "a: 0o17\nb: 017\nc: 0x1F\nd: 0b101\ne: 1_000\nf: -0o7\ng: +12\nh: 0x_\ni: _\nj: 09\nk: 1:30\n",
    "a: .inf\nb: -.Inf\nc: .NaN\nd: 1e3\ne: 1.5e-3\nf: .5\ng: 1.\nh: 6.8523015e+5\ni: 1_0.5\nj: +.inf\n",
    "a: 2024-01-15\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10 -5\nd: 2024-02-30\n",
    "a: ~\nb: null\nc: Null\nd:\ne: NULL\nf: nULL\n",
    "base: &b {x: 1, y: [a, b]}\nanak:\n  <<: *b\n  z: *b\n",
    "a: |2-\n    dua spasi\n  di depan\n\nb: >+\n  dilipat\n  menjadi satu\n\n\nc: |\n  akhir\n",
    "a: \"tab\\tdan \\u00e9 \\x41 \\N \\_ \\/\"\nb: 'kutip ''tunggal'''\nc: \"baris\n\n  lanjut\"\n",
    "judul: Persyaratan Pelayanan Izin Usaha Mikro (IUMK)\nbiaya: Rp0,00 (nol rupiah)\n",
    "a: !!int \"12\"\nb: !!str 12\nc: ! 12\nd: !foo x\ne: !!binary aGVsbG8=\n",
    "a: 1\r\nb: |\r\n  baris satu\r\n  baris dua\r\nc: [x, y]\r\n",
    "- [a, {b: c}, 'd']\n- {? e, f: }\n- - g\n  - h\n",
    "%YAML 1.1\n---\na: yes\n",
    "a: 1\n...\n",
    "--- \na: 1\n",
    "a: &x 1\nb: &x 2\nc: *x\n",
    "\"kunci\": nilai\n'kunci 2': nilai\n? kunci 3\n: nilai\n",
    "a: b\n  c\n\n  d\n",
    "a: x # komentar\n# komentar\nb: 'y' # lagi\n",
    "a: [1, 2,]\nb: {c: d,}\n",
    "a: >-\n\n  kosong dulu\n   lebih menjorok\n  kembali\n",
    "judul: |#\n  libyaml menerima, ruamel tidak\n",  # found by test_damaged_documents_agree
    "a: >2-#x\n   b\n",
    "a: &x |+ # c\n  b\n\nb: *x\n",
    "a: |\n \n   x\n",  # ruamel refuses a first blank line less indented than the text; found by the test below
    "a: |2\n \n   x\n",
    "a: >-\n   \n \n  x\n",
    "a: |\r\n \r\n  x\r\n",
    "a: |\n\n    \n  x\n",
    'a: ["k":v]\nb: [\'k\' :v, x]\nc: {"k":v}\n',  # a pair in a flow sequence: ruamel refuses, libyaml not
    'a: [k: v, "l": w, ? m : n]\nb: [{"k":v}]\n',
    "biaya: # gratis\n  Rp0,00\n\nwaktu: 1 hari\n",  # ruamel's round-trip composer raised NotImplementedError
    "a: #c\n  x\n\nb:\n",
    "a: &0:000 yes\nb: &x:y z\nc: &k? v\nd: [&x, y]\ne: *x:y\n",  # ruamel reads `:` into an anchor's name
])
def test_tricky_documents_agree(text):
    _agree(text)


# --- generated documents ---------------------------------------------------------------------------------

def _numbers() -> st.SearchStrategy[str]:
    digits = st.text("0123456789_", min_size=1, max_size=6)
    sign = st.sampled_from(["", "-", "+"])
    return st.one_of(
        st.builds(lambda s, d: s + d, sign, digits),
        st.builds(lambda s, p, d: s + p + d, sign, st.sampled_from(["0o", "0x", "0b", "0", "0O", "0X"]),
                  st.text("0123456789abcdefABCDEF_", min_size=0, max_size=5)),
        st.builds(lambda s, a, b, e: f"{s}{a}.{b}{e}", sign, digits, st.text("0123456789_", max_size=4),
                  st.sampled_from(["", "e3", "E-2", "e+10", "e"])),
        st.builds(lambda a, b: f"{a}:{b}", digits, digits),
        st.integers().map(str),
        st.floats(allow_nan=True).map(repr),
    )


TRICKY = st.sampled_from([
    "yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "NO", "On", "OFF", "true", "False", "TRUE", "tRUE",
    "~", "null", "Null", "NULL", "nUll", "", ".inf", "-.inf", "+.INF", ".nan", ".NaN", ".NAN", "=", "<<",
    "2024-01-15", "2024-1-5", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14",
    "20:03:20", "1:20", "190:20:30", "12e03", "1e", "0.", ".5", "-.5", "0x_", "_", "0b", "0o", "0o8",
    "Kabupaten Tanjung Seroja", "Rp 50.000,00", "Senin s.d. Jumat, 08.00-16.00 WIB", "Pasal 5 ayat (1)",
    "huruf a angka 2", "NIP. 19640828 198802 1 001", "é", "naïve café", "日本", "emoji 🙂", "a#b", "a #b",
    "http://contoh.go.id/a?b=c", "x: y", "- z", "? q", "a,b", "[a]", "{a}", "'", '"', "@", "`", "%", "!", "&",
    "*", "|", ">", " lead", "trail ", "multi\nline", "multi\n\nparagraph", "#", "---", "...", "- ", ":",
])

PLAIN = st.one_of(TRICKY, _numbers(), st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12))


def _quoted(text: str, quote: str) -> str:
    if quote == "'":
        return "'" + text.replace("'", "''") + "'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def _scalar(draw, indent: int) -> str:
    """A scalar in some style, written for a value position at this indentation."""
    text = draw(PLAIN)
    style = draw(st.sampled_from(["plain", "plain", "plain", "'", '"', "|", ">", "escape"]))
    if style == "plain":
        return text.replace("\n", "\n" + " " * (indent + 2)) if draw(st.booleans()) else text
    if style in "'\"":
        return _quoted(text, style)
    if style == "escape":
        return '"' + draw(st.sampled_from(["\\t", "\\n", "\\u00e9", "\\x41", "\\U0001F642", "\\N", "\\_", "\\/",
                                            "\\L", "\\P", "\\ ", "\\e", "\\0", "\\\n  ", "\\q"])) + text.replace(
            "\\", "").replace('"', "") + '"'
    lines = draw(st.lists(st.one_of(PLAIN.map(lambda t: t.replace("\n", " ")), st.just(""),
                                    st.sampled_from(["  lebih menjorok", " ", "   ", "      ", "# bukan komentar"])),
                          min_size=1, max_size=5))
    header = style + draw(st.sampled_from(["", "-", "+", "1", "2", "2-", "+1", "-2"]))
    pad = " " * (indent + 2)
    body = "\n".join((pad + line) if line.strip() else line for line in lines)  # blank lines: raw spaces
    return header + "\n" + body + draw(st.sampled_from(["", "\n", "\n\n"]))


KEY = st.one_of(st.sampled_from(["nama", "judul", "biaya", "waktu", "yes", "no", "on", "1", "null", "<<", "a b",
                                 "komponen", "persyaratan", "Tanggal", "jam_layanan", "~", "2024-01-01", "'k'",
                                 '"k k"', "x.y", "dasar-hukum"]),
                st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8))


@st.composite
def _flow(draw, depth: int = 2) -> str:
    if depth == 0 or draw(st.booleans()):
        return draw(st.one_of(TRICKY.filter(lambda t: not any(c in t for c in "\n,[]{}#:'\"")), _numbers(),
                              PLAIN.map(lambda t: _quoted(t, '"'))))
    items = draw(st.lists(_flow(depth - 1), max_size=4))
    if draw(st.booleans()):
        pairs = draw(st.lists(st.tuples(KEY, st.sampled_from([": ", ":", " : ", ":\n  "])), min_size=len(items),
                              max_size=len(items)))  # single pairs ([a: b], ["a":b]) in some items
        items = [f"{k}{sep}{v}" if draw(st.integers(0, 3)) == 0 else v for (k, sep), v in zip(pairs, items)]
        return "[" + ", ".join(items) + draw(st.sampled_from(["", ",", " "])) + "]"
    keys = draw(st.lists(KEY, max_size=len(items), min_size=len(items)))
    return "{" + ", ".join(f"{k}: {v}" for k, v in zip(keys, items)) + "}"


@st.composite
def _block(draw, indent: int = 0, depth: int = 3) -> str:
    """A block mapping or sequence, with anchors, aliases, comments and flow values here and there."""
    pad = " " * indent
    kind = draw(st.sampled_from(["map", "map", "seq"]))
    lines = []
    keys = draw(st.lists(KEY, min_size=1, max_size=4, unique_by=lambda k: k.strip("'\"")))
    for key in keys:
        head = f"{pad}{key}:" if kind == "map" else f"{pad}-"
        choice = draw(st.sampled_from(["scalar", "scalar", "flow", "nested", "alias", "anchor", "comment"]))
        if choice == "nested" and depth > 0:
            inner = indent + (draw(st.sampled_from([0, 2, 3])) if kind == "map" else 2)
            lines.append(head + "\n" + draw(_block(inner, depth - 1)))
        elif choice == "flow":
            lines.append(f"{head} {draw(_flow())}")
        elif choice == "alias":
            lines.append(f"{head} *{draw(st.sampled_from(['a', 'b']))}")
        elif choice == "anchor":
            anchor = draw(st.text("abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=3, max_size=8))
            lines.append(f"{head} &{anchor} {draw(_scalar(indent))}")  # redefined: libyaml refuses, ruamel not
        elif choice == "comment":
            lines.append(f"{head} {draw(_scalar(indent))} # catatan")
        else:
            lines.append(f"{head} {draw(_scalar(indent))}")
    return "\n".join(lines)


@st.composite
def _document(draw) -> str:
    text = "jangkar: &a " + draw(_scalar(0)) + "\njangkar_2: &b " + draw(_flow()) + "\nisi:\n" + draw(_block(2))
    if draw(st.booleans()):
        text += "\n"
    if draw(st.integers(0, 4)) == 0:
        text = draw(st.sampled_from(["---\n", "--- # awal\n", "# judul\n"])) + text
    if draw(st.integers(0, 4)) == 0:
        text = text.replace("\n", "\r\n")
    return text


@SETTINGS
@example("a: yes\nb: 0o17\nc: 017\n")
@given(_document())
def test_generated_documents_agree(text):
    event("libyaml" if _agree(text) else "ruamel")


@SETTINGS
@example("---\njudul: |\n  y es\n  yes", [(11, "#")])
@example("a: 1\r\n  ________: &0000 yes\r\n", [(15, ":")])
@example("---\r\njangkar: &a |-\r\n  0o00000\r\n\r\n\r\njangkar_2: &b \"yes\"\r\nisi:\r\n  _: \r\n  ________: trail", [(18, "#")])
@given(_document(), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(
    list(" \n:-?#&*!|>'\"[]{},%@`\\\r\t~") + ["  ", "\n  ", "- ", ": ", "---", "..."])), min_size=1, max_size=3))
def test_damaged_documents_agree(text, damage):
    """Broken YAML: libyaml must step aside wherever ruamel reports, and agree wherever it does not."""
    for at, piece in damage:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    event("libyaml" if _agree(text) else "ruamel")


def test_without_pyyaml_ruamel_parses_everything():
    """Where PyYAML (or its C parser) cannot be imported, the module still loads and ruamel parses."""
    script = (
        "import sys; sys.modules['yaml'] = None\n"
        "from sk_builder.diagnostics import Report\n"
        "from sk_builder.sources import fastyaml, yamlfile\n"
        "assert not fastyaml.AVAILABLE and fastyaml.compose('a: 1') is None\n"
        "report = Report()\n"
        "doc = yamlfile.parse_text('a: yes\\nb: [1, 0o17]\\n', 'x.yaml', report)\n"
        "assert doc.data == {'a': 'yes', 'b': [1, 15]} and doc.value_marks[('b', 1)] == (2, 8), doc\n"
        "yamlfile.parse_text('a: [1\\n', 'x.yaml', report)\n"
        "print(report.items[0].code, report.items[0].line, report.items[0].col)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert run.returncode == 0, run.stderr
    report = Report()
    parse_with_ruamel("a: [1\n", "x.yaml", report)
    assert run.stdout.split() == [report.items[0].code, str(report.items[0].line), str(report.items[0].col)]


def test_libyaml_takes_on_an_ordinary_record():
    """The fast path is really used (else the comparisons above would prove nothing)."""
    text = (ROOT / "tests" / "fixtures" / "gaya" / "kabupaten-tanjung-seroja" / "profil.yaml").read_text(encoding="utf-8")
    assert fastyaml.compose(text) is not None
    assert parse_with_libyaml(text, "profil.yaml") is not None


def _record_texts() -> list[str]:
    texts = []
    for name in REPOSITORY_YAML:
        try:
            texts.append((ROOT / name).read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return [text for text in texts if len(text) < 20_000]


DAMAGE = st.lists(st.tuples(st.integers(0, 100_000), st.one_of(
    st.sampled_from(list(" \n:-?#&*!|>'\"[]{},%@`\\\r~") + ["  ", "\n  ", "- ", ": ", "---", "...", "|#", "yes",
                                                            "0o17", "&x ", "*x", "<<: ", "\r\n", "é", "🙂"]),
    st.text(max_size=3))), min_size=1, max_size=4)


@SETTINGS
@given(st.sampled_from(_record_texts()), DAMAGE)
def test_damaged_records_agree(text, damage):
    """The repository's own records, damaged a little here and there."""
    for at, piece in damage:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    event("libyaml" if _agree(text) else "ruamel")
