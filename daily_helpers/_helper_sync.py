"""``DailyRESTHelperSync``: the blocking twin of ``DailyRESTHelper``; only the I/O differs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from types import TracebackType
from typing import Any, TypeVar

import httpx

from . import _engine, _rooms, tokens
from ._base import (
    BulkProgress,
    DeleteOutcome,
    HelperBase,
    ProgressCallback,
)
from ._checks import UnknownPolicy
from ._policy import RetryPolicy
from ._telephony_methods import TelephonyMethodsSync
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, SyncTransport, Timeout
from ._transport_httpx import SyncHttpxTransport
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

__all__ = ["DailyRESTHelperSync"]

T = TypeVar("T")


class DailyRESTHelperSync(TelephonyMethodsSync, HelperBase):
    """Blocking helper for Daily's rooms and meeting-tokens REST API; thread-safe.

    Use ``with`` or ``helper.close()``. A caller's ``http_client`` is used and
    never closed. ``timeout`` is seconds per attempt (or a :class:`Timeout`); failed calls are
    retried up to ``max_retries`` times as :class:`RetryPolicy` allows; ``rate_limits`` keeps
    calls under Daily's limits (``"daily"``), off (``None``), or under custom limits. A room
    or token property the spec does not name is sent as given with an
    :class:`UnknownPropertyWarning` (``unknown_properties="warn"``), silently (``"send"``), or
    refused before sending (``"error"``). A response body over ``max_response_bytes`` (after
    decompression) is refused unread with :class:`~daily_helpers.errors.UnexpectedResponseError`.
    ``daily_api_key`` and ``daily_api_url`` default to the ``DAILY_API_KEY`` and
    ``DAILY_API_URL`` environment variables (the URL then to ``https://api.daily.co/v1``).
    ``sleep`` (seconds) and ``clock`` (Unix seconds) are injectable for tests.
    """

    def __init__(
        self,
        *,
        daily_api_key: str | None = None,
        daily_api_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | Timeout = 30.0,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        rate_limits: object = "daily",
        unknown_properties: UnknownPolicy = "warn",
        sleep: Callable[[float], None] | None = None,
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
        self._domain_lock = threading.Lock()
        self._domain_flight: Future[str] | None = None
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client")
        self._sleep = sleep if sleep is not None else time.sleep
        self._transport: SyncTransport = SyncHttpxTransport(
            http_client,
            base_url=self._api_url,
            headers=self._headers,
            timeout=self._timeout,
            max_response_bytes=self._max_response_bytes,
        )

    def __enter__(self) -> DailyRESTHelperSync:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client, and the rate limiter's connections, if the helper created
        them. Calls after this raise :class:`~daily_helpers.errors.HelperClosedError`."""
        self._closed = True
        self._transport.close()
        close = getattr(self._limiter, "close", None)
        if self._owns_limiter and callable(close):
            close()

    def _run(self, work: _engine.Call[T] | _engine.Operation[T]) -> T:
        operation: _engine.Operation[T]
        if isinstance(work, _engine.Call) and _engine.sent_at_once():
            # A single call: its first attempt sent here, the retry loop only if it failed.
            call: _engine.Call[T] = self._open(work)
            if self._limiter is None:
                answer = self._transport.send(call.request)
            else:
                answer = self._send(call.request, call.bucket)
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
                sent = self._send(action.request, action.bucket)
                if isinstance(sent, DailyConnectionError):
                    failure = sent
                else:
                    result = sent
            elif isinstance(action, _engine.Sleep):
                self._sleep(action.seconds)
            elif self._limiter is not None:
                self._limiter.pause(action.bucket, action.seconds)

    def _send(
        self, request: _engine.Request, bucket: str
    ) -> _engine.Response | DailyConnectionError:
        """Send within the rate limit: the request holds its place until it ended."""
        limiter = self._limiter
        if limiter is None:
            return self._transport.send(request)
        slot = limiter.acquire(bucket, self._sleep)
        try:
            answer = self._transport.send(request)
        except BaseException:
            limiter.release(slot, sent=True)  # interrupted: Daily may have it
            raise
        limiter.release(slot, sent=_engine.reached_daily(answer))
        return answer

    # --- pipecat's API ----------------------------------------------------------------------

    def get_room_from_url(self, room_url: str) -> DailyRoomObject:
        """The room a room URL names (``GET /rooms/{name}``)."""
        return self._run(_rooms.get_room(get_name_from_url(room_url)))

    def create_room(self, params: DailyRoomParams | None = None) -> DailyRoomObject:
        """Create a room (``POST /rooms``); a retry can never create a second one."""
        return self._run(self._create_call(params))

    def get_token(
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
        return self._run(self._create_token_call(properties))

    def delete_room_by_name(self, room_name: str) -> bool:
        """Delete a room; ``True`` also when it was already gone (404)."""
        self._run(self._delete_call(room_name))
        return True

    def delete_room_by_url(self, room_url: str) -> bool:
        """Delete the room a room URL names; ``True`` also when it was already gone."""
        return self.delete_room_by_name(get_name_from_url(room_url))

    # --- beyond pipecat ---------------------------------------------------------------------

    def get_room(self, room_name: str) -> DailyRoomObject:
        """A room by name (``GET /rooms/{name}``)."""
        return self._run(_rooms.get_room(room_name))

    def update_room(
        self,
        room_name: str,
        *,
        privacy: str | None = None,
        properties: DailyRoomProperties | Mapping[str, Any] | None = None,
    ) -> DailyRoomObject:
        """Change a room's privacy and/or properties; only what is given is sent. In a
        properties mapping, ``None`` resets that property to Daily's default."""
        return self._run(self._update_call(room_name, privacy, properties))

    def list_rooms(
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
        return self._run(call)

    def iter_rooms(self, *, page_size: int = 100) -> Iterator[DailyRoomObject]:
        """Every room, newest first, fetched a page at a time."""
        cursor: str | None = None
        while True:
            page = self.list_rooms(limit=page_size, starting_after=cursor)
            yield from page.rooms
            cursor = page.next_cursor
            if cursor is None:
                return

    def delete_rooms(
        self,
        rooms: Iterable[str],
        *,
        concurrency: int = 8,
        on_progress: ProgressCallback | None = None,
    ) -> list[DeleteOutcome]:
        """Delete many rooms (names or URLs) by batches of up to 1,000, as
        :meth:`DailyRESTHelper.delete_rooms` does; one outcome per room, in order."""
        self._check_concurrency(concurrency)
        targets = self._bulk_targets(rooms)
        progress = BulkProgress(len(targets), on_progress)
        return self._run(self._delete_rooms_op(targets, progress))

    def get_room_presence(self, room_name: str) -> list[dict[str, Any]]:
        """Who is in a room now (``GET /rooms/{name}/presence``)."""
        return self._run(_rooms.get_room_presence(room_name))

    def validate_token(
        self, token: str, *, ignore_nbf: bool = False
    ) -> DailyMeetingTokenProperties:
        """Ask Daily whether a token is valid; its properties by long name."""
        return self._run(tokens.validate_meeting_token(token, ignore_nbf=ignore_nbf))

    def get_domain_id(self) -> str:
        """The domain's id (``GET /``), fetched once per helper: concurrent callers share one
        request (and its failure)."""
        if self._domain_id is not None:
            return self._domain_id
        with self._domain_lock:
            flight = self._domain_flight
            leading = flight is None
            if flight is None:
                flight = self._domain_flight = Future()
        if not leading:
            return flight.result()
        try:
            domain_id = self._run(self._domain_id_op())
        except BaseException as exc:
            flight.set_exception(exc)
            raise
        else:
            flight.set_result(domain_id)
            return domain_id
        finally:
            with self._domain_lock:
                self._domain_flight = None

    def sign_token(
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
            domain_id = self.get_domain_id()
        return self._signed(claims, domain_id)

    @staticmethod
    def decode_token(token: str) -> DailyMeetingTokenProperties:
        """A token's claims by long name, read without verifying (for display)."""
        return tokens.decode_token(token)
