"""A region's Word reference document (profile ``dokumen_acuan``), checked by its content when the sources are
loaded: a Word document (not a template, not macro-enabled), no zip bomb, no DOCTYPE or entity in any XML part, no
link to a file outside it but web links, and python-docx can open it. Every problem is an SK133 at the field."""

from __future__ import annotations

import io
from pathlib import Path

from ..diagnostics import Location, Report
from ..impor.report import ImportFailure
from ..impor.safety import Package, open_docx
from ..rupa import DokumenAcuan

CODE = "SK133"
MAX_BYTES = 20_000_000
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACROS = ("macroEnabled", "vbaProject")
OUTSIDE_ALLOWED = ("/hyperlink", "/attachedTemplate")
"""External relationships a reference may keep: web links, and Word's note of the template it was made from
(dropped when the DOCX is written)."""
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_reference(path: Path, where: Location, report: Report, name: str, file: str) -> DokumenAcuan | None:
    """The checked reference document named ``name`` at ``path`` (None, with the reasons reported, when unusable)."""
    problems = _problems(path, name)
    for message in problems:
        report.error(where, CODE, f'dokumen_acuan "{name}": {message}')
    return None if problems else DokumenAcuan(path.read_bytes(), file)


def _problems(path: Path, name: str) -> list[str]:
    if path.suffix.lower() in (".docm", ".dotm"):
        return ["dokumen bermakro ditolak; simpan sebagai Dokumen Word (.docx) tanpa makro"]
    size = path.stat().st_size
    if size > MAX_BYTES:
        return [f"berkas terlalu besar ({size / 1e6:.1f} MB; batas {MAX_BYTES // 1_000_000} MB)"]
    data = path.read_bytes()
    try:
        package = open_docx(data, name)
        found = _package_problems(package)
    except ImportFailure as failure:
        return [d.message for d in failure.diagnostics]
    if found:
        return found
    return _opens(data)


def _package_problems(package: Package) -> list[str]:
    """Macros, a template or another kind of document, DOCTYPEs, links to outside files (raises ImportFailure on
    unsafe XML)."""
    found = []
    if any(any(mark in part for mark in MACROS) for part in package.names()):
        found.append("memuat makro (vbaProject); simpan sebagai Dokumen Word (.docx) tanpa makro")
    types = package.xml("[Content_Types].xml")
    main = [o.get("ContentType", "") for o in types.iter(f"{CONTENT_TYPES}Override")
            if o.get("PartName") == "/word/document.xml"]
    if main and main[0] != MAIN and not found:
        kind = "dokumen bermakro" if "macroEnabled" in main[0] else "templat Word (.dotx)" if "template" in main[0] \
            else main[0]
        found.append(f"bukan Dokumen Word biasa ({kind}); simpan sebagai Dokumen Word (.docx)")
    if package.has("word/styles.xml"):
        found += _style_kinds(package.xml("word/styles.xml"))
    for part in package.names():
        if part.endswith((".xml", ".rels")):
            tree = package.xml(part)  # refuses DOCTYPE and entities
            if part.endswith(".rels"):
                found += _outside_links(tree, part)
    return found


def _style_kinds(tree) -> list[str]:
    """An SK style of the reference must be of the kind the writer uses it as (paragraph; "SK Tautan": character)."""
    from ..render.docx.styles import SPECS, TAUTAN

    wanted = {spec.name: "paragraph" for spec in SPECS} | {TAUTAN: "character"}
    found = []
    for style in tree.iter(f"{WORD}style"):
        names = [node.get(f"{WORD}val", "") for node in style.iter(f"{WORD}name")]
        name = names[0] if names else ""
        kind = wanted.get(name)
        if kind and style.get(f"{WORD}type") != kind:
            label = "gaya paragraf" if kind == "paragraph" else "gaya karakter"
            found.append(f'gaya "{name}" harus {label}, seperti yang dipakai DOCX')
    return found


def _outside_links(tree, part: str) -> list[str]:
    return [f'{part} menaut ke berkas di luar dokumen ({rel.get("Target", "")}); sematkan isinya di dokumen'
            for rel in tree.iter(f"{RELATIONSHIPS}Relationship")
            if rel.get("TargetMode") == "External" and not rel.get("Type", "").endswith(OUTSIDE_ALLOWED)]


def _opens(data: bytes) -> list[str]:
    """Whether python-docx, which writes the DOCX from it, can open it."""
    from docx import Document

    try:
        Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any failure of the library is the document's problem here
        return [f"tidak dapat dibuka sebagai dokumen Word ({type(error).__name__}: {error})"]
    return []
