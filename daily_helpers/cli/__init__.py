"""The ``daily-helpers`` command: argument parsing and output only; every action calls the
helpers (or the fake). Exit codes: 0 ok, 1 API error, 2 usage error."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import _common

__all__ = ["main"]

#: Modules that each add one top-level command with ``register(subparsers)``.
_COMMANDS = ("_rooms", "_tokens", "_domain", "_demo", "_fake")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="daily-helpers",
        description="Daily (daily.co) rooms and meeting tokens from the command line.",
    )
    _common.add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    import importlib

    for name in _COMMANDS:
        try:
            module = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue  # a command not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return _common.run(args)


if __name__ == "__main__":
    sys.exit(main())
