"""``daily-helpers tokens create|sign|validate|decode``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..models import DailyMeetingTokenParams, DailyMeetingTokenProperties
from ..tokens import decode_token, get_domain
from ..urls import room_name_or_url
from . import _common
from ._common import EXIT_OK, UsageError

if TYPE_CHECKING:
    from .._helper_sync import DailyRESTHelperSync

_TOKEN_HELP = "the meeting token (a JWT), or - to read it from stdin"


def register(subparsers: Any) -> None:
    tokens = _common.add_group(subparsers, "tokens", "issue, self-sign, validate and read tokens")

    create = _common.add_command(
        tokens, "create", "a meeting token issued by Daily (POST /meeting-tokens)", _create
    )
    _add_token_options(create)

    sign = _common.add_command(
        tokens,
        "sign",
        "a meeting token signed locally with the API key (no round trip with --domain-id)",
        _sign,
    )
    _add_token_options(sign)
    sign.add_argument(
        "--domain-id",
        help="the domain id (`daily-helpers domain` shows it); default: asked of Daily",
    )

    validate = _common.add_command(
        tokens, "validate", "ask Daily whether a token is valid; show its properties", _validate
    )
    validate.add_argument("token", metavar="TOKEN", help=_TOKEN_HELP)
    validate.add_argument(
        "--ignore-nbf", action="store_true", help="accept a token whose nbf is still ahead"
    )

    decode = _common.add_command(
        tokens,
        "decode",
        "show a token's claims by property name, without verifying it (no API key needed)",
        _decode,
        api=False,
    )
    decode.add_argument("token", metavar="TOKEN", help=_TOKEN_HELP)


def _add_token_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "room",
        metavar="ROOM",
        help="room name or room URL (https://<domain>.daily.co/<room>); for a name, the "
        "domain is asked of Daily (GET /)",
    )
    parser.add_argument(
        "--expiry",
        metavar="DURATION",
        default="1h",
        help=f"the token expires this long from now (default: 1h): {_common.DURATION_HELP}",
    )
    parser.add_argument(
        "--owner",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="make the holder a room owner (default: yes, as get_token does)",
    )
    parser.add_argument(
        "--eject-at-exp",
        action="store_true",
        help="eject the participant when the token expires",
    )
    parser.add_argument(
        "--property",
        action="append",
        metavar="KEY=VALUE",
        help="a token property as KEY=VALUE; VALUE is read as JSON or else as text "
        "(e.g. --property user_name=bot); repeat for more",
    )


def _token_arguments(args: argparse.Namespace) -> dict[str, Any]:
    properties = _common.parse_properties(args.property, what="meeting-token")
    try:
        params = DailyMeetingTokenParams(properties=DailyMeetingTokenProperties(**properties))
    except TypeError as exc:
        raise UsageError(f"--property: {exc}; check the value's type") from None
    room_name_or_url(args.room)  # checked before any request
    return {
        "expiry_time": _common.positive_duration("--expiry", args.expiry),
        "eject_at_token_exp": args.eject_at_exp,
        "owner": args.owner,
        "params": params if properties else None,
    }


def _show_token(args: argparse.Namespace, token: str) -> None:
    if _common.wants_json(args):
        _common.emit_json({"token": token})
    else:
        print(token)


def _room_url(daily: DailyRESTHelperSync, room: str) -> tuple[str, str | None]:
    """ROOM as a room URL: a URL as given; a name on the key's domain, asked of Daily once
    (``GET /``, which also answers the domain id, returned second)."""
    if "/" in room:
        return room, None
    domain = daily._run(get_domain())
    return f"https://{domain.domain_name}.daily.co/{room}", domain.domain_id


def _create(args: argparse.Namespace) -> int:
    arguments = _token_arguments(args)
    with _common.helper(args) as daily:
        room_url, _ = _room_url(daily, args.room)
        token = daily.get_token(room_url, **arguments)
    _show_token(args, token)
    return EXIT_OK


def _sign(args: argparse.Namespace) -> int:
    arguments = _token_arguments(args)
    domain_id = args.domain_id
    if domain_id is not None and not domain_id.strip():
        raise UsageError("--domain-id is empty; `daily-helpers domain` prints the domain id")
    with _common.helper(args) as daily:
        if domain_id is not None and "/" not in args.room:
            # No request with --domain-id: only the room's name goes into the token.
            room_url = f"https://daily.co/{args.room}"
        else:
            room_url, asked = _room_url(daily, args.room)
            domain_id = domain_id or asked
        token = daily.sign_token(room_url, **arguments, domain_id=domain_id)
    _show_token(args, token)
    return EXIT_OK


def _read_token(text: str) -> str:
    token = sys.stdin.read() if text == "-" else text
    token = token.strip()
    if not token:
        raise UsageError("no token given; pass it as TOKEN, or - and pipe it on stdin")
    return token


def _show_properties(args: argparse.Namespace, properties: DailyMeetingTokenProperties) -> None:
    if _common.wants_json(args):
        _common.emit_json(_common.token_json(properties))
    else:
        _common.print_token_properties(properties)


def _validate(args: argparse.Namespace) -> int:
    token = _read_token(args.token)
    with _common.helper(args) as daily:
        properties = daily.validate_token(token, ignore_nbf=args.ignore_nbf)
    _show_properties(args, properties)
    return EXIT_OK


def _decode(args: argparse.Namespace) -> int:
    _show_properties(args, decode_token(_read_token(args.token)))
    return EXIT_OK
