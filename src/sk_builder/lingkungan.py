"""What sk-builder uses from the computer, each found or not, with the package that provides it on
Debian/Ubuntu, macOS (Homebrew) and Windows: what `sk doctor` reports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Need:
    """Something the build (or a test) uses, and how to install it on each system."""

    name: str
    purpose: str
    debian: str
    macos: str
    windows: str

    def install(self) -> str:
        """The install hint for every system, on one line."""
        return f"Debian/Ubuntu: {self.debian} · macOS: {self.macos} · Windows: {self.windows}"


@dataclass(frozen=True)
class Found:
    """One need, what was found (a version or a path; None when missing) and whether it is required."""

    need: Need
    found: str | None
    required: bool

    def line(self) -> str:
        """The report line."""
        head = f"  {self.need.name} ({self.need.purpose}): "
        if self.found is not None:
            return head + self.found
        state = "TIDAK ADA" if self.required else "tidak ada (opsional)"
        return f"{head}{state} — pasang: {self.need.install()}"


PANGO = Need("Pango", "PDF lewat WeasyPrint", "`apt install libpango-1.0-0 libpangoft2-1.0-0`",
             "`brew install pango`", "MSYS2 `pacman -S mingw-w64-x86_64-pango` lalu WEASYPRINT_DLL_DIRECTORIES "
             "(README, Installing)")
FONTCONFIG = Need("fontconfig", "mencari huruf", "`apt install fontconfig`", "`brew install fontconfig`",
                  "tidak perlu: folder huruf Windows dipindai")
DOT = Need("Graphviz dot", "bagan alir dan SOP", "`apt install graphviz`", "`brew install graphviz`",
           "pemasang Graphviz dari graphviz.org (centang add to PATH)")
PAGEFIND = Need("Pagefind", "pencarian situs", "`pip install pagefind-bin`", "`pip install pagefind-bin`",
                "`pip install pagefind-bin`")
GIT = Need("git", "sk diff antar-revisi", "`apt install git`", "`brew install git`", "Git for Windows")
LIBREOFFICE = Need("LibreOffice", "hanya untuk uji DOCX", "`apt install libreoffice-writer-nogui`",
                   "`brew install --cask libreoffice`", "pemasang LibreOffice")
HUNSPELL = Need("kamus hunspell-id", "ejaan `sk check`", "`apt install hunspell-id`",
                "salin id_ID.dic dan id_ID.aff ke ~/Library/Spelling",
                r"salin id_ID.dic dan id_ID.aff ke %LOCALAPPDATA%\hunspell")
FONT_PACKAGES = {
    "tex gyre bonum": ("`apt install fonts-texgyre`", "`brew install --cask font-tex-gyre-bonum`",
                       "pasang TeX Gyre Bonum (berkas .otf dari GUST)"),
    "liberation sans": ("`apt install fonts-liberation2`", "`brew install --cask font-liberation`",
                        "pasang Liberation Sans (berkas .ttf)"),
    "liberation serif": ("`apt install fonts-liberation2`", "`brew install --cask font-liberation`",
                         "pasang Liberation Serif (berkas .ttf)"),
    "bookman old style": ("tidak ada paketnya: pakai TeX Gyre Bonum (`apt install fonts-texgyre`)",
                          "terpasang bersama Microsoft Office", "terpasang bersama Microsoft Office"),
    "arial": ("`apt install ttf-mscorefonts-installer`, atau pakai Liberation Sans", "bawaan macOS",
              "bawaan Windows"),
    "noto sans": ("`apt install fonts-noto-core`", "`brew install --cask font-noto-sans`", "pasang Noto Sans"),
}


def _run(command: list[str]) -> str | None:
    """The first line a program prints about itself, or None when it cannot be run."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    text = (done.stdout or done.stderr).strip().splitlines()
    return text[0].strip() if text else ""


def pango() -> str | None:
    """Pango's version as WeasyPrint loads it, or None when the library cannot be loaded."""
    try:
        from weasyprint.text.ffi import pango as library

        number = library.pango_version()  # e.g. 15012 for 1.50.12
        return f"{number // 10000}.{number // 100 % 100}.{number % 100}"
    except Exception:  # noqa: BLE001 - any failure to load the native library means "missing"
        return None


def fontconfig() -> str:
    """How installed fonts are found: fontconfig's fc-list, or the font-folder scan where it is absent or off."""
    from .portable import LINUX

    if shutil.which("fc-list") and (LINUX or not sys.platform.startswith("linux")):
        return f"fc-list ({shutil.which('fc-list')})"
    return "fc-list tidak dipakai: folder huruf dipindai dengan fontTools"


def dot() -> str | None:
    """Graphviz's version, or None."""
    return _run(["dot", "-V"]) if shutil.which("dot") else None


def pagefind() -> str | None:
    """Pagefind's version, or None."""
    try:
        from .site.search import pagefind_executable

        executable = pagefind_executable()
    except Exception:  # noqa: BLE001 - the package or its binary is missing
        return None
    return _run([str(executable), "--version"])


def git() -> str | None:
    """git's version, or None."""
    return _run(["git", "--version"]) if shutil.which("git") else None


def libreoffice() -> str | None:
    """Where LibreOffice is, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def hunspell(region_roots: list[Path]) -> str | None:
    """Where the Indonesian dictionary is found (the first region's folder is searched too), or None."""
    from .check.kamus import find_dictionary

    base = find_dictionary("id_ID", region_roots[0] if region_roots else None)
    return f"{base}.dic" if base is not None else None


def environment(region_roots: list[Path], charts: bool) -> list[Found]:
    """Every need, found or not; Graphviz is required only when the project draws charts."""
    return [
        Found(PANGO, pango(), True),
        Found(FONTCONFIG, fontconfig(), False),
        Found(PAGEFIND, pagefind(), True),
        Found(DOT, dot(), charts),
        Found(HUNSPELL, hunspell(region_roots), False),
        Found(GIT, git(), False),
        Found(LIBREOFFICE, libreoffice(), False),
    ]


def font_hint(families: tuple[str, ...]) -> str:
    """How to install one of these families, for each system."""
    for family in families:
        known = FONT_PACKAGES.get(family.lower())
        if known:
            return f"{family}: Debian/Ubuntu: {known[0]} · macOS: {known[1]} · Windows: {known[2]}"
    return "pasang salah satu huruf itu (Debian/Ubuntu: cari dengan `apt search fonts-`), atau ganti huruf.isi/kop"
