"""Word's styles part, resolved: what a paragraph or character style sets, through its basedOn chain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, overload

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@overload
def attr(node: Any, name: str, default: str) -> str: ...
@overload
def attr(node: Any, name: str, default: str | None = None) -> str | None: ...


def attr(node: Any, name: str, default: str | None = None) -> str | None:
    """A ``w:`` attribute of a node (None-safe)."""
    if node is None:
        return default
    return node.get(f"{W}{name}", default)


def on(node) -> bool | None:
    """A toggle property (``w:b``, ``w:i``, ``w:caps``): None when absent."""
    if node is None:
        return None
    return attr(node, "val", "true") not in ("false", "0", "off", "none")


@dataclass(frozen=True)
class Look:
    """Paragraph and run properties a style (or a paragraph) sets; None means "not set here"."""

    num_id: str | None = None
    ilvl: int | None = None
    left: int | None = None
    hanging: int | None = None
    align: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    hidden: bool | None = None
    font: str | None = None
    size: float | None = None

    def over(self, base: "Look") -> "Look":
        """This look on top of ``base``: each property set here wins."""
        values = {name: getattr(self, name) if getattr(self, name) is not None else getattr(base, name)
                  for name in self.__dataclass_fields__}
        return Look(**values)


def twips(value: str | None) -> int | None:
    """A twips attribute as an integer (Word sometimes writes decimals)."""
    if value is None:
        return None
    try:
        return round(float(value))
    except ValueError:
        return None


def indent_of(ind) -> tuple[int | None, int | None]:
    """(left, hanging) of a ``w:ind`` element; a first-line indent is a negative hanging."""
    if ind is None:
        return None, None
    left = twips(attr(ind, "left") or attr(ind, "start"))
    hanging = twips(attr(ind, "hanging"))
    if hanging is None and attr(ind, "firstLine") is not None:
        hanging = -(twips(attr(ind, "firstLine")) or 0)
    return left, hanging


def run_look(rpr) -> Look:
    """What a ``w:rPr`` sets."""
    if rpr is None:
        return Look()
    fonts = rpr.find(f"{W}rFonts")
    size = attr(rpr.find(f"{W}sz"), "val")
    return Look(bold=on(rpr.find(f"{W}b")), italic=on(rpr.find(f"{W}i")), caps=on(rpr.find(f"{W}caps")),
                hidden=on(rpr.find(f"{W}vanish")), font=attr(fonts, "ascii") or attr(fonts, "hAnsi"),
                size=float(size) / 2 if size and size.replace(".", "", 1).isdigit() else None)


def paragraph_look(ppr) -> Look:
    """What a ``w:pPr`` sets (without its run properties)."""
    if ppr is None:
        return Look()
    num = ppr.find(f"{W}numPr")
    num_id = attr(num.find(f"{W}numId"), "val") if num is not None else None
    ilvl = attr(num.find(f"{W}ilvl"), "val") if num is not None else None
    left, hanging = indent_of(ppr.find(f"{W}ind"))
    return Look(num_id=num_id, ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None, left=left, hanging=hanging,
                align=attr(ppr.find(f"{W}jc"), "val"))


class Styles:
    """The styles of a document by id, with their names and resolved looks."""

    def __init__(self, root: Any = None) -> None:
        self._nodes: dict[str, Any] = {}
        self._cache: dict[str, Look] = {}
        self.default_paragraph: str | None = None
        self.defaults = Look()
        if root is None:
            return
        for node in root.iter(f"{W}style"):
            style_id = attr(node, "styleId")
            if not style_id:
                continue  # nothing refers to a style without an id
            self._nodes[style_id] = node
            if attr(node, "type") == "paragraph" and attr(node, "default") in ("1", "true", "on"):
                self.default_paragraph = attr(node, "styleId")
        defaults = root.find(f"{W}docDefaults")
        if defaults is not None:
            rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
            ppr = defaults.find(f"{W}pPrDefault/{W}pPr")
            self.defaults = run_look(rpr).over(paragraph_look(ppr))

    def ids(self) -> list[str]:
        """Every style id."""
        return list(self._nodes)

    def name(self, style_id: str | None) -> str:
        """A style's name as Word shows it (its id when unnamed)."""
        node = self._nodes.get(style_id or self.default_paragraph or "")
        if node is None:
            return style_id or ""
        return attr(node.find(f"{W}name"), "val", style_id) or ""

    def char_look(self, style_id: str | None, depth: int = 0) -> Look:
        """What a character style sets through its basedOn chain (document defaults left out)."""
        node = self._nodes.get(style_id or "")
        if node is None or depth > 10:
            return Look()
        base_id = attr(node.find(f"{W}basedOn"), "val")
        return run_look(node.find(f"{W}rPr")).over(self.char_look(base_id, depth + 1) if base_id else Look())

    def look(self, style_id: str | None) -> Look:
        """Everything a style sets, its basedOn chain and the document defaults included."""
        key = style_id or self.default_paragraph or ""
        if key in self._cache:
            return self._cache[key]
        self._cache[key] = self.defaults  # guards against basedOn cycles
        node = self._nodes.get(key)
        if node is None:
            return self.defaults
        own = run_look(node.find(f"{W}rPr")).over(paragraph_look(node.find(f"{W}pPr")))
        base_id = attr(node.find(f"{W}basedOn"), "val")
        base = self.look(base_id) if base_id and base_id != key else self.defaults
        result = own.over(base)
        self._cache[key] = result
        return result
