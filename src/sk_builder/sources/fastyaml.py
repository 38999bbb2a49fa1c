"""Compose YAML with libyaml (PyYAML's C parser), plain scalars resolved by ruamel's YAML 1.2 rules.

The node tree it returns has the attributes the ruamel path reads (``id``, ``tag``, ``value``, ``style``,
``start_mark``/``end_mark`` with ``line``, ``column`` and a character ``index``). Every tag it resolved
itself starts with :data:`IMPLICIT`; a tag without it was written in the file (``!!int``, ``!foo``), which
the caller treats as "not sure" and leaves to ruamel. :func:`compose` returns None whenever it is not sure
(libyaml missing, a text it does not take on, any libyaml error), so the caller parses with ruamel instead.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.nodes import ScalarNode as _RuamelScalar
from ruamel.yaml.resolver import VersionedResolver

try:  # PyYAML built with libyaml; without it (or on a platform without the wheel) ruamel parses everything
    from yaml import YAMLError as _LibyamlError
    from yaml._yaml import CParser as _CParser

    _LIBYAML = True
except ImportError:  # pragma: no cover - depends on the installation
    _LIBYAML = False

IMPLICIT = "\x00"
"""Prefix of every tag resolved here; a tag written in a file cannot hold it (libyaml keeps tags as C strings)."""

_SEQ = IMPLICIT + "tag:yaml.org,2002:seq"
_MAP = IMPLICIT + "tag:yaml.org,2002:map"
_STR = IMPLICIT + "tag:yaml.org,2002:str"

# Texts left to ruamel: a character outside printable YAML (or one ruamel and libyaml might count as a line
# break differently: NEL, LS, PS, a lone CR), a BOM inside the text, a tab anywhere, a directive line.
_UNPRINTABLE = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_LONE_CR = re.compile("\r(?!\n)")
# libyaml ends an anchor or alias name at the first character that is not a letter, digit, - or _, and takes
# ? : % @ ` right after it; ruamel reads those as part of the name (``&a:b``): such a text goes to ruamel.
_NAME_END = re.compile("[&*][0-9A-Za-z_-]+[?:%@`]")


def _unsure(text: str) -> bool:
    """Whether a text holds something left to ruamel (str methods first: a regex over every file is slow)."""
    if text.startswith("%") or "\n%" in text or ("\r" in text and _LONE_CR.search(text)):
        return True
    if ("&" in text or "*" in text) and _NAME_END.search(text):
        return True
    return not text.replace("\n", " ").isprintable() and _UNPRINTABLE.search(text) is not None


_RESOLVER = VersionedResolver(version=(1, 2))
_resolved: dict[str, str] = {}


def _plain_tag(value: str) -> str:
    """The tag ruamel's YAML 1.2 resolver gives a plain (untagged) scalar, remembered by its text."""
    tag = _resolved.get(value)
    if tag is None:
        tag = IMPLICIT + str(_RESOLVER.resolve(_RuamelScalar, value, (True, False)))
        if len(_resolved) < 65536:
            _resolved[value] = tag
    return tag


_plain_tag("~")  # ruamel builds its table of 1.2 rules on first use: once here, not racing in threads


if _LIBYAML:

    class _Composer(_CParser):
        """libyaml's composer with ruamel's YAML 1.2 resolution of plain scalars."""

        def descend_resolver(self, parent: Any, index: Any) -> None:
            """No path-dependent resolution (ruamel's round-trip loader has none either)."""

        def ascend_resolver(self) -> None:
            """See descend_resolver."""

        def resolve(self, kind: type, value: Any, implicit: Any) -> str:
            """A plain scalar by the 1.2 rules, anything else by its kind."""
            name = kind.__name__
            if name == "ScalarNode":
                return _plain_tag(value) if implicit[0] else _STR
            return _SEQ if name == "SequenceNode" else _MAP


def _nesting_limited() -> bool:
    """Whether this libyaml refuses deep nesting (libyaml 0.2.6 and later) before its composer recurses."""
    try:
        _Composer("[" * 1001 + "]" * 1001).get_single_node()
    except _LibyamlError as exc:
        return "nesting depth" in str(exc)
    return False


AVAILABLE = _LIBYAML and _nesting_limited()
"""Whether the fast path can be used at all (else :func:`compose` always returns None)."""


_HEADER = re.compile("[|>]([-+0-9]{0,2})(#?)")


def block_sure(text: str, start: int) -> bool:
    """Whether ruamel takes a block scalar (starting at ``start``, its anchor or indicator) as libyaml did.

    libyaml also takes a comment right after the indicators (``|#``, ``>-#``); ruamel refuses that, and a
    block scalar without an indentation indicator whose first blank line holds some spaces but fewer than
    a later blank line or the first line of text (its scan_block_scalar_indentation, repeated here).
    """
    header = _HEADER.search(text, start)
    if header is None or header.group(2):
        return False
    if any(char.isdigit() for char in header.group(1)):
        return True
    at = text.find("\n", header.end()) + 1
    if at == 0:
        return True
    first, widest, column, size = -1, 0, 0, len(text)
    while at < size:
        char = text[at]
        if char == " ":
            column += 1
            widest = max(widest, column)
        elif char == "\n" or char == "\r":
            first = column if first < 0 else first
            column = 0
        else:
            break
        at += 1
    return not (first > 0 and widest > first)


def compose(text: str) -> Any | None:
    """The node tree of a one-document YAML text, or None when libyaml is missing, unsure or fails."""
    if not AVAILABLE or _unsure(text):
        return None
    parser = _Composer(text)
    try:
        return parser.get_single_node()
    except (_LibyamlError, ValueError, RecursionError):
        return None
    finally:
        parser.dispose()
