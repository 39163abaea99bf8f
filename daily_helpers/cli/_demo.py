"""``daily-helpers demo``: walk a bot session with the async helper, step by step.

With ``DAILY_API_KEY`` (or ``--api-key``) it talks to Daily (or ``DAILY_API_URL``); without
one it runs on the embedded fake Daily, in-process, and says so."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .._base import DEFAULT_API_URL
from .._helper import DailyRESTHelper
from ..models import DailyRoomParams, DailyRoomProperties
from ._common import DEBUG_HELP, EXIT_OK, UsageError, api_url

if TYPE_CHECKING:
    from ..testing._fake import FakeDaily

__all__ = ["register"]

ROOM_LIFETIME = 600  # seconds: the room expires 10 minutes after the demo creates it
Print = Callable[[str], None]


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="walk a bot session: room, owner token, lookup, validation, deletion",
        description=(
            "Create a room that expires in 10 minutes, mint an owner token, look the room up "
            "by URL, validate the token, delete the room by URL and delete it again (a 404 is "
            "tolerated). Runs on Daily with DAILY_API_KEY / --api-key (and DAILY_API_URL / "
            "--api-url); without a key, on the embedded fake Daily."
        ),
    )
    demo.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    demo.set_defaults(handler=_demo)


def _say(text: str) -> None:
    # Flushed line by line: a closed stdout (`| head`) shows at once, and the walk cleans up.
    print(text, flush=True)


def _demo(args: argparse.Namespace) -> int:
    key = args.api_key or os.environ.get("DAILY_API_KEY")
    if key:
        url = api_url(args)
        _say(f"Running on Daily at {url}.")
        asyncio.run(_on_daily(key, url, debug=args.debug))
    else:
        fake = _embedded_fake()
        _say(
            "No DAILY_API_KEY: running on the embedded fake Daily (in-process; nothing leaves "
            "this machine). Set DAILY_API_KEY to run the same walk on Daily."
        )
        if args.api_url or os.environ.get("DAILY_API_URL"):
            _say("(The API URL is not used without a key.)")
        asyncio.run(_on_fake(fake, debug=args.debug))
    return EXIT_OK


async def _on_daily(key: str, url: str, *, debug: bool) -> None:
    if not debug:
        await _walk(DailyRESTHelper(daily_api_key=key, daily_api_url=url), _say)
        return
    from ._debug import async_client

    async with async_client(key) as client:
        await _walk(DailyRESTHelper(daily_api_key=key, daily_api_url=url, http_client=client), _say)


async def _on_fake(fake: FakeDaily, *, debug: bool) -> None:
    if not debug:
        await _walk(fake.helper(), _say)
        return
    from ._debug import async_client

    async with async_client(fake.api_key, transport=fake.transport()) as client:
        helper = DailyRESTHelper(
            daily_api_key=fake.api_key,
            daily_api_url=DEFAULT_API_URL,
            http_client=client,
            rate_limits=None,
        )
        await _walk(helper, _say)


def _embedded_fake() -> FakeDaily:
    try:
        from ..testing._fake import FakeDaily
    except ImportError as missing:
        raise UsageError(
            f"no DAILY_API_KEY, and the embedded fake needs the 'fake' extra ({missing.name} "
            "is missing): pip install 'daily-helpers[fake]', or set DAILY_API_KEY"
        ) from None
    return FakeDaily(domain_name="demo")


async def _walk(helper: DailyRESTHelper, say: Print) -> None:
    async with helper:
        say("")
        say("1. Create a room that expires in 10 minutes")
        expires = int(time.time()) + ROOM_LIFETIME
        room = await helper.create_room(
            DailyRoomParams(properties=DailyRoomProperties(exp=expires))
        )
        try:
            say(f"   room URL:  {room.url}")
            say(f"   name:      {room.name}")
            say(f"   privacy:   {room.privacy}")
            say(f"   expires:   {_when(room.config.exp)}")
            await _use_room(helper, room.url, say)
        except BaseException:
            # Do not leave the room behind on Daily when a later step fails, stdout closes
            # (`| head`) or Ctrl-C comes; the first error is the one worth reporting.
            with contextlib.suppress(Exception):
                await helper.delete_room_by_url(room.url)
            raise
        say("")
        say("Done: the bot session's room and token lifecycle worked end to end.")


async def _use_room(helper: DailyRESTHelper, room_url: str, say: Print) -> None:
    say("2. Mint an owner token for the bot (valid as long as the room)")
    token = await helper.get_token(room_url, expiry_time=ROOM_LIFETIME, owner=True)
    say(f"   token:     {token[:24]}... ({len(token)} characters)")
    say("   decoded claims:")
    for line in _claims(helper.decode_token(token).to_dict()):
        say(f"     {line}")

    say("3. Look the room up by its URL")
    found = await helper.get_room_from_url(room_url)
    say(f"   found:     {found.name} (id {found.id}, created {found.created_at})")

    say("4. Ask Daily to validate the token")
    valid = await helper.validate_token(token)
    say(f"   valid:     for room {valid.room_name}, owner={_show(valid.is_owner)}")

    say("5. Delete the room by URL")
    deleted = await helper.delete_room_by_url(room_url)
    say(f"   deleted:   {_show(deleted)}")

    say("6. Delete it again (already gone: Daily answers 404, which is tolerated)")
    again = await helper.delete_room_by_url(room_url)
    say(f"   deleted:   {_show(again)} (nothing left to delete)")


def _claims(properties: dict[str, Any]) -> list[str]:
    width = max((len(name) for name in properties), default=0)
    lines = []
    for name, value in sorted(properties.items()):
        shown = _show(value)
        if name in ("exp", "nbf", "iat") and isinstance(value, int):
            shown = f"{value} ({_when(value)})"
        lines.append(f"{name.ljust(width)}  {shown}")
    return lines


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _when(unix_seconds: float | None) -> str:
    if unix_seconds is None:
        return "never"
    moment = datetime.fromtimestamp(unix_seconds, tz=UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
