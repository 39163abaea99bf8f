"""``daily-helpers rooms create|get|list|update|delete|prune``."""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..models import DailyRoomObject, DailyRoomParams, DailyRoomProperties
from ..urls import room_name_or_url
from . import _common
from ._bulk import BulkDelete, progress_available
from ._common import EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from .._helper_sync import DailyRESTHelperSync

_EXP_IN_HELP = f"the room expires this long from now: {_common.DURATION_HELP}"
_PROPERTY_HELP = (
    'a room property as KEY=VALUE; VALUE is read as JSON (10, true, null, ["cloud"]) or '
    "else as text; repeat for more (e.g. --property max_participants=4)"
)


def register(subparsers: Any) -> None:
    rooms = _common.add_group(subparsers, "rooms", "create, look up, list, change and delete rooms")

    create = _common.add_command(rooms, "create", "create a room", _create)
    create.add_argument("--name", help="room name (default: Daily picks a random one)")
    create.add_argument("--privacy", choices=("public", "private"), default="public")
    create.add_argument("--exp-in", metavar="DURATION", help=_EXP_IN_HELP)
    create.add_argument("--property", action="append", metavar="KEY=VALUE", help=_PROPERTY_HELP)

    get = _common.add_command(rooms, "get", "show one room", _get)
    get.add_argument("room", metavar="ROOM", help="room name or room URL")

    listing = _common.add_command(rooms, "list", "list every room, newest first", _list)
    listing.add_argument("--prefix", help="only rooms whose name starts with this")
    listing.add_argument(
        "--limit", type=int, metavar="N", help="at most N rooms (the newest); default: all"
    )
    listing.add_argument(
        "--page-size", type=int, default=100, metavar="N", help="rooms per request, 1-100"
    )

    update = _common.add_command(rooms, "update", "change a room's privacy or properties", _update)
    update.add_argument("room", metavar="ROOM", help="room name or room URL")
    update.add_argument("--privacy", choices=("public", "private"))
    update.add_argument("--exp-in", metavar="DURATION", help=_EXP_IN_HELP)
    update.add_argument("--property", action="append", metavar="KEY=VALUE", help=_PROPERTY_HELP)
    update.add_argument(
        "--reset",
        action="append",
        metavar="KEY",
        help="reset a property to Daily's default (sent as null); repeat for more",
    )

    delete = _common.add_command(rooms, "delete", "delete rooms by name or URL", _delete)
    delete.add_argument("rooms", nargs="+", metavar="ROOM", help="room names or room URLs")

    prune = _common.add_command(
        rooms, "prune", "delete the rooms matching a name prefix and/or an age", _prune
    )
    prune.add_argument("--prefix", help="only rooms whose name starts with this")
    prune.add_argument(
        "--older-than",
        metavar="AGE",
        help=f"only rooms created longer ago than AGE: {_common.DURATION_HELP}",
    )
    prune.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    prune.add_argument("--dry-run", action="store_true", help="show what would be deleted, only")
    prune.add_argument("--concurrency", type=int, default=4, metavar="N", help="deletes at once")
    prune.add_argument("--page-size", type=int, default=100, metavar="N", help=argparse.SUPPRESS)


# --- handlers --------------------------------------------------------------------------------


def _room_properties(args: argparse.Namespace) -> dict[str, Any]:
    properties = _common.parse_properties(args.property, what="room")
    if args.exp_in is not None:
        properties["exp"] = int(time.time()) + _common.positive_duration("--exp-in", args.exp_in)
    return properties


def _create(args: argparse.Namespace) -> int:
    try:
        params = DailyRoomParams(
            name=args.name,
            privacy=args.privacy,
            properties=DailyRoomProperties(**_room_properties(args)),
        )
    except TypeError as exc:
        raise UsageError(f"--property: {exc}; check the value's type") from None
    return _room_result(args, lambda daily: daily.create_room(params))


def _get(args: argparse.Namespace) -> int:
    name = room_name_or_url(args.room)
    return _room_result(args, lambda daily: daily.get_room(name))


