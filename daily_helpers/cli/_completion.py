"""``daily-helpers completion bash|zsh|fish``: the shell code that completes commands and
options, from argcomplete (the ``cli`` extra). The shell runs ``daily-helpers`` with
``_ARGCOMPLETE`` set to ask for completions; ``main`` then calls :func:`complete`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._common import EXIT_OK, UsageError

__all__ = ["SHELLS", "complete", "register"]

SHELLS = ("bash", "zsh", "fish")
_HOW = {
    "bash": 'eval "$(daily-helpers completion bash)"   # in ~/.bashrc',
    "zsh": 'eval "$(daily-helpers completion zsh)"    # in ~/.zshrc',
    "fish": "daily-helpers completion fish | source   # in ~/.config/fish/config.fish",
}


def register(subparsers: Any) -> None:
    completion = subparsers.add_parser(
        "completion",
        help="print shell completion code for bash, zsh or fish",
        description="Print the code that makes your shell complete daily-helpers' commands "
        "and options. Load it from your shell's start-up file:\n  " + "\n  ".join(_HOW.values()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    completion.add_argument("shell", choices=SHELLS, help="your shell")
    completion.set_defaults(handler=_completion)


def _argcomplete() -> Any:
    try:
        import argcomplete
    except ImportError:
        raise UsageError(
            "shell completion needs the 'cli' extra: pip install 'daily-helpers[cli]'"
        ) from None
    return argcomplete


def _completion(args: argparse.Namespace) -> int:
    print(_argcomplete().shellcode(["daily-helpers"], shell=args.shell), end="")
    return EXIT_OK


def complete(parser: argparse.ArgumentParser) -> None:
    """Answer the shell's completion request and exit (argcomplete does both). Without the
    extra, exit all the same: a completion request must never run a command."""
    try:
        argcomplete = _argcomplete()
    except UsageError:
        sys.exit(1)
    argcomplete.autocomplete(parser)
