"""One measurement in a fresh interpreter; prints one JSON object on stdout.

    python -m benchmarks.worker lifecycle CLIENT --url URL --concurrency C --n N
    python -m benchmarks.worker profile CLIENT --url URL --concurrency C --n N
    python -m benchmarks.worker botready VARIANT --url URL --n N
    python -m benchmarks.worker bulk CLIENT --url URL --n N --concurrency C

CPU is ``time.process_time()`` of this process (all its threads), after a warm-up that opens
the connections; the server always runs in another process.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from benchmarks.clients import API_KEY, CLIENTS, NO_IO_CLIENTS

#: What a cold import measures: the statement, run once in a fresh interpreter. pipecat's
#: helper needs nothing more to be ready (its caller brings the aiohttp session).
IMPORTS = {
    "pipecat_module": "from pipecat.transports.daily.utils import DailyRESTHelper",
    "ours_package": "import daily_helpers",
    "ours_class": "from daily_helpers import DailyRESTHelper",
    "ours_ready": "from daily_helpers import DailyRESTHelper; DailyRESTHelper(daily_api_key='k')",
}


async def _batch(lifecycle: Any, concurrency: int, n: int) -> None:
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await lifecycle()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def _sync_batch(lifecycle: Any, pool: ThreadPoolExecutor | None, n: int) -> None:
    if pool is None:
        for _ in range(n):
            lifecycle()
    else:
        list(pool.map(lambda _: lifecycle(), range(n)))


class _Meter:
    """CPU and wall time of a region, optionally with a cProfile of it."""

    def __init__(self, profile: bool, sort: str) -> None:
        self._profiler = cProfile.Profile() if profile else None
        self._sort = sort
        self.result: dict[str, Any] = {}

    def __enter__(self) -> _Meter:
        gc.collect()
        self._cpu, self._wall = time.process_time(), time.perf_counter()
        if self._profiler is not None:
            self._profiler.enable()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._profiler is not None:
            self._profiler.disable()
        self.result["cpu_s"] = time.process_time() - self._cpu
        self.result["wall_s"] = time.perf_counter() - self._wall
        if self._profiler is not None:
            out = io.StringIO()
            pstats.Stats(self._profiler, stream=out).sort_stats(self._sort).print_stats(30)
            self.result["profile"] = out.getvalue()


def lifecycle(args: argparse.Namespace) -> dict[str, Any]:
    if args.target in NO_IO_CLIENTS:
        _, factory, is_async = (*NO_IO_CLIENTS[args.target], True)
    else:
        _, factory, is_async = CLIENTS[args.target]
    warm = max(2 * args.concurrency, 20)
    meter = _Meter(args.figure == "profile", args.sort)
    if is_async:

        async def main() -> None:
            life, close = await factory(args.url)
            await _batch(life, args.concurrency, warm)
            with meter:
                await _batch(life, args.concurrency, args.n)
            await close()

        asyncio.run(main())
    else:
        life, close = factory(args.url)
        pool = ThreadPoolExecutor(args.concurrency) if args.concurrency > 1 else None
        _sync_batch(life, pool, warm)
        with meter:
            _sync_batch(life, pool, args.n)
        if pool is not None:
            pool.shutdown()
        close()
    meter.result["cpu_ms_per_lifecycle"] = meter.result["cpu_s"] * 1000 / args.n
    return meter.result


async def _ours_bot(url: str, sign: bool) -> tuple[Callable[[], Any], Callable[[], Any]]:
    from daily_helpers import DailyRESTHelper

    helper = DailyRESTHelper(daily_api_key=API_KEY, daily_api_url=url)

    async def ready() -> str:
        room = await helper.create_room()
        if sign:
            return await helper.sign_token(room.url)
        return await helper.get_token(room.url)

    return ready, helper.aclose


async def _pipecat_bot(url: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import aiohttp
    from pipecat.transports.daily.utils import DailyRESTHelper, DailyRoomParams

    session = aiohttp.ClientSession()
    helper = DailyRESTHelper(daily_api_key=API_KEY, daily_api_url=url, aiohttp_session=session)

    async def ready() -> str:
        room = await helper.create_room(DailyRoomParams())
        return await helper.get_token(room.url)

    return ready, session.close


BOT_VARIANTS = {
    "ours_get_token": ("ours: create_room + get_token", lambda url: _ours_bot(url, False)),
    "ours_sign_token": ("ours: create_room + sign_token", lambda url: _ours_bot(url, True)),
    "pipecat_get_token": ("pipecat: create_room + get_token", _pipecat_bot),
}


def botready(args: argparse.Namespace) -> dict[str, Any]:
    """Wall time from "I need a room" to a room URL and a token in hand, one after another
    on a warm helper (connection open; for sign_token, the domain id already fetched)."""

    async def main() -> list[float]:
        ready, close = await BOT_VARIANTS[args.target][1](args.url)
        token = await ready()
        assert isinstance(token, str)
        assert token.count(".") == 2
        times = []
        for _ in range(args.n):
            started = time.perf_counter()
            await ready()
            times.append((time.perf_counter() - started) * 1000)
        await close()
        return times

    times = asyncio.run(main())
    return {"ms": statistics.median(times), "all_ms": times}


async def _bulk_ours(url: str, n: int, concurrency: int) -> dict[str, Any]:
    from benchmarks.fake_server import LIMIT_SCALE
    from daily_helpers import DAILY_RATE_LIMITS, DailyRESTHelper

    limits = DAILY_RATE_LIMITS.scaled(LIMIT_SCALE)
    failures = 0
    async with DailyRESTHelper(
        daily_api_key=API_KEY, daily_api_url=url, rate_limits=limits
    ) as helper:
        gate = asyncio.Semaphore(concurrency)

        async def create() -> str | None:
            async with gate:
                try:
                    return (await helper.create_room()).name
                except Exception:
                    return None

        started = time.perf_counter()
        names = await asyncio.gather(*(create() for _ in range(n)))
        created = time.perf_counter()
        made = [name for name in names if name is not None]
        failures += n - len(made)
        outcomes = await helper.delete_rooms(made, concurrency=concurrency)
        failures += sum(1 for outcome in outcomes if outcome.status != "deleted")
        done = time.perf_counter()
    return {
        "create_s": created - started,
        "delete_s": done - created,
        "wall_s": done - started,
        "failures": failures,
        "errors": [],
    }


async def _bulk_pipecat(url: str, n: int, concurrency: int) -> dict[str, Any]:
    import aiohttp
    from pipecat.transports.daily.utils import DailyRESTHelper, DailyRoomParams

    errors: list[str] = []
    async with aiohttp.ClientSession() as session:
        helper = DailyRESTHelper(daily_api_key=API_KEY, daily_api_url=url, aiohttp_session=session)
        gate = asyncio.Semaphore(concurrency)

        async def create() -> str | None:
            async with gate:
                try:
                    return (await helper.create_room(DailyRoomParams())).name
                except Exception as exc:
                    errors.append(str(exc)[:120])
                    return None

        async def delete(name: str) -> bool:
            async with gate:
                try:
                    return await helper.delete_room_by_name(name)
                except Exception as exc:
                    errors.append(str(exc)[:120])
                    return False

        started = time.perf_counter()
        names = await asyncio.gather(*(create() for _ in range(n)))
        created = time.perf_counter()
        made = [name for name in names if name is not None]
        deleted = await asyncio.gather(*(delete(name) for name in made))
        done = time.perf_counter()
    failures = (n - len(made)) + sum(1 for ok in deleted if not ok)
    return {
        "create_s": created - started,
        "delete_s": done - created,
        "wall_s": done - started,
        "failures": failures,
        "created": len(made),
        "errors": sorted(set(errors))[:3],
    }


def bulk(args: argparse.Namespace) -> dict[str, Any]:
    run = _bulk_ours if args.target == "ours" else _bulk_pipecat
    return asyncio.run(run(args.url, args.n, args.concurrency))


def same_allocator_state() -> None:
    """Free one 1 MiB block, so that every worker measures from the allocator state any real
    application is in.

    glibc's malloc serves blocks of 128 KiB or more with a fresh ``mmap`` until it has freed
    such a block, then raises that threshold for the rest of the process. asyncio reads each
    socket with ``recv(256 KiB)``: a process that has never freed a large block maps and
    faults in a new one for every read (2 page faults, tens of µs per request), one that has
    (importing pipecat does, through pydantic) does not. Without this, a client measured
    alone in a lean process (ours, raw aiohttp) pays that per request and pipecat does not."""
    block = bytearray(1 << 20)
    del block


def main() -> None:
    same_allocator_state()
    parser = argparse.ArgumentParser()
    parser.add_argument("figure", choices=["lifecycle", "profile", "botready", "bulk"])
    parser.add_argument("target")
    parser.add_argument("--url", default="")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--sort", default="tottime")
    args = parser.parse_args()
    figures: dict[str, Callable[[], dict[str, Any]]] = {
        "lifecycle": lambda: lifecycle(args),
        "profile": lambda: lifecycle(args),
        "botready": lambda: botready(args),
        "bulk": lambda: bulk(args),
    }
    sys.stdout.write(json.dumps(figures[args.figure]()) + "\n")


if __name__ == "__main__":
    main()
