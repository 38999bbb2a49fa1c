"""The region's tata naskah (house style) applied to a decree: the official's line, the signature blocks, the
lampiran's header and each standard's title lines, and the revocation sentence. Decided once here for
every format; the defaults print what sk-builder printed before a region could set them."""

from __future__ import annotations

from dataclasses import dataclass

from .model import GayaTandaTangan, Keputusan, Pencabutan, Profil
from .nomor import Nomor, decree_number, revoked_number
from .text.nip import parse_nip
from .text.pola import fill
from .text.tanggal import format_tanggal
from .uraian import escape

NUMBER = frozenset({"nomor"})
"""The placeholder that is never re-cased: a decree's number is printed as its pattern writes it."""


@dataclass(frozen=True)
class Signature:
    """A signature block: place and date (empty when the block has none), "a.n. …" above the title, the title,
    room to sign, name, rank, golongan (its own line) and NIP."""

    place_line: str
    date_line: str
    jabatan: str
    nama: str
    pangkat: str | None
    nip_line: str | None
    atas_nama: str | None = None
    golongan: str | None = None


def official_line(record: Keputusan) -> str:
    """The line above Menimbang: the short form when the decree gives one, else the jabatan; capitals, comma."""
    if record.pejabat is None:
        return record.jabatan.upper() + ","
    return record.pejabat.strip().rstrip(",").upper() + ","


def _name(nama: str, capital: bool) -> str:
    """The signer's name, in capitals when asked: the words before its first comma, but a title ending with "."
    ("dr." is not "DR.") and the degrees after the comma stay as written ("dr. RATNA SARI, M.Kes.")."""
    if not capital:
        return nama
    name, comma, degrees = nama.partition(",")
    words = [word if word.endswith(".") else word.upper() for word in name.split(" ")]
    return " ".join(words) + comma + degrees


def signature(record: Keputusan, gaya: GayaTandaTangan) -> Signature:
    """A signature block of the decree, written as ``gaya`` says; the date in Indonesian, the NIP 8-6-1-3."""
    person = record.penandatangan
    title = person.jabatan.upper() if gaya.jabatan_kapital else person.jabatan
    principal = person.atas_nama.upper() if person.atas_nama and gaya.jabatan_kapital else person.atas_nama
    pangkat, golongan = person.pangkat, person.golongan
    if golongan and pangkat and gaya.golongan == "kurung":
        pangkat, golongan = f"{pangkat} ({golongan})", None
    place, date = (f"Ditetapkan di {record.ditetapkan.tempat}",
                   f"pada tanggal {format_tanggal(record.ditetapkan.tanggal)}") if gaya.tempat_tanggal else ("", "")
    return Signature(
        place_line=place, date_line=date,
        jabatan=(f"{person.pelaksana} " if person.pelaksana else "") + title + ",",
        nama=_name(person.nama, gaya.nama_kapital),
        pangkat=pangkat,
        nip_line=f"NIP. {parse_nip(person.nip).formatted}" if person.nip else None,
        atas_nama=f"a.n. {principal}" if principal else None,
        golongan=golongan,
    )


def lampiran_signature(profil: Profil, record: Keputusan) -> Signature | None:
    """The lampiran's signature block when the region writes it unlike the body's, else None."""
    gaya = profil.lampiran.tanda_tangan
    return None if gaya is None else signature(record, gaya)


def default_header(profil: Profil) -> list[str]:
    """The lampiran header sk-builder writes when the region sets none."""
    lines = ["LAMPIRAN", "KEPUTUSAN {jabatan}", "NOMOR {nomor}"]
    if profil.tanggal_di_lampiran:
        lines.append("TANGGAL {tanggal}")
    return lines + ["TENTANG {tentang}"]


def lampiran_header(profil: Profil, record: Keputusan, nomor: Nomor) -> tuple[str, ...]:
    """The top-right block of the lampiran, from the region's lines (none: no block)."""
    gaya = profil.lampiran
    lines = default_header(profil) if gaya.kepala is None else gaya.kepala
    values = {"jabatan": record.jabatan, "nomor": nomor.judul, "tentang": record.tentang,
              "tanggal": format_tanggal(record.ditetapkan.tanggal)}
    return tuple(fill(line, values, gaya.kapital, NUMBER) for line in lines)


def standard_title(profil: Profil, service_title: str, unit: str) -> tuple[str, ...]:
    """The title lines above a standard's table ("STANDAR PELAYANAN" / its name, by default)."""
    gaya = profil.lampiran
    values = {"layanan": service_title, "unit": unit, "wilayah": profil.nama}
    return tuple(fill(line, values, gaya.kapital) for line in gaya.judul)


def _revoked(profil: Profil, record: Keputusan, entry: Pencabutan) -> str:
    values = {"jabatan": entry.jabatan, "nomor": revoked_number(profil, record, entry).kutipan,
              "tentang": entry.tentang, "tanggal": format_tanggal(entry.tanggal) if entry.tanggal else ""}
    return fill(profil.pencabutan.keputusan, values)


def revocation(profil: Profil, record: Keputusan, entries: list[Pencabutan]) -> str:
    """The sentence of a revoking diktum (as Uraian text; the record's fields are plain text)."""
    named = "; ".join(_revoked(profil, record, entry) for entry in entries)
    return escape(fill(profil.pencabutan.kalimat, {"keputusan": named}))


def heading(profil: Profil, record: Keputusan) -> tuple[str, str]:
    """KEPUTUSAN <JABATAN> / NOMOR <number as its pattern writes it>."""
    return f"KEPUTUSAN {record.jabatan.upper()}", "NOMOR " + decree_number(profil, record).judul
