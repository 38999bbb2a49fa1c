"""The named paragraph styles of the DOCX, so a drafter restyles the decree in Word, not by hand."""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt

from ...fonts import word_font
from ...model import Profil
from . import oxml
from ...page import LINE_HEIGHT, PageSpec

ISI = "SK Isi"
KOP = "SK Kop"
KOP_UNIT = "SK Kop Unit"
KOP_ALAMAT = "SK Kop Alamat"
KOP_GARIS = "SK Kop Garis"
JUDUL = "SK Judul"
TENGAH = "SK Tengah"
DIKTUM = "SK Diktum"
LABEL = "SK Diktum Label"
TANDA_TANGAN = "SK Tanda Tangan"
TANDA_TANGAN_NAMA = "SK Tanda Tangan Nama"
LAMPIRAN = "SK Lampiran"
BAGIAN = "SK Bagian"
JUDUL_STANDAR = "SK Judul Standar"
DRAF = "SK Draf"
TABEL = "SK Tabel"
TABEL_KEPALA = "SK Tabel Kepala"
TABEL_GRUP = "SK Tabel Grup"
TABEL_NOMOR = "SK Tabel Nomor"
NOMOR_HALAMAN = "SK Nomor Halaman"
TAUTAN = "SK Tautan"

LANGUAGE = "id-ID"

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


@dataclass(frozen=True)
class StyleSpec:
    """A paragraph style: what it is based on and what it changes (sizes in pt, indent as share of the text width)."""

    name: str
    base: str = ISI
    kop_font: bool = False
    size: float | None = None
    bold: bool | None = None
    align: str | None = None
    before: float | None = None
    after: float | None = None
    indent: float | None = None
    keep_next: bool | None = None
    outline: int | None = None
    rule: bool = False


def _mm(mm: float) -> float:
    return mm * 72 / 25.4


SPECS: tuple[StyleSpec, ...] = (
    StyleSpec(ISI, base="Normal", align="justify"),
    StyleSpec(KOP, kop_font=True, size=14, align="center"),
    StyleSpec(KOP_UNIT, base=KOP, size=16, bold=True),
    StyleSpec(KOP_ALAMAT, base=KOP, size=9.5),
    StyleSpec(KOP_GARIS, base=KOP, size=2, before=4, after=6, rule=True),
    StyleSpec(JUDUL, align="center", before=_mm(8), after=_mm(6), outline=0),
    StyleSpec(TENGAH, align="center", after=_mm(6)),
    StyleSpec(DIKTUM, align="justify"),
    StyleSpec(LABEL, base=DIKTUM, align="left"),
    StyleSpec(TANDA_TANGAN, align="left", indent=0.5, keep_next=True),
    StyleSpec(TANDA_TANGAN_NAMA, base=TANDA_TANGAN, bold=True, before=_mm(22)),
    StyleSpec(LAMPIRAN, align="left", indent=0.52),
    StyleSpec(BAGIAN, align="center", bold=True, before=_mm(4), after=_mm(4), keep_next=True, outline=1),
    StyleSpec(JUDUL_STANDAR, align="center", bold=True, before=_mm(2), after=_mm(5), keep_next=True, outline=2),
    StyleSpec(DRAF, align="center", bold=True, after=_mm(3), keep_next=True),
    StyleSpec(TABEL, align="left"),
    StyleSpec(TABEL_KEPALA, base=TABEL, align="center", bold=True),
    StyleSpec(TABEL_GRUP, base=TABEL, bold=True, keep_next=True),
    StyleSpec(TABEL_NOMOR, base=TABEL, align="center"),
    StyleSpec(NOMOR_HALAMAN, align="center"),
)


def define(document, profil: Profil, page: PageSpec, keep: bool = False) -> None:
    """Set Normal to the profile's body font and add every SK style to the document. With ``keep`` (a Word
    reference document, render/docx/acuan.py) its styles stay as they are, Normal too, and only the SK styles
    it lacks are added: "SK Isi" then carries the body font, size and spacing that Normal carries otherwise."""
    styles = document.styles
    body, kop, size = word_font(profil, "isi").family, word_font(profil, "kop").family, profil.huruf.ukuran
    present = {style.name for style in styles}
    if not keep:
        _body(styles["Normal"], body, size, WD_LINE_SPACING.AT_LEAST)
    for spec in SPECS:
        if keep and spec.name in present:
            continue
        _add(styles, spec, kop, page)
        if keep and spec.name == ISI:
            _body(styles[ISI], body, size, WD_LINE_SPACING.EXACTLY)
    if not (keep and TAUTAN in present):
        link = styles.add_style(TAUTAN, WD_STYLE_TYPE.CHARACTER)
        link.base_style = styles["Default Paragraph Font"] if "Default Paragraph Font" in styles else None
        link.quick_style = False


def _body(style, family: str, size: float, rule) -> None:
    """The body's font, size, no paragraph spacing, widow control and lines ``rule`` (at least or exactly) the
    stylesheet's line height."""
    _fonts(style, family, size)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.widow_control = Pt(0), Pt(0), True
    fmt.line_spacing_rule = rule
    fmt.line_spacing = Pt(round(size * LINE_HEIGHT, 1))


def exact_lines(document, profil: Profil) -> None:
    """Lines exactly as tall as the PDF's (CSS ``line-height``), not "at least": a font whose own line is taller
    (TeX Gyre Bonum's is 1.34 em against 1.3) would otherwise make every page of a long table longer than
    the PDF's. Styles with a larger size or a picture set their own spacing (the kop, charts)."""
    fmt = document.styles["Normal"].paragraph_format
    fmt.line_spacing = Pt(round(profil.huruf.ukuran * LINE_HEIGHT, 1))
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _fonts(style, family: str, size: float) -> None:
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    oxml.run_fonts(rpr, family)
    oxml.run_language(rpr, LANGUAGE)


def _add(styles, spec: StyleSpec, kop_family: str, page: PageSpec) -> None:
    style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[spec.base] if spec.base in styles else None  # a reference may lack Normal
    style.quick_style = True
    if spec.kop_font:
        oxml.run_fonts(style.element.get_or_add_rPr(), kop_family)
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if spec.size is not None:
        style.font.size = Pt(spec.size)
    if spec.bold is not None:
        style.font.bold = spec.bold
    fmt = style.paragraph_format
    if spec.align:
        fmt.alignment = _ALIGN[spec.align]
    if spec.before is not None:
        fmt.space_before = Pt(round(spec.before, 1))
    if spec.after is not None:
        fmt.space_after = Pt(round(spec.after, 1))
    if spec.indent is not None:
        fmt.left_indent = Mm(round(page.text_width * spec.indent, 1))
    if spec.keep_next is not None:
        fmt.keep_with_next = spec.keep_next
    if spec.outline is not None:
        oxml.outline_level(style.element.get_or_add_pPr(), spec.outline)
    if spec.rule:
        oxml.paragraph_rule(style.element.get_or_add_pPr())
