"""Where a character of a field's text stands in its YAML file (block scalars, plain and quoted).

The loader keeps each scalar's span in the file (style, start, end, first line). Rules point
inside Markdown text, so each scalar's text is mapped back: a literal block line by line (its text
starts on the next line, at the block's indentation), any other style by aligning the value with
the source characters it came from.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from typing import Callable

from ..diagnostics import Location
from ..sources.yamlfile import Span, locate
from .finding import FieldPath


class SourceMap:
    """One YAML file's text and scalar spans (from the loader), able to locate a (line, column) inside any value."""

    def __init__(self, display: str, text: str | Callable[[], str], scalars: dict[FieldPath, Span], marks: dict):
        self.display, self.scalars, self.marks = display, scalars, marks
        self._text = text

    @cached_property
    def text(self) -> str:
        """The file's text (read only when a finding points inside a value)."""
        return self._text() if callable(self._text) else self._text

    @cached_property
    def _starts(self) -> list[int]:
        starts, find = [0], self.text.find
        end = find("\n")
        while end != -1:
            starts.append(end + 1)
            end = find("\n", end + 1)
        return starts

    @cached_property
    def _lines(self) -> list[str]:
        return self.text.split("\n")

    def locate(self, field: FieldPath, at: tuple[int, int] | None = None, value: str | None = None) -> Location:
        """The file location of the field, or of the character at (line, column) of its text ``value``
        (the text as loaded: the record's field)."""
        span = self.scalars.get(tuple(field))
        if span is None or at is None or value is None or not self.text:
            return locate(self.display, self.marks, field)
        index = self._source_index(span, value, *at)
        line = bisect_right(self._starts, index) - 1
        return Location(self.display, line + 1, index - self._starts[line] + 1)

    def _source_index(self, span: Span, value: str, line: int, col: int) -> int:
        style, start, end, header = span
        value_lines = value.split("\n")
        line = max(0, min(line, len(value_lines) - 1))
        col = max(0, min(col, len(value_lines[line])))
        if style == "|":
            return self._literal_index(header, value_lines, line, col)
        offset = sum(len(text) + 1 for text in value_lines[:line]) + col
        return _aligned(value, self.text, start, end, offset)

    def _literal_index(self, header: int, value_lines: list[str], line: int, col: int) -> int:
        source_lines = self._lines
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
