"""What one rate-limit check costs: the in-memory limiter next to the Redis-shared one.

    python benchmarks/bench_limiter.py [--url redis://HOST:PORT/DB] [--reps 7] [--calls 2000]

Without ``--url`` it starts a throwaway ``redis-server`` on 127.0.0.1 (``scripts/ensure-redis``
installs one). Limits are set high enough that no call waits, so the numbers are the
bookkeeping alone: a lock and a deque in memory; one Lua script round trip to Redis.
Prints the median microseconds per ``acquire`` over ``--reps`` repetitions of ``--calls``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from daily_helpers import Limit, RateLimits, RedisRateLimiter  # noqa: E402
from daily_helpers._policy import SlidingWindowLimiter  # noqa: E402


def never(seconds: float) -> None:
    raise AssertionError(f"the benchmark's limits are too low: a call waited {seconds} s")


async def never_async(seconds: float) -> None:
    never(seconds)


def per_call_us(run: Callable[[int], None], calls: int, reps: int) -> list[float]:
    """Microseconds per call of each repetition (after one warm-up repetition)."""
    run(min(calls, 100))
    out = []
    for _ in range(reps):
        start = time.perf_counter()
        run(calls)
        out.append((time.perf_counter() - start) / calls * 1e6)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an existing Redis (default: start one)")
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    if args.reps < 5:
        parser.error("--reps must be at least 5")
    # Room for every call of every repetition in one window: nothing ever waits.
    high = args.calls * (args.reps + 2)
    limits = RateLimits(general=Limit(high, 60.0), room_delete=Limit(high, 60.0))

    proc = None
    url = args.url
    if url is None:
        from redis_server import start

        proc, url = start(Path(tempfile.mkdtemp(prefix="bench-redis-")))
    try:
        memory = SlidingWindowLimiter(limits, clock=time.monotonic)

        def fresh() -> RedisRateLimiter:
            prefix = f"bench-{uuid.uuid4().hex[:8]}"
            return RedisRateLimiter(url, limits=limits, key_prefix=prefix).for_api_key("k")

        redis_sync, redis_async = fresh(), fresh()

        def run_memory(n: int) -> None:
            for _ in range(n):
                memory.acquire("general", never)

        def run_redis_sync(n: int) -> None:
            for _ in range(n):
                redis_sync.acquire("general", never)

        loop = asyncio.new_event_loop()

        def run_redis_async(n: int) -> None:
            async def calls() -> None:
                for _ in range(n):
                    await redis_async.acquire_async("general", never_async)

            loop.run_until_complete(calls())

        rows = [
            ("in-memory (SlidingWindowLimiter)", run_memory),
            ("Redis, sync (RedisRateLimiter.acquire)", run_redis_sync),
            ("Redis, async (RedisRateLimiter.acquire_async)", run_redis_async),
        ]
        print(f"median µs per acquire, {args.reps} reps x {args.calls} calls, Redis on {url}")
        for name, run in rows:
            samples = per_call_us(run, args.calls, args.reps)
            spread = f"min {min(samples):8.1f}  max {max(samples):8.1f}"
            print(f"  {name:<46} {statistics.median(samples):8.1f}   ({spread})")
        loop.close()
    finally:
        if proc is not None:
            from redis_server import stop

            stop(proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
