"""Contact details on the website: a unit's own (profile ``kontak_unit``) over the profile's, as links.

Telephone numbers become ``tel:`` links in international form (``(0343) 426919, 426604`` gives
``tel:+62343426919`` and ``tel:+62343426604``: a number written without its area code takes the
one written before it); a number that cannot be completed stays text. Web addresses link only to
http(s), e-mail addresses to ``mailto:``, WhatsApp numbers to WhatsApp's click-to-chat address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from ..model import Kontak, Profil
from .catalog import slug

_NUMBER = re.compile(r"\+?\(?[0-9][0-9 ().-]*[0-9]")
_AREA = re.compile(r"\(?0([1-79][0-9]{1,2})(?:\)\s*|[ .-])")  # "(0343) ", "0343-", "021 "; not 08.. (mobile)
_SUREL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_HOST = re.compile(r"[^\s/:@]+\.[^\s/:@]+(?::[0-9]+)?(?:/\S*)?")
_URL_SAFE = "-._~:/?#[]@!$&'()*+,;=%"  # what a URL may hold as written; anything else is percent-encoded
WHATSAPP = "https://wa.me/"


@dataclass(frozen=True)
class Part:
    """A piece of text, linked when ``href`` is set."""

    text: str
    href: str | None = None


def _national(run: str, area: str | None) -> str | None:
    """The number without the country code and trunk 0 (343426919), or None when it cannot be told."""
    digits = re.sub(r"[^0-9]", "", run)
    if run.startswith("+"):
        national = digits[2:] if digits.startswith("62") else None
    elif digits.startswith("62") and len(digits) >= 10:
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = area + digits if area else None
    return national if national and 7 <= len(national) <= 12 else None


def phone_parts(text: str) -> tuple[Part, ...]:
    """The text with each telephone number in it linked as ``tel:+62...``."""
    parts: list[Part] = []
    area: str | None = None
    position = 0
    for match in _NUMBER.finditer(text):
        run = match.group()
        if sum(c.isdigit() for c in run) < 5:
            continue
        code = _AREA.match(run)
        area = code.group(1) if code else area
        national = _national(run, area)
        if match.start() > position:
            parts.append(Part(text[position:match.start()]))
        parts.append(Part(run, f"tel:+62{national}" if national else None))
        position = match.end()
    if position < len(text):
        parts.append(Part(text[position:]))
    return tuple(parts)


def web_part(text: str) -> Part:
    """A web address, linked when it is http(s) or a bare host name (then https:// is added)."""
    address = text.strip()
    scheme = urlsplit(address).scheme.lower() if "://" in address else ""
    if scheme in ("http", "https") and not re.search(r"\s", address):
        return Part(address, quote(address, safe=_URL_SAFE))
    if not scheme and _HOST.fullmatch(address):
        return Part(address, "https://" + quote(address, safe=_URL_SAFE))
    return Part(address)


def mail_part(text: str) -> Part:
    """An e-mail address as a ``mailto:`` link (plain text when it is not one)."""
    address = text.strip()
    return Part(address, "mailto:" + address if _SUREL.fullmatch(address) else None)


def whatsapp_part(text: str) -> Part:
    """A WhatsApp number as a click-to-chat link (https://wa.me/62...)."""
    national = _national(text.strip(), None)
    return Part(text.strip(), WHATSAPP + "62" + national if national else None)


def line_parts(line: str, phone: str | None) -> tuple[Part, ...]:
    """A line of text (a letterhead line) with the profile's telephone text in it linked."""
    if not phone or phone not in line:
        return (Part(line),)
    before, _, after = line.partition(phone)
    return tuple(p for p in (Part(before), *phone_parts(phone), Part(after)) if p.text)


@dataclass(frozen=True)
class Contacts:
    """What a service or unit page shows under "Kontak dan pengaduan"."""

    whose: str
    alamat: str | None
    telepon: tuple[Part, ...]
    faksimile: str | None
    laman: Part | None
    pos_el: Part | None
    lapor: Part | None
    whatsapp: Part | None
    pengaduan_pos_el: Part | None

    @property
    def any(self) -> bool:
        """Whether there is anything to show."""
        return any((self.alamat, self.telepon, self.faksimile, self.laman, self.pos_el, *self.channels))

    @property
    def channels(self) -> tuple[Part | None, ...]:
        """The complaint channels: SP4N-LAPOR!, WhatsApp, e-mail."""
        return (self.lapor, self.whatsapp, self.pengaduan_pos_el)


def unit_record(profil: Profil, unit: str) -> Kontak | None:
    """The unit's own contacts in the profile: by its exact name, else by the same name in other case or spacing."""
    if unit in profil.kontak_unit:
        return profil.kontak_unit[unit]
    return next((k for name, k in sorted(profil.kontak_unit.items()) if slug(name) == slug(unit)), None)


def contacts(profil: Profil, unit: str) -> Contacts:
    """A unit's contacts: its own record's (the address, when it gives none, is the profile's), or without a
    record the profile's, as the publisher's; complaint channels the unit does not give are the profile's."""
    record = unit_record(profil, unit)
    own = record or profil
    telepon, laman, pos_el = own.telepon, own.laman, own.pos_el
    lapor, whatsapp, complaint_mail = (getattr(own.pengaduan, f) or getattr(profil.pengaduan, f)
                                       for f in ("lapor", "whatsapp", "pos_el"))
    return Contacts(
        whose=unit if record else f"{profil.unit} {profil.nama}",
        alamat=own.alamat or profil.alamat, telepon=phone_parts(telepon) if telepon else (),
        faksimile=own.faksimile, laman=web_part(laman) if laman else None,
        pos_el=mail_part(pos_el) if pos_el else None, lapor=web_part(lapor) if lapor else None,
        whatsapp=whatsapp_part(whatsapp) if whatsapp else None,
        pengaduan_pos_el=mail_part(complaint_mail) if complaint_mail else None)
