"""The pytest plugin's fixtures, used the way the README shows."""

from __future__ import annotations

from daily_helpers import DailyRESTHelper, DailyRESTHelperSync
from daily_helpers.testing import FakeDaily


async def test_daily_helper_is_wired_to_fake_daily(daily_helper, fake_daily):
    assert isinstance(daily_helper, DailyRESTHelper)
    assert isinstance(fake_daily, FakeDaily)
    room = await daily_helper.create_room()
    assert fake_daily.room_names() == [room.name]
    assert await daily_helper.delete_room_by_url(room.url) is True
    assert fake_daily.room_names() == []
    assert [r.operation for r in fake_daily.requests] == ["create_room", "delete_room"]


def test_daily_helper_sync_is_wired_to_fake_daily(daily_helper_sync, fake_daily):
    assert isinstance(daily_helper_sync, DailyRESTHelperSync)
    room = daily_helper_sync.create_room()
    assert daily_helper_sync.get_room_from_url(room.url).id == room.id
    assert fake_daily.statuses() == [200, 200]


def test_each_test_gets_a_fresh_fake(fake_daily):
    assert fake_daily.room_names() == []
    assert fake_daily.requests == []
    assert fake_daily.rate_limits is None
