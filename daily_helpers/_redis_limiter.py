"""Daily's rate limits shared by every worker through Redis, on the ``limits`` library.

Daily counts requests per API key, so workers that share a key must share one count.
:class:`RedisRateLimiter` keeps it in Redis with ``limits``' *moving window* strategy (an
atomic Lua script per request: "at most N timestamps in the last W seconds"): the sync helper
uses ``limits``' sync storage, the async helper ``limits.aio`` (redis-py's asyncio client).
Redis keys are ``<key_prefix>:<namespace>/<scope>/<bucket>/...``, where ``scope`` is a
SHA-256 prefix of the API key: the key itself never reaches Redis, a log line or a repr.

How it stays under Daily's limits:

* Windows are whole seconds in ``limits``; Daily's are exactly that (100 per 5 s, 50 room
  deletes per 30 s). A fractional window is rounded *up* (slower, never over).
* ``limits`` answers yes/no. A refused caller reads the window's reset time (when its oldest
  request leaves the window, Unix seconds) and sleeps until then plus ``margin`` plus a random
  jitter of up to 50 ms before asking again, so a refused burst neither polls nor wakes as
  one herd; every retry sleeps at least 5 ms, so it cannot spin.
* The count uses each worker's clock and the time it asked; Daily uses its clock and the
  time a request arrived. ``margin`` (default 0.5 s) absorbs the difference: a worker's
  first requests are slower than later ones (new connections), a burst queues at the
  server, latency varies, and machines' clocks differ (keep them on NTP). It costs about
  ``margin`` per full window of waiting: four workers bursting 600 requests under 100 per
  5 s take about 28 s instead of the ideal 25 s. Lower it only for steady, warm traffic.

When Redis cannot be reached (socket timeouts of ``socket_timeout`` seconds, no retries),
a call raises :class:`RateLimiterUnavailableError` instead of hanging; with
``fallback="memory"`` the limiter instead logs one warning on the ``daily_helpers`` logger and
keeps this process under the limits alone, in memory, from then on.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import importlib.util
import logging
import math
import random
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit, urlunsplit

from ._policy import DAILY_RATE_LIMITS, Limit, RateLimits, SlidingWindowLimiter
from .errors import DailyError

if TYPE_CHECKING:
    from limits import RateLimitItem
    from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
    from limits.strategies import MovingWindowRateLimiter

__all__ = ["RateLimiterUnavailableError", "RedisRateLimiter", "api_key_scope", "redact_url"]

logger = logging.getLogger("daily_helpers")

#: URL schemes ``rate_limits=`` reads as a Redis limiter.
REDIS_SCHEMES = ("redis://", "rediss://", "redis+unix://")

#: The shortest sleep between two tries of a refused caller, and the most random jitter
#: added to a sleep so that refused callers do not wake together (seconds).
MIN_SLEEP = 0.005
JITTER = 0.05
#: Redis connections per process (and per event loop), and how long a caller may wait for
#: one (seconds) when all are busy.
POOL_CONNECTIONS = 16
POOL_WAIT = 10.0


class RateLimiterUnavailableError(DailyError):
    """The shared (Redis) rate limiter could not be reached; no request was sent."""


def api_key_scope(api_key: str) -> str:
    """The part of a Redis key that stands for an API key: a SHA-256 prefix, never the key."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (safe to log)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _item(limit: Limit, namespace: str) -> RateLimitItem:
    from limits import RateLimitItemPerSecond

    whole_seconds = max(1, math.ceil(limit.per_seconds - 1e-9))
    return RateLimitItemPerSecond(limit.requests, whole_seconds, namespace=namespace)


