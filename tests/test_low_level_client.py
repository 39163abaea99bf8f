"""``low_level_client()``: the generated client with the helper's key, base URL and timeout."""

from __future__ import annotations

import asyncio

import httpx
from daily_openapi_client import AuthenticatedClient
from daily_openapi_client.api.domain import get_domain
from daily_openapi_client.api.rooms import get_room
from daily_openapi_client.models import Domain, Error, Room

from daily_helpers import DailyRESTHelper, DailyRESTHelperSync, Timeout
from daily_helpers.testing import FakeDailyServer


def test_the_sync_helpers_low_level_client_calls_the_fake_with_the_helpers_key() -> None:
    with FakeDailyServer() as server:
        server.fake.add_room("standup")
        daily = DailyRESTHelperSync(
            daily_api_key=server.fake.api_key,
            daily_api_url=server.base_url,
            timeout=Timeout(total=7.5, connect=2.0),
        )
        with daily.low_level_client() as client:
            assert isinstance(client, AuthenticatedClient)
            httpx_client = client.get_httpx_client()
            assert str(httpx_client.base_url).rstrip("/") == server.base_url
            assert httpx_client.timeout == httpx.Timeout(7.5, connect=2.0)
            domain = get_domain.sync(client=client)
            room = get_room.sync("standup", client=client)
            missing = get_room.sync("nope", client=client)
        daily.close()
        assert isinstance(domain, Domain)
        assert domain.domain_id == server.fake.domain_id
        assert isinstance(room, Room)
        assert room.name == "standup"
        assert isinstance(missing, Error)
        assert missing.error == "not-found"
        sent = [(r.method, r.path, r.status) for r in server.fake.requests]
        assert sent == [
            ("GET", "/", 200),
            ("GET", "/rooms/standup", 200),
            ("GET", "/rooms/nope", 404),
        ]


def test_the_low_level_client_carries_the_helpers_key_not_another() -> None:
    with FakeDailyServer() as server:
        daily = DailyRESTHelperSync(daily_api_key="not-the-key", daily_api_url=server.base_url)
        with daily.low_level_client() as client:
            refused = get_domain.sync(client=client)
        daily.close()
    assert isinstance(refused, Error)
    assert [r.status for r in server.fake.requests] == [401]


def test_the_async_helpers_low_level_client_works_async_and_hides_the_key() -> None:
    async def main(server: FakeDailyServer) -> object:
        daily = DailyRESTHelper(daily_api_key=server.fake.api_key, daily_api_url=server.base_url)
        async with daily.low_level_client() as client:
            for text in (repr(client), str(client)):
                assert server.fake.api_key not in text
                assert "token='***'" in text
            client.get_async_httpx_client()  # builds the Authorization header
            assert server.fake.api_key not in repr(client)
            domain = await get_domain.asyncio(client=client)
        await daily.aclose()
        return domain

    with FakeDailyServer() as server:
        domain = asyncio.run(main(server))
    assert isinstance(domain, Domain)
    assert domain.domain_id == server.fake.domain_id
