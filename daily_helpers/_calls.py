"""An engine :class:`~daily_helpers._engine.Call` from a generated request builder.

Every endpoint's method, path (URL-quoted), query and JSON body come from the public
``build_request`` of its module in the generated package (``daily_openapi_client.api``); this
turns that into the engine's library-independent :class:`~daily_helpers._engine.Request`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._engine import Call, Request
from ._policy import RetrySafety

__all__ = ["call", "compact_json", "json_object"]

T = TypeVar("T")

#: ``json.dumps(value, separators=(",", ":"), allow_nan=False)``, one encoder for every call.
compact_json = json.JSONEncoder(separators=(",", ":"), allow_nan=False).encode


def json_object(data: Any, what: str = "the body") -> Mapping[str, Any]:
    """``data`` if it is a JSON object; a ``TypeError`` (read as an unexpected answer) if not."""
    if type(data) is not dict and not isinstance(data, Mapping):  # skip the ABC check for dicts
        raise TypeError(f"{what} is not a JSON object but {type(data).__name__}")
    return data


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def call(
    built: Mapping[str, Any],
    parse: Callable[[Any], T],
    *,
    safety: RetrySafety = RetrySafety.IDEMPOTENT,
    bucket: str = "general",
    gone: Callable[[], T] | None = None,
) -> Call[T]:
    """The call for ``built`` (what a generated ``build_request`` returned); ``gone`` is the
    result a 404 stands for, when it is not an error."""
    body = built.get("json")
    params = built.get("params")
    request = Request(
        method=built["method"].upper(),
        path=built["url"],
        params={k: _query_value(v) for k, v in params.items()} if params else None,
        content=None if body is None else compact_json(body).encode(),
    )
    return Call(request, safety, bucket, parse, gone)