def _list(args: argparse.Namespace) -> int:
    page_size = _page_size(args.page_size)
    if args.limit is not None:
        if args.limit < 1:
            raise UsageError(f"--limit: {args.limit} is not at least 1")
        if args.prefix is None:  # no filtering: fetch no more than asked for
            page_size = min(page_size, args.limit)
    with _common.helper(args) as daily:
        matching = (
            room
            for room in daily.iter_rooms(page_size=page_size)
            if args.prefix is None or room.name.startswith(args.prefix)
        )
        rooms = list(itertools.islice(matching, args.limit))
    if _common.wants_json(args):
        _common.emit_json([_common.room_json(room) for room in rooms])
    elif not rooms:
        print("No rooms." if args.prefix is None else f"No rooms start with {args.prefix!r}.")
    else:
        _print_rooms(rooms)
    return EXIT_OK


def _update(args: argparse.Namespace) -> int:
    name = room_name_or_url(args.room)
    properties = _room_properties(args)
    for key in args.reset or ():
        properties[key] = None
    if args.privacy is None and not properties:
        raise UsageError(
            "nothing to change: give --privacy, --exp-in, --property KEY=VALUE or --reset KEY"
        )
    return _room_result(
        args,
        lambda daily: daily.update_room(name, privacy=args.privacy, properties=properties or None),
    )


def _delete(args: argparse.Namespace) -> int:
    names = [room_name_or_url(room) for room in args.rooms]  # all checked before any delete
    as_json = _common.wants_json(args)
    bulk = BulkDelete(concurrency=8, show_progress=len(names) > 1 and _show_progress(as_json))
    with _common.helper(args, **bulk.helper_options()) as daily:
        finished = bulk.run(daily, names)
    by_name = {o.name: o for o in bulk.done}
    outcomes = [by_name[name] for name in names if name in by_name]  # the order given
    if as_json:
        _common.emit_json(
            [
                {"room": o.room, "status": o.status, "error": None if o.ok else str(o.error)}
                for o in outcomes
            ]
        )
    else:
        for outcome in outcomes:
            print(_describe(outcome.room, outcome.status, outcome.error))
    if not finished:
        _interrupted(len(outcomes), len(names), as_json=as_json)
        return EXIT_INTERRUPTED
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_API_ERROR


def _show_progress(as_json: bool) -> bool:
    return not as_json and progress_available()


def _interrupted(finished: int, total: int, *, as_json: bool) -> None:
    """Ctrl-C stopped a bulk delete: say so on stderr (the outcomes went to stdout)."""
    message = f"interrupted: {total - finished} of {total} rooms not attempted"
    if as_json:
        _common.emit_error(
            message, kind="interrupted", exit_code=EXIT_INTERRUPTED, not_attempted=total - finished
        )
    else:
        print(f"daily-helpers: {message}", file=sys.stderr)


