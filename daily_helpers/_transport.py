"""Sending a :class:`~daily_helpers._engine.Request` over an HTTP library, and nothing else.

A transport returns a :class:`~daily_helpers._engine.Response`, or a
:class:`~daily_helpers.errors.DailyConnectionError` *value* (not raised) so that the failure
carries no chained library exception, whose request would hold the ``Authorization`` header.
Retries, rate limits and error mapping are not here: they apply whatever transport is used.
The transports themselves live in ``_transport_httpx`` and ``_transport_aiohttp``, so that
importing the async helper (aiohttp by default) does not import httpx.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import attrs
from attrs.validators import gt, instance_of

from ._engine import Request, Response
from .errors import DailyConnectionError

__all__ = [
    "AsyncTransport",
    "SyncTransport",
    "Timeout",
    "TransportBase",
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


class AsyncTransport(Protocol):
    async def send(self, request: Request) -> Response | DailyConnectionError: ...

    async def aclose(self) -> None: ...


class SyncTransport(Protocol):
    def send(self, request: Request) -> Response | DailyConnectionError: ...

    def close(self) -> None: ...


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
