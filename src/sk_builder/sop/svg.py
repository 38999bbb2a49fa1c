"""The SOP flow cells as inline SVG (top band) and CSS backgrounds (rails and bottom connectors)."""

from __future__ import annotations

import base64
import html

from .drawing import BAND, CONNECTOR, Cell, Symbol

STROKE = 0.25  # mm, about 0.7 pt
ARROW = (1.7, 1.3)  # arrowhead length and width
LABEL_SIZE = 2.0  # mm, about 5.7 pt
BORDER = 0.26  # the table's cell border (0.75 pt) that the content box loses
INK, PAPER = "#000", "#fff"  # lines and symbol fills on paper; the website draws in its text colours


def _n(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros (stable text)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def symbol_svg(sym: Symbol, ink: str = INK, paper: str = PAPER) -> str:
    """One symbol, filled with the paper colour so it hides the lines behind it."""
    left, top = sym.cx - sym.width / 2, sym.cy - sym.height / 2
    style = f'fill="{paper}" stroke="{ink}" stroke-width="{_n(STROKE)}"'
    if sym.kind == "keputusan":
        points = [(sym.cx, top), (left + sym.width, sym.cy), (sym.cx, top + sym.height), (left, sym.cy)]
        return f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in points)}" {style}/>'
    radius = sym.height / 2 if sym.kind in ("mulai", "selesai") else 0
    return (f'<rect x="{_n(left)}" y="{_n(top)}" width="{_n(sym.width)}" height="{_n(sym.height)}" '
            f'rx="{_n(radius)}" {style}/>')


def arrowhead(x: float, y: float, direction: str, ink: str = INK) -> str:
    """A filled arrowhead whose tip is at (x, y)."""
    length, half = ARROW[0], ARROW[1] / 2
    if direction == "down":
        points = [(x, y), (x - half, y - length), (x + half, y - length)]
    elif direction == "left":
        points = [(x, y), (x + length, y - half), (x + length, y + half)]
    else:
        points = [(x, y), (x - length, y - half), (x - length, y + half)]
    return f'<polygon points="{" ".join(f"{_n(a)},{_n(b)}" for a, b in points)}" fill="{ink}"/>'


def pentagon(x: float, top: float, number: str, font: str) -> str:
    """An off-page connector: a pentagon pointing down, its number inside."""
    width, height = CONNECTOR
    left, shoulder = x - width / 2, top + height * 0.55
    points = [(left, top), (left + width, top), (left + width, shoulder), (x, top + height), (left, shoulder)]
    return (f'<polygon points="{" ".join(f"{_n(a)},{_n(b)}" for a, b in points)}" fill="#fff" stroke="#000" '
            f'stroke-width="{_n(STROKE)}"/><text x="{_n(x)}" y="{_n(top + 2.1)}" font-size="2.1" '
            f'text-anchor="middle" font-family="{html.escape(font)}">{html.escape(number)}</text>')


def cell_svg(cell: Cell, font: str, height: float | None = None, *, rails_to: float | None = None,
             ink: str = INK, paper: str = PAPER) -> str:
    """A performer cell as SVG: its top band, or with ``height`` the whole cell, rails drawn as lines.

    ``rails_to`` draws the rails as lines down to that y while the picture stays one band high (the
    website's cell clips them at its bottom, whatever its height); ``ink`` and ``paper`` are the colours
    of the lines and of the symbols' fill (the website gives ``currentColor`` and ``Canvas``).
    """
    width = cell.width - BORDER
    whole = height is not None
    reach = height or rails_to
    lines = list(cell.lines) + ([(x, top, x, reach) for x, top in cell.rails] if reach else [])
    height = height or BAND
    parts = [f'<line x1="{_n(a)}" y1="{_n(b)}" x2="{_n(c)}" y2="{_n(d)}"/>' for a, b, c, d in lines]
    body = [f'<g stroke="{ink}" stroke-width="{_n(STROKE)}" fill="none">{"".join(parts)}</g>'] if parts else []
    if cell.entry:
        body.append(pentagon(cell.entry[0], 0.3, cell.entry[1], font))
    if cell.exit and whole:  # the whole cell is drawn (DOCX): the connector closes it at the bottom
        body.append(pentagon(cell.exit[0], height - CONNECTOR[1] - 0.3, cell.exit[1], font))
    if cell.symbol:
        body.append(symbol_svg(cell.symbol, ink, paper))
    body += [arrowhead(*arrow, ink=ink) for arrow in cell.arrows]
    fill = "" if ink == INK else f' fill="{ink}"'  # the documents' text stays as it was: black by default
    body += [f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(LABEL_SIZE)}" text-anchor="{anchor}"{fill} '
             f'font-family="{html.escape(font)}">{html.escape(text)}</text>' for x, y, text, anchor in cell.labels]
    role = f'role="img" aria-label="{html.escape(cell.title)}"' if cell.title else 'aria-hidden="true"'
    return (f'<svg class="alur" {role} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" '
            f'width="{_n(width)}mm" height="{_n(height)}mm" preserveAspectRatio="xMidYMin meet">'
            + "".join(body) + "</svg>")


def _data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def exit_image(number: str, font: str) -> str:
    """The off-page connector at the bottom of a cell, as a small SVG image."""
    width, height = CONNECTOR
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width + 0.4)} {_n(height + 0.4)}" '
           f'width="{_n(width + 0.4)}mm" height="{_n(height + 0.4)}mm">'
           + pentagon((width + 0.4) / 2, 0.2, number, font) + "</svg>")
    return _data_uri(svg)


RAIL_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" width="1" height="1" '
            'preserveAspectRatio="none"><rect width="1" height="1" fill="#000"/></svg>\n')
"""A black square stretched into a rail (WeasyPrint ignores background-size on gradients)."""
RAIL = _data_uri(RAIL_SVG)


def cell_style(cell: Cell, font: str, rail: str = RAIL) -> str:
    """The CSS backgrounds of a cell: its rails (lines down to the bottom) and a bottom connector.

    ``rail`` is where the rail image is found: embedded (documents), or a file of the site, whose
    Content-Security-Policy allows no ``data:`` images.
    """
    layers, positions, sizes = [], [], []
    if cell.exit:
        x, number = cell.exit
        layers.append(f'url("{exit_image(number, font)}")')
        positions.append(f"left {_n(x - CONNECTOR[0] / 2 - 0.2)}mm bottom 0.3mm")
        sizes.append(f"{_n(CONNECTOR[0] + 0.4)}mm {_n(CONNECTOR[1] + 0.4)}mm")
    for x, top in cell.rails:
        layers.append(f'url("{rail}")')
        positions.append(f"left {_n(x - STROKE / 2)}mm top {_n(top)}mm")
        sizes.append(f"{_n(STROKE)}mm 100%")
    if not layers:
        return ""
    return (f"background-image: {', '.join(layers)}; background-position: {', '.join(positions)}; "
            f"background-size: {', '.join(sizes)}; background-repeat: no-repeat")
