"""Sending a :class:`~daily_helpers._engine.Request` over httpx: the sync helper's transport, and
the async helper's with ``transport="httpx"`` or ``http_client=``. Imported only then."""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Mapping

import httpx

from ._engine import Request, Response
from ._safety import SCRUBBER, scrub_http_logs
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    BodyDecodeError,
    BodyReader,
    Timeout,
    TransportBase,
)
from .errors import DailyConnectionError, DailyTimeoutError, HelperClosedError

__all__ = ["POOL_LIMITS", "AsyncHttpxTransport", "SyncHttpxTransport", "release_orphans"]

#: What ``send`` turns into a DailyConnectionError (``InvalidURL`` is not a ``RequestError``).
_FAILURES = (TimeoutError, httpx.RequestError, httpx.InvalidURL, BodyDecodeError)
_CLOSED = "the HTTP client is closed; create a new helper (or client)"


class _HttpxBase(TransportBase):
    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        timeout: Timeout,
        owned: bool,
        max_response_bytes: int,
    ) -> None:
        super().__init__(base_url, headers, timeout, owned, max_response_bytes)
        self._httpx_timeout = httpx.Timeout(timeout.total, connect=timeout.connect)
        # httpx logs each URL (a token in /meeting-tokens/…) and the server's reason phrase.
        scrub_http_logs(self._secret)
        weakref.finalize(self, SCRUBBER.discard, self._secret)

    def _httpx_failure(self, exc: Exception, request: Request) -> DailyConnectionError:
        """The one mapping from an httpx (or asyncio) failure to our error; ``sent`` says
        whether Daily may have received the request."""
        name = type(exc).__name__
        cls: type[DailyConnectionError] = DailyConnectionError
        sent = True
        if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
            text, cls, sent = f"timed out connecting to Daily ({name})", DailyTimeoutError, False
        elif isinstance(exc, (httpx.TimeoutException, asyncio.TimeoutError, TimeoutError)):
            text, cls = f"timed out waiting for Daily ({name})", DailyTimeoutError
        elif isinstance(exc, httpx.ConnectError):
            text, sent = f"could not connect to Daily ({name}: {exc})", False
        elif isinstance(exc, httpx.InvalidURL):
            text, sent = f"the request URL is invalid ({name}: {exc})", False
        elif isinstance(exc, (httpx.DecodingError, BodyDecodeError)):
            text = f"could not decode Daily's response ({name}: {exc})"
        else:
            text = f"connection to Daily failed ({name}: {exc})"
        return self._failure(cls, text, request, sent=sent)

    def _build(self, client: httpx.Client | httpx.AsyncClient, request: Request) -> httpx.Request:
        return client.build_request(
            request.method,
            self._base_url + request.path,
            params=request.params,
            content=request.content,
            headers=self._headers_for(request),
            timeout=self._httpx_timeout,
        )


