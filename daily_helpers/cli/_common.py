"""What every CLI command shares: the API key and URL options, output, and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from ..errors import DailyAPIError, DailyError, DailyValidationError

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad input on the command line: exit 2 with the message."""


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-key",
        help="Daily API key (default: $DAILY_API_KEY). Never printed.",
    )
    parser.add_argument(
        "--api-url",
        help="Daily API base URL (default: $DAILY_API_URL or https://api.daily.co/v1).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def api_key(args: argparse.Namespace) -> str:
    key = args.api_key or os.environ.get("DAILY_API_KEY")
    if not key:
        raise UsageError(
            "no API key: set DAILY_API_KEY or pass --api-key "
            "(find it in the Daily dashboard under Developers)"
        )
    return str(key)


def api_url(args: argparse.Namespace) -> str:
    return str(args.api_url or os.environ.get("DAILY_API_URL") or "https://api.daily.co/v1")


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def run(args: argparse.Namespace) -> int:
    """Run the handler a subcommand set with ``set_defaults(handler=...)``; map errors to
    exit codes and messages that never contain the API key."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except UsageError as exc:
        print(f"daily-helpers: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DailyValidationError as exc:
        print(f"daily-helpers: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DailyAPIError as exc:
        print(f"daily-helpers: Daily answered {exc}", file=sys.stderr)
        return EXIT_API_ERROR
    except DailyError as exc:
        print(f"daily-helpers: {exc}", file=sys.stderr)
        return EXIT_API_ERROR
    except KeyboardInterrupt:
        return 130
