"""Memoized JSON round trips through the generated models.

Every request body and room response goes through a generated model (``from_dict`` then
``to_dict``) so that what we send and read is what the spec says. Those round trips are pure
functions of the JSON, and in a busy app the JSON repeats: rooms are created with the same
properties, read back with the same config, differing only in names, ids and times. A
:class:`RoundTrip` computes the result once per *shape* (the JSON with those varying fields
masked) and then only puts the call's own values back in.

Only fields that the generated code passes through untouched may be masked (strings and
integers that it does not check: ``name``, ``exp``...). The first time a shape is seen the
result is computed both ways and compared, so a masked field that does change the result
just turns the memo off for that shape. Results whose nested containers are not on a masked
path are never memoized, so a caller can never mutate a cached value.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["Mask", "RoundTrip"]

#: (path in the input, path in the output, the exact type that may be masked there)
Mask = tuple[tuple[str, ...], tuple[str, ...], type]

_PLACEHOLDER: dict[type, object] = {str: "x", int: 0}
_NOT_MEMOIZABLE = object()
_dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if type(data) is not dict or key not in data:
            return _NOT_MEMOIZABLE
        data = data[key]
    return data


def _put(data: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    """Set ``value`` at ``path`` in ``data``; the dicts along the path must be copies."""
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _copy_along(data: dict[str, Any], containers: tuple[tuple[str, ...], ...]) -> dict[str, Any]:
    """A copy of ``data`` whose dicts at ``containers`` (outermost first) are copies too."""
    out = dict(data)
    for path in containers:
        parent: Any = out
        for key in path[:-1]:
            parent = parent.get(key) if type(parent) is dict else None
        if type(parent) is dict and type(parent.get(path[-1])) is dict:
            parent[path[-1]] = dict(parent[path[-1]])
    return out


def _containers(paths: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Every dict on the way to a masked field, outermost first."""
    found = {path[:i] for path in paths for i in range(1, len(path))}
    return tuple(sorted(found, key=len))


def _only_scalars_off_paths(
    data: Any, containers: frozenset[tuple[str, ...]], at: tuple[str, ...] = ()
) -> bool:
    if type(data) is dict:
        if at and at not in containers:
            return False
        return all(_only_scalars_off_paths(v, containers, (*at, k)) for k, v in data.items())
    return not isinstance(data, (list, dict, set))


class RoundTrip:
    """``fn`` (a pure function of a JSON object returning a JSON object), memoized per shape.

    ``fn`` may raise: an input that raises is never cached, so the call raises exactly what
    ``fn`` raises. At most ``maxsize`` shapes are kept (the oldest is dropped first).
    ``exposed=False`` says results are only serialized, never handed to a caller, so nested
    containers in them may be shared between calls. ``from_json=True`` says inputs come from
    ``json.loads`` (only JSON types), so their ``repr`` is an exact, cheaper key.
    """

    def __init__(
        self,
        fn: Callable[[dict[str, Any]], dict[str, Any]],
        masks: tuple[Mask, ...],
        *,
        exposed: bool = True,
        from_json: bool = False,
        maxsize: int = 256,
    ) -> None:
        self._fn = fn
        self._masks = masks
        self._in_containers = _containers([m[0] for m in masks])
        self._out_containers = _containers([m[1] for m in masks])
        self._out_container_set = frozenset(self._out_containers)
        self._exposed = exposed
        self._key: Callable[[Any], str] = repr if from_json else _dumps
        self._maxsize = maxsize
        self._cache: dict[str, Any] = {}

    def __call__(self, data: Mapping[str, Any]) -> dict[str, Any]:
        if type(data) is not dict:
            return self._fn(dict(data))
        masked = data
        found: list[tuple[tuple[str, ...], object]] = []
        for in_path, out_path, kind in self._masks:
            value = _get(data, in_path)
            if type(value) is kind:
                if masked is data:
                    masked = _copy_along(data, self._in_containers)
                _put(masked, in_path, _PLACEHOLDER[kind])
                found.append((out_path, value))
        try:
            key = self._key(masked)
        except (TypeError, ValueError):
            return self._fn(data)
        cached = self._cache.get(key)
        if cached is None:
            return self._learn(key, data, masked, found)
        if cached is _NOT_MEMOIZABLE:
            return self._fn(data)
        return self._fill(cached, found)

    def _fill(
        self, template: dict[str, Any], found: list[tuple[tuple[str, ...], object]]
    ) -> dict[str, Any]:
        out = _copy_along(template, self._out_containers)
        for out_path, value in found:
            _put(out, out_path, value)
        return out

    def _learn(
        self,
        key: str,
        data: dict[str, Any],
        masked: dict[str, Any],
        found: list[tuple[tuple[str, ...], object]],
    ) -> dict[str, Any]:
        result = self._fn(data)  # raises for a bad input: nothing is cached then
        try:
            template = self._fn(masked)
            ok = not self._exposed or _only_scalars_off_paths(template, self._out_container_set)
            ok = ok and all(_get(template, path) is not _NOT_MEMOIZABLE for path, _ in found)
            ok = ok and self._fill(template, found) == result
        except Exception:
            ok = False
        if len(self._cache) >= self._maxsize:
            # Another thread (the sync helper's) may be evicting or adding at the same time.
            with contextlib.suppress(StopIteration, RuntimeError):
                self._cache.pop(next(iter(self._cache)), None)
        self._cache[key] = template if ok else _NOT_MEMOIZABLE
        return result
