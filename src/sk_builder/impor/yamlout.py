"""Records written as YAML in the house layout, with a comment beside every guessed value.

Markdown goes into literal blocks (``|``) so it reads as it prints; keys keep the record order;
a guessed value carries ``# ditebak: ...`` at the end of its line (above it for a block).
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

SCHEMAS = {"profil": "../../schemas/profil.schema.json", "standar": "../../../schemas/standar.schema.json",
           "keputusan": "../../../schemas/keputusan.schema.json", "sop": "../../../schemas/sop.schema.json"}
WIDTH = 4096


def _value(value, path: tuple, comments: dict[tuple, str]):
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = _value(item, path + (key,), comments)
        for key in value:
            _comment(node, key, path + (key,), comments, isinstance(node[key], LiteralScalarString))
        return node
    if isinstance(value, list):
        seq = CommentedSeq()
        for index, item in enumerate(value):
            seq.append(_value(item, path + (index,), comments))
        for index in range(len(value)):
            note = comments.get(path + (index,))
            item = seq[index]
            if not note:
                continue
            if isinstance(item, CommentedMap) and item and not isinstance(item[next(iter(item))], LiteralScalarString):
                item.yaml_add_eol_comment(_text(note), next(iter(item)))
            elif isinstance(item, (CommentedMap, CommentedSeq, LiteralScalarString)):
                seq.yaml_set_comment_before_after_key(index, before=_text(note), indent=2 * len(path))
            else:
                seq.yaml_add_eol_comment(_text(note), index)
        return seq
    if isinstance(value, str) and "\n" in value.strip("\n"):
        return LiteralScalarString(value if value.endswith("\n") else value + "\n")
    return value


def _comment(node: CommentedMap, key, path: tuple, comments: dict[tuple, str], block: bool) -> None:
    note = comments.get(path)
    if not note:
        return
    if block or isinstance(node[key], (CommentedMap, CommentedSeq)):
        node.yaml_set_comment_before_after_key(key, before=_text(note), indent=2 * (len(path) - 1))
    else:
        node.yaml_add_eol_comment(_text(note), key)


def _text(note: str) -> str:
    return "ditebak: " + " ".join(note.split())


def dump(kind: str, data: dict, comments: dict[tuple, str], header: list[str]) -> str:
    """The YAML text of one record."""
    yaml = YAML()
    yaml.width = WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    out = io.StringIO()
    lines = [f"# yaml-language-server: $schema={SCHEMAS[kind]}"] + [f"# {line}" for line in header]
    out.write("\n".join(lines) + "\n")
    yaml.dump(_value(data, (), comments), out)
    return out.getvalue()