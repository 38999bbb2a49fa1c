"""Validate a loaded YAML document against a record model, turning every error into a diagnostic."""

from __future__ import annotations

import difflib
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..diagnostics import Report
from .yamlfile import FieldPath, YamlDocument, field_name

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    "string_type": "teks", "int_type": "bilangan bulat", "int_parsing": "bilangan bulat",
    "int_from_float": "bilangan bulat", "float_type": "bilangan", "float_parsing": "bilangan",
    "bool_type": "ya/tidak (true atau false)", "bool_parsing": "ya/tidak (true atau false)",
    "list_type": "daftar (- butir)", "dict_type": "pemetaan (kunci: nilai)",
    "model_type": "pemetaan (kunci: nilai)", "model_attributes_type": "pemetaan (kunci: nilai)",
    "date_type": "tanggal (TTTT-BB-HH)",
}
_DATE_ERRORS = {"date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact",
                "datetime_parsing", "date_past", "date_future"}


def _model_at(model: type[BaseModel], path: FieldPath) -> type[BaseModel] | None:
    """The record model that owns the mapping at a field path, if any."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(part)
        if info is None:
            return None
        current = _unwrap(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """The record model inside list[...], Optional[...] or Annotated[...], else the annotation."""
    for arg in (annotation, *typing.get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        inner = typing.get_args(arg)
        for sub in inner:
            if isinstance(sub, type) and issubclass(sub, BaseModel):
                return sub
    return annotation


def _suggestion(model: type[BaseModel], path: FieldPath) -> str:
    owner = _model_at(model, path[:-1])
    if owner is None:
        return ""
    close = difflib.get_close_matches(str(path[-1]), list(owner.model_fields), n=1, cutoff=0.6)
    return f' (maksud Anda "{close[0]}"?)' if close else ""


def _describe(model: type[BaseModel], error: ErrorDetails, path: FieldPath) -> tuple[str, str, bool]:
    """Code, Indonesian message and whether the location is the key (not the value)."""
    kind, name = error["type"], field_name(path)
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "SK103", f'kolom wajib "{path[-1]}" tidak ada', False
    if kind == "extra_forbidden":
        return "SK104", f'kolom "{name}" tidak dikenal{_suggestion(model, path)}', True
    if kind in _DATE_ERRORS:
        return "SK106", f'{name}: tanggal "{error.get("input")}" tidak ada atau tidak valid (tulis TTTT-BB-HH)', False
    if kind in _TYPE_NAMES:
        return "SK102", f"{name}: harus berupa {_TYPE_NAMES[kind]}", False
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("' or '", "' atau '")
        return "SK105", f"{name}: harus salah satu dari {expected}", False
    if kind in ("too_short", "string_too_short", "string_pattern_mismatch"):
        return "SK105", f"{name}: tidak boleh kosong", False
    if kind in ("too_long", "less_than_equal", "greater_than_equal", "greater_than", "less_than"):
        return "SK105", f"{name}: nilai di luar batas", False
    if kind.startswith("sk"):
        return kind.upper(), f"{name}: {error['msg']}", False
    return "SK105", f"{name}: nilai tidak valid", False


def validate(model: type[M], doc: YamlDocument, report: Report) -> M | None:
    """Validate the document's data as ``model``; every problem goes to the report."""
    if not isinstance(doc.data, dict):
        report.error(doc.at(()), "SK102", "isi berkas harus berupa pemetaan (kunci: nilai)")
        return None
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            path = tuple(error["loc"])
            code, message, on_key = _describe(model, error, path)
            where = doc.at(path[:-1] if code == "SK103" and path else path, key=on_key)
            report.error(where, code, message)
        return None
