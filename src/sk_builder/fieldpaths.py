"""Field paths of records as drafters write them (``komponen.biaya``, ``mengingat[2]``) and their texts."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, Iterator

from pydantic import BaseModel

FieldPath = tuple[str | int, ...]
"""Where a value sits in a record: keys and list positions (``("komponen", "biaya")``, ``("mengingat", 2)``)."""


_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")
SKIPPED = frozenset({"abaikan"})


def parse_field(text: str) -> FieldPath | None:
    """``"lampiran[0].bagian"`` -> ``("lampiran", 0, "bagian")``; None when it is not a field path."""
    path: list[str | int] = []
    for part in text.strip().split("."):
        match = _PART.fullmatch(part)
        if not match:
            return None
        path.append(match[1])
        path.extend(int(index) for index in re.findall(r"\d+", match[2]))
    return tuple(path)


def field_exists(model: type[BaseModel], text: str) -> bool:
    """Whether the field path names a field of the record model (list positions allowed on lists)."""
    path = parse_field(text)
    if not path:
        return False
    current: Any = model
    for part in path:
        current = _step(current, part)
        if current is None:
            return False
    return True


def known_fields(model: type[BaseModel], prefix: str = "", depth: int = 4) -> list[str]:
    """Every field path of a record model without list positions ("komponen.biaya", "diktum.teks")."""
    names = []
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        names.append(path)
        for candidate in _alternatives(info.annotation):
            inner = typing.get_args(candidate)[0] if typing.get_origin(candidate) is list else candidate
            for alternative in _alternatives(inner):
                if depth and isinstance(alternative, type) and issubclass(alternative, BaseModel):
                    names.extend(known_fields(alternative, f"{path}.", depth - 1))
    return names


def suggest_field(model: type[BaseModel], text: str) -> str | None:
    """The known field path closest to a mistyped one, if any is close."""
    bare = re.sub(r"\[\d+\]", "", text.strip())
    close = difflib.get_close_matches(bare, known_fields(model), n=1, cutoff=0.75)
    return close[0] if close else None


def _step(annotation: Any, part: str | int) -> Any:
    """The annotation one step down a path, or None when the step does not exist."""
    for candidate in _alternatives(annotation):
        if isinstance(part, int):
            if typing.get_origin(candidate) in (list, tuple):
                return typing.get_args(candidate)[0] if typing.get_args(candidate) else Any
        elif isinstance(candidate, type) and issubclass(candidate, BaseModel):
            info = candidate.model_fields.get(part)
            if info is not None:
                return info.annotation
    return None


def _alternatives(annotation: Any) -> list[Any]:
    """The concrete types an annotation allows (Optional, unions and Annotated unwrapped)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _alternatives(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [alt for arg in typing.get_args(annotation) for alt in _alternatives(arg)]
    return [annotation]


def text_fields(record: BaseModel) -> Iterator[tuple[FieldPath, str]]:
    """Every text of a record with its field path, in order (``abaikan`` entries left out)."""
    yield from _texts(record.model_dump(mode="python", exclude=set(SKIPPED)), ())


def _texts(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, path + (key,))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _texts(item, path + (i,))


def covers(silenced: str, field: FieldPath) -> bool:
    """Whether an ``abaikan`` field path covers a finding's field (itself or anything inside it)."""
    wanted = parse_field(silenced)
    return wanted is not None and tuple(field[: len(wanted)]) == wanted

