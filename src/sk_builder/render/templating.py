"""The Jinja2 environment shared by the document and site templates (autoescape, strict undefined)."""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import uraian
from ..images import Picture

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
"""The templates, stylesheets and scripts: package data, so the installed wheel has them."""


def _uraian(text: str | None) -> Markup:
    return Markup(uraian.to_html(text or ""))


def _autoescape(name: str | None) -> bool:
    """Escape everything except stylesheets (whose record values are CSS-escaped instead)."""
    return not (name or "").endswith(".css.j2")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one template environment; records are only ever data, never template source."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters["uraian"] = _uraian
    env.filters["data_uri"] = data_uri
    return env


def data_uri(picture: Picture | None) -> str | None:
    """A checked image embedded as a data: URI, so pages and PDFs never fetch anything."""
    if picture is None:
        return None
    return f"data:{picture.mime};base64," + base64.b64encode(picture.data).decode("ascii")
