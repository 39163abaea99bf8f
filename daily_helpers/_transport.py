"""Sending a :class:`~daily_helpers._core.Request` over an HTTP library, and nothing else.

A transport returns a :class:`~daily_helpers._core.Response`, or a
:class:`~daily_helpers.errors.DailyConnectionError` *value* (not raised) so that the failure
carries no chained library exception, whose request would hold the ``Authorization`` header.
Retries, rate limits and error mapping are not here: they apply whatever transport is used.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Protocol

import attrs
import httpx
from attrs.validators import gt, instance_of

from ._core import Request, Response
from .errors import DailyConnectionError, DailyTimeoutError

__all__ = [
    "AsyncHttpxTransport",
    "AsyncTransport",
    "SyncHttpxTransport",
    "SyncTransport",
    "Timeout",
]


@attrs.frozen
class Timeout:
    """Per-attempt time limits in seconds: to connect, and for the whole request.

    The async helper bounds each attempt as a whole by ``total``. The blocking helper cannot
    interrupt a read in progress, so there ``total`` bounds each phase (connect is bounded by
    ``connect``; each write and each read by ``total``).
    """

    total: float = attrs.field(default=30.0, validator=[instance_of((int, float)), gt(0)])
    connect: float = attrs.field(default=5.0, validator=[instance_of((int, float)), gt(0)])

    @classmethod
    def coerce(cls, value: object) -> Timeout:
        if isinstance(value, Timeout):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return cls(total=float(value), connect=min(5.0, float(value)))
        raise TypeError(f"timeout must be seconds or a Timeout, not {value!r}")

    def for_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(self.total, connect=self.connect)


class AsyncTransport(Protocol):
    async def send(self, request: Request) -> Response | DailyConnectionError: ...

    async def aclose(self) -> None: ...


class SyncTransport(Protocol):
    def send(self, request: Request) -> Response | DailyConnectionError: ...

    def close(self) -> None: ...


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


class TransportBase:
    """What every transport keeps: where to send, the headers (built once, not per call), the
    time limits, and whether it owns (and so closes) its client."""

    def __init__(
        self, base_url: str, headers: Mapping[str, str], timeout: Timeout, owned: bool
    ) -> None:
        self._base_url = base_url
        self._headers = dict(headers)
        self._json_headers = {**self._headers, "Content-Type": "application/json"}
        self._timeout = timeout
        self._owned = owned

    def _headers_for(self, request: Request) -> dict[str, str]:
        return self._json_headers if request.content is not None else self._headers


class _HttpxBase(TransportBase):
    def __init__(
        self, base_url: str, headers: Mapping[str, str], timeout: Timeout, owned: bool
    ) -> None:
        super().__init__(base_url, headers, timeout, owned)
        self._httpx_timeout = timeout.for_httpx()

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
        except (httpx.RequestError, asyncio.TimeoutError) as exc:
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
