"""What every CLI command shares: the API key and URL options, the helper, argument parsing
helpers, output (tables or ``--json``), errors and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn

from .._version import __version__
from ..errors import DailyAPIError, DailyError, DailyValidationError

if TYPE_CHECKING:
    from .._helper_sync import DailyRESTHelperSync
    from ..models import DailyMeetingTokenProperties, DailyRoomObject

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2
#: Ctrl-C and a closed stdout: what a shell shows for a program SIGINT or SIGPIPE ended.
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad input on the command line: exit 2 with the message."""


# --- options ---------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse's parser; with ``--json`` anywhere on the line, its usage errors are one JSON
    object on stderr too (exit 2)."""

    json_errors = False  # set by ``main`` for the whole line

    def error(self, message: str) -> NoReturn:
        if Parser.json_errors:
            emit_error(message, kind="usage", exit_code=EXIT_USAGE)
            sys.exit(EXIT_USAGE)
        super().error(message)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"daily-helpers {__version__}")
    parser.add_argument(
        "--api-key",
        help="Daily API key (default: $DAILY_API_KEY). Never printed.",
    )
    parser.add_argument(
        "--api-url",
        help="Daily API base URL (default: $DAILY_API_URL or https://api.daily.co/v1).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--debug", action="store_true", help=DEBUG_HELP)


DEBUG_HELP = "show each request and answer on stderr (the API key is redacted)"


def add_command(
    subparsers: Any, name: str, help_text: str, handler: Handler, *, api: bool = True
) -> argparse.ArgumentParser:
    """A leaf command that also accepts ``--json`` (and, when it calls Daily, ``--api-key``
    and ``--api-url``) after its name; given there, they win over the global ones."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    # SUPPRESS: an option not given here must not overwrite the global one.
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts"
    )
    if api:
        parser.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP
        )
        parser.add_argument(
            "--api-key", default=argparse.SUPPRESS, help="Daily API key (default: $DAILY_API_KEY)"
        )
        parser.add_argument(
            "--api-url",
            default=argparse.SUPPRESS,
            help="Daily API base URL (default: $DAILY_API_URL)",
        )
    parser.set_defaults(handler=handler)
    return parser


def add_group(subparsers: Any, name: str, help_text: str) -> Any:
    """A command with subcommands (``rooms``, ``tokens``); one of them is required."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


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


def debug(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "debug", False))


@contextlib.contextmanager
def helper(args: argparse.Namespace, **options: Any) -> Iterator[DailyRESTHelperSync]:
    """The blocking helper for the key and URL the user chose (``options`` go to it), closed
    on exit; with ``--debug`` its requests go through a client that shows them."""
    from .._helper_sync import DailyRESTHelperSync

    key, url = api_key(args), api_url(args)
    with contextlib.ExitStack() as stack:
        if debug(args):
            from ._debug import sync_client

            options["http_client"] = stack.enter_context(sync_client(key))
        try:
            daily = DailyRESTHelperSync(daily_api_key=key, daily_api_url=url, **options)
        except DailyValidationError:
            raise UsageError(
                f"the API URL {url!r} is not an http(s) URL; pass --api-url (or set "
                "DAILY_API_URL) to something like https://api.daily.co/v1"
            ) from None
        with daily:
            yield daily


# --- parsing values --------------------------------------------------------------------------

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


#: The one syntax of every time option, for help texts.
DURATION_HELP = "seconds, or a number with a unit s, m, h, d or w: 90s, 10m, 2h, 7d"


def parse_duration(option: str, text: str) -> float:
    """Seconds from ``30``, ``90s``, ``30m``, ``2h``, ``7d`` or ``1w`` (every time option)."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None:
        raise UsageError(
            f"{option}: {text!r} is not a duration; use a number with a unit s, m, h, d or w, "
            "or plain seconds (for example 90s, 10m, 2h or 7d)"
        )
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def positive_duration(option: str, text: str) -> int:
    """A duration of at least one second, in whole seconds (``--exp-in``, ``--expiry``)."""
    seconds = int(parse_duration(option, text))
    if seconds < 1:
        raise UsageError(f"{option}: {text!r} is not at least one second (e.g. 90s or 10m)")
    return seconds


