"""Daily's rate limits shared by every worker through Redis.

Daily counts requests per API key, so workers that share a key must share one count.
:class:`RedisRateLimiter` keeps it in Redis with the same rule as the in-memory limiter: a
request holds a place in its endpoint class's window from its grant until a window after its
answer, and a request that never left gives its place back. Three small Lua scripts do it
atomically (grant, end, pause), stamping every time with Redis's own clock (``TIME``), so the
workers' clocks do not matter and a grant is stamped when it is made, not before a wait for a
pooled connection. A request in flight holds a lease (its window plus ``LEASE`` seconds), so a
worker that dies mid-request cannot hold its place for ever.

Redis keys are ``<key_prefix>:{<scope>/<bucket>}:<part>``, where ``scope`` is a SHA-256 prefix of
the API key: the key itself never reaches Redis, a log line or a repr.

When Redis cannot be reached (socket timeouts of ``socket_timeout`` seconds; a pooled
connection is waited for no longer), a call raises :class:`RateLimiterUnavailableError`; with
``fallback="memory"`` the limiter logs a warning and keeps this process under the limits in
memory, starting from what this process itself sent in the current windows, and tries Redis
again every ``probe_interval`` seconds; once Redis answers, it hands back what it granted
meanwhile and shares the count again. A connection found dead (a Redis restart) is retried
once, transparently.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import importlib.util
import logging
import random
import re
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from ._rate_limit import (
    DAILY_RATE_LIMITS,
    REDIS_SCHEMES,
    RateLimits,
    RateLimitSlot,
    SlidingWindowLimiter,
)
from .errors import DailyError

__all__ = ["RateLimiterUnavailableError", "RedisRateLimiter", "api_key_scope", "redact_url"]

logger = logging.getLogger("daily_helpers")


#: The shortest sleep between two tries of a refused caller, the most random jitter added to
#: a sleep so that refused callers do not wake together, and the longest single sleep (so a
#: place given back early is noticed), in seconds.
MIN_SLEEP = 0.005
JITTER = 0.05
MAX_SLEEP = 1.0
#: Places kept to tell Redis of later, at the most.
MAX_PENDING = 10_000
#: Redis connections per process (and per event loop).
POOL_CONNECTIONS = 16
#: Seconds a request in flight may hold its place beyond its window before Redis frees it
#: (only a worker that died mid-request needs this).
LEASE = 120.0

#: Every script starts from Redis's clock (Unix seconds), never a worker's.
_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS: in flight, ended, pause. ARGV: limit, window (s), lease (s), member.
# Returns {1, ""} when granted, else {0, seconds to wait}.
_GRANT = (
    _NOW
    + """
local paused = tonumber(redis.call('GET', KEYS[3]) or '0')
if paused > now then return {0, tostring(paused - now)} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local window = tonumber(ARGV[2])
if redis.call('ZCARD', KEYS[1]) + redis.call('ZCARD', KEYS[2]) < tonumber(ARGV[1]) then
  local lease = window + tonumber(ARGV[3])
  redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(lease * 1000) + 1000)
  return {1, ''}
end
local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
if first[2] then return {0, tostring(tonumber(first[2]) - now)} end
return {0, tostring(window)}
"""
)

# KEYS: in flight, ended. ARGV: member, sent (1/0), window (s).
_END = (
    _NOW
    + """
redis.call('ZREM', KEYS[1], ARGV[1])
if ARGV[2] == '1' then
  local window = tonumber(ARGV[3])
  redis.call('ZADD', KEYS[2], now + window, ARGV[1])
  redis.call('PEXPIRE', KEYS[2], math.ceil(window * 1000) + 1000)
end
return 1
"""
)

# KEYS: pause. ARGV: seconds.
_PAUSE = (
    _NOW
    + """
local seconds = tonumber(ARGV[1])
if now + seconds > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], tostring(now + seconds), 'PX', math.ceil(seconds * 1000) + 1)
end
return 1
"""
)

# KEYS: in flight, ended. ARGV: window (s), lease (s), then (member, seconds left, or -1 while
# in flight) pairs: places Redis must learn of from this process (granted in memory while it
# was away, or ended when it could not be told).
_RESTORE = (
    _NOW
    + """
local window = tonumber(ARGV[1])
for i = 3, #ARGV, 2 do
  local left = tonumber(ARGV[i + 1])
  redis.call('ZREM', KEYS[1], ARGV[i])
  if left < 0 then
    redis.call('ZADD', KEYS[1], now + window + tonumber(ARGV[2]), ARGV[i])
  else
    redis.call('ZADD', KEYS[2], now + left, ARGV[i])
  end
