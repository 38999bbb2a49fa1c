"""Images named in the sources (the emblem): recognised by content, size-limited, SVG rewritten to a safe subset.

Only PNG, JPEG and SVG are accepted, whatever the file is called. PNG and JPEG are opened with
Pillow (already needed by WeasyPrint) to check that they are whole and not too large. SVG is
parsed with defusedxml, which refuses document types and entities, and is then written anew from
an allowlist of drawing elements and attributes (``svgclean``): scripts, event handlers and
references to anything outside the file are errors; editor metadata and unknown parts are
dropped. Only the cleaned bytes go on to the documents and the site.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Location, Report
from .svgclean import UnsafeSvg, clean_svg

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
_SUFFIX = {"svg": ".svg", "png": ".png", "jpeg": ".jpg"}
MIME = {"svg": "image/svg+xml", "png": "image/png", "jpeg": "image/jpeg"}


@dataclass(frozen=True)
class Picture:
    """A checked image: its kind ("svg", "png" or "jpeg"), its safe bytes and the file it came from."""

    kind: str
    data: bytes
    source: Path

    @property
    def suffix(self) -> str:
        """The file suffix that matches the content."""
        return _SUFFIX[self.kind]

    @property
    def mime(self) -> str:
        """The media type of the content."""
        return MIME[self.kind]

    @property
    def sha256(self) -> str:
        """The SHA-256 of the safe bytes."""
        return hashlib.sha256(self.data).hexdigest()


class BadImage(ValueError):
    """An image that cannot be used; the message says why, in Indonesian, with its code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def sniff(data: bytes) -> str | None:
    """The kind of image the bytes hold, by their content: "png", "jpeg", "svg", or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in data[:65536].lower():
        return "svg"
    return None


def _too_large(width: int, height: int) -> BadImage:
    return BadImage("SK123", f"gambar {width} × {height} piksel terlalu besar (batas {MAX_PIXELS:,} piksel)"
                    .replace(",", "."))


def _raster(kind: str, data: bytes) -> bytes:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _too_large(width, height)
                if (image.format or "").lower() != kind:  # a format Pillow opened is always named
                    raise BadImage("SK121", f"isi berkas tidak cocok dengan jenisnya ({image.format})")
                image.verify()
    except BadImage:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadImage("SK123", f"gambar terlalu besar (lebih dari {MAX_PIXELS:,} piksel)".replace(",", ".")) from None
    except Exception:  # Pillow raises many kinds for damaged files; all mean "cannot be used"
        raise BadImage("SK123", f"gambar {kind.upper()} rusak atau tidak lengkap; simpan ulang dari aplikasi "
                                "pengolah gambar") from None
    return data


def picture(data: bytes, source: Path) -> Picture:
    """Check and clean image bytes (raises BadImage)."""
    if len(data) > MAX_BYTES:
        raise BadImage("SK116", f"berkas gambar {len(data):,} byte terlalu besar (batas {MAX_BYTES:,} byte)"
                       .replace(",", "."))
    kind = sniff(data)
    if kind is None:
        raise BadImage("SK121", "bukan gambar PNG, JPEG atau SVG (dilihat dari isinya, bukan namanya)")
    if kind == "svg":
        try:
            return Picture(kind, clean_svg(data), source)
        except UnsafeSvg as exc:
            raise BadImage("SK122", f"SVG tidak aman: {exc}") from None
    return Picture(kind, _raster(kind, data), source)


def read_picture(path: Path, where: Location, report: Report, name: str) -> Picture | None:
    """The image in a source file, or None with a located error naming the field's value."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        return picture(data, path)
    except BadImage as exc:
        report.error(where, exc.code, f'"{name}": {exc}')
    except OSError as exc:
        report.error(where, "SK110", f'"{name}": berkas tidak dapat dibaca ({exc.strerror or exc})')
    return None
