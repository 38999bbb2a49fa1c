"""Load one YAML file into plain data plus the line/column of every key and value."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import MaxDepthExceededError
from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError
from ruamel.yaml.reader import ReaderError

from ..diagnostics import Location, Report
from . import fastyaml

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000
FieldPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"


Span = tuple[str, int, int, int]
"""Where a scalar's text stands in its file: its style ("", "|", ">", "'" or '"'), start and end index, start line."""


@dataclass
class YamlDocument:
    """Plain data of one file, where each key and value stands in it, and each scalar's span (to locate a
    character of its text later without parsing the file again)."""

    path: str
    data: Any
    key_marks: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    value_marks: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    scalars: dict[FieldPath, Span] = field(default_factory=dict)

    def at(self, path: FieldPath, key: bool = False) -> Location:
        """The location of a value (or its key) at a field path, falling back to the nearest parent."""
        if key and tuple(path) in self.key_marks:
            return Location(self.path, *self.key_marks[tuple(path)])
        return locate(self.path, self.value_marks, path)


def field_name(path: FieldPath) -> str:
    """A field path as drafters read it: ``diktum[2].teks``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(berkas)"


def locate(source: str, value_marks: dict[FieldPath, tuple[int, int]], path: FieldPath) -> Location:
    """The location of the value at a field path, or of its nearest recorded parent."""
    probe = tuple(path)
    while probe and probe not in value_marks:
        probe = probe[:-1]
    return Location(source, *value_marks.get(probe, (1, 1)))


def _position(node: Any) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: Any) -> Any:
    return _scalar_value(node.tag, node.value, node.style)


def _scalar_value(tag: Any, text: str, style: str | None) -> Any:
    if tag == _TAG + "null":
        return None
    if tag == _TAG + "bool":
        return text.lower() == "true"
    if tag == _TAG + "int":
        cleaned = text.replace("_", "")
        for base in (10, 0):
            try:
                return int(cleaned, base)
            except ValueError:
                continue
        return text  # "_", "0x_" or "!!int x": left as text for the model to reject
    if tag == _TAG + "float":
        lowered = text.lower().replace("_", "")
        if lowered in (".inf", "+.inf"):
            return float("inf")
        if lowered == "-.inf":
            return float("-inf")
        if lowered == ".nan":
            return float("nan")
        try:
            return float(lowered)
        except ValueError:
            return text
    if style == ">":
        text = text.replace("\a", "")  # ruamel's round-trip scanner marks each fold with a BEL
    return text  # str, timestamp (dates are parsed by the model) and anything else


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def control_problem(text: str) -> str | None:
    """Why a text holds a character that must not be printed or stored, or None.

    Control characters (written as YAML escapes such as ``\\e`` or ``\\0``) would reach the PDF,
    the terminal of a reviewer running `sk diff` and the site; lone surrogates cannot be written
    as UTF-8; bidirectional overrides make the text read differently from how it is stored.
    """
    found = _CONTROL.search(text)
    if found is None:
        return None
    char = found.group()
    kind = "arah teks (bidi)" if 0x202A <= ord(char) <= 0x2069 else \
        "surogat tunggal" if 0xD800 <= ord(char) <= 0xDFFF else "kendali"
    return f"karakter {kind} U+{ord(char):04X} pada posisi {found.start() + 1} tidak diizinkan"


class _TooLarge(Exception):
    """The document nests too deep or expands (through aliases) to too many values."""

    def __init__(self, node: Any, code: str, message: str):
        super().__init__(message)
        self.node, self.code, self.message = node, code, message


class _Converter:
    """Turns a composed node tree into plain data, recording marks and duplicate keys."""

    max_depth = MAX_DEPTH
    max_nodes = MAX_NODES

    def __init__(self, doc: YamlDocument, report: Report):
        self.doc = doc
        self.report = report
        self.count = 0

    def convert(self, node: Any, path: FieldPath) -> Any:
        self.count += 1
        if len(path) > self.max_depth:
            raise _TooLarge(node, "SK101", f"struktur bersarang lebih dari {MAX_DEPTH} tingkat (alias yang merujuk dirinya?)")
        if self.count > self.max_nodes:
            raise _TooLarge(node, "SK116", f"lebih dari {MAX_NODES} nilai setelah alias diuraikan")
        self.doc.value_marks[path] = _position(node)
        kind = node.id
        if kind == "mapping":
            self.collection(node)
            return self._mapping(node, path)
        if kind == "sequence":
            self.collection(node)
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        assert kind == "scalar", "a composed node is a mapping, a sequence or a scalar"
        value = self.scalar(node)
        self.doc.scalars[path] = (node.style or "", node.start_mark.index, node.end_mark.index, node.start_mark.line)
        if isinstance(value, str) and (problem := control_problem(value)):
            self.problem(Location(self.doc.path, *_position(node)), "SK125", f"{field_name(path)}: {problem}")
            return _CONTROL.sub("", value)  # reported once here, not again by the model
        return value

    def collection(self, node: Any) -> None:
        """Checks a mapping or sequence node before it is converted (nothing to check from ruamel)."""

    def scalar(self, node: Any) -> Any:
        """The value of a scalar node."""
        return _scalar(node)

    def problem(self, where: Location, code: str, message: str) -> None:
        """Records a problem of the document."""
        self.report.error(where, code, message)

    def _mapping(self, node: Any, path: FieldPath) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if key_node.id == "scalar" else None
            where = Location(self.doc.path, *_position(key_node))
            if not isinstance(key, str):
                self.problem(where, "SK102", "kunci harus berupa teks")
                continue
            if problem := control_problem(key):
                self.problem(where, "SK125", f"kunci {field_name(path + (key,))}: {problem}")
                continue
            if key in result:
                self.problem(where, "SK118", f'kunci "{key}" ditulis dua kali')
                continue
            self.doc.key_marks[path + (key,)] = _position(key_node)
            result[key] = self.convert(value_node, path + (key,))
        return result


def _decode(raw: bytes, where: str, report: Report) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        report.error(Location(where, 1, 1), "SK113", "berkas diawali BOM; simpan sebagai UTF-8 tanpa BOM")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        report.error(Location(where, line, col), "SK112", f"bukan teks UTF-8 (bita 0x{raw[exc.start]:02x})")
        return None


_TAB_INDENT = re.compile(r"^( *)\t", re.MULTILINE)


def _tabs(text: str, where: str, report: Report) -> bool:
    found = False
    for match in _TAB_INDENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        report.error(Location(where, line, len(match.group(1)) + 1), "SK114",
                     "indentasi memakai tab; YAML hanya menerima spasi")
        found = True
    return found


def _yaml_problem(exc: YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    return f"{context}: {problem}" if context else problem


def _character(value: object) -> str:
    if isinstance(value, bytes):
        value = value[0] if value else 0
    return f"U+{value:04X}" if isinstance(value, int) else repr(value)


def _offset_position(text: str, offset: int) -> tuple[int, int]:
    offset = max(0, min(int(offset or 0), len(text)))
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


class _Unsure(Exception):
    """The libyaml path met something it leaves to ruamel (an error, an explicit tag, deep nesting)."""


_PAIR_COLON = re.compile("[ \r\n]*:[ \r\n]")


class _LibyamlConverter(_Converter):
    """The converter over libyaml's nodes: anything but a clean document of implicit tags is left to ruamel."""

    max_depth = MAX_DEPTH // 2  # ruamel counts depth its own way; anything near the limit goes to ruamel

    def __init__(self, doc: YamlDocument, text: str):
        super().__init__(doc, Report())
        self.text = text
        # more values than the text could write without aliases: expanding aliases, left to ruamel early
        self.max_nodes = min(MAX_NODES, len(text) // 2 + 64)

    def collection(self, node: Any) -> None:
        """A collection tag written in the file (``!!set``, ``!foo``) is left to ruamel, and so is a pair in a
        flow sequence (``[a: b]``) unless a space follows its colon: libyaml takes ``["a":b]``, ruamel not."""
        if not node.tag.startswith(fastyaml.IMPLICIT):
            raise _Unsure
        if node.id == "mapping" and node.flow_style and self.text[node.start_mark.index] != "{":
            key = node.value[0][0] if node.value else None
            if key is None or _PAIR_COLON.match(self.text, key.end_mark.index) is None:
                raise _Unsure

    def scalar(self, node: Any) -> Any:
        """A scalar's value from the tag resolved by ruamel's 1.2 rules; a tag written in the file: unsure."""
        tag, text, style = node.tag, node.value, node.style
        if not tag.startswith(fastyaml.IMPLICIT):
            raise _Unsure
        if not text and not style:
            raise _Unsure  # an empty value: ruamel places it by the token after it (and its comments)
        if (style == "|" or style == ">") and not fastyaml.block_sure(self.text, node.start_mark.index):
            raise _Unsure
        return _scalar_value(tag[len(fastyaml.IMPLICIT):], text, style)

    def problem(self, where: Location, code: str, message: str) -> None:
        """Any problem is reported by the ruamel path, exactly as it always was."""
        raise _Unsure


def parse_with_libyaml(text: str, where: str) -> YamlDocument | None:
    """The document as :func:`parse_with_ruamel` gives it, composed by libyaml; None when libyaml is
    missing or the text is not a clean document it is sure about (the caller then parses with ruamel)."""
    node = fastyaml.compose(text)
    if node is None or node.id == "scalar":  # a file of one scalar: ruamel ends top-level blocks its own way
        return None
    doc = YamlDocument(where, None)
    try:
        doc.data = _LibyamlConverter(doc, text).convert(node, ())
    except (_Unsure, _TooLarge):
        return None
    return doc


def parse_text(text: str, where: str, report: Report) -> YamlDocument | None:
    """Parse YAML text; problems go to the report and None is returned.

    libyaml composes the text when it can (C speed, same data and marks); anything it is not sure of is
    parsed by ruamel, whose messages and positions the reports keep.
    """
    if _tabs(text, where, report):
        return None
    doc = parse_with_libyaml(text, where)
    return doc if doc is not None else parse_with_ruamel(text, where, report)


def _ruamel_compose(text: str) -> Any:
    """ruamel's round-trip composer; where its comment bookkeeping fails (a comment after a key's colon, the
    value below it, then a blank line: NotImplementedError "overlap in comment"), its safe composer, which
    reads the same YAML but not the comments."""
    for typ in ("rt", "safe"):
        yaml = YAML(typ=typ, pure=True)
        yaml.max_depth = MAX_DEPTH
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReusedAnchorWarning)  # redefining an anchor is valid YAML
                return yaml.compose(text)
        except NotImplementedError:
            if typ == "safe":
                raise
    return None


