"""A region's templates (profile ``templat``), checked when the sources are loaded: each replaces a package template
of the same name (``dokumen/``, ``sop/``, ``maklumat/``) or is a partial of the region's own (``_kaki.html.j2``),
parses and compiles, names only templates that exist, never itself, and overrides only blocks its parent has. Every
problem is an SK132 at its line."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, TemplateNotFound, TemplateSyntaxError, nodes

from ..diagnostics import Location, Report
from ..render.templating import OVERRIDABLE, PAKET, package_names, region_environment
from ..rupa import TemplatBerkas, TemplatWilayah
from .paths import files_inside

MAX_BYTES = 1_000_000
CODE = "SK132"
REFERENCES = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


def read_templates(folder: Path, root: Path, report: Report, relative: Callable[[Path], str],
                   shown: Callable[[Path], str]) -> TemplatWilayah | None:
    """The checked templates of a region's folder (None when there are none or any has an error, all reported)."""
    known = package_names()
    files: list[TemplatBerkas] = []
    errors = len(report.errors)
    for path in files_inside(folder, root, report, shown):
        name = unicodedata.normalize("NFC", path.relative_to(folder).as_posix())
        where = Location(shown(path))
        if not _allowed(name, known, where, report):
            continue
        text = _text(path, where, report)
        if text is not None:
            files.append(TemplatBerkas(name, relative(path), text, shown(path)))
    if not files:
        return None
    templat = TemplatWilayah(tuple(sorted(files, key=lambda item: item.name)))
    env = region_environment(templat)
    uses = {item.name: _check(env, item, known, report) for item in templat.files}
    _cycles(templat, uses, report)
    return templat if len(report.errors) == errors else None


def _allowed(name: str, known: tuple[str, ...], where: Location, report: Report) -> bool:
    """Whether a file of the folder is a template that replaces a package one, or a partial of the region's."""
    if not name.endswith(".j2"):
        report.error(where, CODE, f'"{name}" bukan templat (nama templat berakhiran .j2)')
        return False
    if name in known or Path(name).name.startswith("_"):
        return True
    close = difflib.get_close_matches(name, known, 1, 0.6)
    hint = f'maksud Anda "{close[0]}"?' if close else "templat yang dapat diganti: " + ", ".join(known)
    report.error(where, CODE, f'"{name}" tidak mengganti templat apa pun ({hint}; templat milik wilayah sendiri '
                              'diberi nama berawalan "_")')
    return False


def _text(path: Path, where: Location, report: Report) -> str | None:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        report.error(where, "SK116", f"templat terlalu besar ({len(data) // 1000} kB; batas {MAX_BYTES // 1000} kB)")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        report.error(where, "SK112", "templat bukan teks UTF-8")
        return None


def _check(env: Environment, item: TemplatBerkas, known: tuple[str, ...], report: Report) -> list[tuple[str, int]]:
    """One template: it compiles (syntax, filters, tests), and what it names exists and is not itself. Returns
    the templates it names, each with the line that names it."""
    try:
        env.compile(item.text, item.name, item.shown)
        tree = env.parse(item.text, item.name, item.shown)
    except TemplateSyntaxError as error:
        report.error(Location(item.shown, error.lineno or 1), CODE, f"templat tidak sah: {error.message}")
        return []
    for node in tree.find_all(REFERENCES):
        _reference(env, item, node, report)
    parent = next(iter(tree.find_all(nodes.Extends)), None)
    if parent is not None and isinstance(parent.template, nodes.Const):
        _blocks(env, item, tree, str(parent.template.value), report)
    named = [(getattr(node, "template", None), node.lineno) for node in tree.find_all(REFERENCES)]
    return [(str(name.value), line) for name, line in named
            if isinstance(name, nodes.Const) and name.value != item.name]


def _cycles(templat: TemplatWilayah, uses: dict[str, list[tuple[str, int]]], report: Report) -> None:
    """Region templates that name each other in a ring (a → b → a) would never finish printing: each is an error
    at the line that enters the ring."""
    for item in templat.files:
        for name, line in uses[item.name]:
            ring = _path(name, item.name, uses, set())
            if ring is not None:
                shown = " → ".join([item.name, *ring])
                report.error(Location(item.shown, line), CODE, f"templat saling memakai tanpa akhir: {shown}")
                break


def _path(start: str, goal: str, uses: dict[str, list[tuple[str, int]]], seen: set[str]) -> list[str] | None:
    """The names from ``start`` to ``goal`` along the region's templates, or None."""
    if start == goal:
        return [goal]
    if start in seen or start not in uses:
        return None
    seen.add(start)
    for name, _ in uses[start]:
        rest = _path(name, goal, uses, seen)
        if rest is not None:
            return [start, *rest]
    return None


def _reference(env: Environment, item: TemplatBerkas, node, report: Report) -> None:
    where = Location(item.shown, node.lineno)
    if not isinstance(node.template, nodes.Const) or not isinstance(node.template.value, str):
        report.error(where, CODE, "nama templat yang dipakai harus ditulis tetap, dalam tanda kutip")
        return
    name = node.template.value
    if name == item.name:
        report.error(where, CODE, f'templat memakai dirinya sendiri; templat bawaan bernama "{PAKET}/{name}"')
        return
    try:
        env.loader.get_source(env, name)  # type: ignore[union-attr]  # the region's environment has one
    except TemplateNotFound:
        folders = ", ".join(f'"{PAKET}/{folder}…"' for folder in OVERRIDABLE)
        report.error(where, CODE, f'templat "{name}" tidak ada (templat bawaan: {folders})')


def _blocks(env: Environment, item: TemplatBerkas, tree, parent: str, report: Report) -> None:
    """Each block the template defines exists in the template it extends (else it would print nothing)."""
    available = _block_names(env, parent, set())
    if available is None:
        return
    for block in tree.find_all(nodes.Block):
        if block.name not in available:
            listed = ", ".join(sorted(available)) or "tidak ada"
            report.error(Location(item.shown, block.lineno), CODE,
                         f'blok "{block.name}" tidak ada di templat "{parent}", jadi tidak mengganti apa pun '
                         f"(blok yang ada: {listed})")


def _block_names(env: Environment, name: str, seen: set[str]) -> set[str] | None:
    """The blocks of a template and of every template it extends (None when one cannot be read)."""
    if name in seen:
        return set()
    seen.add(name)
    try:
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]  # the region's has one
        tree = env.parse(source)
    except (TemplateNotFound, TemplateSyntaxError):
        return None
    names = {block.name for block in tree.find_all(nodes.Block)}
    parent = next(iter(tree.find_all(nodes.Extends)), None)
    if parent is not None and isinstance(parent.template, nodes.Const):
        inherited = _block_names(env, str(parent.template.value), seen)
        if inherited is None:
            return None
        names |= inherited
    return names
