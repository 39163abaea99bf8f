"""The fake's clock: a source (the real clock, or a test's) that tests can move or stop."""

from __future__ import annotations

import math
from collections.abc import Callable

__all__ = ["FakeClock", "seconds"]


def seconds(name: str, value: object, *, minimum: float = 0.0) -> float:
    """``value`` as a finite number of seconds >= ``minimum``, or a ValueError/TypeError
    naming ``name`` (the control API shows these messages as they are)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value) or value < minimum:
        raise ValueError(f"{name} must be a finite number >= {minimum:g}, not {value!r}")
    return float(value)


class FakeClock:
    """Unix seconds from ``source``, shifted by every :meth:`advance`. After :meth:`set` it
    stands still (moving only with :meth:`advance`) until :meth:`restore`, so expiry tests
    over HTTP see exact times however long the requests take."""

    def __init__(self, source: Callable[[], float]) -> None:
        self._source = source
        self._offset = 0.0
        self._stopped_at: float | None = None

    def __call__(self) -> float:
        if self._stopped_at is not None:
            return self._stopped_at
        return self._source() + self._offset

    @property
    def running(self) -> bool:
        return self._stopped_at is None

    def advance(self, by: float) -> None:
        by = seconds("advance", by)
        if self._stopped_at is not None:
            self._stopped_at += by
        else:
            self._offset += by

    def set(self, unix_seconds: float) -> None:
        self._stopped_at = seconds("set", unix_seconds)

    def restore(self) -> None:
        """Back to the source, unshifted and running."""
        self._offset = 0.0
        self._stopped_at = None
