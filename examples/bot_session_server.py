"""A web endpoint that starts a bot session, as pipecat's runners do: ``POST /start`` creates a
room that expires in 10 minutes, mints an owner token for the bot and a token for the user,
hands the bot its room and token, and answers the user's room URL and token.

Run it (``DAILY_API_KEY`` set, and ``DAILY_API_URL`` for anything but Daily itself)::

    python examples/bot_session_server.py --port 7860
    curl -X POST http://127.0.0.1:7860/start
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web

from daily_helpers import (
    DailyMeetingTokenParams,
    DailyMeetingTokenProperties,
    DailyRESTHelper,
    DailyRoomParams,
    DailyRoomProperties,
)

SESSION_SECONDS = 600
DAILY = web.AppKey("daily", DailyRESTHelper)


@dataclass(frozen=True)
class Session:
    room_url: str
    bot_token: str
    user_token: str


async def start_session(daily: DailyRESTHelper) -> Session:
    """A room for one conversation, and a token each for the bot (owner) and the user."""
    room = await daily.create_room(
        DailyRoomParams(
            properties=DailyRoomProperties(
                exp=time.time() + SESSION_SECONDS, eject_at_room_exp=True
            )
        )
    )
    bot_token = await daily.get_token(room.url, expiry_time=SESSION_SECONDS)
    user_token = await daily.get_token(
        room.url,
        expiry_time=SESSION_SECONDS,
        owner=False,
        params=DailyMeetingTokenParams(properties=DailyMeetingTokenProperties(user_name="Guest")),
    )
    return Session(room.url, bot_token, user_token)


async def run_bot(session: Session) -> None:
    """Where your bot joins ``session.room_url`` with ``session.bot_token`` (with pipecat:
    ``DailyTransport(session.room_url, session.bot_token, "Bot")``)."""
    await asyncio.sleep(0)


def make_app(daily: DailyRESTHelper | None = None) -> web.Application:
    """The app; ``daily`` defaults to a helper configured from the environment."""
    app = web.Application()
    bots: set[asyncio.Task[None]] = set()

    async def helper(app: web.Application) -> AsyncIterator[None]:
        app[DAILY] = daily if daily is not None else DailyRESTHelper()
        yield
        if daily is None:
            await app[DAILY].aclose()

    async def start(request: web.Request) -> web.Response:
        session = await start_session(request.app[DAILY])
        bot = asyncio.create_task(run_bot(session))
        bots.add(bot)
        bot.add_done_callback(bots.discard)
        return web.json_response({"room_url": session.room_url, "token": session.user_token})

    app.cleanup_ctx.append(helper)
    app.router.add_post("/start", start)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args()
    web.run_app(make_app(), host=args.host, port=args.port, print=print)


if __name__ == "__main__":
    main()