def parse_properties(pairs: Sequence[str] | None, *, what: str) -> dict[str, Any]:
    """``KEY=VALUE`` pairs; a value is read as JSON (``10``, ``true``, ``null``,
    ``["cloud"]``) and otherwise kept as a string."""
    properties: dict[str, Any] = {}
    for pair in pairs or ():
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(
                f"--property {pair!r}: expected KEY=VALUE, e.g. --property max_participants=10 "
                f"(see the {what} property names in Daily's docs)"
            )
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        properties[key] = value
    return properties


def parse_time(text: str) -> datetime | None:
    """A ``created_at`` such as ``2019-01-26T09:01:22.000Z`` (UTC), or ``None`` if unreadable."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# --- output ----------------------------------------------------------------------------------


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def emit_error(message: str, *, kind: str, exit_code: int, **fields: Any) -> None:
    """An error as one JSON object on one line of stderr (``--json``)."""
    error = {"error": message, "kind": kind, "exit_code": exit_code, **fields}
    print(json.dumps(error, default=str), file=sys.stderr)


def room_json(room: DailyRoomObject) -> dict[str, Any]:
    """A room as printed by ``--json``: Daily's fields; ``config`` holds the properties that
    differ from the defaults, as Daily's own answers do."""
    from .._rooms import changed_room_properties

    return {
        "id": room.id,
        "name": room.name,
        "url": room.url,
        "privacy": room.privacy,
        "api_created": room.api_created,
        "created_at": room.created_at,
        "config": changed_room_properties(room.config),
    }


def token_json(properties: DailyMeetingTokenProperties) -> dict[str, Any]:
    return properties.to_dict()


def cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def unix_time(value: Any) -> str:
    """A Unix time (seconds) as UTC, for people."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return cell(value)
    stamp = datetime.fromtimestamp(value, tz=UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"{stamp} ({int(value)})"


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Aligned columns with a header line."""
    lines = [list(headers), *([cell(v) for v in row] for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(headers))]
    for line in lines:
        padded = (text.ljust(width) for text, width in zip(line, widths, strict=True))
        print("  ".join(padded).rstrip())


def print_fields(fields: Mapping[str, Any]) -> None:
    """``name: value`` lines, names aligned."""
    width = max((len(name) for name in fields), default=0)
    for name, value in fields.items():
        print(f"{name + ':':<{width + 1}} {cell(value)}")


def print_room(room: DailyRoomObject) -> None:
    data = room_json(room)
    config = data.pop("config")
    if "exp" in config:
        config["exp"] = unix_time(config["exp"])
    if "nbf" in config:
        config["nbf"] = unix_time(config["nbf"])
    print_fields({**data, **config})


def print_token_properties(properties: DailyMeetingTokenProperties) -> None:
    fields = token_json(properties)
    for name in ("exp", "nbf", "iat"):
        if name in fields:
            fields[name] = unix_time(fields[name])
    print_fields(fields)


# --- running ---------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Run the handler a subcommand set with ``set_defaults(handler=...)``; map errors to
    exit codes and messages (text, or one JSON object with ``--json``) that never contain the
    API key."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except (UsageError, DailyValidationError) as exc:
        return _fail(args, EXIT_USAGE, "usage", f"error: {exc}", str(exc))
    except DailyAPIError as exc:
        return _fail(
            args,
            EXIT_API_ERROR,
            "daily",
            f"Daily answered {exc}",
            str(exc),
            status_code=exc.status_code,
            error_type=exc.error_type,
            info=exc.info,
        )
    except DailyError as exc:
        return _fail(args, EXIT_API_ERROR, "connection", str(exc), str(exc))
    except KeyboardInterrupt:
        return _fail(args, EXIT_INTERRUPTED, "interrupted", "interrupted", "interrupted")


def _fail(
    args: argparse.Namespace, code: int, kind: str, text: str, message: str, **fields: Any
) -> int:
    if wants_json(args):
        emit_error(message, kind=kind, exit_code=code, **fields)
    else:
        print(f"daily-helpers: {text}", file=sys.stderr)
    return code


def silence_stdout() -> None:
    """After a closed pipe: send what is still buffered (and the interpreter's final flush)
    to /dev/null instead of raising BrokenPipeError again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