def _prune(args: argparse.Namespace) -> int:
    if args.prefix is None and args.older_than is None:
        raise UsageError(
            "prune needs --prefix and/or --older-than (it will not delete every room); "
            "use `rooms delete ROOM...` to delete rooms by name"
        )
    if args.concurrency < 1:
        raise UsageError(f"--concurrency: {args.concurrency} is not at least 1")
    cutoff = None
    if args.older_than is not None:
        age = _common.parse_duration("--older-than", args.older_than)
        cutoff = datetime.now(UTC) - timedelta(seconds=age)
    page_size = _page_size(args.page_size)
    as_json = _common.wants_json(args)
    bulk = BulkDelete(concurrency=args.concurrency, show_progress=_show_progress(as_json))
    with _common.helper(args, **bulk.helper_options()) as daily:
        # Collect first: deleting while paging would move the cursors under us.
        matched = [
            room.name
            for room in daily.iter_rooms(page_size=page_size)
            if _matches(room, args.prefix, cutoff)
        ]
        if not matched or args.dry_run:
            _report_plan(matched, as_json=as_json, dry_run=args.dry_run)
            return EXIT_OK
        if not args.yes:
            _confirm(matched)
        finished = bulk.run(daily, matched)
    summary: dict[str, list[Any]] = {"deleted": [], "already_gone": [], "errors": []}
    for outcome in bulk.done:
        if outcome.status == "error":
            summary["errors"].append({"room": outcome.room, "error": str(outcome.error)})
        else:
            summary[outcome.status].append(outcome.room)
    if as_json:
        _common.emit_json({"matched": len(matched), **summary})
    else:
        for failure in summary["errors"]:
            print(f"failed: {failure['room']}: {failure['error']}")
        print(
            f"Deleted {len(summary['deleted'])} of {len(matched)} matching rooms; "
            f"{len(summary['already_gone'])} already gone; {len(summary['errors'])} failed."
        )
    if not finished:
        _interrupted(len(bulk.done), len(matched), as_json=as_json)
        return EXIT_INTERRUPTED
    return EXIT_API_ERROR if summary["errors"] else EXIT_OK


# --- pieces ----------------------------------------------------------------------------------


def _page_size(value: int) -> int:
    if not 1 <= value <= 100:
        raise UsageError(f"--page-size: {value} is not from 1 to 100 (Daily's limit)")
    return value


def _matches(room: DailyRoomObject, prefix: str | None, cutoff: datetime | None) -> bool:
    if prefix is not None and not room.name.startswith(prefix):
        return False
    if cutoff is None:
        return True
    created = _common.parse_time(room.created_at)
    if created is None:  # an unreadable age never qualifies a room for deletion
        print(
            f"daily-helpers: skipping {room.name}: unreadable created_at {room.created_at!r}",
            file=sys.stderr,
        )
        return False
    return created < cutoff


def _report_plan(matched: Sequence[str], *, as_json: bool, dry_run: bool) -> None:
    if as_json:
        _common.emit_json({"matched": len(matched), "would_delete": list(matched)})
    elif not matched:
        print("No rooms match; nothing to delete.")
    else:
        for name in matched:
            print(name)
        print(f"{len(matched)} rooms would be deleted (dry run).")


def _confirm(matched: Sequence[str]) -> None:
    if not sys.stdin.isatty():
        raise UsageError(
            f"{len(matched)} rooms match, and there is no terminal to confirm on; "
            "pass --yes to delete them (or --dry-run to list them)"
        )
    shown = ", ".join(matched[:10]) + (
        f" and {len(matched) - 10} more" if len(matched) > 10 else ""
    )
    print(f"Rooms to delete: {shown}", file=sys.stderr)
    # The prompt goes to stderr, like the list: stdout stays clean for --json.
    sys.stderr.write(f"Delete {len(matched)} rooms? [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if answer.strip().lower() not in ("y", "yes"):
        raise UsageError("nothing deleted (not confirmed)")


def _describe(room: str, status: str, error: object) -> str:
    if status == "deleted":
        return f"deleted: {room}"
    if status == "already_gone":
        return f"already gone: {room}"
    return f"failed: {room}: {error}"


def _room_result(
    args: argparse.Namespace, call: Callable[[DailyRESTHelperSync], DailyRoomObject]
) -> int:
    """Make one call that answers a room, and show the room."""
    with _common.helper(args) as daily:
        room = call(daily)
    if _common.wants_json(args):
        _common.emit_json(_common.room_json(room))
    else:
        _common.print_room(room)
    return EXIT_OK


def _print_rooms(rooms: Sequence[DailyRoomObject]) -> None:
    _common.print_table(
        ("NAME", "PRIVACY", "CREATED", "EXPIRES", "URL"),
        (
            (
                room.name,
                room.privacy,
                room.created_at,
                _common.unix_time(room.config.exp) if room.config.exp is not None else "-",
                room.url,
            )
            for room in rooms
        ),
    )
    print(f"{len(rooms)} rooms")
