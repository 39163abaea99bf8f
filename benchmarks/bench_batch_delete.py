"""Bulk delete under Daily's real limits: 1,000 names, 10 of them already gone.

    python -m benchmarks.bench_batch_delete [--names 1000] [--gone 10] [--seed 14]

The fake Daily runs in its own process as ``fake serve --rate-limits daily`` does (Daily's
documented limits, answering 429), seeded with the rooms that exist (the gone ones are
picked at random, so they are spread through the list). The client is the blocking helper
with its default limits (``rate_limits="daily"``). Prints the requests the fake received,
the wall time and the outcomes; targets: at most 30 s and 80 requests (one DELETE per room
took about 10 minutes). ``--no-census`` measures bisection alone. ``--serve`` is the
server side (used by the benchmark itself).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-batch-delete-key-0123456789abcdef"
TARGET_SECONDS = 30.0
TARGET_REQUESTS = 80


def names_and_gone(count: int, gone: int, seed: int) -> tuple[list[str], set[str]]:
    names = [f"bulk-{i:04d}" for i in range(count)]
    return names, set(random.Random(seed).sample(names, gone))


def serve(count: int, gone: int, seed: int) -> None:
    from daily_helpers.testing import FakeDaily
    from daily_helpers.testing._server import serve as serve_fake

    fake = FakeDaily(api_key=API_KEY, domain_name="bench", rate_limits="daily")
    names, missing = names_and_gone(count, gone, seed)
    for name in names:
        if name not in missing:
            fake.add_room(name)
    serve_fake(fake, on_ready=lambda url: print(f"READY {url}", flush=True))


def measure(count: int, gone: int, seed: int, *, census: bool = True) -> dict[str, Any]:
    import httpx

    from daily_helpers import DailyRESTHelperSync, _batch

    if not census:  # bisection alone: what a domain too large to list gets
        _batch.NAMES_PER_CENSUS_PAGE = 10**9

    args = ["--serve", f"--names={count}", f"--gone={gone}", f"--seed={seed}"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_batch_delete", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY "):
            raise RuntimeError(f"the fake did not start: {line!r}")
        url = line.split(" ", 1)[1].strip()
        names, missing = names_and_gone(count, gone, seed)
        with DailyRESTHelperSync(daily_api_key=API_KEY, daily_api_url=url) as daily:
            started = time.perf_counter()
            outcomes = daily.delete_rooms(names)
            seconds = time.perf_counter() - started
        control = url.removesuffix("/v1") + "/_fake"
        log = httpx.get(f"{control}/requests").json()["requests"]
        left = httpx.get(f"{url}/rooms", headers={"Authorization": f"Bearer {API_KEY}"}).json()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    expected = ["already_gone" if n in missing else "deleted" for n in names]
    statuses = [o.status for o in outcomes]
    return {
        "names": count,
        "gone": gone,
        "seconds": round(seconds, 2),
        "requests": len(log),
        "by_operation": dict(collections.Counter(entry["operation"] for entry in log)),
        "answers_429": sum(entry["status"] == 429 for entry in log),
        "outcomes": dict(collections.Counter(statuses)),
        "outcomes_correct": statuses == expected,
        "rooms_left": left["total_count"],
        "within_targets": seconds <= TARGET_SECONDS and len(log) <= TARGET_REQUESTS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=1000)
    parser.add_argument("--gone", type=int, default=10)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument(
        "--no-census", action="store_true", help="bisection alone (as for a very large domain)"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.names, args.gone, args.seed)
        return 0
    result = measure(args.names, args.gone, args.seed, census=not args.no_census)
    print(json.dumps(result, indent=1))
    # The targets are for the default path; bisection alone is reported, not judged.
    ok = result["outcomes_correct"] and (args.no_census or result["within_targets"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
