"""One embedded font per face in a joined PDF: the subsets each printed run carries are merged into one.

WeasyPrint embeds a subset of each face that keeps glyph ids (``retain_gids``) and shows text by glyph id
(Identity-H), with widths (``W``) and a ToUnicode map for the glyphs used. Subsets of one face therefore
differ only in which glyph slots hold outlines: the merged program takes each used glyph from the run that
used it, and the widths and ToUnicode maps are united. A face that cannot be merged safely (another
encoding, differing font programs, a bitmap font) stays as the runs embedded it: correct, only larger.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf
from fontTools.ttLib import TTFont

FIXED_PITCH = 1
"""FontDescriptor flag bit 1: every glyph has the same width."""


@dataclass
class Subset:
    """One run's Type 0 font of a face: the font objects, its glyph widths and Unicode text by glyph id."""

    font: pikepdf.Dictionary
    widths: dict[int, float]
    text: dict[int, str]

    @property
    def descendant(self) -> pikepdf.Object:
        """The CIDFont under the Type 0 font."""
        return self.font.DescendantFonts[0]

    @property
    def descriptor(self) -> pikepdf.Object:
        """The font descriptor (metrics, flags, the embedded program)."""
        return self.descendant.FontDescriptor

    @property
    def file_key(self) -> str:
        """The descriptor key of the embedded program (FontFile2: TrueType, FontFile3: CFF in OpenType)."""
        return "/FontFile3" if "/FontFile3" in self.descriptor else "/FontFile2"


def widths(array: pikepdf.Object) -> dict[int, float]:
    """A CIDFont's W array as glyph id -> width (both forms: ``c [w1 w2 ...]`` and ``c_first c_last w``)."""
    found: dict[int, float] = {}
    items = list(array)
    i = 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            for offset, width in enumerate(items[i + 1]):
                found[first + offset] = float(width)
            i += 2
        else:
            for gid in range(first, int(items[i + 1]) + 1):
                found[gid] = float(items[i + 2])
            i += 3
    return found


def width_array(found: dict[int, float]) -> list:
    """Glyph widths as a W array of runs of consecutive glyph ids, as WeasyPrint writes it."""
    array: list = []
    for gid in sorted(found):
        if gid - 1 not in found:
            array += [gid, []]
        array[-1].append(_number(found[gid]))
    return array


def _number(value: float):
    return int(value) if float(value).is_integer() else round(value, 4)


CMAP_PAIR = re.compile(rb"<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]*)>")


def unicode_text(stream: pikepdf.Object) -> dict[int, str]:
    """A ToUnicode CMap's bfchar entries (WeasyPrint writes only those) as glyph id -> text."""
    data = stream.read_bytes()
    found: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for gid, hex_text in CMAP_PAIR.findall(block):
            found.setdefault(int(gid, 16), bytes.fromhex(hex_text.decode()).decode("utf-16-be", "replace"))
    return found


def unicode_cmap(found: dict[int, str]) -> bytes:
    """A ToUnicode CMap for glyph id -> text, in the form WeasyPrint writes (bfchar blocks of 100)."""
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap", b"/CIDSystemInfo",
             b"<< /Registry (Adobe)", b"/Ordering (UCS)", b"/Supplement 0", b">> def",
             b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def", b"1 begincodespacerange", b"<0000> <ffff>",
             b"endcodespacerange"]
    pairs = sorted(found.items())
    for start in range(0, len(pairs), 100):
        batch = pairs[start:start + 100]
        lines.append(f"{len(batch)} beginbfchar".encode())
        lines += [f"<{gid:04x}> <{text.encode('utf-16-be').hex()}>".encode() for gid, text in batch]
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines)