class AsyncHttpxTransport(_HttpxBase):
    """Requests over an ``httpx.AsyncClient``; a caller's client is used and never closed."""

    def __init__(
        self,
        client: httpx.AsyncClient | None,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: Timeout,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(base_url, headers, timeout, client is None, max_response_bytes)
        self._client = client if client is not None else new_async_client()

    async def send(self, request: Request) -> Response | DailyConnectionError:
        client = self._client
        if client.is_closed:
            raise HelperClosedError(_CLOSED)
        try:
            built = self._build(client, request)
            return await asyncio.wait_for(self._exchange(client, built), self._timeout.total)
        except _FAILURES as exc:
            if isinstance(exc, TimeoutError):  # wait_for cancelled the exchange
                release_orphans(client)
            return self._httpx_failure(exc, request)
        except asyncio.CancelledError:
            release_orphans(client)
            raise

    async def _exchange(self, client: httpx.AsyncClient, built: httpx.Request) -> Response:
        resp = await client.send(built, stream=True)
        try:
            reader = self._reader(resp.headers)
            if resp.is_stream_consumed:  # read already, by a mock transport
                reader.feed_decoded(resp.content)
            elif not reader.over:
                async for chunk in resp.aiter_raw():
                    if not reader.feed(chunk):
                        break
        finally:
            await resp.aclose()  # before the end of the body: the connection is dropped
        return self._response(resp.status_code, resp.headers, reader)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()


class SyncHttpxTransport(_HttpxBase):
    """Requests over an ``httpx.Client``; a caller's client is used and never closed."""

    def __init__(
        self,
        client: httpx.Client | None,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: Timeout,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(base_url, headers, timeout, client is None, max_response_bytes)
        self._client = client if client is not None else httpx.Client(limits=POOL_LIMITS)

    def send(self, request: Request) -> Response | DailyConnectionError:
        client = self._client
        if client.is_closed:
            raise HelperClosedError(_CLOSED)
        deadline = time.monotonic() + self._timeout.total
        try:
            built = self._build(client, request)
            resp = client.send(built, stream=True)
            try:
                reader = self._reader(resp.headers)
                if resp.is_stream_consumed:  # read already, by a mock transport
                    reader.feed_decoded(resp.content)
                elif not reader.over:
                    self._read_before(deadline, built, resp, reader)
            finally:
                resp.close()  # before the end of the body: the connection is dropped
        except _FAILURES as exc:
            return self._httpx_failure(exc, request)
        return self._response(resp.status_code, resp.headers, reader)

    @staticmethod
    def _read_before(
        deadline: float, built: httpx.Request, resp: httpx.Response, reader: BodyReader
    ) -> None:
        """Read the body into ``reader`` by ``deadline`` (monotonic): each read may wait only
        the time left (httpcore reads the request's timeouts when the body starts), and a
        body that trickles in is cut off between reads."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise httpx.ReadTimeout("the total timeout passed", request=built)
        built.extensions["timeout"] = {**built.extensions.get("timeout", {}), "read": left}
        for chunk in resp.iter_raw():
            if not reader.feed(chunk):
                return
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("the total timeout passed", request=built)

    def close(self) -> None:
        if self._owned:
            self._client.close()


def release_orphans(client: httpx.AsyncClient) -> int:
    """Drop the connections a cancelled request left in ``client``'s pool; how many.

    httpcore (1.0, encode/httpcore#1093) assigns a connection to a queued request before
    using it; a request cancelled in between (at a checkpoint while it connects or before it
    sends) leaves the connection behind for good: "CONNECTING" (never connected) or connected
    but "NEW" (no request ever sent). Neither is ever available to another request, yet both
    count against ``max_connections``: after enough cancellations every slot is a ghost and
    each later request waits for the pool until it times out. A ghost is a connection that no
    pending request claims and that is neither idle, available nor closed; it is taken off
    the pool's list at once (no await: no other task sees the pool meanwhile) and closed in
    the background. A pool built otherwise (another transport, another httpcore) is left as
    it is.
    """
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    connections = getattr(pool, "_connections", None)
    requests = getattr(pool, "_requests", None)
    if not isinstance(connections, list) or not isinstance(requests, list):
        return 0
    claimed = {id(getattr(pending, "connection", None)) for pending in requests}
    try:
        ghosts = [
            connection
            for connection in connections
            if id(connection) not in claimed
            and not connection.is_idle()
            and not connection.is_available()
            and not connection.is_closed()
        ]
    except AttributeError:
        return 0
    for connection in ghosts:
        connections.remove(connection)
        task = asyncio.get_running_loop().create_task(connection.aclose())
        _closing.add(task)
        task.add_done_callback(_closing.discard)
    return len(ghosts)


_closing: set[asyncio.Task[None]] = set()


#: Connections kept alive and reused. 20 carry far more than Daily's 20 requests/s at any
#: realistic latency, and httpcore's pool costs CPU per queued request and open connection:
#: at 50 concurrent calls, 20 connections take half the CPU of 100 (benchmarks/).
POOL_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=30)


def new_async_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(limits=POOL_LIMITS)
