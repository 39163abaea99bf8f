"""Testing your app with the plugin's fixtures: no configuration, no network, no key.

pip install -e ".[fake]"   # brings the fixtures and pytest-asyncio
pytest examples/test_bot_session.py
"""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer
from bot_session_server import make_app, start_session

from daily_helpers import decode_token


async def test_a_session_has_a_room_and_two_tokens(daily_helper, fake_daily):
    session = await start_session(daily_helper)
    [name] = fake_daily.room_names()
    assert session.room_url.endswith(f"/{name}")
    bot, user = decode_token(session.bot_token), decode_token(session.user_token)
    assert (bot.room_name, bot.is_owner) == (name, True)
    assert (user.room_name, user.is_owner, user.user_name) == (name, False, "Guest")
    assert [r.operation for r in fake_daily.requests] == [
        "create_room",
        "create_meeting_token",
        "create_meeting_token",
    ]


async def test_the_start_endpoint(daily_helper, fake_daily):
    async with TestClient(TestServer(make_app(daily_helper))) as client:
        response = await client.post("/start")
        assert response.status == 200
        answer = await response.json()
    [name] = fake_daily.room_names()
    assert answer["room_url"].endswith(f"/{name}")
    assert decode_token(answer["token"]).is_owner is False


def test_sync_code_gets_the_sync_helper(daily_helper_sync, fake_daily):
    room = daily_helper_sync.create_room()
    assert fake_daily.room_names() == [room.name]