def _type0_fonts(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and obj.get("/Subtype") == "/Type0":
            yield obj


def _font_resources(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every /Font resource dictionary: of pages, of forms (the page-number stamps), shared ones."""
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        for holder in (obj, obj.get("/Resources")):
            if isinstance(holder, pikepdf.Dictionary) and isinstance(holder.get("/Font"), pikepdf.Dictionary):
                yield holder.Font


def merge_fonts(pdf: pikepdf.Pdf) -> None:
    """Embed each face once: Type 0 fonts of the same face (same BaseFont) are merged into one, and every
    resource dictionary that named one of them names the merged font."""
    faces: dict[str, list[pikepdf.Dictionary]] = {}
    for font in _type0_fonts(pdf):
        faces.setdefault(str(font.BaseFont), []).append(font)
    merged: dict[tuple[int, int], pikepdf.Dictionary] = {}
    for name in sorted(faces):
        fonts = faces[name]
        one = _merge(pdf, fonts) if len(fonts) > 1 else None
        if one is not None:
            merged.update((font.objgen, one) for font in fonts)
    for resources in _font_resources(pdf):
        for key in list(resources.keys()):
            target = merged.get(resources[key].objgen)
            if target is not None:
                resources[key] = target


def _subset(font: pikepdf.Dictionary) -> Subset | None:
    """A run's font of a face, when it is one the merge understands: Identity-H, one CIDFont, an sfnt program."""
    if font.get("/Encoding") != "/Identity-H" or len(font.get("/DescendantFonts", [])) != 1:
        return None
    descendant = font.DescendantFonts[0]
    descriptor = descendant.get("/FontDescriptor")
    if descendant.get("/CIDToGIDMap") != "/Identity" or descriptor is None or "/CIDSet" in descriptor:
        return None
    if "/FontFile2" not in descriptor and descriptor.get("/FontFile3", pikepdf.Dictionary()).get("/Subtype") != "/OpenType":
        return None
    return Subset(font, widths(descendant.W), unicode_text(font.ToUnicode) if "/ToUnicode" in font else {})


def _merge(pdf: pikepdf.Pdf, fonts: list[pikepdf.Dictionary]) -> pikepdf.Dictionary | None:
    """One Type 0 font for all of a face's subsets, or None when they cannot be merged safely."""
    subsets = [_subset(font) for font in fonts]
    if any(s is None for s in subsets):
        return None
    runs: list[Subset] = [s for s in subsets if s is not None]
    first = runs[0]
    if any(s.file_key != first.file_key or s.descendant.Subtype != first.descendant.Subtype
           or int(s.descriptor.Flags) != int(first.descriptor.Flags) for s in runs):
        return None
    all_widths: dict[int, float] = {}
    for run in runs:
        for gid, width in run.widths.items():
            if all_widths.setdefault(gid, width) != width:
                return None
    program = merge_programs([(run.descriptor[run.file_key].read_bytes(), set(run.widths)) for run in runs])
    if program is None:
        return None
    return _font_objects(pdf, first, program, all_widths, _texts(runs))


def _texts(runs: list[Subset]) -> dict[int, str]:
    found: dict[int, str] = {}
    for run in runs:
        for gid, text in run.text.items():
            found.setdefault(gid, text)
    return found


def _font_objects(pdf: pikepdf.Pdf, first: Subset, program: bytes, all_widths: dict[int, float],
                  texts: dict[int, str]) -> pikepdf.Dictionary:
    """The merged font's objects, copied from the first run's and given the merged program, widths and map."""
    font_file = pdf.make_stream(program)
    if first.file_key == "/FontFile3":
        font_file.Subtype = pikepdf.Name.OpenType
    else:
        font_file.Length1 = len(program)
    descriptor = pikepdf.Dictionary({k: v for k, v in first.descriptor.items() if k != first.file_key})
    descriptor[first.file_key] = font_file
    bbox = [float(v) for v in first.descriptor.FontBBox]
    descriptor.FontBBox = [0, _number(bbox[1]), _number(max(all_widths.values(), default=0)), _number(bbox[3])]
    flags = int(first.descriptor.Flags)
    if flags & FIXED_PITCH and len(set(all_widths.values())) > 1:
        descriptor.Flags = flags & ~FIXED_PITCH
    descendant = pikepdf.Dictionary({k: v for k, v in first.descendant.items() if k not in ("/W", "/FontDescriptor")})
    descendant.W = pikepdf.Array(width_array(all_widths))
    descendant.FontDescriptor = pdf.make_indirect(descriptor)
    font = pikepdf.Dictionary({k: v for k, v in first.font.items() if k not in ("/DescendantFonts", "/ToUnicode")})
    font.DescendantFonts = pikepdf.Array([pdf.make_indirect(descendant)])
    font.ToUnicode = pdf.make_stream(unicode_cmap(texts))
    return pdf.make_indirect(font)


def merge_programs(programs: list[tuple[bytes, set[int]]]) -> bytes | None:
    """One font program holding every glyph the subsets use (each keeps glyph ids), or None when the
    subsets do not come from one font (glyph names, units or CFF private values differ)."""
    fonts = [(TTFont(io.BytesIO(data), recalcTimestamp=False), used) for data, used in programs]
    base, _ = max(fonts, key=lambda item: len(item[0].getGlyphOrder()))
    order = base.getGlyphOrder()
    if any(font["head"].unitsPerEm != base["head"].unitsPerEm for font, _ in fonts):
        return None
    for font, used in fonts:
        if font is base:
            continue
        names = font.getGlyphOrder()
        if any(gid >= len(names) or names[gid] != order[gid] for gid in used):
            return None
        if "glyf" in base and "glyf" in font:
            _copy_truetype(font, base, {names[gid] for gid in used})
        elif "CFF " in base and "CFF " in font and _same_private(font, base):
            _copy_cff(font, base, {names[gid] for gid in used})
        else:
            return None
    out = io.BytesIO()
    base.save(out)
    return out.getvalue()


def _copy_truetype(source: TTFont, target: TTFont, names: set[str]) -> None:
    """Copy TrueType glyphs (and the components of composite ones) with their horizontal metrics."""
    glyf = source["glyf"]
    todo = sorted(names)
    while todo:
        name = todo.pop()
        glyph = glyf[name]
        target["glyf"][name] = glyph
        target["hmtx"][name] = source["hmtx"][name]
        if glyph.isComposite():
            todo += [c for c in glyph.getComponentNames(glyf) if c not in names]
            names.update(glyph.getComponentNames(glyf))


def _cff_top(font: TTFont):
    return font["CFF "].cff.topDictIndex[0]


def _same_private(source: TTFont, target: TTFont) -> bool:
    """Whether two CFF subsets share the values their charstrings are encoded against (name-keyed only)."""
    a, b = _cff_top(source), _cff_top(target)
    if hasattr(a, "ROS") or hasattr(b, "ROS"):
        return False
    fields = ("nominalWidthX", "defaultWidthX")
    return all(getattr(a.Private, f, None) == getattr(b.Private, f, None) for f in fields)


def _copy_cff(source: TTFont, target: TTFont, names: set[str]) -> None:
    """Copy CFF charstrings (WeasyPrint's subsets are desubroutinized: each stands alone) and their metrics."""
    charstrings, into = _cff_top(source).CharStrings, _cff_top(target).CharStrings
    for name in sorted(names):
        glyph = charstrings[name]
        glyph.private = _cff_top(target).Private
        into[name] = glyph
        target["hmtx"][name] = source["hmtx"][name]
