"""The fake Daily on a port, in its own process, with the benchmark's latency and limits.

    python -m benchmarks.fake_server [--latency-ms N] [--limits off|daily-x10]

Prints ``READY <base url>`` once it listens; serves until SIGTERM. ``daily-x10`` is Daily's
documented limits with every window ten times shorter (the bulk figure).
"""

from __future__ import annotations

import argparse

from benchmarks.clients import API_KEY

#: Daily's limits are scaled by this in the bulk figure.
LIMIT_SCALE = 10


def main() -> None:
    from daily_helpers import DAILY_RATE_LIMITS
    from daily_helpers.testing._fake import FakeDaily
    from daily_helpers.testing._server import serve

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--limits", choices=("off", "daily-x10"), default="off")
    args = parser.parse_args()
    limits = DAILY_RATE_LIMITS.scaled(LIMIT_SCALE) if args.limits == "daily-x10" else None
    fake = FakeDaily(
        api_key=API_KEY, domain_name="bench", rate_limits=limits, latency=args.latency_ms / 1000
    )
    serve(fake, on_ready=lambda url: print(f"READY {url}", flush=True))


if __name__ == "__main__":
    main()
