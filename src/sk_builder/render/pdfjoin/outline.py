"""The joined PDF's bookmarks and named destinations, as WeasyPrint would write them for the whole decree."""

from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf


@dataclass
class Mark:
    """A bookmark: label, place (page index, x, y) and whether its children show, with its children."""

    level: int
    label: str
    page: int
    x: float
    y: float
    open: bool
    children: list[Mark] = field(default_factory=list)


def tree(marks: list[tuple[int, int, str, float, float, bool]]) -> list[Mark]:
    """Nest headings by level, in order: each under the last one of a lower level (an h4 after an h1 is
    the h1's child, as WeasyPrint nests skipped levels)."""
    roots: list[Mark] = []
    stack: list[Mark] = []
    for page, level, label, x, y, is_open in marks:
        mark = Mark(level, label, page, x, y, is_open)
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(mark)
        stack.append(mark)
    return roots


def add_outline(pdf: pikepdf.Pdf, roots: list[Mark]) -> None:
    """Write the bookmark tree as the PDF's /Outlines (counts and links as WeasyPrint writes them)."""
    if not roots:
        return
    top = pdf.make_indirect(pikepdf.Dictionary())
    first, last, count = _items(pdf, roots, top)
    top.Count, top.First, top.Last = count, first, last
    pdf.Root.Outlines = top


def _items(pdf: pikepdf.Pdf, marks: list[Mark], parent: pikepdf.Object) -> tuple[pikepdf.Object, pikepdf.Object, int]:
    """The outline items of one level: first, last, and how many items show when the parent is open."""
    items: list[pikepdf.Object] = []
    count = len(marks)
    for mark in marks:
        item = pdf.make_indirect(pikepdf.Dictionary(
            Title=pikepdf.String(mark.label), Parent=parent,
            Dest=pikepdf.Array([pdf.pages[mark.page].obj, pikepdf.Name.XYZ, mark.x, mark.y, 0])))
        shown = 0
        if mark.children:
            item.First, item.Last, shown = _items(pdf, mark.children, item)
        item.Count = shown if mark.open else -shown
        if mark.open:
            count += shown
        if items:
            item.Prev, items[-1].Next = items[-1], item
        items.append(item)
    return items[0], items[-1], count


def named_destinations(part: pikepdf.Pdf, offset: int) -> list[tuple[str, list]]:
    """A run's named destinations (element ids) as (name, [page index in the join, /XYZ, x, y, zoom])."""
    catalogue = part.Root.get("/Names")
    dests = catalogue.get("/Dests") if isinstance(catalogue, pikepdf.Dictionary) else None
    names = dests.get("/Names") if isinstance(dests, pikepdf.Dictionary) else None
    if not isinstance(names, pikepdf.Array):
        return []
    index: dict[tuple[int, int], int] = {page.obj.objgen: i for i, page in enumerate(part.pages)}
    found = []
    for i in range(0, len(names), 2):
        target = names[i + 1]
        if isinstance(target, pikepdf.Array) and len(target) == 5 and target[0].objgen in index:
            found.append((str(names[i]), [offset + index[target[0].objgen], *list(target)[1:]]))
    return found


def add_destinations(pdf: pikepdf.Pdf, found: list[tuple[str, list]]) -> None:
    """Write the named destinations as one sorted name tree (ids are unique within a decree)."""
    if not found:
        return
    names = pikepdf.Array()
    for name, (page, *rest) in sorted(found, key=lambda item: item[0]):
        names.append(pikepdf.String(name))
        names.append(pikepdf.Array([pdf.pages[page].obj, *rest]))
    pdf.Root.Names = pikepdf.Dictionary(Dests=pikepdf.Dictionary(Names=names))
