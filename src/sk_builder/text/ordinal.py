"""Diktum labels of a Keputusan: KESATU, KEDUA, ..., KESEBELAS, KEDUA BELAS, ..."""

from sk_builder.text.terbilang import terbilang


def diktum(n: int) -> str:
    """Label the n-th diktum (n >= 1): 1 -> "KESATU", 12 -> "KEDUA BELAS"."""
    if isinstance(n, int) and not isinstance(n, bool) and n < 1:
        raise ValueError(f"nomor diktum harus 1 atau lebih, bukan {n}")
    return "KE" + terbilang(n).upper()
