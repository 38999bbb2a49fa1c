"""What a Maklumat Pelayanan poster prints, decided once for every format: the letterhead, the title, the
picture's room, the pledge and the size it is set in so that the whole poster fits one page, the signature."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..document import Kop, kop
from ..fonts import choose
from ..images import Picture
from ..model import Profil
from ..page import LINE_HEIGHT, PageSpec
from ..project import Pledge, Region
from ..review.uraian_text import uraian_lines
from ..text.nip import parse_nip
from ..text.tanggal import format_tanggal
from ..textmetrics import MM_PER_PT, metrics

TITLE = "MAKLUMAT PELAYANAN"
LARGEST, SMALLEST = 24.0, 12.0
"""The pledge's type size (pt): as large as fits the page, never larger than LARGEST nor below SMALLEST."""
KOP_MM, TITLE_MM, SIGNATURE_MM, FRAME_MM = 36.0, 30.0, 70.0, 12.0
"""The room the letterhead, the title block, the signature block and the pledge's frame take (generous)."""
PADDING_MM = 6.0
"""The pledge frame's inner padding, left and right."""
PARAGRAPH_GAP = 0.6
"""The space between two paragraphs of the pledge, in lines."""
SPACE_SHARE, SPACE_MOST = 0.4, 25.0
"""Of the room the pledge leaves free, this share (at most SPACE_MOST mm) goes above it, so that a short pledge
stands in the middle of the poster rather than under its title."""


@dataclass(frozen=True)
class PledgeSignature:
    """The signature block of a Maklumat: place and date on one line, the title, name, rank and NIP."""

    place_date: str
    jabatan: str
    nama: str
    pangkat: str | None
    nip_line: str | None


@dataclass(frozen=True)
class PledgeDocument:
    """Everything a Maklumat poster prints, in reading order, with its page and the pledge's type size."""

    title: str
    kop: Kop
    heading: str
    unit: str
    text: str
    size: float
    picture: Picture | None
    picture_alt: str
    picture_height: float
    space_above: float
    signature: PledgeSignature
    page: PageSpec
    date: dt.date

    @property
    def line_height(self) -> float:
        """The pledge's line height in millimetres."""
        return self.size * MM_PER_PT * LINE_HEIGHT


def paper_profile(profil: Profil, pledge: Pledge) -> Profil:
    """The profile with the poster's own paper, when the Maklumat names one."""
    return profil.model_copy(update={"kertas": pledge.record.kertas}) if pledge.record.kertas else profil


PICTURE_SHARE = 0.22
"""The tallest the picture may be, as a share of the page's text height."""


def picture_height(page: PageSpec) -> float:
    """The tallest the picture may be (mm)."""
    return round(page.text_height * PICTURE_SHARE, 1)


def pledge_height(text: str, size: float, width: float, family: str) -> float:
    """The height (mm) the pledge takes at a type size across a width, as the metrics of its font foresee it."""
    measure = metrics(family)
    lines = uraian_lines(text)
    count = sum(measure.lines(("   " * line.level) + (f"{line.marker} " if line.marker else "") + line.text,
                              width, size) for line in lines)
    gaps = max(len(lines) - 1, 0) * PARAGRAPH_GAP
    return (count + gaps) * size * MM_PER_PT * LINE_HEIGHT


def fitting_size(text: str, room: float, width: float, family: str) -> float:
    """The largest size, in half points from LARGEST down to SMALLEST, at which the pledge fits its room."""
    size = LARGEST
    while size > SMALLEST and pledge_height(text, size, width, family) > room:
        size -= 0.5
    return size


def signature(pledge: Pledge) -> PledgeSignature:
    """Place and date ("Kota Contoh, 15 Januari 2024"), then the title with a comma, the name, rank and NIP."""
    record = pledge.record
    person = record.penandatangan
    return PledgeSignature(
        place_date=f"{record.ditetapkan.tempat}, {format_tanggal(record.ditetapkan.tanggal)}",
        jabatan=person.jabatan + ",", nama=person.nama, pangkat=person.pangkat,
        nip_line=f"NIP. {parse_nip(person.nip).formatted}" if person.nip else None)


def pledge_document(region: Region, pledge: Pledge) -> PledgeDocument:
    """The poster of a unit's Maklumat Pelayanan on its region's letterhead."""
    profil = paper_profile(region.profil, pledge)
    page = PageSpec.of(profil)
    room_for_picture = picture_height(page) if pledge.picture else 0.0
    room = page.text_height - KOP_MM - TITLE_MM - SIGNATURE_MM - FRAME_MM - room_for_picture
    family = choose("isi", profil.huruf.isi).family or profil.huruf.isi[0]
    text = pledge.record.teks.strip()
    width = page.text_width - 2 * PADDING_MM
    size = fitting_size(text, room, width, family)
    spare = max(room - pledge_height(text, size, width, family), 0.0)
    gambar = pledge.record.gambar
    return PledgeDocument(
        title=f"Maklumat Pelayanan {pledge.unit} {profil.nama}", kop=kop(profil), heading=TITLE,
        unit=pledge.unit.upper(), text=text, size=size, picture=pledge.picture,
        picture_alt=gambar.keterangan if gambar else "", picture_height=room_for_picture,
        space_above=round(min(spare * SPACE_SHARE, SPACE_MOST), 1),
        signature=signature(pledge), page=page, date=pledge.record.ditetapkan.tanggal)
