"""pipecat's drop-in: ``DailyRESTHelper(..., aiohttp_session=session)`` against the fake Daily
served on a port, with the caller's session, checking the fake's state after each call."""

from __future__ import annotations

import time
from collections.abc import Iterator

import aiohttp
import pytest

from daily_helpers import (
    DailyConnectionError,
    DailyRESTHelper,
    DailyRoomParams,
    DailyRoomProperties,
    DailyTimeoutError,
    RateLimitError,
    RetryPolicy,
)
from daily_helpers.testing._server import FakeDailyServer


@pytest.fixture
def server() -> Iterator[FakeDailyServer]:
    with FakeDailyServer() as srv:
        yield srv


async def no_sleep(seconds: float) -> None:
    return None


def helper(
    server: FakeDailyServer, session: aiohttp.ClientSession, **kw: object
) -> DailyRESTHelper:
    return DailyRESTHelper(
        daily_api_key=server.fake.api_key,
        daily_api_url=server.base_url,
        aiohttp_session=session,
        sleep=no_sleep,
        **kw,  # type: ignore[arg-type]
    )


async def test_a_pipecat_bot_session_over_the_callers_session(server: FakeDailyServer) -> None:
    fake = server.fake
    async with aiohttp.ClientSession() as session:
        h = helper(server, session)
        exp = time.time() + 600
        room = await h.create_room(
            DailyRoomParams(properties=DailyRoomProperties(exp=exp, eject_at_room_exp=True))
        )
        stored = fake.room(room.name)
        assert stored is not None
        assert stored["config"]["exp"] == int(exp)
        assert stored["config"]["eject_at_room_exp"] is True
        assert fake.requests[-1].json["properties"]["exp"] == int(exp)

        token = await h.get_token(room.url, expiry_time=600)
        claims = await h.validate_token(token)
        assert claims.room_name == room.name
        assert claims.is_owner is True

        signed = await h.sign_token(room.url, owner=False)
        assert (await h.validate_token(signed)).room_name == room.name

        assert (await h.get_room_from_url(room.url)).id == room.id
        assert await h.delete_room_by_url(room.url) is True
        assert fake.room(room.name) is None
        assert await h.delete_room_by_url(room.url) is True  # already gone: 404 tolerated
        await h.aclose()
        assert not session.closed
        assert [r.status for r in fake.requests][-2:] == [200, 404]


async def test_retries_over_the_callers_session(server: FakeDailyServer) -> None:
    server.fake.fail_next("get_room", status=503, times=2)
    server.fake.add_room("standup")
    async with aiohttp.ClientSession() as session:
        room = await helper(server, session).get_room("standup")
    assert room.name == "standup"
    assert [r.status for r in server.fake.requests] == [503, 503, 200]


async def test_429_after_the_retries_is_a_rate_limit_error(server: FakeDailyServer) -> None:
    server.fake.fail_next("create_room", status=429, times=3, retry_after=1)
    policy = RetryPolicy(max_retries=5, max_rate_limit_retries=2)  # 429s: their own budget
    async with aiohttp.ClientSession() as session:
        with pytest.raises(RateLimitError) as info:
            await helper(server, session, retry_policy=policy).create_room()
    assert info.value.status_code == 429
    assert info.value.retry_after == 1.0
    assert server.fake.room_names() == []
    assert len(server.fake.requests) == 3


async def test_a_dropped_connection_on_create_is_not_repeated(server: FakeDailyServer) -> None:
    server.fake.drop_next("create_room")
    async with aiohttp.ClientSession() as session:
        with pytest.raises(DailyConnectionError) as info:
            await helper(server, session).create_room()
    assert type(info.value) is DailyConnectionError
    assert info.value.sent is True
    assert len(server.fake.requests) == 1


async def test_a_slow_fake_is_a_timeout() -> None:
    with FakeDailyServer(latency=1.0) as server:
        async with aiohttp.ClientSession() as session:
            h = helper(server, session, timeout=0.2, max_retries=0)
            with pytest.raises(DailyTimeoutError) as info:
                await h.get_room("standup")
            assert info.value.sent is True
            assert not session.closed
