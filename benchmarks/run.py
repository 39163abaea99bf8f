"""Run every figure side by side, interleaved, and write docs/benchmarks.{md,png,json}.

    python -m benchmarks.run [--reps 5] [--quick] [--only lifecycle,import,botready,bulk,batch]

Each measurement runs in a fresh interpreter (``benchmarks.worker``); servers run in their
own processes, so only the client's CPU is counted. Within a repetition the order of the
competitors is shuffled, so a change in the machine's load hits them alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.clients import CLIENTS, NO_IO_CLIENTS
from benchmarks.worker import BOT_VARIANTS, IMPORTS

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


@contextmanager
def server(*args: str) -> Iterator[str]:
    """Start a server module in its own process; yield what it prints after ``READY``."""
    proc = subprocess.Popen(
        [PY, "-m", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY "):
            raise RuntimeError(f"{args[0]} did not start: {line!r}")
        yield line.split(" ", 1)[1].strip()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def worker(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [PY, "-m", "benchmarks.worker", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def lifecycle_figure(reps: int, quick: bool) -> dict[str, Any]:
    sizes = {"1": 60 if quick else 300, "50": 200 if quick else 1000}
    samples: dict[str, dict[str, list[float]]] = {c: {k: [] for k in sizes} for c in CLIENTS}
    no_io: dict[str, list[float]] = {c: [] for c in NO_IO_CLIENTS}
    with server("benchmarks.canned_server") as port:
        url = f"http://127.0.0.1:{port}/v1"
        for rep in range(reps):
            order = [(client, conc) for client in CLIENTS for conc in sizes]
            order += [(client, "no I/O") for client in NO_IO_CLIENTS]
            random.shuffle(order)
            for client, conc in order:
                if conc == "no I/O":
                    n = str(10 * sizes["1"])
                    result = worker("lifecycle", client, "--url", url, "--n", n)
                    no_io[client].append(result["cpu_ms_per_lifecycle"])
                    continue
                result = worker(
                    "lifecycle", client, "--url", url, "--concurrency", conc,
                    "--n", str(sizes[conc]),
                )  # fmt: skip
                samples[client][conc].append(result["cpu_ms_per_lifecycle"])
            say(f"lifecycle: repetition {rep + 1}/{reps} done")
        profiles = {
            f"ours_default, concurrency {conc}": worker(
                "profile",
                "ours_default",
                "--url",
                url,
                "--concurrency",
                conc,
                "--n",
                str(sizes[conc]),
            )["profile"]
            for conc in sizes
        }
    return {"n": sizes, "samples": samples, "no_io": no_io, "profiles": profiles}


def cold_import_ms(statement: str) -> float:
    """Wall time of ``statement`` in a fresh interpreter that has imported nothing else."""
    code = f"import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)"
    done = subprocess.run([PY, "-c", code], cwd="/", capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1]) * 1000


def import_figure(reps: int) -> dict[str, Any]:
    samples: dict[str, list[float]] = {target: [] for target in IMPORTS}
    for _ in range(max(reps, 7)):
        order = list(IMPORTS)
        random.shuffle(order)
        for target in order:
            samples[target].append(cold_import_ms(IMPORTS[target]))
    say("import: done")
    return {
        "samples": samples,
        "statements": IMPORTS,
        "breakdown": {t: import_breakdown(IMPORTS[t]) for t in ("ours_class", "pipecat_module")},
    }


def import_breakdown(statement: str) -> list[tuple[str, float]]:
    """Import time (ms) spent in each top-level package's own modules (``-X importtime``
    self times, summed), largest first."""
    done = subprocess.run(
        [PY, "-X", "importtime", "-c", statement],
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    )
    totals: dict[str, float] = {}
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if not line.startswith("import time:") or len(parts) != 3:
            continue
        own = parts[0].removeprefix("import time:").strip()
        if not own.isdigit():
            continue
        package = parts[2].strip().split(".")[0]
        totals[package] = totals.get(package, 0.0) + int(own) / 1000
    return sorted(totals.items(), key=lambda item: -item[1])[:12]


def botready_figure(reps: int, quick: bool) -> dict[str, Any]:
    n = 4 if quick else 10
    samples: dict[str, list[float]] = {variant: [] for variant in BOT_VARIANTS}
    with server("benchmarks.fake_server", "--latency-ms", "25") as url:
        for _ in range(reps):
            order = list(BOT_VARIANTS)
            random.shuffle(order)
            for variant in order:
                samples[variant].extend(
                    worker("botready", variant, "--url", url, "--n", str(n))["all_ms"]
                )
    say("bot-ready: done")
    return {"latency_ms": 25, "per_worker": n, "samples": samples}


def bulk_figure(reps: int, quick: bool) -> dict[str, Any]:
    n = 100 if quick else 500
    runs: dict[str, list[dict[str, Any]]] = {"ours": [], "pipecat": []}
    for rep in range(reps):
        order = list(runs)
        random.shuffle(order)
        for client in order:
            # A fresh fake each time: empty windows, no rooms.
            with server("benchmarks.fake_server", "--limits", "daily-x10") as url:
                runs[client].append(
                    worker("bulk", client, "--url", url, "--n", str(n), "--concurrency", "50")
                )
        say(f"bulk: repetition {rep + 1}/{reps} done")
    return {"n": n, "concurrency": 50, "runs": runs}


def environment() -> dict[str, Any]:
    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "-"

    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "versions": {
            name: version(name)
            for name in ("daily-helpers", "pipecat-ai", "aiohttp", "httpx", "pydantic", "attrs")
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="small sizes, for trying it out")
    parser.add_argument("--only", default="lifecycle,import,botready,bulk,batch")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    only = set(args.only.split(","))
    started = time.perf_counter()
    data: dict[str, Any] = {"environment": environment(), "reps": args.reps, "quick": args.quick}
    if "lifecycle" in only:
        data["lifecycle"] = lifecycle_figure(args.reps, args.quick)
    if "import" in only:
        data["import"] = import_figure(args.reps)
    if "botready" in only:
        data["botready"] = botready_figure(args.reps, args.quick)
    if "bulk" in only:
        data["bulk"] = bulk_figure(args.reps, args.quick)
    if "batch" in only:
        from benchmarks import bench_batch_delete

        data["batch"] = bench_batch_delete.measure(1000, 10, 14)
        say(f"batch delete of 1,000 names (10 gone), Daily's limits: {data['batch']}")
    data["environment"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    data["seconds"] = round(time.perf_counter() - started, 1)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "benchmarks.json").write_text(json.dumps(data, indent=1) + "\n")
    summary = report.write(data, out)
    print(summary)
    say(f"done in {data['seconds']} s; wrote {out}/benchmarks.md, .png and .json")


if __name__ == "__main__":
    main()
