"""NIP, the 18-digit civil-servant number: parsing, formatting and plausibility checks."""

import re
from dataclasses import dataclass
from datetime import date

from sk_builder.text.tanggal import format_bulan, format_tanggal

_PREFIX = re.compile(r"NIP\.?", re.IGNORECASE)
_ASCII_DIGITS = frozenset("0123456789")
_GROUPS = (8, 6, 1, 3)
_USIA_MINIMUM = 18
_USIA_MAKSIMUM = 65
_TAHUN_PENGANGKATAN_MINIMUM = 1950


class NipError(ValueError):
    """A NIP that cannot be right."""


@dataclass(frozen=True)
class Nip:
    """A parsed NIP: birth date, first appointment (year, month), sex digit and serial."""

    digits: str
    lahir: date
    pengangkatan: tuple[int, int]
    jenis_kelamin: int
    urut: int

    @property
    def formatted(self) -> str:
        """The NIP grouped 8-6-1-3: "19640828 198802 1 001"."""
        d = self.digits
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def _body(text: str | int) -> str:
    """A NIP as written, without "NIP." and the spaces around it."""
    body = str(text).strip()
    if prefix := _PREFIX.match(body):
        body = body[prefix.end():].strip()
    return body


def parse_nip(text: str | int, grouping: bool = True) -> Nip:
    """Read a NIP, with or without "NIP." and the 8-6-1-3 spaces; raise NipError if wrong (with ``grouping``
    False, spaces anywhere are allowed: only the 18 digits count)."""
    body = _body(text)
    digits = _digits(body)
    groups = body.split()
    if grouping and len(groups) > 1 and tuple(map(len, groups)) != _GROUPS:
        found = "-".join(str(len(group)) for group in groups)
        raise NipError(f"pengelompokan NIP salah: harus 8-6-1-3, ditemukan {found}")
    problems = _field_problems(digits)
    if problems:
        raise NipError("; ".join(problems))
    return Nip(
        digits=digits,
        lahir=date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])),
        pengangkatan=(int(digits[8:12]), int(digits[12:14])),
        jenis_kelamin=int(digits[14]),
        urut=int(digits[15:]),
    )


def _digits(body: str) -> str:
    """The 18 digits of a NIP without spaces; NipError for other characters or lengths."""
    digits = "".join(body.split())
    if stray := next((char for char in digits if char not in _ASCII_DIGITS), None):
        raise NipError(f"NIP harus 18 angka, ditemukan karakter {stray!r}")
    if len(digits) != 18:
        raise NipError(f"NIP harus 18 angka, ditemukan {len(digits)}")
    return digits


def _field_problems(digits: str) -> list[str]:
    """Everything impossible in an 18-digit NIP: dates, sex digit, serial."""
    problems = []
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        problems.append(f"tanggal lahir {digits[:8]} tidak ada")
    if int(digits[8:12]) == 0 or not 1 <= int(digits[12:14]) <= 12:
        problems.append(f"bulan pengangkatan {digits[8:14]} tidak ada")
    if digits[14] not in "12":
        problems.append(
            f"digit jenis kelamin harus 1 (pria) atau 2 (wanita), ditemukan {digits[14]}"
        )
    if digits[15:] == "000":
        problems.append("nomor urut NIP tidak boleh 000")
    return problems


def oddly_spaced(text: str | int) -> bool:
    """Whether a NIP is written neither as its 18 digits nor grouped 8-6-1-3 with single spaces."""
    body = _body(text)
    d = "".join(body.split())
    return body not in (d, f"{d[:8]} {d[8:14]} {d[14:15]} {d[15:]}")


def nip_plausibility(nip: Nip, on: date) -> list[str]:
    """Warnings for a valid but unlikely NIP, judged on date `on`."""
    lahir, diangkat = nip.lahir, format_bulan(*nip.pengangkatan)
    warnings = []
    if nip.pengangkatan < (lahir.year + _USIA_MINIMUM, lahir.month):
        warnings.append(
            f"diangkat sebelum berusia {_USIA_MINIMUM} tahun "
            f"(lahir {format_tanggal(lahir)}, diangkat {diangkat})"
        )
    if nip.pengangkatan > (on.year, on.month):
        warnings.append(f"pengangkatan {diangkat} sesudah tanggal {format_tanggal(on)}")
    if (usia := _usia(lahir, on)) > _USIA_MAKSIMUM:
        warnings.append(
            f"berusia {usia} tahun pada {format_tanggal(on)}, lebih dari {_USIA_MAKSIMUM}"
        )
    if nip.pengangkatan[0] < _TAHUN_PENGANGKATAN_MINIMUM:
        warnings.append(f"pengangkatan {diangkat} sebelum tahun {_TAHUN_PENGANGKATAN_MINIMUM}")
    return warnings


def _usia(lahir: date, on: date) -> int:
    """Age in whole years on date `on`."""
    return on.year - lahir.year - ((on.month, on.day) < (lahir.month, lahir.day))
