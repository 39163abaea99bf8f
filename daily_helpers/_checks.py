"""The one check of what the helpers send: a room's or a token's properties against the spec's
request schemas (:mod:`daily_helpers._spec_schemas`, generated from ``openapi/daily.yaml``).

One pass over the caller's JSON checks types, ``null``, enums, int64 and other bounds
(``minimum``/``maximum``, ``minLength``/``maxLength``, ``pattern``, ``format: uri``,
``uniqueItems``) and nested objects, and returns a copy to send (the caller's value is never
changed), with an int64 given as a finite float truncated to an int (Unix times). A bad value
is a :class:`~daily_helpers.errors.DailyValidationError` naming the field, before anything is
sent; never an ``OverflowError``.

A property the spec does not name (at any depth, where the spec lists an object's properties)
is kept as given, and reported by the helper's ``unknown_properties`` policy: ``"warn"`` (an
:class:`UnknownPropertyWarning`), ``"send"`` (silently) or ``"error"`` (refused).
"""

from __future__ import annotations

import json
import math
import re
import sys
import warnings
from collections.abc import Callable, Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

from ._spec_schemas import SCHEMAS
from .errors import DailyValidationError

__all__ = [
    "UNKNOWN_POLICIES",
    "UnknownPolicy",
    "UnknownPropertyWarning",
    "check",
    "check_policy",
    "check_value",
]

UnknownPolicy = Literal["warn", "send", "error"]
UNKNOWN_POLICIES: tuple[UnknownPolicy, ...] = ("warn", "send", "error")

_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")
_PACKAGE = __name__.rpartition(".")[0]


class UnknownPropertyWarning(UserWarning):
    """A room or token property daily-helpers' copy of Daily's API spec does not name was
    sent as given. Pass ``unknown_properties="send"`` to the helper to silence it, or
    ``"error"`` to refuse such properties before sending."""


class _Invalid(Exception):
    """A value breaks its schema: ``path`` (dotted, ``[i]`` for items) and what it must be;
    ``wrong_kind`` when its JSON type is not one the schema allows."""

    def __init__(
        self, path: str, must: str, value: object, *, wrong_kind: bool = False, said: str = ""
    ) -> None:
        super().__init__(path, must, value)
        self.path, self.must, self.value, self.wrong_kind = path, must, value, wrong_kind
        self.said = said

    def text(self) -> str:
        if self.said:
            return f"{self.path} {self.said}"
        if self.must == _REQUIRED:
            return f"{self.path} is required"
        return f"{self.path}: must be {self.must}, not {_show(self.value)}"


_REQUIRED = "given"


def check_policy(policy: object) -> UnknownPolicy:
    """``policy`` if it is one of ``"warn"``, ``"send"``, ``"error"``."""
    for known in UNKNOWN_POLICIES:
        if policy == known:
            return known
    raise DailyValidationError(
        f"unknown_properties must be 'warn', 'send' or 'error', not {policy!r}"
    )


def check(
    schema: str, value: object, *, what: str, unknown: UnknownPolicy, docs: str
) -> dict[str, Any]:
    """``value`` (an object) checked against the spec's schema ``schema``; the JSON to send.

    ``what`` names the object in messages (``"room property"``); ``docs`` is where Daily
    documents it. Unknown properties are handled as ``unknown`` says."""
    if not isinstance(value, Mapping):
        raise DailyValidationError(f"{what} must be an object, not {type(value).__name__}")
    unknowns: list[str] = []
    try:
        checked: dict[str, Any] = _walk(SCHEMAS[schema], value, "", unknowns)
    except _Invalid as bad:
        raise DailyValidationError(f"{what} {bad.text()}; see {docs}") from None
    if unknowns and unknown != "send":
        _report(unknowns, what=what, unknown=unknown, docs=docs)
    return checked


def check_value(schema: str, value: object, *, name: str) -> Any:
    """A single value (a query parameter: ``"list_rooms.limit"``) checked against its schema;
    ``name`` names it in the message."""
    try:
        return _walk(SCHEMAS[schema], value, name, [])
    except _Invalid as bad:
        raise DailyValidationError(bad.text()) from None