def parse_with_ruamel(text: str, where: str, report: Report) -> YamlDocument | None:
    """Parse YAML text with ruamel (pure Python, round-trip composer); problems go to the report."""
    try:
        node = _ruamel_compose(text)
    except MaxDepthExceededError as exc:
        mark = exc.problem_mark
        report.error(Location(where, mark.line + 1, mark.column + 1), "SK101",
                     f"struktur bersarang lebih dari {MAX_DEPTH} tingkat")
        return None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "end of stream" in str(exc.problem):
            mark = exc.context_mark  # an unclosed quote or bracket: point at where it was opened
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        report.error(Location(where, line, col), "SK101", f"sintaks YAML tidak valid: {_yaml_problem(exc)}")
        return None
    except ReaderError as exc:
        report.error(Location(where, *_offset_position(text, exc.position)), "SK101",
                     f"karakter tak tercetak {_character(exc.character)} tidak boleh ada di dalam berkas YAML")
        return None
    except YAMLError as exc:
        report.error(Location(where, 1, 1), "SK101", f"sintaks YAML tidak valid: {_yaml_problem(exc)}")
        return None
    except RecursionError:
        report.error(Location(where, 1, 1), "SK101", "sintaks YAML tidak valid: struktur bersarang terlalu dalam")
        return None
    if node is None:
        report.error(Location(where, 1, 1), "SK115", "berkas kosong")
        return None
    doc = YamlDocument(where, None)
    try:
        doc.data = _Converter(doc, report).convert(node, ())
    except _TooLarge as exc:
        report.error(Location(where, *_position(exc.node)), exc.code, exc.message)
        return None
    return doc


def read_bytes(path: Path, where: str, report: Report) -> bytes | None:
    """The bytes of a source file, or None (reported) when it cannot be read or is too large."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report.error(Location(where, 1, 1), "SK116",
                         f"berkas terlalu besar ({size} bita; batas {MAX_FILE_BYTES} bita)")
            return None
        return path.read_bytes()
    except OSError as exc:
        report.error(Location(where, 1, 1), "SK110", f"berkas tidak dapat dibaca: {exc.strerror}")
        return None


def parse_bytes(raw: bytes, where: str, report: Report) -> YamlDocument | None:
    """Decode and parse the bytes of one YAML file; problems go to the report and None is returned."""
    if len(raw) > MAX_FILE_BYTES:
        report.error(Location(where, 1, 1), "SK116", f"berkas terlalu besar ({len(raw)} bita; batas {MAX_FILE_BYTES} bita)")
        return None
    text = _decode(raw, where, report)
    if text is None:
        return None
    return parse_text(text, where, report)


def load(path: Path, where: str, report: Report) -> YamlDocument | None:
    """Read and parse one YAML file; problems go to the report and None is returned."""
    raw = read_bytes(path, where, report)
    return None if raw is None else parse_bytes(raw, where, report)
