"""The regional emblem as a picture Word can place: SVG drawn to PNG, PNG and JPEG as they are.

Word before 2016 and many other editors cannot show SVG, so the emblem is converted with
CairoSVG (a maintained, pure-Python SVG renderer on top of the cairo library that the system
already has). External references inside the SVG are not followed.
"""

from __future__ import annotations

from pathlib import Path

EMBLEM_WIDTH_MM = 22
_PIXELS = 600  # wide enough for print at 22 mm (about 690 dpi)


def emblem_picture(path: Path | None) -> bytes | None:
    """The emblem as PNG or JPEG bytes, or None when the profile has none."""
    if path is None:
        return None
    data = path.read_bytes()
    if path.suffix.lower() != ".svg":
        return data
    import cairosvg

    return cairosvg.svg2png(bytestring=data, output_width=_PIXELS, unsafe=False)
