"""``daily-helpers sip-clients create|list|get|delete|rotate``. A password is printed once,
by create and rotate (the only answers that hold it); it is never taken on the command line
(``--password-stdin`` reads it), so it stays out of shell history and ``ps``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..sip import DailySIPClientObject, DailySIPClientParams
from . import _common
from ._common import EXIT_OK, UsageError


def register(subparsers: Any) -> None:
    group = _common.add_group(
        subparsers, "sip-clients", "SIP credentials of the domain (softphones, a bot's SIP stack)"
    )
    create = _common.add_command(
        group, "create", "create a SIP client; prints its password once", _create
    )
    create.add_argument("username", metavar="USERNAME", help="room-name characters, e.g. bot-1")
    create.add_argument(
        "--expires-in",
        metavar="DURATION",
        help=f"delete it automatically this long from now (60s to 30d): {_common.DURATION_HELP}",
    )
    _add_password_option(create)

    listing = _common.add_command(group, "list", "the SIP clients (no passwords)", _list)
    listing.add_argument("--limit", type=int, help="at most this many (1-100)")
    listing.add_argument("--offset", type=int, help="skip this many first")

    get = _common.add_command(group, "get", "one SIP client (no password)", _get)
    get.add_argument("username", metavar="USERNAME")

    delete = _common.add_command(
        group, "delete", "delete a SIP client (already gone counts as deleted)", _delete
    )
    delete.add_argument("username", metavar="USERNAME")

    rotate = _common.add_command(
        group, "rotate", "give a SIP client a new password; prints it once", _rotate
    )
    rotate.add_argument("username", metavar="USERNAME")
    _add_password_option(rotate)


def _add_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from stdin (12-64 characters, a letter and a digit); "
        "default: Daily generates one",
    )


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("--password-stdin: no password on stdin")
    return password


def _show(args: argparse.Namespace, client: DailySIPClientObject) -> None:
    if _common.wants_json(args):
        _common.emit_json(client.to_dict())
        return
    fields: dict[str, Any] = {
        "username": client.username,
        "sip_uri": client.sip_uri,
        "domain": client.domain,
        "expires_at": client.expires_at,
    }
    if client.password is not None:
        fields["password"] = client.password
    _common.print_fields(fields)
    if client.password is not None:
        print("(the password is shown only now: store it)", file=sys.stderr)


def _create(args: argparse.Namespace) -> int:
    expires = (
        None
        if args.expires_in is None
        else _common.positive_duration("--expires-in", args.expires_in)
    )
    params = DailySIPClientParams(args.username, _password(args), expires)
    with _common.helper(args) as daily:
        client = daily.create_sip_client(params)
    _show(args, client)
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with _common.helper(args) as daily:
        page = daily.list_sip_clients(limit=args.limit, offset=args.offset)
    if _common.wants_json(args):
        _common.emit_json(
            {
                "sip_clients": [c.to_dict() for c in page.sip_clients],
                "total": page.total,
                "limit": page.limit,
                "offset": page.offset,
            }
        )
        return EXIT_OK
    _common.print_table(
        ("USERNAME", "SIP URI", "EXPIRES AT"),
        ((c.username, c.sip_uri, c.expires_at) for c in page.sip_clients),
    )
    shown = len(page.sip_clients)
    print(f"{shown} of {page.total} (offset {page.offset})", file=sys.stderr)
    return EXIT_OK


def _get(args: argparse.Namespace) -> int:
    with _common.helper(args) as daily:
        client = daily.get_sip_client(args.username)
    _show(args, client)
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    with _common.helper(args) as daily:
        daily.delete_sip_client(args.username)
    if _common.wants_json(args):
        _common.emit_json({"username": args.username, "deleted": True})
    else:
        print(f"deleted {args.username}")
    return EXIT_OK


def _rotate(args: argparse.Namespace) -> int:
    password = _password(args)
    with _common.helper(args) as daily:
        client = daily.rotate_sip_client_password(args.username, password)
    _show(args, client)
    return EXIT_OK
