"""The aiohttp transport (the async default) and pipecat's ``aiohttp_session=`` keyword, against a
local aiohttp server on 127.0.0.1 that records every request it gets."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp import web

from daily_helpers import (
    DailyConnectionError,
    DailyRESTHelper,
    DailyRoomParams,
    DailyRoomProperties,
    DailyTimeoutError,
    HelperClosedError,
    ServerError,
)
from daily_helpers._engine import Request
from daily_helpers._transport import Timeout
from daily_helpers._transport_aiohttp import AsyncAiohttpTransport, aiohttp_failure
from daily_helpers._transport_httpx import AsyncHttpxTransport

ROOM = {
    "id": "7f4b4d5c-1a2b-4c3d-8e9f-000000000001",
    "name": "standup",
    "api_created": True,
    "privacy": "public",
    "url": "https://acme.daily.co/standup",
    "created_at": "2026-01-02T03:04:05.000Z",
    "config": {"exp": 1900000000},
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Server:
    """A recording aiohttp server; ``handler`` decides each answer (default: canned Daily)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.handler: Handler = self.canned
        self.url = ""

    async def canned(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/v1/meeting-tokens":
            return web.json_response({"token": "aaa.bbb.ccc"})
        if request.method == "GET" and request.path == "/v1/rooms":
            return web.json_response({"total_count": 0, "data": []})
        if request.method == "DELETE":
            return web.json_response({"deleted": True, "name": request.match_info["tail"]})
        return web.json_response(ROOM)

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests.append((request.method, request.path_qs, dict(request.headers), body))
        return await self.handler(request)


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = Server()
    app = web.Application()
    app.router.add_route("*", "/v1/{tail:.*}", srv.dispatch)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    srv.url = f"http://127.0.0.1:{port}/v1"
    yield srv
    await runner.cleanup()


async def no_sleep(seconds: float) -> None:
    return None


def helper(server: Server, **kwargs: Any) -> DailyRESTHelper:
    kwargs.setdefault("sleep", no_sleep)
    return DailyRESTHelper(daily_api_key="sk-test", daily_api_url=server.url, **kwargs)


async def lifecycle(h: DailyRESTHelper) -> None:
    room = await h.create_room(
        DailyRoomParams(name="standup", properties=DailyRoomProperties(exp=1900000000.7))
    )
    assert room.name == "standup"
    assert await h.get_token(room.url, params=None, expiry_time=60) == "aaa.bbb.ccc"
    assert (await h.get_room_from_url(room.url)).id == ROOM["id"]
    assert await h.delete_room_by_url(room.url) is True


def sent(server: Server) -> list[tuple[str, str, Any]]:
    return [
        (method, path, json.loads(body) if body else None)
        for method, path, _, body in server.requests
    ]


async def test_default_transport_is_aiohttp_and_sends_the_exact_requests(server: Server) -> None:
    async with helper(server, clock=lambda: 1800000000.0) as h:
        assert isinstance(h._transport, AsyncAiohttpTransport)
        await lifecycle(h)
    assert sent(server) == [
        (
            "POST",
            "/v1/rooms",
            {
                "name": "standup",
                "privacy": "public",
                "properties": {
                    "exp": 1900000000,
                    "enable_chat": False,
                    "enable_prejoin_ui": False,
                    "enable_emoji_reactions": False,
                    "eject_at_room_exp": False,
                    "start_video_off": False,
                },
            },
        ),
        (
            "POST",
            "/v1/meeting-tokens",
            {
                "properties": {
                    "room_name": "standup",
                    "exp": 1800000060,
                    "is_owner": True,
                    "eject_at_token_exp": False,
                }
            },
        ),
        ("GET", "/v1/rooms/standup", None),
        ("DELETE", "/v1/rooms/standup", None),
    ]
    for method, _, headers, body in server.requests:
        assert headers["Authorization"] == "Bearer sk-test"
        assert headers["Accept"] == "application/json"
        assert headers["User-Agent"].startswith("daily-helpers/")
        assert (headers.get("Content-Type") == "application/json") == (method == "POST")
        # Compact JSON, as every transport sends it.
        assert b": " not in body
        assert b", " not in body


async def test_httpx_and_aiohttp_send_the_same_bytes(server: Server) -> None:
    bodies = {}
    for transport in ("aiohttp", "httpx"):
        server.requests.clear()
        async with helper(server, transport=transport, clock=lambda: 1800000000.0) as h:
            expected = AsyncAiohttpTransport if transport == "aiohttp" else AsyncHttpxTransport
            assert isinstance(h._transport, expected)
            await lifecycle(h)
            rooms = await h.list_rooms(limit=5, starting_after="abc")
            assert rooms.rooms == []
        bodies[transport] = [(m, p, b) for m, p, _, b in server.requests]
    assert bodies["aiohttp"] == bodies["httpx"]
    assert bodies["aiohttp"][-1][:2] == ("GET", "/v1/rooms?limit=5&starting_after=abc")


async def test_callers_session_is_used_and_never_closed(server: Server) -> None:
    async with aiohttp.ClientSession() as session:
        h = helper(server, aiohttp_session=session)
        assert isinstance(h._transport, AsyncAiohttpTransport)
        await lifecycle(h)
        await h.aclose()
        assert not session.closed
        async with helper(server, aiohttp_session=session) as h2:
            await h2.get_room("standup")
        assert not session.closed
        # Still usable by its owner after the helpers are closed.
        async with session.get(server.url + "/rooms/standup") as resp:
            assert resp.status == 200
    assert len(server.requests) == 6


async def test_callers_session_raise_for_status_does_not_change_error_mapping(
    server: Server,
) -> None:
    async def boom(request: web.Request) -> web.StreamResponse:
        status = 503 if len(server.requests) == 1 else 500
        return web.json_response({"error": "server-error", "info": "x"}, status=status)

    server.handler = boom
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        h = helper(server, aiohttp_session=session, max_retries=1)
        with pytest.raises(ServerError) as info:
            await h.get_room("standup")
        assert info.value.status_code == 500
    assert len(server.requests) == 2


async def test_owned_session_is_closed_by_aclose() -> None:
    h = DailyRESTHelper(daily_api_key="k", daily_api_url="http://127.0.0.1:9/v1", max_retries=0)
    transport = h._transport
    assert isinstance(transport, AsyncAiohttpTransport)
    with pytest.raises(DailyConnectionError):
        await h.get_room("standup")  # creates the session on the loop in use
    session = transport._session
    assert session is not None
    assert not session.closed
    await h.aclose()
    assert session.closed
    with pytest.raises(HelperClosedError, match=r"^the helper is closed; create a new one$"):
        await h.get_room("standup")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"http_client": "httpx", "aiohttp_session": "aiohttp"}, "not both"),
        ({"aiohttp_session": "aiohttp", "transport": "httpx"}, "needs http_client"),
        ({"http_client": "httpx", "transport": "aiohttp"}, "needs aiohttp_session"),
        ({"transport": "requests"}, "transport must be one of"),
        ({"aiohttp_session": object()}, "aiohttp.ClientSession"),
        ({"http_client": object()}, "httpx.AsyncClient"),
    ],
)
async def test_conflicting_or_wrong_arguments_are_type_errors(
    kwargs: dict[str, Any], message: str
) -> None:
    async with aiohttp.ClientSession() as session, httpx.AsyncClient() as client:
        real = {"httpx": client, "aiohttp": session}
        args = {k: real.get(v, v) if isinstance(v, str) else v for k, v in kwargs.items()}
        if "transport" in kwargs:
            args["transport"] = kwargs["transport"]
        with pytest.raises(TypeError, match=message):
            DailyRESTHelper(daily_api_key="k", **args)
        assert not session.closed


