"""The clients compared, each doing one room lifecycle: create a room, mint a token for it, look
it up by URL, delete it. Every factory returns ``(lifecycle, close)``.

Our helpers run with ``rate_limits=None`` here: pipecat's helper has no limiter, and the
lifecycle figure is about CPU per call, not about waiting for a window (the bulk figure
measures the limiter).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

API_KEY = "0123456789abcdef" * 4  # the length of a real Daily key (HS256 wants >= 32 bytes)
HEADERS = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
#: pipecat's default room body (what ``DailyRoomParams()`` sends), for the raw clients.
ROOM_BODY = {
    "privacy": "public",
    "properties": {
        "enable_chat": False,
        "enable_prejoin_ui": False,
        "enable_emoji_reactions": False,
        "eject_at_room_exp": False,
        "start_video_off": False,
    },
}

AsyncLifecycle = Callable[[], Awaitable[None]]
AsyncClose = Callable[[], Awaitable[None]]


def _token_body(name: str) -> dict[str, Any]:
    return {
        "properties": {
            "room_name": name,
            "is_owner": True,
            "exp": int(time.time() + 3600),
            "eject_at_token_exp": False,
        }
    }


def _name(url: str) -> str:
    return url.rsplit("/", 1)[1]


# --- ours ------------------------------------------------------------------------------------


async def ours_async(url: str, **kwargs: Any) -> tuple[AsyncLifecycle, AsyncClose]:
    from daily_helpers import DailyRESTHelper

    helper = DailyRESTHelper(
        daily_api_key=API_KEY,
        daily_api_url=url,
        rate_limits=kwargs.pop("rate_limits", None),
        **kwargs,
    )
    return _lifecycle_of(helper), helper.aclose


def _lifecycle_of(helper: Any) -> AsyncLifecycle:
    async def lifecycle() -> None:
        room = await helper.create_room()
        await helper.get_token(room.url)
        await helper.get_room_from_url(room.url)
        await helper.delete_room_by_url(room.url)

    return lifecycle


async def ours_default(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    return await ours_async(url)


async def ours_aiohttp(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    return await ours_async(url, transport="aiohttp")


async def ours_httpx(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    return await ours_async(url, transport="httpx")


async def ours_session(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    """pipecat's drop-in form: our helper over the caller's aiohttp session."""
    import aiohttp

    session = aiohttp.ClientSession()
    lifecycle, close = await ours_async(url, aiohttp_session=session)

    async def close_both() -> None:
        await close()
        await session.close()

    return lifecycle, close_both


async def _transport_only(url: str, transport: str) -> tuple[AsyncLifecycle, AsyncClose]:
    """Our transport alone, sending the helper's four requests prebuilt: the floor the facade
    and the generated layer sit on."""
    from daily_helpers import DailyRESTHelper
    from daily_helpers._engine import Request

    helper = DailyRESTHelper(
        daily_api_key=API_KEY, daily_api_url=url, rate_limits=None, transport=transport
    )  # type: ignore[arg-type]
    send = helper._transport.send
    room = Request("POST", "/rooms", None, b'{"privacy":"public","properties":{}}')
    token = Request(
        "POST",
        "/meeting-tokens",
        None,
        b'{"properties":{"room_name":"r","eject_at_token_exp":false,"exp":1900000000,'
        b'"is_owner":true}}',
    )
    get = Request("GET", "/rooms/r", None, None)
    delete = Request("DELETE", "/rooms/r", None, None)

    async def lifecycle() -> None:
        await send(room)
        await send(token)
        await send(get)
        await send(delete)

    return lifecycle, helper.aclose


async def transport_aiohttp(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    return await _transport_only(url, "aiohttp")


async def transport_httpx(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    return await _transport_only(url, "httpx")


def ours_sync(url: str) -> tuple[Callable[[], None], Callable[[], None]]:
    from daily_helpers import DailyRESTHelperSync

    helper = DailyRESTHelperSync(daily_api_key=API_KEY, daily_api_url=url, rate_limits=None)

    def lifecycle() -> None:
        room = helper.create_room()
        helper.get_token(room.url)
        helper.get_room_from_url(room.url)
        helper.delete_room_by_url(room.url)

    return lifecycle, helper.close


# --- theirs ----------------------------------------------------------------------------------


async def pipecat(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    import aiohttp
    from pipecat.transports.daily.utils import DailyRESTHelper, DailyRoomParams

    session = aiohttp.ClientSession()
    helper = DailyRESTHelper(daily_api_key=API_KEY, daily_api_url=url, aiohttp_session=session)

    async def lifecycle() -> None:
        room = await helper.create_room(DailyRoomParams())
        await helper.get_token(room.url)
        await helper.get_room_from_url(room.url)
        await helper.delete_room_by_url(room.url)

    return lifecycle, session.close


async def raw_aiohttp(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    import aiohttp

    session = aiohttp.ClientSession(headers=HEADERS)

    async def lifecycle() -> None:
        async with session.post(f"{url}/rooms", json=ROOM_BODY) as resp:
            room = await resp.json()
        name = _name(room["url"])
        async with session.post(f"{url}/meeting-tokens", json=_token_body(name)) as resp:
            await resp.json()
        async with session.get(f"{url}/rooms/{name}") as resp:
            await resp.json()
        async with session.delete(f"{url}/rooms/{name}") as resp:
            await resp.json()

    return lifecycle, session.close


async def raw_httpx(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    import httpx

    client = httpx.AsyncClient(headers=HEADERS)

    async def lifecycle() -> None:
        room = (await client.post(f"{url}/rooms", json=ROOM_BODY)).json()
        name = _name(room["url"])
        (await client.post(f"{url}/meeting-tokens", json=_token_body(name))).json()
        (await client.get(f"{url}/rooms/{name}")).json()
        (await client.delete(f"{url}/rooms/{name}")).json()

    return lifecycle, client.aclose


# --- no I/O: the client-side work alone ------------------------------------------------------


def _canned(method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
    from benchmarks.canned_server import answer

    return answer(method, path, body or b"")


async def ours_no_io(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    """Our default helper with its transport replaced by canned answers in process."""
    from daily_helpers import DailyRESTHelper
    from daily_helpers._engine import Request, Response

    class Canned:
        async def send(self, request: Request) -> Response:
            status, body = _canned(request.method, request.path, request.content)
            return Response(status, {"content-type": "application/json"}, body)

        async def aclose(self) -> None:
            return None

    helper = DailyRESTHelper(daily_api_key=API_KEY, daily_api_url=url, rate_limits=None)
    helper._transport = Canned()
    return _lifecycle_of(helper), helper.aclose


class _CannedAiohttpResponse:
    def __init__(self, status: int, body: bytes) -> None:
        self.status = status
        self._body = body

    async def __aenter__(self) -> _CannedAiohttpResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def json(self) -> Any:
        import json

        return json.loads(self._body)

    async def text(self) -> str:
        return self._body.decode()


class _CannedAiohttpSession:
    """What pipecat's helper uses of an ``aiohttp.ClientSession``, answering canned JSON."""

    def _answer(self, method: str, url: str, json: Any = None) -> _CannedAiohttpResponse:
        import json as json_module

        body = None if json is None else json_module.dumps(json).encode()
        status, payload = _canned(method, url.split("/v1", 1)[1], body)
        return _CannedAiohttpResponse(status, payload)

    def post(self, url: str, **kwargs: Any) -> _CannedAiohttpResponse:
        return self._answer("POST", url, kwargs.get("json"))

    def get(self, url: str, **kwargs: Any) -> _CannedAiohttpResponse:
        return self._answer("GET", url)

    def delete(self, url: str, **kwargs: Any) -> _CannedAiohttpResponse:
        return self._answer("DELETE", url)


