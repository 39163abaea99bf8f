"""The pytest plugin's fixtures, used the way the README shows."""

from __future__ import annotations

from pathlib import Path

from daily_helpers import DailyRESTHelper, DailyRESTHelperSync
from daily_helpers.testing import FakeDaily
from tests.conftest import run_pytest_in_an_empty_folder


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


# --- in an empty folder with no configuration (pytest-asyncio in its default strict mode) ---

EMPTY_FOLDER_TESTS = """
import pytest


async def test_async_with_our_fixtures(daily_helper, fake_daily):
    room = await daily_helper.create_room()
    assert fake_daily.room_names() == [room.name]


@pytest.mark.asyncio
async def test_already_marked(daily_helper):
    assert await daily_helper.delete_room_by_name("gone") is True


def test_sync(daily_helper_sync, fake_daily):
    daily_helper_sync.create_room()
    assert len(fake_daily.room_names()) == 1


async def test_async_without_our_fixtures():
    pass
"""


def test_async_tests_run_with_no_configuration(tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text(EMPTY_FOLDER_TESTS)
    proc = run_pytest_in_an_empty_folder(tmp_path, "-rA")
    lines = proc.stdout.splitlines()
    assert "PASSED test_app.py::test_async_with_our_fixtures" in lines, proc.stdout
    assert "PASSED test_app.py::test_already_marked" in lines
    assert "PASSED test_app.py::test_sync" in lines
    # An async test that uses none of our fixtures is left to pytest (and its own plugins).
    assert "FAILED test_app.py::test_async_without_our_fixtures" in " ".join(lines)
    assert "1 failed, 3 passed" in lines[-1]
    assert proc.returncode == 1


async def test_the_async_fixture_runs_the_production_path(
    daily_helper: DailyRESTHelper, fake_daily: FakeDaily
) -> None:
    """aiohttp, as in production: the helper's own session, the fake on a loopback port."""
    from daily_helpers._transport_aiohttp import AsyncAiohttpTransport

    assert isinstance(daily_helper._transport, AsyncAiohttpTransport)
    assert daily_helper.daily_api_url.startswith("http://127.0.0.1:")
    room = await daily_helper.create_room()
    assert fake_daily.room_names() == [room.name]
    assert [r.operation for r in fake_daily.requests] == ["create_room"]