end
redis.call('PEXPIRE', KEYS[1], math.ceil((window + tonumber(ARGV[2])) * 1000) + 1000)
redis.call('PEXPIRE', KEYS[2], math.ceil(window * 1000) + 1000)
return 1
"""
)


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


class _Scripts:
    """The registered scripts of one Redis client (sync, or async on one event loop)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.grant = client.register_script(_GRANT)
        self.end = client.register_script(_END)
        self.pause = client.register_script(_PAUSE)
        self.restore = client.register_script(_RESTORE)


class RedisRateLimiter:
    """A :class:`~daily_helpers.RateLimiter` shared through Redis (``url``: ``redis://HOST:PORT/DB``).

    ``limits`` are the limits to share (Daily's by default); ``key_prefix`` namespaces the Redis
    keys (e.g. per environment); ``fallback="memory"`` degrades to per-process limits when
    Redis is unreachable instead of raising :class:`RateLimiterUnavailableError`, and returns
    to Redis once it answers (asked every ``probe_interval`` seconds). ``margin``,
    ``socket_timeout`` and ``probe_interval`` are seconds. A helper binds the limiter to its API
    key (keys are scoped by a hash of it), so one limiter object may serve helpers with
    different keys.
    """

    def __init__(
        self,
        url: str,
        *,
        limits: RateLimits = DAILY_RATE_LIMITS,
        key_prefix: str = "daily-helpers",
        fallback: Literal["error", "memory"] = "error",
        margin: float = 0.05,
        socket_timeout: float = 1.0,
        probe_interval: float = 5.0,
        scope: str = "",
    ) -> None:
        if not isinstance(url, str) or not url.startswith(REDIS_SCHEMES):
            raise ValueError("url must be a redis://, rediss:// or redis+unix:// URL")
        if not isinstance(limits, RateLimits):
            raise TypeError("limits must be a RateLimits")
        if fallback not in ("error", "memory"):
            raise ValueError("fallback must be 'error' or 'memory'")
        if margin < 0 or socket_timeout <= 0 or probe_interval <= 0:
            raise ValueError("margin must be >= 0, socket_timeout and probe_interval > 0 (seconds)")
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
        self._probe_interval = probe_interval
        self._scope = scope
        self._lock = threading.Lock()
        self._sync: _Scripts | None = None
        self._async: dict[asyncio.AbstractEventLoop, _Scripts] = {}
        # What this process holds, mirrored in memory: the fallback starts from it.
        self._local = SlidingWindowLimiter(limits, clock=time.time, margin=margin)
        # Places Redis must still be told of (ended while it could not be reached).
        self._pending: list[RateLimitSlot] = []
        self._down_since: float | None = None  # Unix time Redis was found unreachable
        self._next_probe = 0.0
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
        """True while Redis is unreachable and the limiter limits this process in memory."""
        return self._down_since is not None

    def _settings(self) -> dict[str, Any]:
        return {
            "limits": self._limits,
            "key_prefix": self._key_prefix,
            "fallback": self._fallback,
            "margin": self._margin,
            "socket_timeout": self._socket_timeout,
            "probe_interval": self._probe_interval,
            "scope": self._scope,
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # Settings only: each process opens its own connections (pass one to worker processes).
        return (functools.partial(RedisRateLimiter, self._url, **self._settings()), ())

    def for_api_key(self, api_key: str) -> RedisRateLimiter:
        """This limiter's twin for one API key (same Redis, same settings, keys scoped by a
        hash of ``api_key``)."""
        return RedisRateLimiter(self._url, **{**self._settings(), "scope": api_key_scope(api_key)})

    # --- clients, created on first use --------------------------------------------------------

    def _client_options(self) -> dict[str, Any]:
        return {
            "max_connections": POOL_CONNECTIONS,
            # A caller waits for a pooled connection no longer than for an answer: a stalled
            # Redis fails every call in about ``socket_timeout``, not the pool's default.
            "timeout": self._socket_timeout,
            "socket_connect_timeout": self._socket_timeout,
            "socket_timeout": self._socket_timeout,
            # Shows in CLIENT LIST whose connections these are.
            "client_name": re.sub(r"[^A-Za-z0-9_.:-]", "_", f"{self._key_prefix}:rate-limiter"),
        }

    def _sync_scripts(self) -> _Scripts:
        with self._lock:
            if self._sync is None:
                from redis import BlockingConnectionPool, Redis
                from redis.backoff import NoBackoff
                from redis.exceptions import ConnectionError as RedisConnectionError
                from redis.retry import Retry

                pool = BlockingConnectionPool.from_url(
                    self._url.replace("redis+unix://", "unix://"), **self._client_options()
                )
                # One transparent retry on a dead connection (a restarted Redis); none on a
                # timeout, which would double the wait on a stalled one.
                retry = Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,))
                self._sync = _Scripts(Redis(connection_pool=pool, retry=retry))
            return self._sync

    def _async_scripts(self) -> _Scripts:
        # redis-py's asyncio connections belong to one event loop: one client per loop.
        loop = asyncio.get_running_loop()
        scripts = self._async.get(loop)
        if scripts is None:
            from redis.asyncio import BlockingConnectionPool, Redis
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff
            from redis.exceptions import ConnectionError as RedisConnectionError

            pool = BlockingConnectionPool.from_url(
                self._url.replace("redis+unix://", "unix://"), **self._client_options()
            )
            retry = Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,))
            scripts = _Scripts(Redis(connection_pool=pool, retry=retry))
            self._async = {lp: s for lp, s in self._async.items() if not lp.is_closed()}
            self._async[loop] = scripts
        return scripts

    def close(self) -> None:
        """Close this limiter's sync Redis connections (async ones: :meth:`aclose`)."""
        with self._lock:
            scripts, self._sync = self._sync, None
        if scripts is not None:
            scripts.client.close()
            scripts.client.connection_pool.disconnect()  # ours: the client does not close it

    async def aclose(self) -> None:
        """Close the Redis connections of the running event loop (and the sync ones)."""
        scripts = self._async.pop(asyncio.get_running_loop(), None)
        if scripts is not None:
            await scripts.client.aclose()
            await scripts.client.connection_pool.disconnect()
        self.close()

    # --- the decisions shared by both faces ---------------------------------------------------

    def _keys(self, bucket: str) -> list[str]:
        base = f"{self._key_prefix}:{{{self._scope}/{bucket}}}"
        return [f"{base}:inflight", f"{base}:ended", f"{base}:pause"]

    def _window(self, bucket: str) -> float:
        return self._limits.as_mapping()[bucket].per_seconds + self._margin

    def _grant_args(self, bucket: str, member: str) -> list[Any]:
        return [self._limits.as_mapping()[bucket].requests, self._window(bucket), LEASE, member]

    def _wait(self, seconds: float) -> float:
        """Seconds to sleep after a refusal that said ``seconds``, with jitter, bounded."""
        return min(max(MIN_SLEEP, seconds) + JITTER * self.rng(), MAX_SLEEP)

    def _granted(self, bucket: str, member: str) -> RateLimitSlot:
        slot = self._local.occupy(bucket)
        slot.key = member
        return slot

    def _redis_failed(self, exc: Exception) -> None:
        """Switch to the in-memory fallback, or raise the typed error without one."""
        reason = type(exc).__name__
        where = redact_url(self._url)
        if self._fallback != "memory":
            raise RateLimiterUnavailableError(
                f"the Redis rate limiter at {where} is unreachable ({reason}); "
                "no request was sent. Pass RedisRateLimiter(..., fallback='memory') to keep "
                "going with per-process limits instead."
            ) from None
        with self._lock:
            self._next_probe = time.time() + self._probe_interval
            if self._down_since is None:
                self._down_since = time.time()
                logger.warning(
                    "Redis rate limiter at %s is unreachable (%s): falling back to in-memory "
                    "rate limits for this process (starting from what it sent); workers no "
                    "longer share Daily's limits until Redis answers again",
                    where,
                    reason,
                )

    def _should_probe(self) -> bool:
        """While in fallback: whether this caller should try Redis again (one at a time)."""
        with self._lock:
            if self._down_since is None:
                return True
            if time.time() < self._next_probe:
                return False
            self._next_probe = time.time() + self._probe_interval
            return True

    def _restore_args(self, bucket: str) -> tuple[list[Any], list[RateLimitSlot]] | None:
        """What Redis must learn of ``bucket`` from this process before a grant (the script's
        arguments, and the places they tell of): after an outage every place it holds, and
        places that ended while Redis could not be told; ``None`` when there is nothing."""
        now = time.time()
        window = self._window(bucket)
        with self._lock:
            slots = [s for s in self._pending if s.bucket == bucket]
        if self._down_since is not None:
            # Redis may have lost its data (a restart): tell it every place this process holds.
            slots += [s for s in self._local.slots_of(bucket) if s not in slots]
        if not slots:
            return None
        args: list[Any] = [window, LEASE]
        for slot in slots:
            slot.key = slot.key or uuid.uuid4().hex
            if slot.ended_at is None:
                args += [slot.key, -1 if not slot.released else 0]
            else:
                args += [slot.key, max(0.0, slot.ended_at + window - now)]
        return args, slots

    def _told(self, slots: list[RateLimitSlot]) -> None:
        with self._lock:
            self._pending = [s for s in self._pending if s not in slots]

    def _forget(self, bucket: str, member: str) -> None:
        """A grant whose answer never reached us (an error or a cancellation on the way back):
        Redis may hold it, so it is handed back with the next call that reaches Redis."""
        lost = RateLimitSlot(bucket, time.time(), key=member)
        lost.released = True
        self._tell_later(lost)

    def _tell_later(self, slot: RateLimitSlot) -> None:
        with self._lock:
            # Bounded: in a long outage the oldest go, and Redis frees them when leases end.
            self._pending = [*self._pending[-(MAX_PENDING - 1) :], slot]

    def _recovered(self) -> None:
        with self._lock:
            down_for = time.time() - (self._down_since or time.time())
            self._down_since = None
        logger.warning(
            "Redis rate limiter at %s answers again after %.1f s: sharing Daily's limits again",
            redact_url(self._url),
            down_for,
        )

    @staticmethod
    def _errors() -> tuple[type[Exception], ...]:
        from redis.exceptions import RedisError

        return (RedisError, OSError)

    # --- the RateLimiter protocol -------------------------------------------------------------

    def acquire(self, bucket: str, sleep: Callable[[float], None]) -> RateLimitSlot:
        """Block (through ``sleep``, seconds) until Redis grants a request of ``bucket``."""
        errors = self._errors()
        while True:
            if not self._should_probe():
                return self._local.acquire(bucket, sleep)
            member = uuid.uuid4().hex
            try:
                scripts = self._sync_scripts()
                restore = self._restore_args(bucket)
                if restore is not None:
                    scripts.restore(keys=self._keys(bucket)[:2], args=restore[0])
                    self._told(restore[1])
                if self.using_fallback:
                    self._recovered()
                granted, wait = scripts.grant(
                    keys=self._keys(bucket), args=self._grant_args(bucket, member)
                )
            except errors as exc:
                self._forget(bucket, member)
                self._redis_failed(exc)
                continue
            except BaseException:
                self._forget(bucket, member)
                raise
            if granted:
                return self._granted(bucket, member)
            sleep(self._wait(float(wait)))

    async def acquire_async(
        self, bucket: str, sleep: Callable[[float], Awaitable[None]]
    ) -> RateLimitSlot:
        """Wait (through ``sleep``, seconds) until Redis grants a request of ``bucket``."""
        errors = self._errors()
        while True:
            if not self._should_probe():
                return await self._local.acquire_async(bucket, sleep)
            member = uuid.uuid4().hex
            try:
                scripts = self._async_scripts()
                restore = self._restore_args(bucket)
                if restore is not None:
                    await scripts.restore(keys=self._keys(bucket)[:2], args=restore[0])
                    self._told(restore[1])
                if self.using_fallback:
                    self._recovered()
                granted, wait = await scripts.grant(
                    keys=self._keys(bucket), args=self._grant_args(bucket, member)
                )
            except errors as exc:
                self._forget(bucket, member)
                self._redis_failed(exc)
                continue
            except BaseException:  # cancelled: Redis may have granted it all the same
                self._forget(bucket, member)
                raise
            if granted:
                return self._granted(bucket, member)
            await sleep(self._wait(float(wait)))

    def _end_args(self, slot: RateLimitSlot, sent: bool) -> list[Any]:
        return [slot.key, 1 if sent else 0, self._window(slot.bucket)]

    def _ended(self, slot: RateLimitSlot, sent: bool) -> bool:
        """Count the end in this process; whether Redis is to be told now (else later)."""
        self._local.release(slot, sent=sent)
        if slot.key and self.using_fallback:
            self._tell_later(slot)
            return False
        return bool(slot.key)

    def release(self, slot: RateLimitSlot, *, sent: bool) -> None:
        """The request ended (``sent``: it may have reached Daily)."""
        if self._ended(slot, sent):
            try:
                end = self._sync_scripts().end
                end(keys=self._keys(slot.bucket)[:2], args=self._end_args(slot, sent))
            except self._errors():
                self._tell_later(slot)

    async def release_async(self, slot: RateLimitSlot, *, sent: bool) -> None:
        if self._ended(slot, sent):
            try:
                end = self._async_scripts().end
                await end(keys=self._keys(slot.bucket)[:2], args=self._end_args(slot, sent))
            except self._errors():
                self._tell_later(slot)

    def pause(self, bucket: str, seconds: float) -> None:
        """Hold every worker's requests of ``bucket`` for ``seconds`` (after a 429)."""
        self._local.pause(bucket, seconds)
        if not self.using_fallback:
            try:
                self._sync_scripts().pause(keys=self._keys(bucket)[2:], args=[seconds])
            except self._errors():
                pass  # the next grant finds out, and falls back or raises

    async def pause_async(self, bucket: str, seconds: float) -> None:
        self._local.pause(bucket, seconds)
        if not self.using_fallback:
            try:
                await self._async_scripts().pause(keys=self._keys(bucket)[2:], args=[seconds])
            except self._errors():
                pass  # the next grant finds out
