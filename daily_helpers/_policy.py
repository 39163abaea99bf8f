"""The retry policy: when to retry, and how long to wait first. Everything about 429 is here.

Pure decisions; the helpers do the waiting, so one policy object serves the async and the
sync helper. Rate limiting is in :mod:`daily_helpers._rate_limit`.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import attrs
from attrs import field
from attrs.validators import ge, instance_of

__all__ = ["RetryPolicy", "RetrySafety", "parse_retry_after"]


class RetrySafety(enum.Enum):
    """How safe it is to send an operation again after a failure we cannot see through."""

    #: Repeating it changes nothing (GET, DELETE, room update, minting a token).
    IDEMPOTENT = "idempotent"
    #: Repeating it may do it twice (room creation): retried only when Daily surely did
    #: not act (429, or a connection that failed before the request was sent).
    UNSAFE = "unsafe"


_TRANSIENT_STATUSES = frozenset({502, 503, 504})


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """When to retry, and how long to wait first (seconds).

    429 is retried up to ``max_rate_limit_retries`` times, a budget of its own (Daily did not
    process a refused request), honouring ``Retry-After`` up to ``retry_after_cap``, else after
    :meth:`backoff`. Up to ``max_retries`` times: 502/503/504, timeouts and dropped connections
    for idempotent operations, and a connection that failed before sending for every
    operation. Other 4xx and 500 never are.
    """

    max_retries: int = field(default=2, validator=[instance_of(int), ge(0)])
    max_rate_limit_retries: int = field(default=6, validator=[instance_of(int), ge(0)])
    backoff_base: float = field(default=0.5, validator=ge(0))
    backoff_cap: float = field(default=8.0, validator=ge(0))
    retry_after_cap: float = field(default=30.0, validator=ge(0))
    rng: Callable[[], float] = field(default=random.random, repr=False, eq=False)

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter for retry number ``attempt`` (0-based), seconds."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0**attempt)
        return ceiling / 2 + float(self.rng()) * ceiling / 2

    def rate_limit_delay(self, throttled: int, retry_after: float | None) -> float:
        """Seconds to hold off after the ``throttled``-th (0-based) 429 in a row of one call:
        Daily's ``Retry-After`` (capped), else :meth:`backoff`."""
        if retry_after is not None:
            return min(retry_after, self.retry_after_cap)
        return self.backoff(throttled)

    def delay_after_status(
        self, *, attempt: int, status_code: int, retry_after: float | None, safety: RetrySafety
    ) -> float | None:
        """Seconds to wait before retrying after an error status, or ``None``: do not retry.
        ``attempt`` counts the earlier retries of the same budget: 429s for a 429, every other
        failure otherwise."""
        if status_code == 429:
            if attempt >= self.max_rate_limit_retries:
                return None
            return self.rate_limit_delay(attempt, retry_after)
        if attempt >= self.max_retries:
            return None
        if status_code in _TRANSIENT_STATUSES and safety is RetrySafety.IDEMPOTENT:
            return self.backoff(attempt)
        return None

    def delay_after_connection_error(
        self, *, attempt: int, sent: bool, safety: RetrySafety
    ) -> float | None:
        """Seconds to wait before retrying after a transport failure, or ``None``."""
        if attempt >= self.max_retries:
            return None
        if sent and safety is not RetrySafety.IDEMPOTENT:
            return None
        return self.backoff(attempt)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """``Retry-After`` (delta seconds or an HTTP date) as seconds from ``now`` (Unix time)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)
