"""Tiny Word packages from a few lines of WordprocessingML, for the reader's unit tests."""

from __future__ import annotations

import io
import zipfile

from sk_builder.impor.reader import read_document
from sk_builder.impor.safety import open_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W_NS}" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:v="urn:schemas-microsoft-com:vml"')


def package(body: str, numbering: str = "", styles: str = "") -> bytes:
    """A DOCX whose body is ``body`` (with optional numbering and styles parts)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>")
        if numbering:
            archive.writestr("word/numbering.xml", f"<w:numbering {NAMESPACES}>{numbering}</w:numbering>")
        if styles:
            archive.writestr("word/styles.xml", f"<w:styles {NAMESPACES}>{styles}</w:styles>")
    return out.getvalue()


def read(body: str, numbering: str = "", styles: str = ""):
    """The document the importer reads from such a package."""
    return read_document(open_docx(package(body, numbering, styles), "contoh.docx"))


def p(text: str = "", props: str = "", runs: str | None = None) -> str:
    """A paragraph with one run of ``text`` (or the given runs)."""
    inner = runs if runs is not None else f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p><w:pPr>{props}</w:pPr>{inner}</w:p>"


def num(num_id: int, ilvl: int = 0) -> str:
    """numPr for a paragraph."""
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def definition(abstract: int, levels: list[tuple[str, str, int]], num_ids: dict[int, dict[int, int]] | None = None,
               link: str = "") -> str:
    """An abstractNum with (numFmt, lvlText, start) levels, and nums using it (numId -> start overrides)."""
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
                   for i, (fmt, text, start) in enumerate(levels))
    link_xml = f'<w:numStyleLink w:val="{link}"/>' if link else ""
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{abstract}"/>'
        + "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>' for i, s in over.items())
        + "</w:num>" for n, over in (num_ids or {}).items())
    return f'<w:abstractNum w:abstractNumId="{abstract}">{link_xml}{lvls}</w:abstractNum>{nums}'
