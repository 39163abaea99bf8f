"""Client-side rate limits: Daily's limits as values, the limiter protocol, and the in-memory
limiter. The Redis-shared limiter is in :mod:`daily_helpers._redis_limiter`.

Daily counts a request when it arrives, somewhere between the moment we send it and the moment
its answer reaches us. So a request holds its place in the window from the moment it is granted
until a whole window after its answer (or failure) arrived: whatever the delay on the way, no
window as Daily sees it can hold more than the limit. A request that never left (cancelled
while waiting, or a connection that failed before sending) gives its place back at once.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import Protocol, runtime_checkable

import attrs
from attrs import field
from attrs.validators import gt, instance_of

__all__ = [
    "DAILY_RATE_LIMITS",
    "REDIS_SCHEMES",
    "Limit",
    "RateLimitSlot",
    "RateLimiter",
    "RateLimits",
    "SlidingWindowLimiter",
]


@attrs.frozen
class Limit:
    """At most ``requests`` in any window of ``per_seconds`` seconds."""

    requests: int = field(validator=[instance_of(int), gt(0)])
    per_seconds: float = field(validator=gt(0))


@attrs.frozen(kw_only=True)
class RateLimits:
    """One :class:`Limit` per endpoint class: ``general``, and ``room_delete``
    (``DELETE /rooms/{name}``)."""

    general: Limit
    room_delete: Limit

    def scaled(self, factor: float) -> RateLimits:
        """The same limits with windows ``factor`` times shorter (for tests and benchmarks)."""
        return RateLimits(
            general=Limit(self.general.requests, self.general.per_seconds / factor),
            room_delete=Limit(self.room_delete.requests, self.room_delete.per_seconds / factor),
        )

    def as_mapping(self) -> Mapping[str, Limit]:
        return {"general": self.general, "room_delete": self.room_delete}


#: Daily's documented limits: 100 requests per 5 s; 50 room deletes per 30 s.
DAILY_RATE_LIMITS = RateLimits(general=Limit(100, 5.0), room_delete=Limit(50, 30.0))


class RateLimitSlot:
    """One request's place in its endpoint class's window, from grant until a window after its
    answer. ``ended_at`` is ``None`` while the request is in flight (Unix seconds)."""

    __slots__ = ("bucket", "ended_at", "granted_at", "key", "released")

    def __init__(self, bucket: str, granted_at: float, key: str = "") -> None:
        self.bucket = bucket
        self.granted_at = granted_at
        self.ended_at: float | None = None
        self.released = False
        self.key = key

    def __repr__(self) -> str:
        return (
            f"RateLimitSlot({self.bucket!r}, granted_at={self.granted_at}, "
            f"ended_at={self.ended_at})"
        )


@runtime_checkable
class RateLimiter(Protocol):
    """Grants a request of an endpoint class a place in the window, and is told when it ended.
    Sync and async faces; ``sleep`` (seconds) is how the caller waits."""

    def acquire(self, bucket: str, sleep: Callable[[float], None]) -> RateLimitSlot: ...

    async def acquire_async(
        self, bucket: str, sleep: Callable[[float], Awaitable[None]]
    ) -> RateLimitSlot: ...

    def release(self, slot: RateLimitSlot, *, sent: bool) -> None:
        """The request ended: its answer (or failure) arrived, or it was never sent."""

    async def release_async(self, slot: RateLimitSlot, *, sent: bool) -> None: ...

    def pause(self, bucket: str, seconds: float) -> None:
        """Daily answered 429: grant nothing of ``bucket`` for ``seconds``."""

    async def pause_async(self, bucket: str, seconds: float) -> None: ...


@attrs.define
class _Window:
    limit: Limit
    span: float  # seconds a finished request stays counted: the window plus the margin
    slots: list[RateLimitSlot] = attrs.Factory(list)
    waiters: deque[object] = attrs.Factory(deque)
    paused_until: float = 0.0

    def prune(self, now: float) -> None:
        span = self.span
        self.slots = [s for s in self.slots if s.ended_at is None or s.ended_at + span > now]


class SlidingWindowLimiter:
    """In-memory limiter: at most N requests in any window of W seconds, per endpoint class,
    counting each from its grant until W after its answer. Thread-safe; shared by every call
    of a helper (async tasks and threads alike).

    Waiting callers are served in arrival order. Each sleeps until the place it queues for
    frees (known once the request holding it has been answered), or for at most ``max_wait``
    seconds, to notice places given back early. ``margin`` (seconds) is added to every window.
    """

    def __init__(
        self,
        limits: RateLimits,
        *,
        clock: Callable[[], float],
        margin: float = 0.05,
        max_wait: float = 1.0,
    ) -> None:
        if margin < 0 or max_wait <= 0:
            raise ValueError("margin must be >= 0 and max_wait > 0 (seconds)")
        self._limits = limits
        self._clock = clock
        self._max_wait = max_wait
        self._windows = {
            name: _Window(limit, limit.per_seconds + margin)
            for name, limit in limits.as_mapping().items()
        }
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({dict(self._limits.as_mapping())!r})"

    @property
    def limits(self) -> RateLimits:
        return self._limits

    # --- decisions, shared by both faces -------------------------------------------------

    def _attempt(self, window: _Window, ticket: object, bucket: str) -> RateLimitSlot | float:
        """A slot for the waiter holding ``ticket``, or the seconds to sleep before asking
        again."""
        with self._lock:
            now = self._clock()
            if now < window.paused_until:
                return min(window.paused_until - now, self._max_wait)
            window.prune(now)
            free = window.limit.requests - len(window.slots)
            ahead = window.waiters.index(ticket)
            if ahead < free:
                window.waiters.remove(ticket)
                slot = RateLimitSlot(bucket, now)
                window.slots.append(slot)
                return slot
            # The places that free first are those of answered requests, in order; one in
            # flight frees a whole window after its answer, so at least a window from now.
            frees = sorted(s.ended_at for s in window.slots if s.ended_at is not None)
            nth = ahead - free
            wait = frees[nth] + window.span - now if nth < len(frees) else window.span
            return min(max(wait, 0.001), self._max_wait)

    def _acquiring(self, bucket: str) -> Generator[float, None, RateLimitSlot]:
        """Yields the seconds to sleep until a slot of ``bucket`` is granted, then returns it;
        closing it early (a cancelled caller) leaves the queue."""
        window = self._windows[bucket]
        ticket = object()
        with self._lock:
            window.waiters.append(ticket)
        try:
            while True:
                granted = self._attempt(window, ticket, bucket)
                if isinstance(granted, RateLimitSlot):
                    return granted
                yield granted
        finally:
            with self._lock, contextlib.suppress(ValueError):
                window.waiters.remove(ticket)

    def slots_of(self, bucket: str) -> list[RateLimitSlot]:
        """The requests of ``bucket`` that count against its limit now."""
        with self._lock:
            window = self._windows[bucket]
            window.prune(self._clock())
            return list(window.slots)

    def occupy(self, bucket: str, *, ended_at: float | None = None) -> RateLimitSlot:
        """Count a request that was granted elsewhere (e.g. by Redis) without waiting."""
        with self._lock:
            slot = RateLimitSlot(bucket, self._clock())
            slot.ended_at = ended_at
            self._windows[bucket].slots.append(slot)
            return slot

    # --- the RateLimiter protocol ----------------------------------------------------------

    def acquire(self, bucket: str, sleep: Callable[[float], None]) -> RateLimitSlot:
        """Block (through ``sleep``, seconds) until a request of ``bucket`` may be sent."""
        with contextlib.closing(self._acquiring(bucket)) as waits:
            try:
                while True:
                    sleep(next(waits))
            except StopIteration as granted:
                return granted.value  # type: ignore[no-any-return]

    async def acquire_async(
        self, bucket: str, sleep: Callable[[float], Awaitable[None]]
    ) -> RateLimitSlot:
        """Wait (through ``sleep``, seconds) until a request of ``bucket`` may be sent."""
        with contextlib.closing(self._acquiring(bucket)) as waits:
            try:
                while True:
                    await sleep(next(waits))
            except StopIteration as granted:
                return granted.value  # type: ignore[no-any-return]

    def release(self, slot: RateLimitSlot, *, sent: bool) -> None:
        """A request ended: counted until a window from now if it was sent, else given back."""
        with self._lock:
            if slot.released:
                return
            slot.released = True
            if sent:
                slot.ended_at = self._clock()
                return
            with contextlib.suppress(ValueError):
                self._windows[slot.bucket].slots.remove(slot)

    async def release_async(self, slot: RateLimitSlot, *, sent: bool) -> None:
        self.release(slot, sent=sent)

    def pause(self, bucket: str, seconds: float) -> None:
        """Grant nothing of ``bucket`` for ``seconds`` (after a 429)."""
        with self._lock:
            window = self._windows[bucket]
            window.paused_until = max(window.paused_until, self._clock() + seconds)

    async def pause_async(self, bucket: str, seconds: float) -> None:
        self.pause(bucket, seconds)


#: URL schemes ``rate_limits=`` reads as a Redis limiter (here, below both
#: ``_limiter_choice`` and ``_redis_limiter``, so that neither imports the other at load).
REDIS_SCHEMES = ("redis://", "rediss://", "redis+unix://")
