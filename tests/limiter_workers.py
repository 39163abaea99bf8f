"""Worker-process bodies for the shared-limiter tests (module level, so ``spawn`` can import
them). Each worker builds its own limiter or helper, waits for the others, then bursts."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from daily_helpers import DailyRESTHelper, DailyRESTHelperSync, RedisRateLimiter


def acquire_burst(
    url: str, prefix: str, limits: Any, n: int, mode: str, barrier: Any, out: Any
) -> None:
    """``n`` concurrent acquires of "general" through a Redis limiter, each released as sent
    at once; puts the Unix times at which each was granted."""
    limiter = RedisRateLimiter(url, limits=limits, key_prefix=prefix)
    limiter = limiter.for_api_key("shared-key")
    barrier.wait()
    if mode == "sync":

        def one(_: int) -> float:
            slot = limiter.acquire("general", time.sleep)
            granted = time.time()
            limiter.release(slot, sent=True)
            return granted

        with ThreadPoolExecutor(n) as pool:
            out.put(list(pool.map(one, range(n))))
        return

    async def burst() -> list[float]:
        async def one() -> float:
            slot = await limiter.acquire_async("general", asyncio.sleep)
            granted = time.time()
            await limiter.release_async(slot, sent=True)
            return granted

        return list(await asyncio.gather(*(one() for _ in range(n))))

    out.put(asyncio.run(burst()))


def room_burst(
    api_url: str, rate_limits: Any, rooms: list[str], mode: str, barrier: Any, out: Any
) -> None:
    """GET every room in ``rooms`` at once through one helper (no retries); puts
    ``(start, end, successes, failures by exception name)``, times in Unix seconds."""
    failures: dict[str, int] = {}

    def tally(results: list[Any]) -> int:
        for result in results:
            if isinstance(result, BaseException):
                failures[type(result).__name__] = failures.get(type(result).__name__, 0) + 1
        return sum(not isinstance(result, BaseException) for result in results)

    kwargs = {"daily_api_key": "shared-key", "daily_api_url": api_url}
    kwargs.update(max_retries=0, rate_limits=rate_limits)
    if mode == "sync":
        with DailyRESTHelperSync(**kwargs) as helper:

            def one(room: str) -> Any:
                try:
                    return helper.get_room(room)
                except Exception as exc:
                    return exc

            barrier.wait()
            start = time.time()
            with ThreadPoolExecutor(len(rooms)) as pool:
                ok = tally(list(pool.map(one, rooms)))
            end = time.time()
    else:

        async def burst() -> tuple[float, float, int]:
            async with DailyRESTHelper(**kwargs) as helper:
                barrier.wait()
                start = time.time()
                tasks = (helper.get_room(room) for room in rooms)
                results = await asyncio.gather(*tasks, return_exceptions=True)
                return start, time.time(), tally(results)

        start, end, ok = asyncio.run(burst())
    out.put((start, end, ok, failures))
