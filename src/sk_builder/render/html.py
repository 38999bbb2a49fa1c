"""The decree (or one standard's lampiran extract) as a standalone HTML page, also the PDF's source."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..document import DecreeDocument
from ..fonts import FontChoice
from ..images import Picture
from ..model import Profil
from .templating import data_uri, environment

PAPER = {"F4": (215, 330), "A4": (210, 297)}


def css_string(text: str) -> str:
    """A quoted CSS string that no record text can break out of."""
    escaped = "".join(ch if ch.isalnum() or ch in " -_.,()/:" else f"\\{ord(ch):x} " for ch in text)
    return f'"{escaped}"'


def page_settings(profil: Profil) -> dict:
    """Paper, margins and page-number text for the stylesheet."""
    width, height = PAPER[profil.kertas]
    before, _, after = profil.nomor_halaman.partition("{n}")
    margin = profil.margin
    return {
        "width": width, "height": height, "top": margin.atas, "bottom": margin.bawah,
        "left": margin.kiri, "right": margin.kanan, "first_top": min(margin.atas, 12),
        "number_before": css_string(before), "number_after": css_string(after),
    }


@dataclass(frozen=True)
class PageContext:
    """What a document page needs besides the document itself."""

    profil: Profil
    fonts: tuple[FontChoice, FontChoice]
    emblem: Picture | None
    region_name: str


def stylesheet(context: PageContext) -> str:
    """The document stylesheet for a region."""
    body, kop = context.fonts
    fonts = {"body": css_string(body.family or body.wanted[0]), "kop": css_string(kop.family or kop.wanted[0]),
             "size": context.profil.huruf.ukuran}
    return environment().get_template("dokumen/dokumen.css.j2").render(page=page_settings(context.profil), fonts=fonts)


def render_page(doc: DecreeDocument, context: PageContext, created: str | None) -> str:
    """The HTML text of a document."""
    template = environment().get_template("dokumen/keputusan.html.j2")
    return template.render(doc=doc, css=Markup(stylesheet(context)), emblem=data_uri(context.emblem),
                           region_name=context.region_name, created=created)
