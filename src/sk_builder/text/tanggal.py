"""Dates written in full Indonesian, as in "pada tanggal 15 Januari 2024"."""

from datetime import date

from babel.dates import format_date

NAMA_BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
NAMA_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_tanggal(d: date, hari: bool = False) -> str:
    """Write d as "15 Januari 2024", or "Senin, 15 Januari 2024" with hari=True."""
    return format_date(d, "EEEE, d MMMM y" if hari else "d MMMM y", locale="id")


def format_bulan(year: int, month: int) -> str:
    """Write a month as "Agustus 1988"."""
    return f"{NAMA_BULAN[month - 1]} {year}"
