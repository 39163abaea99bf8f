"""Multi-call flows of both helpers (async and sync) against the in-process fake Daily."""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any

import pytest

from daily_helpers import (
    DAILY_RATE_LIMITS,
    DailyRoomParams,
    DailyRoomProperties,
    Limit,
    NotFoundError,
    RateLimits,
)
from daily_helpers._rate_limit import SlidingWindowLimiter
from daily_helpers.testing import FakeDaily

NOW = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeDaily:
    return FakeDaily(clock=clock, domain_name="flows")


@pytest.fixture(params=["async", "sync"])
async def helper(request, fake: FakeDaily, clock: Clock):
    if request.param == "async":
        async_helper = fake.helper(clock=clock)
        yield async_helper
        await async_helper.aclose()
    else:
        sync_helper = fake.helper_sync(clock=clock)
        yield sync_helper
        sync_helper.close()


async def call(helper: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """One helper call, awaited when the helper is the async one."""
    result = getattr(helper, method)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


async def collect(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


def operations(fake: FakeDaily) -> list[tuple[str | None, int]]:
    return [(r.operation, r.status) for r in fake.requests]


async def test_bot_session_flow(helper, fake):
    room = await call(helper, "create_room", DailyRoomParams(name="bot-room"))
    assert room.url == "https://flows.daily.co/bot-room"
    found = await call(helper, "get_room_from_url", room.url)
    assert (found.id, found.name) == (room.id, "bot-room")
    token = await call(helper, "get_token", room.url, expiry_time=600, owner=True)
    valid = await call(helper, "validate_token", token)
    assert (valid.room_name, valid.is_owner, valid.exp) == ("bot-room", True, int(NOW) + 600)
    assert await call(helper, "delete_room_by_url", room.url) is True
    assert await call(helper, "delete_room_by_url", room.url) is True  # 404 tolerated
    assert operations(fake) == [
        ("create_room", 200),
        ("get_room", 200),
        ("create_meeting_token", 200),
        ("validate_meeting_token", 200),
        ("delete_room", 200),
        ("delete_room", 404),
    ]
    assert fake.requests[2].json == {
        "properties": {
            "room_name": "bot-room",
            "exp": int(NOW) + 600,
            "is_owner": True,
            "eject_at_token_exp": False,
        }
    }
    assert fake.room_names() == []


async def test_expired_room_reads_as_gone(helper, fake, clock):
    params = DailyRoomParams(name="brief", properties=DailyRoomProperties(exp=NOW + 60.7))
    room = await call(helper, "create_room", params)
    assert room.config.exp == int(NOW) + 60  # the fractional exp was truncated
    assert (await call(helper, "get_room", "brief")).name == "brief"
    clock.now = NOW + 61
    with pytest.raises(NotFoundError) as caught:
        await call(helper, "get_room_from_url", room.url)
    assert caught.value.status_code == 404
    assert (await call(helper, "list_rooms")).rooms == []
    assert await call(helper, "delete_room_by_name", "brief") is True  # 404 with deleted: true
    assert operations(fake)[-1] == ("delete_room", 404)


async def test_iter_rooms_pages_through_everything(helper, fake):
    for i in range(8):
        fake.add_room(f"room-{i}", created_at=NOW - 100 + i)
    rooms = await collect(helper.iter_rooms(page_size=3))
    assert [r.name for r in rooms] == [f"room-{i}" for i in range(7, -1, -1)]
    lists = [r for r in fake.requests if r.operation == "list_rooms"]
    assert len(lists) == 3
    assert lists[0].query == (("limit", "3"),)
    assert dict(lists[1].query)["starting_after"] == rooms[2].id
    assert dict(lists[2].query)["starting_after"] == rooms[5].id


async def test_list_rooms_cursors(helper, fake):
    for i in range(5):
        fake.add_room(f"r{i}", created_at=NOW - 10 + i)
    first = await call(helper, "list_rooms", limit=2)
    assert ([r.name for r in first.rooms], first.total_count) == (["r4", "r3"], 5)
    second = await call(helper, "list_rooms", limit=2, starting_after=first.next_cursor)
    assert [r.name for r in second.rooms] == ["r2", "r1"]
    back = await call(helper, "list_rooms", limit=2, ending_before=second.previous_cursor)
    assert [r.name for r in back.rooms] == ["r4", "r3"]


async def test_update_merges_and_null_resets(helper, fake):
    await call(
        helper,
        "create_room",
        DailyRoomParams(name="tune", properties=DailyRoomProperties(enable_chat=True)),
    )
    room = await call(helper, "update_room", "tune", properties={"max_participants": 5})
    assert room.config.max_participants == 5
    # DailyRoomProperties sends pipecat's defaults; these two differ from Daily's, so show.
    shown = {"enable_prejoin_ui": False, "enable_emoji_reactions": False}
    assert fake.room("tune")["config"] == {**shown, "enable_chat": True, "max_participants": 5}
    room = await call(
        helper, "update_room", "tune", privacy="private", properties={"max_participants": None}
    )
    assert room.privacy == "private"
    assert fake.room("tune")["config"] == {**shown, "enable_chat": True}
    assert fake.requests[-1].json == {
        "privacy": "private",
        "properties": {"max_participants": None},
    }


async def test_signed_token_is_accepted_by_validate(helper, fake):
    token = await call(
        helper, "sign_token", "https://flows.daily.co/signed", expiry_time=120, owner=False
    )
    assert [r.operation for r in fake.requests] == ["get_domain"]  # only for the domain id
    decoded = helper.decode_token(token)
    assert decoded.extra["domain_id"] == fake.domain_id
    valid = await call(helper, "validate_token", token)
    assert (valid.room_name, valid.is_owner, valid.exp) == ("signed", False, int(NOW) + 120)


async def test_burst_of_deletes_stays_under_the_rate_limits():
    # Daily's limits with windows 100 times shorter on both sides: 50 deletes per 0.3 s.
    # The limiter is the helper's default kind: however late a granted request reaches the
    # fake (500 calls start at once on 2 cores), it holds its place until a window after its
    # answer, so the fake never sees 51 in a window.
    scaled = DAILY_RATE_LIMITS.scaled(100)
    fake = FakeDaily(rate_limits=scaled)
    names = [f"burst-{i}" for i in range(500)]
    for name in names:
        fake.add_room(name)
    limiter = SlidingWindowLimiter(scaled, clock=time.monotonic)
    helper = fake.helper(rate_limits=limiter)
    try:
        results = await asyncio.wait_for(
            asyncio.gather(*(helper.delete_room_by_name(n) for n in names)), 60
        )
    finally:
        await helper.aclose()
    assert results == [True] * 500
    assert fake.statuses().count(429) == 0
    assert fake.statuses() == [200] * 500
    assert fake.room_names() == []


async def test_a_burst_that_trips_the_limit_converges_instead_of_failing():
    # The client believes in twice Daily's limit (a misconfiguration, or another process
    # sharing the key): Daily answers 429. Every 429 pauses the helper's other calls and is
    # retried on its own budget, so all 300 deletes end well.
    daily = DAILY_RATE_LIMITS.scaled(100)  # 50 deletes per 0.3 s
    fake = FakeDaily(rate_limits=daily)
    names = [f"trip-{i}" for i in range(300)]
    for name in names:
        fake.add_room(name)
    too_loose = RateLimits(general=daily.general, room_delete=Limit(100, 0.3))
    helper = fake.helper(rate_limits=too_loose)
    try:
        results = await asyncio.wait_for(
            asyncio.gather(*(helper.delete_room_by_name(n) for n in names)), 120
        )
    finally:
        await helper.aclose()
    assert results == [True] * 300
    statuses = fake.statuses()
    assert statuses.count(429) > 0  # it did trip the limit
    assert statuses.count(200) == 300
    assert fake.room_names() == []
