"""Type checks of a request body against the generated models' declared field types.

The generated ``from_dict`` methods parse but do not check: a ``"3"`` for an integer or an
unknown language code passes through them and would be sent. Daily's contract is what the
spec says, so a built request model is walked here and any value of the wrong type is a
:class:`~daily_helpers.errors.DailyValidationError` before anything is sent.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from typing import Any

import attrs
import daily_openapi_client.models as generated_models
from daily_openapi_client.types import Unset

from .errors import DailyValidationError

__all__ = ["check_model"]


class _ModelNames(dict[str, Any]):
    """The generated models by name, each imported when an annotation first names it (the
    models package imports its modules lazily)."""

    def __missing__(self, name: str) -> Any:
        try:
            value = getattr(generated_models, name)
        except AttributeError:
            raise KeyError(name) from None
        self[name] = value
        return value


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, localns=_ModelNames(Unset=Unset))
    return {a.name: hints[a.name] for a in attrs.fields(cls) if a.name != "additional_properties"}


def _type_name(tp: Any) -> str:
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return f"a list of {_type_name(item)}"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    return getattr(tp, "__name__", str(tp))


def _matches(value: Any, tp: Any, where: str) -> bool:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg, where) for arg in typing.get_args(tp))
    if origin is list:
        (item,) = typing.get_args(tp)
        return isinstance(value, list) and all(
            _matches(v, item, f"{where}[{i}]") for i, v in enumerate(value)
        )
    if tp is Any:
        return True
    if tp is type(None):
        return value is None
    if tp is Unset:
        return isinstance(value, Unset)
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, tp):
            return False
        check_model(value, where)
        return True
    if isinstance(tp, type):
        return isinstance(value, tp)
    return True


def check_model(model: Any, where: str) -> None:
    """Raise :class:`DailyValidationError` for the first field of ``model`` (a generated
    attrs model, checked recursively) whose value is not of its declared type."""
    cls: type = type(model)
    for name, tp in _field_types(cls).items():
        value = getattr(model, name)
        if isinstance(value, Unset):  # most fields are unset: keep the check cheap
            continue
        path = f"{where}.{name}"
        if not _matches(value, tp, path):
            args = [a for a in typing.get_args(tp) if a not in (Unset, type(None))] or [tp]
            expected = " or ".join(_type_name(a) for a in args)
            raise DailyValidationError(
                f"{path} must be {expected}, not {type(value).__name__}"
                + (f" {value!r}" if isinstance(value, str) and len(value) <= 40 else "")
            )
