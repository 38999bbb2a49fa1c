"""`sk export text`: one canonical text file per decree, standard and region profile."""

from __future__ import annotations

from pathlib import Path

from ..outputs import check_folder
from ..publish import write_tree
from ..sources.loader import load_or_fail
from .canonical import project_texts, render_text


def text_files(sources: Path) -> dict[str, bytes]:
    """The canonical text files of a source tree, keyed by relative path (raises SourceError)."""
    project, _ = load_or_fail(sources)
    return {doc.path: render_text(doc).encode("utf-8") for doc in project_texts(project)}


def export_text(sources: Path, out: Path, force: bool = False) -> dict[str, bytes]:
    """Write the canonical text of every document to ``out`` (replaced whole, atomically; refused
    when ``out`` overlaps the sources or holds files sk-builder did not write, unless ``force``)."""
    check_folder(out, [sources], force)
    files = text_files(sources)
    write_tree(out, files)
    return files