def _report(unknowns: list[str], *, what: str, unknown: UnknownPolicy, docs: str) -> None:
    names = ", ".join(repr(name) for name in unknowns)
    plural = "ies" if len(unknowns) > 1 else "y"
    if unknown == "error":
        raise DailyValidationError(
            f"unknown {what.replace('property', 'propert' + plural)} {names}: not in Daily's "
            f"API spec as daily-helpers knows it, and unknown_properties='error' refuses "
            f"them (nothing was sent); see {docs}, or pass unknown_properties='warn' or "
            "'send' to send them"
        )
    warnings.warn(
        UnknownPropertyWarning(
            f"{what.replace('property', 'propert' + plural)} {names}: not in Daily's API spec "
            f"as daily-helpers knows it (see {docs}); sent as given. Pass "
            "unknown_properties='send' to the helper to silence this warning, or 'error' to "
            "refuse unknown properties"
        ),
        stacklevel=_caller_level(),
    )


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this package: the caller's line."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith(_PACKAGE):
        if frame.f_globals.get("__name__", "") == _PACKAGE:  # daily_helpers itself: a caller
            break
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _show(value: object) -> str:
    text = repr(value)
    if len(text) <= 60:
        return text
    if isinstance(value, str):
        return f"{value[:40]!r}... ({len(value)} characters)"
    return text[:57] + "..."


def _types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    kind = schema.get("type")
    if kind is None:
        return ()
    return (kind,) if isinstance(kind, str) else tuple(kind)


def _describe(schema: Mapping[str, Any]) -> str:
    """What a schema asks for, in words (for messages)."""
    if "$ref" in schema:
        return _describe(SCHEMAS[schema["$ref"]])
    if "anyOf" in schema:
        return " or ".join(_describe(branch) for branch in schema["anyOf"])
    if "allOf" in schema:
        return " and ".join(_describe(part) for part in schema["allOf"])
    if "enum" in schema:
        return "one of " + ", ".join(repr(v) for v in schema["enum"])
    names = {
        "integer": "an integer",
        "number": "a number",
        "boolean": "true or false",
        "string": "a string",
        "array": "a list",
        "object": "an object",
        "null": "None",
    }
    kinds = [names[k] for k in _types(schema)]
    if "array" in _types(schema) and "items" in schema:
        kinds[_types(schema).index("array")] = f"a list of {_describe(schema['items'])}"
    return " or ".join(kinds) or "any value"


def _type_ok(kind: str, value: object) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, (list, tuple))
    return isinstance(value, Mapping)  # object


_Check = Callable[[Any, str, list[str]], Any]
#: A check per schema (by identity: the schemas are module constants), made on first use.
_COMPILED: dict[int, _Check] = {}


def _walk(schema: Mapping[str, Any], value: Any, path: str, unknowns: list[str]) -> Any:
    check = _COMPILED.get(id(schema))
    if check is None:
        check = _COMPILED[id(schema)] = _compile(schema)
    return check(value, path, unknowns)


