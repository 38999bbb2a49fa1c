"""Numbers as Indonesian words ("terbilang") and back, for 0 up to 10**15 - 1."""

BATAS = 10**15
_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_DIGIT_VALUES = {word: value for value, word in enumerate(_DIGITS) if value}
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))
_SCALE_VALUES = {word: value for value, word in _SCALES}


def terbilang(n: int) -> str:
    """Spell a whole number 0 <= n < 10**15 in lower-case Indonesian words."""
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"terbilang membutuhkan bilangan bulat, bukan {type(n).__name__}")
    if not 0 <= n < BATAS:
        raise ValueError(f"terbilang hanya untuk bilangan 0 sampai 999.999.999.999.999, bukan {n}")
    if n == 0:
        return "nol"
    words = []
    for value, name in _SCALES:
        count, n = divmod(n, value)
        if count == 1 and value == 1000:
            words.append("seribu")
        elif count:
            words.append(f"{_below_thousand(count)} {name}")
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def _below_thousand(n: int) -> str:
    """Spell 1 <= n <= 999."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_DIGITS[hundreds]} ratus")
    if rest:
        words.append(_below_hundred(rest))
    return " ".join(words)


def _below_hundred(n: int) -> str:
    """Spell 1 <= n <= 99."""
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _DIGITS[unit]
    if tens == 1:
        return {0: "sepuluh", 1: "sebelas"}.get(unit, f"{_DIGITS[unit]} belas")
    return f"{_DIGITS[tens]} puluh" + (f" {_DIGITS[unit]}" if unit else "")


def angka_dari_kata(words: str) -> int | None:
    """Read a number phrase ("Dua Belas" -> 12, also "satu ribu"); None if it is not one."""
    tokens = words.lower().split()
    if tokens == ["nol"]:
        return 0
    total, i, last_scale = 0, 0, BATAS
    while i < len(tokens):
        count, scale, i = _read_term(tokens, i)
        if not count or scale >= last_scale:
            return None
        total, last_scale = total + count * scale, scale
    return total if tokens else None


def _read_term(tokens: list[str], i: int) -> tuple[int, int, int]:
    """Read one "<0..999> [scale]" term; return count, scale and the next index."""
    if tokens[i] == "seribu":
        return 1, 1000, i + 1
    count, i = _read_group(tokens, i)
    scale = _SCALE_VALUES.get(_at(tokens, i))
    return (count, scale, i + 1) if scale else (count, 1, i)


def _read_group(tokens: list[str], i: int) -> tuple[int, int]:
    """Read 0..999 from tokens[i:]; return the value (0 if none) and the next index."""
    value = 0
    if _at(tokens, i) == "seratus":
        value, i = 100, i + 1
    elif _at(tokens, i) in _DIGIT_VALUES and _at(tokens, i + 1) == "ratus":
        value, i = 100 * _DIGIT_VALUES[tokens[i]], i + 2
    below, i = _read_below_hundred(tokens, i)
    return value + below, i


def _read_below_hundred(tokens: list[str], i: int) -> tuple[int, int]:
    """Read 0..99 from tokens[i:]; return the value (0 if none) and the next index."""
    word = _at(tokens, i)
    if word in ("sepuluh", "sebelas"):
        return (10 if word == "sepuluh" else 11), i + 1
    if word not in _DIGIT_VALUES:
        return 0, i
    digit, after = _DIGIT_VALUES[word], _at(tokens, i + 1)
    if after in ("belas", "puluh", "ratus"):
        if digit == 1 or after == "ratus":
            return 0, i
        if after == "belas":
            return 10 + digit, i + 2
        unit = _DIGIT_VALUES.get(_at(tokens, i + 2), 0)
        return 10 * digit + unit, i + 2 + bool(unit)
    return digit, i + 1


def _at(tokens: list[str], i: int) -> str:
    """Token i, or "" past the end (a word no table holds)."""
    return tokens[i] if i < len(tokens) else ""
