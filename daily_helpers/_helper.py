"""``DailyRESTHelper``: the async helper, pipecat's API over the shared core."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from . import _engine, _rooms, tokens
from ._base import (
    BulkProgress,
    DeleteOutcome,
    HelperBase,
    ProgressCallback,
)
from ._checks import UnknownPolicy
from ._policy import RetryPolicy
from ._telephony_methods import TelephonyMethods
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, AsyncTransport, Timeout
from ._transport_choice import TransportName, async_transport
from .errors import AuthenticationError, DailyConnectionError
from .models import (
    DailyMeetingTokenParams,
    DailyMeetingTokenProperties,
    DailyRoomObject,
    DailyRoomParams,
    DailyRoomProperties,
    RoomPage,
)
from .urls import get_name_from_url

if TYPE_CHECKING:
    import asyncio

    import aiohttp
    import httpx

__all__ = ["DailyRESTHelper"]

T = TypeVar("T")


_background: set[Any] = set()


def _in_background(work: Coroutine[Any, Any, None]) -> None:
    """Run ``work`` on the running loop without waiting for it (kept referenced until done)."""
    import asyncio

    try:
        task = asyncio.get_running_loop().create_task(work)
    except RuntimeError:  # no running loop (interpreter shutting down): nothing to tell
        work.close()
        return
    _background.add(task)
    task.add_done_callback(_background.discard)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here, not at module level: importing the helper stays cheap

    await asyncio.sleep(seconds)


class DailyRESTHelper(TelephonyMethods, HelperBase):
    """Async helper for Daily's rooms and meeting-tokens REST API.

    Use ``async with`` or ``await helper.aclose()``. Requests go over aiohttp when it is
    installed (``transport="auto"``), else httpx; ``transport="httpx"`` or ``"aiohttp"`` picks
    one. A caller's ``aiohttp_session`` (pipecat's keyword) or ``http_client`` (an
    ``httpx.AsyncClient``) is used and never closed; give at most one. ``timeout`` is seconds
    per attempt (or a :class:`Timeout`); failed calls are retried up to ``max_retries`` times
    as :class:`RetryPolicy` allows; ``rate_limits`` keeps calls under Daily's limits
    (``"daily"``), off (``None``), or under custom limits. A room or token property the
    spec does not name is sent as given with an :class:`UnknownPropertyWarning`
    (``unknown_properties="warn"``), silently (``"send"``), or refused before sending
    (``"error"``). A response body over ``max_response_bytes`` (after decompression) is
    refused unread with :class:`~daily_helpers.errors.UnexpectedResponseError`.
    ``daily_api_key`` and ``daily_api_url`` default to the ``DAILY_API_KEY`` and
    ``DAILY_API_URL`` environment variables (the URL then to ``https://api.daily.co/v1``).
    ``sleep`` (async, seconds) and ``clock`` (Unix seconds) are injectable for tests.
    """

    def __init__(
        self,
        *,
        daily_api_key: str | None = None,
        daily_api_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        aiohttp_session: aiohttp.ClientSession | None = None,
        transport: TransportName = "auto",
        timeout: float | Timeout = 30.0,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        rate_limits: object = "daily",
        unknown_properties: UnknownPolicy = "warn",
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            daily_api_key=daily_api_key,
            daily_api_url=daily_api_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            rate_limits=rate_limits,
            clock=clock,
            unknown_properties=unknown_properties,
            max_response_bytes=max_response_bytes,
        )
        #: the one ``GET /`` in flight for get_domain_id (single flight)
        self._domain_flight: asyncio.Future[str] | None = None
        self._sleep = sleep if sleep is not None else _asyncio_sleep
        self._transport: AsyncTransport = async_transport(
            transport=transport,
            http_client=http_client,
            aiohttp_session=aiohttp_session,
            base_url=self._api_url,
            headers=self._headers,
            timeout=self._timeout,
            max_response_bytes=self._max_response_bytes,
        )

    async def __aenter__(self) -> DailyRESTHelper:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client, and the rate limiter's connections, if the helper created
        them. Calls after this raise :class:`~daily_helpers.errors.HelperClosedError`."""
        self._closed = True
        await self._transport.aclose()
        aclose = getattr(self._limiter, "aclose", None)
        if self._owns_limiter and callable(aclose):
            await aclose()

    async def _run(self, work: _engine.Call[T] | _engine.Operation[T]) -> T:
        operation: _engine.Operation[T]
        if isinstance(work, _engine.Call) and _engine.sent_at_once():
            # A single call: its first attempt sent here, the retry loop only if it failed.
            call: _engine.Call[T] = self._open(work)
            if self._limiter is None:
                answer = await self._transport.send(call.request)
            else:
                answer = await self._send(call.request, call.bucket)
            if _engine.settled(answer):
                return _engine.read_body(call, answer)
            operation = _engine.perform(call, self._ctx, answer)
        else:
            operation = self._operation(work)
        result: Any = None
        failure: DailyConnectionError | None = None
        while True:
            try:
                action = operation.send(result) if failure is None else operation.throw(failure)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            except AuthenticationError as exc:
                exc.base_url = self._api_url  # which Daily refused the key; never the key
                raise
            result = failure = None
            if isinstance(action, _engine.Send):
                sent = await self._send(action.request, action.bucket)
                if isinstance(sent, DailyConnectionError):
                    failure = sent
                else:
                    result = sent
            elif isinstance(action, _engine.Sleep):
                await self._sleep(action.seconds)
            elif self._limiter is not None:
                await self._limiter.pause_async(action.bucket, action.seconds)

    async def _send(
        self, request: _engine.Request, bucket: str
    ) -> _engine.Response | DailyConnectionError:
        """Send within the rate limit: the request holds its place until it ended; a caller
        cancelled while waiting for a place leaves the queue and holds none."""
        limiter = self._limiter
        if limiter is None:
            return await self._transport.send(request)
        slot = await limiter.acquire_async(bucket, self._sleep)
        try:
            answer = await self._transport.send(request)
        except BaseException:
            # Cancelled or interrupted mid-request: Daily may have it. Told in the background,
            # so that a cancelled task ends now.
            _in_background(limiter.release_async(slot, sent=True))
            raise
        await limiter.release_async(slot, sent=_engine.reached_daily(answer))
        return answer

    # --- pipecat's API ----------------------------------------------------------------------

    async def get_room_from_url(self, room_url: str) -> DailyRoomObject:
        """The room a room URL names (``GET /rooms/{name}``)."""
        return await self._run(_rooms.get_room(get_name_from_url(room_url)))

    async def create_room(self, params: DailyRoomParams | None = None) -> DailyRoomObject:
        """Create a room (``POST /rooms``); a retry can never create a second one."""
        return await self._run(self._create_call(params))

    async def get_token(
        self,
        room_url: str,
        expiry_time: float = 3600,
        eject_at_token_exp: bool = False,
        owner: bool = True,
        params: DailyMeetingTokenParams | None = None,
    ) -> str:
        """A meeting token for the room, issued by Daily; ``expiry_time`` in seconds."""
        properties, _ = self._token_properties(
            room_url, expiry_time, eject_at_token_exp, owner, params
        )
        return await self._run(self._create_token_call(properties))

    async def delete_room_by_name(self, room_name: str) -> bool:
        """Delete a room; ``True`` also when it was already gone (404)."""
        await self._run(self._delete_call(room_name))
        return True

    async def delete_room_by_url(self, room_url: str) -> bool:
        """Delete the room a room URL names; ``True`` also when it was already gone."""
        return await self.delete_room_by_name(get_name_from_url(room_url))

    # --- beyond pipecat ---------------------------------------------------------------------

    async def get_room(self, room_name: str) -> DailyRoomObject:
        """A room by name (``GET /rooms/{name}``)."""
        return await self._run(_rooms.get_room(room_name))

    async def update_room(
        self,
        room_name: str,
        *,
        privacy: str | None = None,
        properties: DailyRoomProperties | Mapping[str, Any] | None = None,
    ) -> DailyRoomObject:
        """Change a room's privacy and/or properties; only what is given is sent. In a
        properties mapping, ``None`` resets that property to Daily's default."""
        return await self._run(self._update_call(room_name, privacy, properties))

    async def list_rooms(
        self,
        *,
        limit: int = 100,
        starting_after: str | None = None,
        ending_before: str | None = None,
    ) -> RoomPage:
        """One page of rooms, newest first (``GET /rooms``)."""
        call = _rooms.list_rooms(
            limit=limit, starting_after=starting_after, ending_before=ending_before
        )
        return await self._run(call)

    async def iter_rooms(self, *, page_size: int = 100) -> AsyncIterator[DailyRoomObject]:
        """Every room, newest first, fetched a page at a time."""
        cursor: str | None = None
        while True:
            page = await self.list_rooms(limit=page_size, starting_after=cursor)
            for room in page.rooms:
                yield room
            cursor = page.next_cursor
            if cursor is None:
                return

    async def delete_rooms(
        self,
        rooms: Iterable[str],
        *,
        concurrency: int = 8,
        on_progress: ProgressCallback | None = None,
    ) -> list[DeleteOutcome]:
        """Delete many rooms (names or URLs): ``DELETE /batch/rooms`` with up to 1,000 names
        per call, within the rate limits. A refused batch is split (a census of the domain,
        else bisection) down to per-room deletes, so a missing name costs a few calls, never
        one per room. One outcome per room, in order; never stops at a failure; a name given
        twice is sent once and both entries get its outcome. ``on_progress(outcome, done,
        total)`` after each room. ``concurrency`` is checked and kept for compatibility:
        batches go one at a time."""
        self._check_concurrency(concurrency)
        targets = self._bulk_targets(rooms)
        progress = BulkProgress(len(targets), on_progress)
        return await self._run(self._delete_rooms_op(targets, progress))

    async def get_room_presence(self, room_name: str) -> list[dict[str, Any]]:
        """Who is in a room now (``GET /rooms/{name}/presence``)."""
        return await self._run(_rooms.get_room_presence(room_name))

    async def validate_token(
        self, token: str, *, ignore_nbf: bool = False
    ) -> DailyMeetingTokenProperties:
        """Ask Daily whether a token is valid; its properties by long name."""
        return await self._run(tokens.validate_meeting_token(token, ignore_nbf=ignore_nbf))

    async def get_domain_id(self) -> str:
        """The domain's id (``GET /``), fetched once per helper: concurrent callers share one
        request (and its failure)."""
        import asyncio

        if self._domain_id is not None:
            return self._domain_id
        flight = self._domain_flight
        if flight is None or flight.get_loop() is not asyncio.get_running_loop():
            flight = self._domain_flight = asyncio.ensure_future(self._run(self._domain_id_op()))
            flight.add_done_callback(self._domain_landed)
        # Shielded: a cancelled caller does not cancel the request the others wait for.
        return await asyncio.shield(flight)

    def _domain_landed(self, flight: asyncio.Future[str]) -> None:
        if self._domain_flight is flight:
            self._domain_flight = None
        if not flight.cancelled():
            flight.exception()  # retrieved: a flight whose callers all left logs nothing

    async def sign_token(
        self,
        room_url: str,
        expiry_time: float = 3600,
        eject_at_token_exp: bool = False,
        owner: bool = True,
        params: DailyMeetingTokenParams | None = None,
        *,
        domain_id: str | None = None,
    ) -> str:
        """A self-signed meeting token, with ``get_token``'s defaults and overrides and no
        round trip once the domain id is known."""
        token = self._token_properties(room_url, expiry_time, eject_at_token_exp, owner, params)
        claims = self._claims_to_sign(token, domain_id)  # checked before any request
        if domain_id is None:
            domain_id = await self.get_domain_id()
        return self._signed(claims, domain_id)

    @staticmethod
    def decode_token(token: str) -> DailyMeetingTokenProperties:
        """A token's claims by long name, read without verifying (for display)."""
        return tokens.decode_token(token)
