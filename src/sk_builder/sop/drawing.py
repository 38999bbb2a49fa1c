"""The flow column of the SOP table, drawn cell by cell (millimetres, each cell's own coordinates).

Every activity row has one cell per performer. The performer's cell holds the activity's symbol in
its top band (terminator, process rectangle or decision diamond); arrows join consecutive symbols:
down from a symbol to the bottom of its cell ("rail"), then in the next row down to a horizontal
line that crosses to the next performer's column and down into the next symbol. A decision branch
that does not go to the next row leaves the diamond sideways to a lane near the column's edge,
runs along that lane through the rows in between and enters its target from the side.

Everything in the top band (fixed height ``BAND``) is drawn as lines, arrowheads and labels; what
runs below it to the bottom of a cell of any height is a rail (a vertical line from ``y`` down),
printed as a CSS background in HTML/PDF and drawn to the row's height in DOCX.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BAND = 19.5  # height of the top band of every cell (a decision's lower label included)
CROSS_Y = 4.6  # where arrows cross between columns
SYMBOL_TOP = 6.5
SYMBOL_HEIGHT = {"mulai": 6.0, "selesai": 6.0, "proses": 7.0, "keputusan": 9.0}
SYMBOL_SHARE = 0.62  # symbol width as a share of the column width
SYMBOL_MAX_WIDTH = 18.0
DIAMOND_SHARE = 0.42  # a decision is narrower, leaving room for its side branch and label
DIAMOND_MAX_WIDTH = 12.0
LANE_INSET = 1.4  # a side lane's distance from the column edge
LANE_STEP = 1.2  # distance between lanes that share a side
LABEL_GAP = 0.6
CONNECTOR = (4.0, 3.4)  # off-page connector (pentagon) width and height


@dataclass(frozen=True)
class Symbol:
    """A flowchart symbol: kind, centre and size."""

    kind: str
    cx: float
    cy: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """The y of the symbol's lowest point."""
        return self.cy + self.height / 2


@dataclass(frozen=True)
class Cell:
    """What one performer cell draws: symbol, lines, arrowheads, labels, rails and connectors."""

    width: float
    symbol: Symbol | None = None
    lines: tuple[tuple[float, float, float, float], ...] = ()
    arrows: tuple[tuple[float, float, str], ...] = ()  # tip x, tip y, direction (down/left/right)
    labels: tuple[tuple[float, float, str, str], ...] = ()  # x, baseline y, text, anchor (start/end)
    rails: tuple[tuple[float, float], ...] = ()  # x, from y down to the cell's bottom
    entry: tuple[float, str] | None = None  # off-page connector at the top: x, number
    exit: tuple[float, str] | None = None  # off-page connector at the bottom: x, number
    title: str = ""  # what the symbol means, for screen readers


@dataclass
class _Cell:
    width: float
    symbol: Symbol | None = None
    lines: list = field(default_factory=list)
    arrows: list = field(default_factory=list)
    labels: list = field(default_factory=list)
    rails: list = field(default_factory=list)

    def frozen(self) -> Cell:
        return Cell(self.width, self.symbol, tuple(self.lines), tuple(self.arrows), tuple(self.labels),
                    tuple(self.rails))


@dataclass(frozen=True)
class Flow:
    """The activities as the drawing needs them: column of each row, symbol kind, and arrows by row."""

    columns: tuple[int, ...]
    kinds: tuple[str, ...]
    arrows: tuple[tuple[int, int, str | None], ...]  # source row, target row, label


def symbol(kind: str, width: float) -> Symbol:
    """The symbol of a kind, centred in a column of this width."""
    if kind == "keputusan":
        size = min(width * DIAMOND_SHARE, DIAMOND_MAX_WIDTH)
    else:
        size = min(width * SYMBOL_SHARE, SYMBOL_MAX_WIDTH)
    height = SYMBOL_HEIGHT[kind]
    return Symbol(kind, width / 2, SYMBOL_TOP + height / 2, size, height)


