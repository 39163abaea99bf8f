"""The in-memory rate limiter, on a virtual clock: no window as Daily sees it (it counts a
request when it arrives, anywhere between our grant and its answer) ever holds more than the
limit, whatever the lag; places come back when a request never left; a 429 pauses everyone."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import random
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
import pytest

from daily_helpers import DailyRESTHelper, Limit, RateLimits, RetryPolicy
from daily_helpers._rate_limit import DAILY_RATE_LIMITS, RateLimitSlot, SlidingWindowLimiter
from tests.conftest import room_json

T = TypeVar("T")
ROOM = room_json()


class VirtualTime:
    """Virtual time for asyncio: ``sleep`` parks a task on a timer; :meth:`run` lets every
    ready task run, then moves the clock to the next timer. Real time plays no part."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start
        self._timers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._timers, (self.now + max(0.0, seconds), next(self._order), future))
        await future

    async def _settle(self) -> None:
        for _ in range(30):  # every chain of awaits in these tests is shorter
            await asyncio.sleep(0)

    async def run(self, main: Coroutine[Any, Any, T]) -> T:
        task = asyncio.ensure_future(main)
        while True:
            await self._settle()
            if task.done():
                return task.result()
            while self._timers and self._timers[0][2].done():  # cancelled sleepers
                heapq.heappop(self._timers)
            if not self._timers:
                raise AssertionError("every task waits for something that never comes")
            when, _, future = heapq.heappop(self._timers)
            self.now = max(self.now, when)
            future.set_result(None)


def limits(requests: int, per_seconds: float) -> RateLimits:
    return RateLimits(general=Limit(requests, per_seconds), room_delete=Limit(1, per_seconds))


def most_in_any_window(arrivals: list[float], window: float) -> int:
    """The most arrivals within any span of ``window`` seconds (a closed interval)."""
    times = sorted(arrivals)
    most, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] > window:
            start += 1
        most = max(most, end - start + 1)
    return most


# --- the invariant, at any lag ------------------------------------------------------------------


@pytest.mark.parametrize("lag", [0.0, 0.2, 1.1])  # 1.1 s: a cold connection on a busy fleet
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_window_as_daily_sees_it_holds_more_than_the_limit(lag: float, seed: int) -> None:
    """300 calls at once under Daily's 100 per 5 s; each reaches Daily after a random delay of
    up to ``lag`` and is answered up to ``lag`` later: Daily never sees 101 in 5 s."""
    rng = random.Random(seed)
    vt = VirtualTime()
    limiter = SlidingWindowLimiter(DAILY_RATE_LIMITS, clock=vt.clock)
    arrivals: list[float] = []

    async def call() -> None:
        slot = await limiter.acquire_async("general", vt.sleep)
        await vt.sleep(rng.uniform(0, lag))
        arrivals.append(vt.now)  # when Daily counts it
        await vt.sleep(rng.uniform(0, lag))
        await limiter.release_async(slot, sent=True)

    async def burst() -> float:
        start = vt.now
        await asyncio.gather(*(call() for _ in range(300)))
        return vt.now - start

    wall = asyncio.run(vt.run(burst()))
    assert len(arrivals) == 300
    assert most_in_any_window(arrivals, 5.0) <= 100
    # The cost: each of the two waits holds a window plus a round trip (and the margin).
    assert wall <= 2 * (5.0 + 2 * lag + 0.05) + 2 * lag + 1e-6


def test_the_sync_face_keeps_the_limit_across_threads() -> None:
    lock = threading.Lock()
    now = [1_000.0]

    def clock() -> float:
        with lock:
            return now[0]

    def sleep(seconds: float) -> None:
        with lock:
            now[0] += seconds

    limiter = SlidingWindowLimiter(limits(50, 1.0), clock=clock)
    granted: list[float] = []

    def worker() -> None:
        for _ in range(40):
            slot = limiter.acquire("general", sleep)
            with lock:
                granted.append(now[0])
            limiter.release(slot, sent=True)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(granted) == 320
    assert most_in_any_window(granted, 1.0) <= 50


# --- places given back, places kept -------------------------------------------------------------


def test_callers_cancelled_while_waiting_hold_no_place() -> None:
    vt = VirtualTime()
    limiter = SlidingWindowLimiter(limits(5, 10.0), clock=vt.clock)

    async def scenario() -> float:
        in_flight = [await limiter.acquire_async("general", vt.sleep) for _ in range(5)]
        waiters = [asyncio.ensure_future(limiter.acquire_async("general", vt.sleep))]
        waiters += [asyncio.ensure_future(limiter.acquire_async("general", vt.sleep))]
        waiters += [
            asyncio.ensure_future(limiter.acquire_async("general", vt.sleep)) for _ in range(998)
        ]
        await vt.sleep(0.05)  # the callers give up (wait_for in real code)
        for waiter in waiters:
            waiter.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)
        for slot in in_flight:  # cancelled before they were sent
            limiter.release(slot, sent=False)
        before = vt.now
        await limiter.acquire_async("general", vt.sleep)
        return vt.now - before

    assert asyncio.run(vt.run(scenario())) == 0.0  # the next call goes at once
    assert len(limiter.slots_of("general")) == 1


