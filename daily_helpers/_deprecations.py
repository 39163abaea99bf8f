"""Room properties the spec marks ``deprecated: true``: still read from answers, but sending
one warns (:class:`DeprecationWarning`), as Daily may ignore or refuse it. The spec is the one
list (through :mod:`daily_helpers._spec_schemas`); this module adds why."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Mapping
from typing import Any

from ._spec_schemas import SCHEMAS

__all__ = ["DEPRECATED_ROOM_PROPERTIES", "warn_deprecated_room_properties"]

_WHY: Mapping[str, str] = {
    "owner_only_broadcast": (
        "Daily removed it from the API in February 2026 (its Ruby client's changelog)"
    ),
}
#: Each deprecated room property (``deprecated: true`` in ``openapi/daily.yaml``) and why.
DEPRECATED_ROOM_PROPERTIES: Mapping[str, str] = {
    name: _WHY.get(name, "the spec marks it deprecated")
    for name, schema in SCHEMAS["RoomProperties"]["properties"].items()
    if schema.get("deprecated")
}


def warn_deprecated_room_properties(properties: Mapping[str, Any]) -> None:
    """Warn once per deprecated property about to be sent (``None``, a reset, included)."""
    for name, why in DEPRECATED_ROOM_PROPERTIES.items():
        if name in properties:
            warnings.warn(
                f"room property {name!r} is deprecated: {why}; Daily may ignore it",
                DeprecationWarning,
                stacklevel=_caller_level(),
            )


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this package: the warning names the
    caller's line, however deep the call building is."""
    level = 2  # warn_deprecated_room_properties' caller
    frame = sys._getframe(level)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(
        "daily_helpers."
    ):
        frame = frame.f_back
        level += 1
    return level