class _Grid:
    """Builds the cells of every row."""

    def __init__(self, flow: Flow, widths: tuple[float, ...]):
        self.flow, self.widths = flow, widths
        self.cells = [[_Cell(w) for w in widths] for _ in flow.columns]
        # each row's symbol; it stands in the row's own column
        self.symbols = [symbol(kind, widths[column]) for column, kind in zip(flow.columns, flow.kinds)]
        for row, column in enumerate(flow.columns):
            self.cells[row][column].symbol = self.symbols[row]
        self.lanes: dict[tuple[int, str], list[tuple[int, int]]] = {}

    def centre(self, row: int) -> float:
        return self.widths[self.flow.columns[row]] / 2

    def across(self, row: int, start: int, end: int, y: float, x_start: float, x_end: float) -> None:
        """A horizontal line in ``row`` from column ``start`` at x_start to column ``end`` at x_end."""
        step = 1 if end >= start else -1
        for column in range(start, end + step, step):
            width = self.widths[column]
            left = x_start if column == start else (0.0 if step > 0 else width)
            right = x_end if column == end else (width if step > 0 else 0.0)
            if column == start == end:
                left, right = x_start, x_end
            self.cells[row][column].lines.append((left, y, right, y))

    def down_into(self, row: int, column: int, x: float, y: float) -> None:
        """A line from ``y`` down into the symbol of ``row`` (which stands in ``column``), with its arrowhead."""
        top = self.symbols[row].cy - self.symbols[row].height / 2
        self.cells[row][column].lines.append((x, y, x, top))
        self.cells[row][column].arrows.append((x, top, "down"))

    def next_row(self, source: int, label: str | None) -> None:
        """An arrow from a symbol to the symbol in the next row."""
        here, there = self.flow.columns[source], self.flow.columns[source + 1]
        sym = self.symbols[source]
        self.cells[source][here].rails.append((sym.cx, sym.bottom))
        if label:
            self.cells[source][here].labels.append((sym.cx + 1.0, sym.bottom + 2.6, label, "start"))
        x_from, x_to = self.centre(source), self.centre(source + 1)
        if here == there:
            self.down_into(source + 1, there, x_to, 0.0)
            return
        self.cells[source + 1][here].lines.append((x_from, 0.0, x_from, CROSS_Y))
        self.across(source + 1, here, there, CROSS_Y, x_from, x_to)
        self.down_into(source + 1, there, x_to, CROSS_Y)

    def lane(self, source: int, target: int, side: str) -> tuple[int, float]:
        """A free lane (column and x) on one side for a branch between two rows."""
        columns = (self.flow.columns[source], self.flow.columns[target])
        column = max(columns) if side == "right" else min(columns)
        span = (min(source, target), max(source, target))
        taken = self.lanes.setdefault((column, side), [])
        slot = sum(1 for other in taken if other[0] <= span[1] and span[0] <= other[1])
        taken.append(span)
        width = self.widths[column]
        offset = LANE_INSET + slot * LANE_STEP
        return column, (width - offset if side == "right" else offset)

    def branch(self, source: int, target: int, label: str | None, side: str) -> None:
        """A decision branch that leaves sideways and runs along a lane to a row other than the next."""
        here, there = self.flow.columns[source], self.flow.columns[target]
        sym = self.symbols[source]
        column, x = self.lane(source, target, side)
        tip = sym.cx + sym.width / 2 if side == "right" else sym.cx - sym.width / 2
        self.across(source, here, column, sym.cy, tip, x)
        upward = target < source
        if label:
            self.side_label(source, here, column, x, tip, side, upward, label)
        if upward:
            self.cells[source][column].lines.append((x, sym.cy, x, 0.0))
        else:
            self.cells[source][column].rails.append((x, sym.cy))
        for row in range(min(source, target) + 1, max(source, target)):
            self.cells[row][column].rails.append((x, 0.0))
        goal = self.symbols[target]
        if upward:
            self.cells[target][column].rails.append((x, goal.cy))
        else:
            self.cells[target][column].lines.append((x, 0.0, x, goal.cy))
        edge = goal.cx + goal.width / 2 if x > goal.cx else goal.cx - goal.width / 2
        self.across(target, column, there, goal.cy, x, edge)
        self.cells[target][there].arrows.append((edge, goal.cy, "left" if x > goal.cx else "right"))

    def side_label(self, row: int, here: int, column: int, lane: float, tip: float, side: str, upward: bool,
                   label: str) -> None:
        """A branch label on the side of the line that the lane leaves free (above when it runs down).

        Within the decision's own column the label ends at the lane; when the lane is in another
        column, the label starts at the diamond.
        """
        y = self.symbols[row].cy + (2.4 if upward else -LABEL_GAP)
        right = side == "right"
        if column == here:
            x, anchor = (lane - LABEL_GAP, "end") if right else (lane + LABEL_GAP, "start")
        else:
            x, anchor = (tip + LABEL_GAP, "start") if right else (tip - LABEL_GAP, "end")
        self.cells[row][here].labels.append((x, y, label, anchor))

    def build(self) -> tuple[tuple[Cell, ...], ...]:
        sides = {}
        for source, target, label in self.flow.arrows:
            if target == source + 1 and (source, "next") not in sides:
                sides[(source, "next")] = True
                self.next_row(source, label)
            elif target != source:
                side = "left" if (source, "right") in sides else "right"
                sides[(source, side)] = True
                self.branch(source, target, label, side)
        return tuple(tuple(cell.frozen() for cell in row) for row in self.cells)


def draw(flow: Flow, widths: tuple[float, ...]) -> tuple[tuple[Cell, ...], ...]:
    """The cells of every activity row, one per performer column of the given widths (mm)."""
    return _Grid(flow, widths).build()