async def pipecat_no_io(url: str) -> tuple[AsyncLifecycle, AsyncClose]:
    """pipecat's helper over a stand-in session answering canned JSON in process."""
    from pipecat.transports.daily.utils import DailyRESTHelper, DailyRoomParams

    helper = DailyRESTHelper(
        daily_api_key=API_KEY,
        daily_api_url=url,
        aiohttp_session=_CannedAiohttpSession(),  # type: ignore[arg-type]
    )

    async def lifecycle() -> None:
        room = await helper.create_room(DailyRoomParams())
        await helper.get_token(room.url)
        await helper.get_room_from_url(room.url)
        await helper.delete_room_by_url(room.url)

    async def close() -> None:
        return None

    return lifecycle, close


#: Clients measured without I/O (``no_io`` figure): name -> (label, factory).
NO_IO_CLIENTS: dict[str, tuple[str, Any]] = {
    "pipecat_no_io": ("pipecat-ai 1.14.0 DailyRESTHelper, canned session", pipecat_no_io),
    "ours_no_io": ("ours: DailyRESTHelper, canned transport", ours_no_io),
}

#: name -> (label, factory, is_async). Order is the table's order.
CLIENTS: dict[str, tuple[str, Any, bool]] = {
    "pipecat": ("pipecat-ai 1.14.0 DailyRESTHelper (aiohttp)", pipecat, True),
    "ours_default": ("ours: DailyRESTHelper, default install (aiohttp)", ours_default, True),
    "ours_aiohttp": ('ours: DailyRESTHelper(transport="aiohttp")', ours_aiohttp, True),
    "ours_session": ("ours: DailyRESTHelper(aiohttp_session=...)", ours_session, True),
    "ours_httpx": ('ours: DailyRESTHelper(transport="httpx")', ours_httpx, True),
    "ours_sync": ("ours: DailyRESTHelperSync (httpx, threads at 50)", ours_sync, False),
    "transport_aiohttp": (
        "our aiohttp transport alone (prebuilt requests)",
        transport_aiohttp,
        True,
    ),
    "transport_httpx": ("our httpx transport alone (prebuilt requests)", transport_httpx, True),
    "raw_aiohttp": ("raw aiohttp ClientSession", raw_aiohttp, True),
    "raw_httpx": ("raw httpx AsyncClient (defaults)", raw_httpx, True),
}
