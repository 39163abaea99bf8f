"""Load: do the rate limits hold against a Daily that enforces them, idle and on a busy machine?

    python -m benchmarks.bench_load [--reps 2] [--quick]

Two scenarios against ``daily-helpers fake serve --rate-limits daily`` (Daily's own limits,
counted on arrival) in its own process:

* **burst**: one async helper, 300 ``get_room`` calls at once;
* **fleet**: four worker processes (two async, two sync helpers) of 100 calls each, sharing
  one Redis limiter (``rate_limits="redis://…"``).

Each runs idle and with two CPU-burning processes. Reported per run: the 429s the server
answered, the calls that failed, the wall time and its ratio to the ideal (the first 100
calls at once, then 100 per 5 s window). Goal: 0 × 429, 0 failures, wall ≤ 1.25 × ideal.
Writes ``docs/load.md`` and ``docs/load.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEY = "load-benchmark-key"
LIMIT, WINDOW = 100, 5.0


def ideal(calls: int) -> float:
    return (calls / LIMIT - 1) * WINDOW


@contextmanager
def fake_daily() -> Iterator[str]:
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "daily-helpers"), "fake", "serve", "--rate-limits",
         "daily", "--api-key", KEY],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()  # its first line: the base URL
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def redis_server() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is needed: scripts/ensure-redis installs it")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", tmp],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _burn(stop: Any) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10_000))


@contextmanager
def burners(count: int) -> Iterator[None]:
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    procs = [ctx.Process(target=_burn, args=(stop,)) for _ in range(count)]
    for proc in procs:
        proc.start()
    try:
        yield
    finally:
        stop.set()
        for proc in procs:
            proc.join(timeout=10)


def control(base: str, method: str, path: str, body: Any = None) -> Any:
    url = base.rsplit("/v1", 1)[0] + path
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    with urllib.request.urlopen(request, timeout=30) as answer:  # the local fake
        return json.loads(answer.read() or b"null")


def prepare(base: str) -> list[str]:
    """Ten rooms to read, then a clean request log and a fresh window."""
    from daily_helpers import DailyRESTHelperSync, DailyRoomParams

    with DailyRESTHelperSync(daily_api_key=KEY, daily_api_url=base) as helper:
        names = [helper.create_room(DailyRoomParams(name=f"load-{i}")).name for i in range(10)]
    time.sleep(WINDOW + 0.5)
    control(base, "DELETE", "/_fake/requests")
    return names


def _calls(
    base: str, rate_limits: Any, names: list[str], n: int, mode: str
) -> tuple[float, float, dict[str, int]]:
    """``n`` concurrent get_room calls through one helper; (start, end, failures by type)."""
    from concurrent.futures import ThreadPoolExecutor

    from daily_helpers import DailyRESTHelper, DailyRESTHelperSync

    rooms = [names[i % len(names)] for i in range(n)]
    failures: dict[str, int] = {}

    def tally(result: Any) -> None:
        if isinstance(result, BaseException):
            failures[type(result).__name__] = failures.get(type(result).__name__, 0) + 1

    kwargs = {"daily_api_key": KEY, "daily_api_url": base, "rate_limits": rate_limits}
    if mode == "sync":
        with DailyRESTHelperSync(**kwargs) as helper:

            def one(room: str) -> Any:
                try:
                    return helper.get_room(room)
                except Exception as exc:
                    return exc

            start = time.time()
            with ThreadPoolExecutor(64) as pool:
                for result in pool.map(one, rooms):
                    tally(result)
            return start, time.time(), failures

    async def burst() -> tuple[float, float]:
        async with DailyRESTHelper(**kwargs) as helper:
            start = time.time()
            results = await asyncio.gather(
                *(helper.get_room(r) for r in rooms), return_exceptions=True
            )
            for result in results:
                tally(result)
            return start, time.time()

    start, end = asyncio.run(burst())
    return start, end, failures


def _fleet_worker(base: str, redis_url: str, names: list[str], mode: str, barrier: Any, out: Any):  # type: ignore[no-untyped-def]
    barrier.wait()
    out.put(_calls(base, redis_url, names, 100, mode))


def run_burst(base: str, names: list[str]) -> dict[str, Any]:
    start, end, failures = _calls(base, "daily", names, 300, "async")
    return {"calls": 300, "wall": end - start, "failures": failures}


def run_fleet(base: str, redis_url: str, names: list[str]) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    modes = ("async", "async", "sync", "sync")
    barrier, out = ctx.Barrier(len(modes)), ctx.Queue()
    procs = [
        ctx.Process(target=_fleet_worker, args=(base, redis_url, names, mode, barrier, out))
        for mode in modes
    ]
    for proc in procs:
        proc.start()
    results = [out.get(timeout=300) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    failures: dict[str, int] = {}
    for *_, failed in results:
        for name, count in failed.items():
            failures[name] = failures.get(name, 0) + count
    wall = max(r[1] for r in results) - min(r[0] for r in results)
    return {"calls": 400, "wall": wall, "failures": failures}


def measure(scenario: str, base: str, redis_url: str, names: list[str]) -> dict[str, Any]:
    control(base, "DELETE", "/_fake/requests")
    result = run_burst(base, names) if scenario == "burst" else run_fleet(base, redis_url, names)
    statuses = [r["status"] for r in control(base, "GET", "/_fake/requests")["requests"]]
    result["429s"] = statuses.count(429)
    result["server_requests"] = len(statuses)
    result["ideal"] = ideal(result["calls"])
    result["ratio"] = result["wall"] / result["ideal"]
    time.sleep(WINDOW + 0.5)  # the next run starts with a fresh window
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="one repetition, idle and loaded")
    args = parser.parse_args()
    reps = 1 if args.quick else args.reps
    rows: list[dict[str, Any]] = []
    with fake_daily() as base, redis_server() as redis_url:
        names = prepare(base)
        for load in ("idle", "2 CPU burners"):
            for rep in range(reps):
                for scenario in ("burst", "fleet"):
                    with burners(2 if load != "idle" else 0):
                        row = measure(scenario, base, redis_url, names)
                    row.update(scenario=scenario, load=load, rep=rep + 1)
                    rows.append(row)
                    print(
                        f"{scenario:5} {load:13} #{rep + 1}: {row['429s']} x 429, failures "
                        f"{row['failures'] or 0}, {row['wall']:.1f} s = {row['ratio']:.2f} x ideal",
                        flush=True,
                    )
    write(rows)


def write(rows: list[dict[str, Any]]) -> None:
    docs = ROOT / "docs"
    (docs / "load.json").write_text(json.dumps(rows, indent=2) + "\n")
    lines = [
        "# Load: rate limits against a Daily that enforces them",
        "",
        "Written by `python -m benchmarks.bench_load` (run by `./scripts/bench`). The fake Daily",
        "(`fake serve --rate-limits daily`: 100 requests per 5 s, counted on arrival) runs in its",
        "own process. *burst*: one async helper, 300 `get_room` calls at once. *fleet*: four",
        "processes (two async, two sync helpers), 100 calls each, sharing one Redis limiter.",
        "Ideal: the first 100 at once, then 100 per window. Goal: 0 × 429, 0 failures,",
        "wall ≤ 1.25 × ideal.",
        "",
        "| scenario | load | run | 429s at the server | failed calls | wall (s) | ideal (s) "
        "| ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        failed = sum(row["failures"].values())
        lines.append(
            f"| {row['scenario']} | {row['load']} | {row['rep']} | {row['429s']} | {failed} | "
            f"{row['wall']:.1f} | {row['ideal']:.1f} | {row['ratio']:.2f} |"
        )
    (docs / "load.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
