"""The regional emblem as a picture Word can place: SVG drawn to PNG, PNG and JPEG as they are.

Word before 2016 and many other editors cannot show SVG, so the emblem is converted with
CairoSVG (a maintained, pure-Python SVG renderer on top of the cairo library that the system
already has). The SVG is the cleaned one (``images``): it refers to nothing outside itself.
"""

from __future__ import annotations

from ...images import Picture

EMBLEM_WIDTH_MM = 22
_PIXELS = 600  # wide enough for print at 22 mm (about 690 dpi)


def emblem_picture(picture: Picture | None) -> bytes | None:
    """The emblem as PNG or JPEG bytes, or None when the profile has none."""
    if picture is None:
        return None
    if picture.kind != "svg":
        return picture.data
    import cairosvg

    return cairosvg.svg2png(bytestring=picture.data, output_width=_PIXELS, unsafe=False)