def _compile(schema: Mapping[str, Any]) -> _Check:
    """The check of ``schema``: a fast one for the shapes most properties have (a boolean, a
    time, a string with bounds, each maybe nullable), else the general walk."""
    keys = set(schema) - {"type"}
    kinds = set(_types(schema))
    nullable = "null" in kinds
    kinds.discard("null")
    must = _describe(schema)
    if kinds == {"boolean"} and not keys:

        def boolean(value: Any, path: str, unknowns: list[str]) -> Any:
            if value is True or value is False or (nullable and value is None):
                return value
            raise _Invalid(path, must, value, wrong_kind=True)

        return boolean
    if kinds == {"string"} and keys <= {"pattern", "maxLength", "minLength"}:
        pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
        longest = schema.get("maxLength")
        shortest = schema.get("minLength", 0)

        def string(value: Any, path: str, unknowns: list[str]) -> Any:
            if type(value) is str:
                if (
                    (longest is None or len(value) <= longest)
                    and len(value) >= shortest
                    and (pattern is None or pattern.search(value) is not None)
                ):
                    return value
                return _string(schema, value, path)  # raises, saying which rule
            if nullable and value is None:
                return None
            return _walk_all(schema, value, path, unknowns)

        return string
    if kinds == {"integer"} and keys == {"format"} and schema["format"] in _INT_RANGES:
        low, high = _INT_RANGES[schema["format"]]

        def integer(value: Any, path: str, unknowns: list[str]) -> Any:
            if type(value) is int and low <= value <= high:
                return value
            if nullable and value is None:
                return None
            return _walk_all(schema, value, path, unknowns)

        return integer

    if set(schema) == {"$ref"} or (set(schema) == {"allOf"} and len(schema["allOf"]) == 1):
        # Another schema's check (an allOf of one part adds nothing to that part's).
        target = SCHEMAS[schema["$ref"]] if "$ref" in schema else schema["allOf"][0]

        def alias(value: Any, path: str, unknowns: list[str]) -> Any:
            return _walk(target, value, path, unknowns)

        return alias
    if kinds == {"object"} and keys <= {"properties", "additionalProperties", "required"}:

        def obj(value: Any, path: str, unknowns: list[str]) -> Any:
            if type(value) is dict:  # what _walk_all does with a dict, without the questions
                return _object(schema, value, path, unknowns)
            return _walk_all(schema, value, path, unknowns)

        return obj

    def general(value: Any, path: str, unknowns: list[str]) -> Any:
        return _walk_all(schema, value, path, unknowns)

    return general


def _walk_all(schema: Mapping[str, Any], value: Any, path: str, unknowns: list[str]) -> Any:
    """Every rule of ``schema`` in turn (the general case of :func:`_walk`)."""
    if "$ref" in schema:
        return _walk(SCHEMAS[schema["$ref"]], value, path, unknowns)
    if "anyOf" in schema:
        return _any_of(schema, value, path, unknowns)
    for part in schema.get("allOf", ()):
        value = _walk(part, value, path, unknowns)
    kinds = _types(schema)
    if kinds:
        if "integer" in kinds and isinstance(value, float) and schema.get("format") in _INT_RANGES:
            # A Unix time given as a float: truncated, as Daily's contract wants an integer.
            if not math.isfinite(value):
                raise _Invalid(path, "a finite number of seconds", value)
            value = int(value)
        if not any(_type_ok(kind, value) for kind in kinds):
            raise _Invalid(path, _describe(schema), value, wrong_kind=True)
    if value is None:
        return None
    if "enum" in schema and not any(type(value) is type(v) and value == v for v in schema["enum"]):
        raise _Invalid(path, _describe(schema), value, wrong_kind=not isinstance(value, str))
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return _number(schema, value, path)
    if isinstance(value, str):
        return _string(schema, value, path)
    if isinstance(value, (list, tuple)):
        return _array(schema, value, path, unknowns)
    if isinstance(value, Mapping):
        return _object(schema, value, path, unknowns)
    raise _Invalid(path, _describe(schema) if kinds else "a JSON value", value)


def _any_of(schema: Mapping[str, Any], value: Any, path: str, unknowns: list[str]) -> Any:
    failures: list[_Invalid] = []
    for branch in schema["anyOf"]:
        found: list[str] = []
        try:
            checked = _walk(branch, value, path, found)
        except _Invalid as bad:
            failures.append(bad)
            continue
        unknowns.extend(found)
        return checked
    # The branch of the value's kind says best what is wrong (a field of an object, a
    # repeated item of a list); when no branch is of its kind, name them all.
    right_kind = [bad for bad in failures if not (bad.wrong_kind and bad.path == path)]
    if right_kind:
        raise max(right_kind, key=lambda bad: len(bad.path))
    raise _Invalid(path, _describe(schema), value, wrong_kind=True)


