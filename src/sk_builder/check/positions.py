"""Where a character of a field's text stands in its YAML file (block scalars, plain and quoted).

The loader keeps only where each value starts (for a ``|`` block that is the ``|`` itself). Rules
point inside Markdown text, so the file is composed once more here and each scalar's text is
mapped back: a literal block line by line (its text starts on the next line, at the block's
indentation), any other style by aligning the value with the source characters it came from.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..diagnostics import Location
from ..sources.yamlfile import locate
from .finding import FieldPath


class SourceMap:
    """The scalars of one YAML file by field path, able to locate a (line, column) inside any of them."""

    def __init__(self, display: str, path: Path | None, marks: dict):
        self.display, self.marks = display, marks
        self.text = ""
        self.scalars: dict[FieldPath, ScalarNode] = {}
        if path is not None:
            self._read(path)
        self._starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    def _read(self, path: Path) -> None:
        try:
            self.text = path.read_text(encoding="utf-8")
            root = YAML(typ="rt", pure=True).compose(self.text)
        except Exception:  # the loader already accepted this file; positions then fall back to marks
            self.text, root = "", None
        if root is not None:
            self._collect(root, (), set())

    def _collect(self, node: Node, path: FieldPath, active: set[int]) -> None:
        if id(node) in active:
            return
        if isinstance(node, ScalarNode):
            self.scalars[path] = node
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    self._collect(value, path + (key.value,), active | {id(node)})
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                self._collect(item, path + (i,), active | {id(node)})

    def locate(self, field: FieldPath, at: tuple[int, int] | None = None) -> Location:
        """The file location of the field, or of the character at (line, column) of its text."""
        node = self.scalars.get(tuple(field))
        if node is None or at is None:
            return locate(self.display, self.marks, field)
        index = self._source_index(node, *at)
        line = bisect_right(self._starts, index) - 1
        return Location(self.display, line + 1, index - self._starts[line] + 1)

    def _source_index(self, node: ScalarNode, line: int, col: int) -> int:
        value = node.value.replace("\a", "") if node.style == ">" else node.value
        value_lines = value.split("\n")
        line = max(0, min(line, len(value_lines) - 1))
        col = max(0, min(col, len(value_lines[line])))
        if node.style == "|":
            return self._literal_index(node, value_lines, line, col)
        offset = sum(len(text) + 1 for text in value_lines[:line]) + col
        return _aligned(value, self.text, node.start_mark.index, node.end_mark.index, offset)

    def _literal_index(self, node: ScalarNode, value_lines: list[str], line: int, col: int) -> int:
        header = node.start_mark.line
        source_lines = self.text.split("\n")
        indent = 0
        for i, text in enumerate(value_lines):
            source = source_lines[header + 1 + i].rstrip("\r") if header + 1 + i < len(source_lines) else ""
            if text and source.endswith(text):
                indent = len(source) - len(text)
                break
        target = min(header + 1 + line, len(self._starts) - 1)
        return self._starts[target] + indent + col


def _aligned(value: str, source: str, start: int, end: int, offset: int) -> int:
    """The source index of value[offset], matching characters greedily (quotes, escapes and folds skipped)."""
    position, end = start, max(start, min(end, len(source)))
    for i, char in enumerate(value[: offset + 1]):
        probe = position
        while probe < end and not (source[probe] == char or (char.isspace() and source[probe].isspace())):
            probe += 1
        if probe >= end:
            return min(position, max(start, end - 1))
        if i == offset:
            return probe
        position = probe + 1
    return min(position, max(start, end - 1))
