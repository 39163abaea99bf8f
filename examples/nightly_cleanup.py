"""A nightly clean-up job with the blocking helper: delete the rooms whose name starts with a
prefix and that were created more than some hours ago, and print what happened. Exit 1 when a
room could not be deleted, so that cron (or CI) notices.

    DAILY_API_KEY=... python examples/nightly_cleanup.py --prefix bot- --older-than-hours 24
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta

from daily_helpers import DailyRESTHelperSync


def old_rooms(daily: DailyRESTHelperSync, prefix: str, older_than: timedelta) -> list[str]:
    cutoff = datetime.now(UTC) - older_than
    return [
        room.name
        for room in daily.iter_rooms()
        if room.name.startswith(prefix)
        and datetime.fromisoformat(room.created_at.replace("Z", "+00:00")) < cutoff
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", required=True, help="only rooms whose name starts with this")
    parser.add_argument("--older-than-hours", type=float, default=24.0)
    args = parser.parse_args(argv)

    with DailyRESTHelperSync() as daily:  # DAILY_API_KEY and DAILY_API_URL from the environment
        names = old_rooms(daily, args.prefix, timedelta(hours=args.older_than_hours))
        outcomes = daily.delete_rooms(names, concurrency=4)
    for outcome in outcomes:
        print(
            f"{outcome.status}: {outcome.room}" + (f" ({outcome.error})" if outcome.error else "")
        )
    failed = [outcome for outcome in outcomes if not outcome.ok]
    print(f"{len(outcomes) - len(failed)} of {len(outcomes)} rooms cleaned up")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
