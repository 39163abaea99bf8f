"""Sending a :class:`~daily_helpers._engine.Request` over httpx: the sync helper's transport, and
the async helper's with ``transport="httpx"`` or ``http_client=``. Imported only then."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx

from ._engine import Request, Response
from ._transport import Timeout, TransportBase
from .errors import DailyConnectionError, DailyTimeoutError

__all__ = ["POOL_LIMITS", "AsyncHttpxTransport", "SyncHttpxTransport", "httpx_failure"]


def httpx_failure(exc: Exception, request: Request) -> DailyConnectionError:
    """The one mapping from an httpx (or asyncio) failure to our error; ``sent`` says whether
    Daily may have received the request."""
    name = type(exc).__name__
    where = {"method": request.method, "path": request.path}
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return DailyTimeoutError(f"timed out connecting to Daily ({name})", sent=False, **where)
    if isinstance(exc, (httpx.TimeoutException, asyncio.TimeoutError, TimeoutError)):
        return DailyTimeoutError(f"timed out waiting for Daily ({name})", sent=True, **where)
    if isinstance(exc, httpx.ConnectError):
        return DailyConnectionError(
            f"could not connect to Daily ({name}: {exc})", sent=False, **where
        )
    if isinstance(exc, httpx.DecodingError):
        return DailyConnectionError(
            f"could not decode Daily's response ({name}: {exc})", sent=True, **where
        )
    return DailyConnectionError(f"connection to Daily failed ({name}: {exc})", sent=True, **where)


def _response(resp: httpx.Response) -> Response:
    return Response(resp.status_code, resp.headers, resp.content)


class _HttpxBase(TransportBase):
    def __init__(
        self, base_url: str, headers: Mapping[str, str], timeout: Timeout, owned: bool
    ) -> None:
        super().__init__(base_url, headers, timeout, owned)
        self._httpx_timeout = httpx.Timeout(timeout.total, connect=timeout.connect)

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
    ) -> None:
        super().__init__(base_url, headers, timeout, owned=client is None)
        self._client = client if client is not None else new_async_client()

    async def send(self, request: Request) -> Response | DailyConnectionError:
        built = self._build(self._client, request)
        try:
            resp = await asyncio.wait_for(self._client.send(built), self._timeout.total)
        except (TimeoutError, httpx.RequestError) as exc:
            return httpx_failure(exc, request)
        return _response(resp)

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
    ) -> None:
        super().__init__(base_url, headers, timeout, owned=client is None)
        self._client = client if client is not None else httpx.Client(limits=POOL_LIMITS)

    def send(self, request: Request) -> Response | DailyConnectionError:
        built = self._build(self._client, request)
        try:
            resp = self._client.send(built)
        except httpx.RequestError as exc:
            return httpx_failure(exc, request)
        return _response(resp)

    def close(self) -> None:
        if self._owned:
            self._client.close()


#: Connections kept alive and reused. 20 carry far more than Daily's 20 requests/s at any
#: realistic latency, and httpcore's pool costs CPU per queued request and open connection:
#: at 50 concurrent calls, 20 connections take half the CPU of 100 (benchmarks/).
POOL_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=30)


def new_async_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(limits=POOL_LIMITS)
