"""The rate limiter a helper's ``rate_limits=`` argument names."""

from __future__ import annotations

from collections.abc import Callable

from ._rate_limit import (
    DAILY_RATE_LIMITS,
    REDIS_SCHEMES,
    RateLimiter,
    RateLimits,
    SlidingWindowLimiter,
)

__all__ = ["make_rate_limiter"]


def make_rate_limiter(
    rate_limits: object, *, clock: Callable[[], float], api_key: str = ""
) -> tuple[RateLimiter | None, bool]:
    """The limiter for ``rate_limits``, and whether the helper owns it (and so closes it):
    ``"daily"``, ``None`` (off), a :class:`RateLimits`, ``"redis://HOST:PORT/DB"`` (Daily's
    limits shared through Redis, scoped by a hash of ``api_key``), or any :class:`RateLimiter`
    (one with a ``for_api_key(api_key)`` method, such as ``RedisRateLimiter``, is bound to the
    key: the bound twin belongs to the helper)."""
    if rate_limits is None:
        return None, False
    if rate_limits == "daily":
        return SlidingWindowLimiter(DAILY_RATE_LIMITS, clock=clock), True
    if isinstance(rate_limits, RateLimits):
        return SlidingWindowLimiter(rate_limits, clock=clock), True
    if isinstance(rate_limits, str) and rate_limits.startswith(REDIS_SCHEMES):
        from ._redis_limiter import RedisRateLimiter

        return RedisRateLimiter(rate_limits).for_api_key(api_key), True
    if isinstance(rate_limits, RateLimiter):
        bind = getattr(rate_limits, "for_api_key", None)
        if callable(bind):
            return bind(api_key), True
        return rate_limits, False
    raise TypeError(
        "rate_limits must be 'daily', None, a RateLimits, a redis:// URL or a RateLimiter, "
        f"not {type(rate_limits).__name__}"
    )
