"""The ``daily-helpers`` command: argument parsing and output only; every action calls the
helpers (or the fake). Exit codes: 0 ok, 1 API error, 2 usage error, 130 interrupted (Ctrl-C),
141 stdout closed (``| head``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import _common

__all__ = ["main"]

#: Modules that each add one top-level command with ``register(subparsers)``.
_COMMANDS = ("_rooms", "_tokens", "_sip", "_domain", "_demo", "_fake", "_completion")


def build_parser() -> argparse.ArgumentParser:
    parser = _common.Parser(
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
    argv = list(sys.argv[1:] if argv is None else argv)
    _common.Parser.json_errors = "--json" in argv
    parser = build_parser()
    if "_ARGCOMPLETE" in os.environ:  # the shell asks for completions (`completion` command)
        from ._completion import complete

        complete(parser)
    try:
        args = parser.parse_args(argv)
        code = _common.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
    except BrokenPipeError:  # `| head`: stop quietly, as a program killed by SIGPIPE does
        _common.silence_stdout()
        return _common.EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return _common.EXIT_INTERRUPTED
    return code


if __name__ == "__main__":
    sys.exit(main())