async def test_connection_refused_is_not_sent() -> None:
    async with DailyRESTHelper(
        daily_api_key="sk-secret", daily_api_url="http://127.0.0.1:9/v1", max_retries=0
    ) as h:
        with pytest.raises(DailyConnectionError) as info:
            await h.create_room()
    assert type(info.value) is DailyConnectionError
    assert info.value.sent is False
    assert (info.value.method, info.value.path) == ("POST", "/rooms")
    assert info.value.__cause__ is None
    assert info.value.__context__ is None
    assert "sk-secret" not in str(info.value)
    assert "sk-secret" not in repr(info.value)


async def test_slow_answer_is_a_timeout_that_may_have_been_sent(server: Server) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(2)
        return web.json_response(ROOM)

    server.handler = slow
    async with helper(server, timeout=0.2, max_retries=1) as h:
        with pytest.raises(DailyTimeoutError) as info:
            await h.get_room("standup")
    assert info.value.sent is True
    assert info.value.path == "/rooms/standup"
    assert len(server.requests) == 2  # an idempotent GET is retried once


async def test_dropped_connection_is_sent_and_create_is_not_retried(server: Server) -> None:
    async def drop(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.Response()

    server.handler = drop
    async with helper(server, max_retries=2) as h:
        with pytest.raises(DailyConnectionError) as info:
            await h.create_room()
    assert info.value.sent is True
    assert len(server.requests) == 1  # POST /rooms may have created a room: never repeated


async def test_retry_after_header_is_read_lower_case(server: Server) -> None:
    async def limited(request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {"error": "rate-limit-error"}, status=429, headers={"Retry-After": "7"}
        )

    server.handler = limited
    transport = AsyncAiohttpTransport(
        None, base_url=server.url, headers={"Authorization": "Bearer k"}, timeout=Timeout()
    )
    try:
        response = await transport.send(Request("GET", "/rooms/standup", None, None))
    finally:
        await transport.aclose()
    assert not isinstance(response, DailyConnectionError)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert all(name == name.lower() for name in response.headers)
    assert json.loads(response.content) == {"error": "rate-limit-error"}


@pytest.mark.parametrize(
    ("exc", "kind", "sent"),
    [
        (aiohttp.ConnectionTimeoutError(), DailyTimeoutError, False),
        (aiohttp.SocketTimeoutError(), DailyTimeoutError, True),
        (TimeoutError(), DailyTimeoutError, True),
        (aiohttp.ServerDisconnectedError(), DailyConnectionError, True),
        (aiohttp.ClientPayloadError("truncated"), DailyConnectionError, True),
    ],
)
def test_failure_mapping(exc: BaseException, kind: type[DailyConnectionError], sent: bool) -> None:
    failure = aiohttp_failure(exc, Request("POST", "/rooms", None, b"{}"))
    assert type(failure) is kind
    assert failure.sent is sent
    assert (failure.method, failure.path) == ("POST", "/rooms")
