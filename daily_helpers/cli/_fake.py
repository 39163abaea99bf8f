"""``daily-helpers fake serve``: run the fake Daily on a port for any HTTP client."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ._common import EXIT_OK, UsageError

__all__ = ["register"]


def register(subparsers: Any) -> None:
    fake = subparsers.add_parser("fake", help="run a fake Daily for tests and demos")
    commands = fake.add_subparsers(dest="fake_command", metavar="COMMAND", required=True)
    serve = commands.add_parser(
        "serve",
        help="serve the fake Daily over HTTP until interrupted",
        description=(
            "Serve a fake Daily REST API. The first line of output is its base URL "
            "(http://HOST:PORT/v1); point DAILY_API_URL at it. Stops on Ctrl-C or SIGTERM."
        ),
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    serve.add_argument(
        "--domain-name", default="fake-domain", help="domain in room URLs (default fake-domain)"
    )
    serve.add_argument(
        "--latency-ms", type=float, default=0.0, help="delay every answer (milliseconds)"
    )
    serve.add_argument(
        "--rate-limits",
        choices=("off", "daily"),
        default="off",
        help="off (default), or Daily's documented limits answering 429",
    )
    # Also accepted before the command (the global option); SUPPRESS keeps a global value
    # when it is not repeated here.
    serve.add_argument(
        "--api-key",
        default=argparse.SUPPRESS,
        help=f"the key the fake accepts (default: $DAILY_API_KEY, else {_default_key()}); "
        "never printed",
    )
    serve.set_defaults(handler=_serve)


def _default_key() -> str:
    try:
        from ..testing._fake import DEFAULT_API_KEY
    except ImportError:  # the 'fake' extra is missing; _serve says so
        return "the testing default"
    return DEFAULT_API_KEY


def _serve(args: argparse.Namespace) -> int:
    try:
        from ..testing._fake import DEFAULT_API_KEY, FakeDaily
        from ..testing._server import serve
    except ImportError as missing:
        raise UsageError(
            f"the fake needs the 'fake' extra ({missing.name} is missing): "
            "pip install 'daily-helpers[fake]'"
        ) from None
    if args.latency_ms < 0:
        raise UsageError("--latency-ms must be >= 0")
    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    fake = FakeDaily(
        api_key=args.api_key or os.environ.get("DAILY_API_KEY") or DEFAULT_API_KEY,
        domain_name=args.domain_name,
        rate_limits=args.rate_limits,
        latency=args.latency_ms / 1000,
    )

    def ready(url: str) -> None:
        print(url, flush=True)
        print(
            f"fake Daily for domain {fake.domain_name} (id {fake.domain_id}); Ctrl-C to stop",
            file=sys.stderr,
            flush=True,
        )

    try:
        serve(fake, host=args.host, port=args.port, on_ready=ready)
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    return EXIT_OK