def _number(schema: Mapping[str, Any], value: float, path: str) -> float:
    if isinstance(value, float) and not math.isfinite(value):
        raise _Invalid(path, "a finite number", value)
    bounds = _INT_RANGES.get(schema.get("format", ""))
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        raise _Invalid(path, f"an {schema['format']} integer ({bounds[0]} to {bounds[1]})", value)
    if "minimum" in schema and value < schema["minimum"]:
        raise _Invalid(path, f"at least {schema['minimum']}", value)
    if "maximum" in schema and value > schema["maximum"]:
        raise _Invalid(path, f"at most {schema['maximum']}", value)
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        raise _Invalid(path, f"more than {schema['exclusiveMinimum']}", value)
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        raise _Invalid(path, f"less than {schema['exclusiveMaximum']}", value)
    return value


def _string(schema: Mapping[str, Any], value: str, path: str) -> str:
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise _Invalid(path, f"at most {schema['maxLength']} characters long", value)
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise _Invalid(path, f"at least {schema['minLength']} characters long", value)
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        raise _Invalid(path, f"a string matching {schema['pattern']}", value)
    if schema.get("format") == "uri" and not _is_uri(value):
        raise _Invalid(path, "an absolute URI (scheme://...)", value)
    return value


def _is_uri(value: str) -> bool:
    if not value or any(c.isspace() or ord(c) < 0x20 for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return _SCHEME.fullmatch(parts.scheme) is not None and bool(parts.netloc or parts.path)


def _array(
    schema: Mapping[str, Any], value: list[Any] | tuple[Any, ...], path: str, unknowns: list[str]
) -> list[Any]:
    items = schema.get("items")
    out = [
        _walk(items, item, f"{path}[{i}]", unknowns) if items is not None else item
        for i, item in enumerate(value)
    ]
    if "minItems" in schema and len(out) < schema["minItems"]:
        raise _Invalid(path, f"a list of at least {schema['minItems']} items", value)
    if "maxItems" in schema and len(out) > schema["maxItems"]:
        raise _Invalid(path, f"a list of at most {schema['maxItems']} items", value)
    if schema.get("uniqueItems"):
        seen = set()
        for item in out:
            key = json.dumps(item, sort_keys=True, default=repr)
            if key in seen:
                raise _Invalid(path, "a list without repeated items", value)
            seen.add(key)
    return out


def _object(
    schema: Mapping[str, Any], value: Mapping[Any, Any], path: str, unknowns: list[str]
) -> dict[str, Any]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    out: dict[str, Any] = {}
    for key, item in value.items():
        where = f"{path}.{key}" if path else str(key)
        if not isinstance(key, str):
            raise _Invalid(where, "an object with string keys", dict(value))
        known = properties.get(key)
        if known is not None:
            out[key] = _walk(known, item, where, unknowns)
        elif isinstance(extra, Mapping):
            out[key] = _walk(extra, item, where, unknowns)
        else:
            if extra is False:
                unknowns.append(where)
            out[key] = item
    for key in schema.get("required", ()):
        if key not in out:
            raise _Invalid(f"{path}.{key}" if path else key, _REQUIRED, None)
    if "if" in schema:
        _condition(schema, out, path)
    return out


def _condition(schema: Mapping[str, Any], out: Mapping[str, Any], path: str) -> None:
    """The one ``if``/``then``/``else`` form the spec uses (``scripts/spec-schemas`` allows no
    other): one property's value decides which others must, or must not, be there."""
    (key,) = schema["if"]["required"]
    values = schema["if"]["properties"][key]["enum"]
    holds = key in out and out[key] in values
    branch = schema.get("then" if holds else "else", {})
    when = f"{'when' if holds else 'unless'} {key} is {' or '.join(map(repr, values))}"
    for name in branch.get("required", ()):
        if name not in out:
            where = f"{path}.{name}" if path else name
            raise _Invalid(where, _REQUIRED, None, said=f"is required {when}")
    for name in branch.get("not", {}).get("required", ()):
        if name in out:
            where = f"{path}.{name}" if path else name
            raise _Invalid(where, "absent", out[name], said=f"is not allowed {when}")
