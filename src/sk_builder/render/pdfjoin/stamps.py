"""Page numbers for a joined decree: WeasyPrint prints empty pages that carry only the numbers, with the
decree's own page rules (paper, margins, number text, font, none on the first page), and each is laid
under the decree's page of the same number."""

from __future__ import annotations

import pikepdf

from ..html import PageContext, stylesheet

PAGE = "halaman-nomor"
"""The class of the empty pages; no rule of the decree's stylesheet names it."""


def stamps_page(context: PageContext, count: int) -> tuple[str, str]:
    """An HTML page of ``count`` empty pages numbered as the decree numbers its pages, and its stylesheet."""
    css = stylesheet(context, numbers=True, first=True) + f"\n.{PAGE} + .{PAGE} {{ break-before: page; }}\n"
    pages = f'<div class="{PAGE}"></div>' * count
    return f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n</head>\n<body>{pages}</body>\n</html>\n', css


PREFIX = "Nomor"
"""Added to the names of the stamps' resources, so they never meet a name of the page they are laid under."""


def lay_under(out: pikepdf.Pdf, numbers: pikepdf.Pdf) -> None:
    """Draw each page of ``numbers`` (except the first: the first page carries no number) under the page of
    ``out`` with the same index, in the page's own content stream, its resources renamed and added."""
    if len(numbers.pages) != len(out.pages):
        raise ValueError(f"{len(numbers.pages)} halaman nomor untuk {len(out.pages)} halaman")
    for page, stamp in list(zip(out.pages, numbers.pages))[1:]:
        resources = stamp.obj.Resources
        renamed = {pikepdf.Name(f"/{PREFIX}{name[1:]}") for kind in resources.values()
                   if isinstance(kind, pikepdf.Dictionary) for name in kind.keys()}
        drawing = pikepdf.unparse_content_stream(
            [(_renamed(step.operands, renamed), step.operator) for step in pikepdf.parse_content_stream(stamp)])
        page.obj.Contents = out.make_stream(b"q\n" + drawing + b"\nQ\n" + page.obj.Contents.read_bytes()
                                            if isinstance(page.obj.Contents, pikepdf.Stream) else
                                            b"q\n" + drawing + b"\nQ\n" + b"\n".join(c.read_bytes() for c in page.obj.Contents))
        _add_resources(page.obj.Resources, out.copy_foreign(
            resources if resources.is_indirect else numbers.make_indirect(resources)))


def _renamed(operands, names: set) -> list:
    return [pikepdf.Name(f"/{PREFIX}{str(o)[1:]}") if isinstance(o, pikepdf.Name)
            and pikepdf.Name(f"/{PREFIX}{str(o)[1:]}") in names else o for o in operands]


def _add_resources(target: pikepdf.Object, resources: pikepdf.Object) -> None:
    for kind, entries in resources.items():
        if not isinstance(entries, pikepdf.Dictionary) or not len(entries):
            continue
        if kind not in target:
            target[kind] = pikepdf.Dictionary()
        for name, value in entries.items():
            target[kind][f"/{PREFIX}{name[1:]}"] = value