def test_a_sent_request_counts_until_a_window_after_its_answer() -> None:
    vt = VirtualTime()
    limiter = SlidingWindowLimiter(limits(1, 10.0), clock=vt.clock, margin=0.0)

    async def scenario() -> float:
        slot = await limiter.acquire_async("general", vt.sleep)
        await vt.sleep(3.0)  # the answer takes 3 s
        limiter.release(slot, sent=True)
        await limiter.acquire_async("general", vt.sleep)
        return vt.now

    assert asyncio.run(vt.run(scenario())) == pytest.approx(1_000.0 + 3.0 + 10.0)


def test_waiters_are_served_in_arrival_order() -> None:
    vt = VirtualTime()
    limiter = SlidingWindowLimiter(limits(2, 1.0), clock=vt.clock)
    order: list[int] = []

    async def call(i: int) -> None:
        slot = await limiter.acquire_async("general", vt.sleep)
        order.append(i)
        limiter.release(slot, sent=True)

    async def burst() -> None:
        await asyncio.gather(*(call(i) for i in range(9)))

    asyncio.run(vt.run(burst()))
    assert order == list(range(9))


def test_a_pause_holds_every_caller_of_that_endpoint_class_only() -> None:
    vt = VirtualTime()
    limiter = SlidingWindowLimiter(DAILY_RATE_LIMITS, clock=vt.clock)

    async def scenario() -> tuple[float, float]:
        limiter.pause("general", 3.0)
        limiter.pause("general", 1.0)  # a shorter pause does not shorten the longer one
        await limiter.acquire_async("room_delete", vt.sleep)
        other = vt.now
        await limiter.acquire_async("general", vt.sleep)
        return other, vt.now

    assert asyncio.run(vt.run(scenario())) == (1_000.0, pytest.approx(1_003.0))


def test_releasing_twice_changes_nothing() -> None:
    limiter = SlidingWindowLimiter(limits(2, 10.0), clock=lambda: 5.0)
    slot = limiter.acquire("general", lambda s: None)
    limiter.release(slot, sent=False)
    limiter.release(slot, sent=True)
    assert limiter.slots_of("general") == []
    assert isinstance(slot, RateLimitSlot)
    assert "general" in repr(slot)


# --- through the async helper -------------------------------------------------------------------


def helper_on(vt: VirtualTime, handler: Any, **kwargs: Any) -> DailyRESTHelper:
    return DailyRESTHelper(
        daily_api_key="k",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        clock=vt.clock,
        sleep=vt.sleep,
        **kwargs,
    )


def test_a_call_cancelled_mid_request_keeps_its_place_for_a_window() -> None:
    vt = VirtualTime()
    never = asyncio.Event

    async def scenario() -> tuple[RateLimitSlot, float]:
        answered = never()

        async def slow(request: httpx.Request) -> httpx.Response:
            await answered.wait()
            return httpx.Response(200, json=ROOM)

        helper = helper_on(vt, slow, rate_limits=limits(5, 10.0))
        call = asyncio.ensure_future(helper.get_room("standup"))
        await vt.sleep(2.0)
        call.cancel()
        await asyncio.gather(call, return_exceptions=True)
        await vt.sleep(0.0)  # the limiter is told in the background
        limiter = helper._limiter
        assert isinstance(limiter, SlidingWindowLimiter)
        (slot,) = limiter.slots_of("general")
        return slot, vt.now

    slot, cancelled_at = asyncio.run(vt.run(scenario()))
    # Daily may have it: counted as answered when it was cancelled.
    assert slot.ended_at == cancelled_at == pytest.approx(1_002.0)


def test_a_connection_that_failed_before_sending_gives_its_place_back() -> None:
    vt = VirtualTime()
    attempts: list[float] = []

    def refuse_once(request: httpx.Request) -> httpx.Response:
        attempts.append(vt.now)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused")
        return httpx.Response(200, json=ROOM)

    async def scenario() -> None:
        helper = helper_on(
            vt, refuse_once, rate_limits=limits(1, 100.0), retry_policy=RetryPolicy(max_retries=1)
        )
        await helper.get_room("standup")

    asyncio.run(vt.run(scenario()))
    # The retry waited its backoff (under 0.5 s), not the 100 s window.
    assert len(attempts) == 2
    assert attempts[1] - attempts[0] <= 0.5


def test_a_429_pauses_the_endpoint_class_for_every_concurrent_call() -> None:
    vt = VirtualTime()
    arrivals: list[tuple[float, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        arrivals.append((vt.now, len(arrivals)))
        if len(arrivals) == 1:
            return httpx.Response(429, headers={"Retry-After": "2"}, json={"error": "x"})
        return httpx.Response(200, json=ROOM)

    async def scenario() -> None:
        helper = helper_on(vt, handler)  # Daily's limits

        async def later(delay: float) -> None:
            await vt.sleep(delay)
            await helper.get_room("standup")

        await asyncio.gather(*(later(i * 0.1) for i in range(10)))

    asyncio.run(vt.run(scenario()))
    first_429 = arrivals[0][0]
    assert len(arrivals) == 11  # ten calls, one retried
    # Nothing reached Daily while it asked us to hold off, though nine calls began meanwhile.
    assert all(t >= first_429 + 2.0 for t, _ in arrivals[1:])