class RedisRateLimiter:
    """A :class:`~daily_helpers.RateLimiter` shared through Redis (``url``: ``redis://HOST:PORT/DB``).

    ``limits`` are the limits to share (Daily's by default); ``key_prefix`` namespaces the Redis
    keys (e.g. per environment); ``fallback="memory"`` degrades to per-process limits when
    Redis is unreachable instead of raising :class:`RateLimiterUnavailableError`. ``margin``
    and ``socket_timeout`` are seconds. A helper binds the limiter to its API key (keys are
    scoped by a hash of it), so one limiter object may serve helpers with different keys.
    """

    def __init__(
        self,
        url: str,
        *,
        limits: RateLimits = DAILY_RATE_LIMITS,
        key_prefix: str = "daily-helpers",
        fallback: Literal["error", "memory"] = "error",
        margin: float = 0.5,
        socket_timeout: float = 1.0,
        scope: str = "",
    ) -> None:
        if not isinstance(url, str) or not url.startswith(REDIS_SCHEMES):
            raise ValueError("url must be a redis://, rediss:// or redis+unix:// URL")
        if not isinstance(limits, RateLimits):
            raise TypeError("limits must be a RateLimits")
        if fallback not in ("error", "memory"):
            raise ValueError("fallback must be 'error' or 'memory'")
        if margin < 0 or socket_timeout <= 0:
            raise ValueError("margin must be >= 0 and socket_timeout > 0 (seconds)")
        if importlib.util.find_spec("redis") is None:
            raise ImportError(
                "a Redis rate limiter needs the redis client: pip install 'daily-helpers[redis]'"
            )
        self._url = url
        self._limits = limits
        self._key_prefix = key_prefix
        self._fallback = fallback
        self._margin = margin
        self._socket_timeout = socket_timeout
        self._scope = scope
        self._items = {name: _item(limit, "rl") for name, limit in limits.as_mapping().items()}
        self._lock = threading.Lock()
        self._sync: MovingWindowRateLimiter | None = None
        self._async: dict[asyncio.AbstractEventLoop, AsyncMovingWindow] = {}
        self._memory: SlidingWindowLimiter | None = None
        self.rng: Callable[[], float] = random.random

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter({redact_url(self._url)!r}, key_prefix={self._key_prefix!r}, "
            f"fallback={self._fallback!r})"
        )

    @property
    def limits(self) -> RateLimits:
        return self._limits

    @property
    def using_fallback(self) -> bool:
        """True once Redis failed and the limiter fell back to in-memory limits."""
        return self._memory is not None

    def _settings(self) -> dict[str, Any]:
        return {
            "limits": self._limits,
            "key_prefix": self._key_prefix,
            "fallback": self._fallback,
            "margin": self._margin,
            "socket_timeout": self._socket_timeout,
            "scope": self._scope,
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # Settings only: each process opens its own connections (pass one to worker processes).
        return (functools.partial(RedisRateLimiter, self._url, **self._settings()), ())

    def for_api_key(self, api_key: str) -> RedisRateLimiter:
        """This limiter's twin for one API key (same Redis, same settings, keys scoped by a
        hash of ``api_key``)."""
        return RedisRateLimiter(self._url, **{**self._settings(), "scope": api_key_scope(api_key)})

    # --- backends, created on first use -----------------------------------------------------

    def _pool_options(self) -> dict[str, Any]:
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # A bounded pool that waits for a free connection: a burst of callers shares a few
        # connections instead of failing at redis-py's default cap of 100.
        return {
            "max_connections": POOL_CONNECTIONS,
            "timeout": POOL_WAIT,
            "socket_connect_timeout": self._socket_timeout,
            "socket_timeout": self._socket_timeout,
            "retry": Retry(NoBackoff(), 0),
        }

    def _sync_strategy(self) -> MovingWindowRateLimiter:
        with self._lock:
            if self._sync is None:
                from limits.storage import RedisStorage
                from limits.strategies import MovingWindowRateLimiter
                from redis import BlockingConnectionPool

                pool = BlockingConnectionPool.from_url(
                    self._url.replace("redis+unix://", "unix://"), **self._pool_options()
                )
                storage = RedisStorage(
                    self._url, pool, key_prefix=self._key_prefix, wrap_exceptions=True
                )
                self._sync = MovingWindowRateLimiter(storage)
            return self._sync

    def _async_strategy(self) -> AsyncMovingWindow:
        # redis-py's asyncio connections belong to one event loop: one client per loop.
        loop = asyncio.get_running_loop()
        strategy = self._async.get(loop)
        if strategy is None:
            from limits.aio.storage import RedisStorage
            from limits.aio.strategies import MovingWindowRateLimiter
            from redis.asyncio import BlockingConnectionPool

            pool = BlockingConnectionPool.from_url(
                self._url.replace("redis+unix://", "unix://"), **self._pool_options()
            )
            storage = RedisStorage(
                f"async+{self._url}",
                implementation="redispy",
                key_prefix=self._key_prefix,
                wrap_exceptions=True,
                connection_pool=pool,  # type: ignore[arg-type]  # limits passes it on
            )
            strategy = MovingWindowRateLimiter(storage)
            self._async = {lp: s for lp, s in self._async.items() if not lp.is_closed()}
            self._async[loop] = strategy
        return strategy

    # --- the decisions shared by both faces ---------------------------------------------------

    def _wait(self, reset_time: float, bucket: str) -> float:
        """Seconds to sleep after a refusal, given the window's reset time (Unix seconds)."""
        longest = self._items[bucket].get_expiry() + self._margin
        until = min(max(reset_time - time.time(), 0.0), longest)
        return max(MIN_SLEEP, until + self._margin + JITTER * self.rng())

    def _unavailable(self, exc: Exception) -> SlidingWindowLimiter:
        """The in-memory fallback, or the typed error when the user did not opt in."""
        reason = type(exc.__cause__ or exc).__name__
        where = redact_url(self._url)
        if self._fallback != "memory":
            raise RateLimiterUnavailableError(
                f"the Redis rate limiter at {where} is unreachable ({reason}); "
                "no request was sent. Pass RedisRateLimiter(..., fallback='memory') to keep "
                "going with per-process limits instead."
            ) from None
        with self._lock:
            if self._memory is None:
                logger.warning(
                    "Redis rate limiter at %s is unreachable (%s): falling back to in-memory "
                    "rate limits for this process; workers no longer share Daily's limits",
                    where,
                    reason,
                )
                self._memory = SlidingWindowLimiter(self._limits, clock=time.time)
            return self._memory

    # --- the RateLimiter protocol -------------------------------------------------------------

    def acquire(self, bucket: str, sleep: Callable[[float], None]) -> None:
        """Block (through ``sleep``, seconds) until Redis grants a request of ``bucket``."""
        from limits.errors import StorageError

        item = self._items[bucket]
        while (memory := self._memory) is None:
            try:
                strategy = self._sync_strategy()
                if strategy.hit(item, self._scope, bucket):
                    return
                reset = strategy.get_window_stats(item, self._scope, bucket).reset_time
            except StorageError as exc:
                memory = self._unavailable(exc)
                break
            sleep(self._wait(reset, bucket))
        memory.acquire(bucket, sleep)

    async def acquire_async(self, bucket: str, sleep: Callable[[float], Awaitable[None]]) -> None:
        """Wait (through ``sleep``, seconds) until Redis grants a request of ``bucket``."""
        from limits.errors import StorageError

        item = self._items[bucket]
        while (memory := self._memory) is None:
            try:
                strategy = self._async_strategy()
                if await strategy.hit(item, self._scope, bucket):
                    return
                stats = await strategy.get_window_stats(item, self._scope, bucket)
            except StorageError as exc:
                memory = self._unavailable(exc)
                break
            await sleep(self._wait(stats.reset_time, bucket))
        await memory.acquire_async(bucket, sleep)
