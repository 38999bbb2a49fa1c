"""The Jinja2 environment shared by the document and site templates (autoescape, strict undefined), and a region's
own: its templates (profile ``templat``) found before the package's, in a sandbox.

A region's template may replace a package template whole, or extend it and override one block:
``{% extends "paket/dokumen/keputusan.html.j2" %}`` names the package's own template (the Sphinx ``!`` idea), so
the override never extends itself. The decree and lampiran, the SOP and the Maklumat pages (HTML and PDF) are
printed this way. Records are only ever data, never template source, in either environment.
"""

from __future__ import annotations

import base64
import traceback
from functools import lru_cache
from pathlib import Path

from jinja2 import (BaseLoader, ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined,
                    TemplateError, TemplateNotFound, TemplateSyntaxError, meta)
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from ..diagnostics import Diagnostic, SourceError
from ..images import Picture
from ..rupa import TemplatWilayah

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
"""The templates, stylesheets and scripts: package data, so the installed wheel has them."""
PAKET = "paket"
"""The prefix that names the package's own template from a region's (``paket/dokumen/keputusan.html.j2``)."""
OVERRIDABLE = ("dokumen/", "sop/", "maklumat/")
"""The package folders whose templates a region may replace: the decree and its lampiran, the SOP and the Maklumat
Pelayanan poster (HTML and PDF)."""
PAGES = {"decree": ("dokumen/keputusan.html.j2", "dokumen/dokumen.css.j2"),
         "standard": ("dokumen/keputusan.html.j2", "dokumen/dokumen.css.j2"),
         "sop": ("sop/sop.html.j2", "sop/sop.css.j2"),
         "maklumat": ("maklumat/maklumat.html.j2", "maklumat/maklumat.css.j2")}
"""The templates each kind of document (``Job.kind``) is printed from: its page and its stylesheet."""


def _uraian(text: str | None) -> Markup:
    from ..uraian import to_html  # Markdown is parsed only when a page is rendered, not for a build from the cache

    return Markup(to_html(text or ""))


def _autoescape(name: str | None) -> bool:
    """Escape everything except stylesheets (whose record values are CSS-escaped instead)."""
    return not (name or "").endswith(".css.j2")


def _made(kind: type[Environment], loader: BaseLoader) -> Environment:
    """An environment of ``kind`` as every template is rendered: autoescaped, strict, sk-builder's filters."""
    env = kind(loader=loader, autoescape=_autoescape, undefined=StrictUndefined, keep_trailing_newline=True,
               trim_blocks=False, auto_reload=False)  # templates do not change during a build: no stat per use
    env.filters["uraian"] = _uraian
    env.filters["data_uri"] = data_uri
    return env


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one template environment; records are only ever data, never template source."""
    return _made(Environment, FileSystemLoader(str(TEMPLATES)))


def package_names() -> tuple[str, ...]:
    """Every package template a region may replace, by name (``dokumen/keputusan.html.j2``), sorted."""
    return tuple(sorted(name for name in environment().list_templates(extensions=["j2"])
                        if name.startswith(OVERRIDABLE)))


class RegionLoader(BaseLoader):
    """A region's checked templates by name; each reports its file as diagnostics show it, so an error in one
    is placed at its line."""

    def __init__(self, templat: TemplatWilayah):
        self.templat = templat

    def get_source(self, environment: Environment, template: str):
        found = self.templat.source(template)
        if found is None:
            raise TemplateNotFound(template)
        return found.text, found.shown or found.file, lambda: True

    def list_templates(self) -> list[str]:
        return [item.name for item in self.templat.files]


@lru_cache(maxsize=8)
def region_environment(templat: TemplatWilayah) -> Environment:
    """A region's environment: its templates first, then the package's (also as ``paket/…``); sandboxed, so a
    template can read the document it is given and nothing of Python behind it."""
    package = FileSystemLoader(str(TEMPLATES))
    loader = ChoiceLoader([RegionLoader(templat), PrefixLoader({PAKET: package}), package])
    return _made(ImmutableSandboxedEnvironment, loader)


@lru_cache(maxsize=64)
def used(templat: TemplatWilayah, kind: str) -> TemplatWilayah | None:
    """The region's templates a kind of document is printed with (None when it uses none of them): those of its
    pages and every template they name, followed through the region's and the package's, so an edited SOP
    template reprints the SOPs and not the decrees, and an edited ``dokumen/dokumen.css.j2``, which the SOP and
    Maklumat stylesheets include, reprints all three."""
    seen: set[str] = set()
    waiting = list(PAGES.get(kind, ()))
    while waiting:
        name = waiting.pop()
        if name in seen:
            continue
        seen.add(name)
        text = _source(templat, name)
        if text is not None:
            try:
                waiting += [found for found in meta.find_referenced_templates(environment().parse(text)) if found]
            except TemplateSyntaxError:  # a region's template that does not parse never loads
                continue
    files = tuple(item for item in templat.files if item.name in seen)
    return TemplatWilayah(files) if files else None


def _source(templat: TemplatWilayah, name: str) -> str | None:
    """The text a name stands for in a region's environment: its own template first, then the package's."""
    own = None if name.startswith(PAKET + "/") else templat.source(name)
    if own is not None:
        return own.text
    try:
        text, _, _ = FileSystemLoader(str(TEMPLATES)).get_source(environment(), name.removeprefix(PAKET + "/"))
        return text
    except TemplateNotFound:
        return None


def environment_for(templat: TemplatWilayah | None) -> Environment:
    """The package's environment, or the region's when it has templates of its own."""
    return environment() if templat is None else region_environment(templat)


def render(templat: TemplatWilayah | None, name: str, **context) -> str:
    """A template rendered with the region's templates in front of the package's; an error raised inside a
    region's template is a located SourceError (SK132), never a traceback."""
    env = environment_for(templat)
    if templat is None:
        return env.get_template(name).render(**context)
    try:
        return env.get_template(name).render(**context)
    except TemplateError as error:
        raise TemplatFailure([_located(error, templat)]) from None


def _located(error: TemplateError, templat: TemplatWilayah) -> Diagnostic:
    """Where in the region's templates a rendering error arose (the innermost line of theirs), and why."""
    files = {item.shown or item.file for item in templat.files}
    place, line = (templat.files[0].shown or templat.files[0].file), 1
    for frame, number in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename in files:
            place, line = frame.f_code.co_filename, number
    message = getattr(error, "message", None) or str(error)
    return Diagnostic(place, line, 1, "error", "SK132", f"templat wilayah gagal dirender: {message}")


class TemplatFailure(SourceError):
    """A region's template failed while a document was rendered (possibly in a worker process: it pickles)."""

    def __reduce__(self):
        return (type(self), (self.diagnostics,))


def data_uri(picture: Picture | None) -> str | None:
    """A checked image embedded as a data: URI, so pages and PDFs never fetch anything."""
    if picture is None:
        return None
    return f"data:{picture.mime};base64," + base64.b64encode(picture.data).decode("ascii")
