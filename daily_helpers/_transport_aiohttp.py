"""Sending a :class:`~daily_helpers._engine.Request` over an ``aiohttp.ClientSession``.

The async helper's default transport when aiohttp is installed: for small JSON calls it costs a
fraction of the CPU of an ``httpx.AsyncClient``. Like the httpx transports it returns a
:class:`~daily_helpers._engine.Response` or a :class:`~daily_helpers.errors.DailyConnectionError`
*value*, so no aiohttp exception (whose request info could hold headers) is chained.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._engine import Request, Response
from ._safety import redact_json
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    BodyDecodeError,
    Timeout,
    TransportBase,
    transport_failure,
)
from .errors import DailyConnectionError, DailyTimeoutError, HelperClosedError

if TYPE_CHECKING:
    import aiohttp

__all__ = ["POOL_SIZE", "AsyncAiohttpTransport", "aiohttp_failure"]

#: Connections kept open to Daily: enough for 100 concurrent calls to reuse them.
POOL_SIZE = 100
#: Seconds an idle kept-alive connection stays open.
KEEPALIVE_SECONDS = 30.0


def aiohttp_failure(exc: BaseException, request: Request, secret: str = "") -> DailyConnectionError:
    """The one mapping from an aiohttp (or asyncio) failure to our error; ``sent`` says whether
    Daily may have received the request. ``secret`` (the key) is redacted from the text."""
    import asyncio

    import aiohttp

    name = type(exc).__name__
    cls: type[DailyConnectionError] = DailyConnectionError
    sent = True
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        text, cls, sent = f"timed out connecting to Daily ({name})", DailyTimeoutError, False
    elif isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        text, cls = f"timed out waiting for Daily ({name})", DailyTimeoutError
    elif isinstance(exc, aiohttp.ClientConnectorError):
        text, sent = f"could not connect to Daily ({name}: {exc})", False
    elif isinstance(exc, aiohttp.InvalidURL):
        text, sent = f"the request URL is invalid ({name}: {exc})", False
    elif isinstance(exc, BodyDecodeError):
        text = f"could not decode Daily's response ({name}: {exc})"
    else:
        text = f"connection to Daily failed ({name}: {exc})"
    return transport_failure(cls, text, request, sent=sent, secret=secret)


class AsyncAiohttpTransport(TransportBase):
    """Requests over an ``aiohttp.ClientSession``; a caller's session is used and never closed.

    Without a session, one is created on the first request (aiohttp binds it to the running
    event loop) with a keep-alive pool of :data:`POOL_SIZE` connections, and closed by
    :meth:`aclose`. aiohttp itself is imported then too (or when a caller's session is given),
    so creating a helper does not pay for importing it.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: Timeout,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(base_url, headers, timeout, session is None, max_response_bytes)
        self._session = session
        self._closed = False
        self._aiohttp_timeout: aiohttp.ClientTimeout | None = None
        #: what ``send`` turns into a DailyConnectionError (set with the aiohttp import)
        self._failures: tuple[type[BaseException], ...] = ()
        if session is not None:
            self._import_aiohttp()
            if not isinstance(session, self._aiohttp.ClientSession):
                raise TypeError("aiohttp_session must be an aiohttp.ClientSession")

    def _import_aiohttp(self) -> None:
        import asyncio

        import aiohttp

        self._aiohttp = aiohttp
        self._aiohttp_timeout = aiohttp.ClientTimeout(
            total=self._timeout.total, connect=self._timeout.connect
        )
        self._failures = (aiohttp.ClientError, asyncio.TimeoutError, BodyDecodeError)

    def _session_for_send(self) -> aiohttp.ClientSession:
        session = self._session
        if session is None:
            if self._closed:
                raise HelperClosedError("the helper is closed; create a new one")
            self._import_aiohttp()
            connector = self._aiohttp.TCPConnector(
                limit=POOL_SIZE, limit_per_host=POOL_SIZE, keepalive_timeout=KEEPALIVE_SECONDS
            )
            session = self._session = self._aiohttp.ClientSession(connector=connector)
        elif session.closed:
            raise HelperClosedError("the aiohttp session is closed; create a new helper")
        return session

    async def send(self, request: Request) -> Response | DailyConnectionError:
        session = self._session
        if session is None or session.closed:
            session = self._session_for_send()
        try:
            async with session.request(
                request.method,
                self._base_url + request.path,
                params=request.params,
                data=request.content,
                headers=self._headers if request.content is None else self._json_headers,
                timeout=self._aiohttp_timeout,
                allow_redirects=False,
                raise_for_status=False,
                auto_decompress=False,  # BodyReader inflates, within the size limit
            ) as resp:
                headers = {name.lower(): value for name, value in resp.headers.items()}
                if self._small_plain_body(headers):
                    # The common case: an uncompressed body whose Content-Length is within the
                    # limit, which aiohttp never reads beyond: one read, no BodyReader.
                    body = redact_json(await resp.read(), self._secret)  # a server may echo it
                    return Response(resp.status, headers, body)
                reader = self._reader(headers)
                if not reader.over:
                    async for chunk in resp.content.iter_any():
                        if not reader.feed(chunk):
                            break  # leaving unread: aiohttp drops the connection
                return self._response(resp.status, headers, reader)
        except self._failures as exc:
            return aiohttp_failure(exc, request, self._secret)

    async def aclose(self) -> None:
        """Close the session if this transport created it; a caller's session stays open."""
        if self._owned:
            self._closed = True
            session, self._session = self._session, None
            if session is not None:
                await session.close()
