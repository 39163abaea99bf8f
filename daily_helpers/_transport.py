"""Sending a :class:`~daily_helpers._engine.Request` over an HTTP library, and nothing else.

A transport returns a :class:`~daily_helpers._engine.Response`, or a
:class:`~daily_helpers.errors.DailyConnectionError` *value* (not raised) so that the failure
carries no chained library exception, whose request would hold the ``Authorization`` header.
Retries, rate limits and error mapping are not here: they apply whatever transport is used.
The transports themselves live in ``_transport_httpx`` and ``_transport_aiohttp``, so that
importing the async helper (aiohttp by default) does not import httpx.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Protocol

import attrs
from attrs.validators import gt, instance_of

from ._engine import Request, Response, path_for_logs
from ._safety import redact, redact_json, shorten_tokens
from .errors import DailyConnectionError, DailyValidationError, TruncatedBody

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AsyncTransport",
    "BodyReader",
    "SyncTransport",
    "Timeout",
    "TransportBase",
    "check_max_response_bytes",
    "transport_failure",
]

#: The largest response body read (after decompression): Daily's bodies are far smaller (a
#: page of 100 rooms is tens of KB); a larger one is refused unread, whatever sent it.
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024


@attrs.frozen
class Timeout:
    """Per-attempt time limits in seconds: to connect, and for the whole request.

    Both helpers bound each attempt as a whole by ``total`` (connecting by ``connect`` too).
    The blocking helper checks the deadline between reads and gives each read of the body
    only the time left, so a server that drips its answer byte by byte is cut off at about
    ``total``; while it waits for the status line and headers, each read may take up to
    ``total`` (httpx cannot interrupt a blocking read).
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


def check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise DailyValidationError(f"max_response_bytes must be a positive int, not {value!r}")
    return value


class BodyDecodeError(ValueError):
    """A compressed body that does not decompress."""


class BodyReader:
    """Collects a response body up to ``limit`` bytes, after decompression (gzip, deflate):
    each piece of raw input is inflated at most to the room left, so a small compressed body
    that would inflate to gigabytes (a "gzip bomb") costs no more than ``limit``."""

    def __init__(self, limit: int, headers: Mapping[str, str]) -> None:
        self.limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        #: set once the body is known to be over the limit
        self.over = False
        encoding = (headers.get("content-encoding") or "").strip().lower()
        # wbits 47: a zlib or a gzip header, whichever comes (servers mix up "deflate").
        self._inflate = (
            zlib.decompressobj(zlib.MAX_WBITS | 32)
            if encoding in ("gzip", "x-gzip", "deflate")
            else None
        )
        length = headers.get("content-length") or ""
        if length.isdigit() and int(length) > limit:
            self.over = True

    def feed(self, raw: bytes) -> bool:
        """Add raw bytes; ``False`` once the body is over the limit (stop reading then)."""
        inflate = self._inflate
        if inflate is None:
            self._add(raw)
            return not self.over
        try:
            while raw and not self.over:
                self._add(inflate.decompress(raw, self.limit - self._size + 1))
                raw = inflate.unconsumed_tail
        except zlib.error as exc:
            raise BodyDecodeError(f"the body does not decompress ({exc})") from None
        return not self.over

    def feed_decoded(self, data: bytes) -> None:
        """Take a whole body that is decoded already (an HTTP library read it: a mock's)."""
        self._inflate = None
        self._add(data)

    def _add(self, data: bytes) -> None:
        if data:
            self._chunks.append(data)
            self._size += len(data)
            self.over = self._size > self.limit

    def body(self) -> bytes:
        """The whole body, or a :class:`TruncatedBody` (its start) when over the limit."""
        if not self.over and self._inflate is not None:
            try:
                self._add(self._inflate.flush())
            except zlib.error as exc:
                raise BodyDecodeError(f"the body does not decompress ({exc})") from None
        content = b"".join(self._chunks)
        if self.over:
            return TruncatedBody(content, limit=self.limit)
        return content


class TransportBase:
    """What every transport keeps: where to send, the headers (built once, not per call), the
    time limits, the largest body it reads, and whether it owns (and so closes) its client."""

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        timeout: Timeout,
        owned: bool,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._base_url = base_url
        # Only encodings BodyReader inflates within its limit (not br or zstd).
        self._headers = {"Accept-Encoding": "gzip, deflate", **headers}
        self._json_headers = {**self._headers, "Content-Type": "application/json"}
        self._timeout = timeout
        self._owned = owned
        self._max_bytes = check_max_response_bytes(max_response_bytes)
        #: the API key, to redact wherever a server or a library might echo it
        self._secret = self._headers.get("Authorization", "").removeprefix("Bearer ")

    def _headers_for(self, request: Request) -> dict[str, str]:
        return self._json_headers if request.content is not None else self._headers

    def _reader(self, headers: Mapping[str, str]) -> BodyReader:
        return BodyReader(self._max_bytes, headers)

    def _small_plain_body(self, headers: Mapping[str, str]) -> bool:
        """Whether a response's body (``headers`` by lower-case names) is sent whole, not
        compressed, not chunked, in at most the largest body we read, so that reading it in
        one piece is bounded by its ``Content-Length``."""
        length = headers.get("content-length")
        return (
            length is not None
            and length.isdigit()
            and int(length) <= self._max_bytes
            and "content-encoding" not in headers
            and "transfer-encoding" not in headers
        )

    def _response(self, status: int, headers: Mapping[str, str], reader: BodyReader) -> Response:
        """The response, its body with the key redacted (a server may echo it)."""
        content = reader.body()
        if isinstance(content, TruncatedBody):
            cleaned = TruncatedBody(redact_json(content, self._secret), limit=content.limit)
            return Response(status, headers, cleaned)
        return Response(status, headers, redact_json(content, self._secret))

    def _failure(
        self, cls: type[DailyConnectionError], text: str, request: Request, *, sent: bool
    ) -> DailyConnectionError:
        return transport_failure(cls, text, request, sent=sent, secret=self._secret)


def transport_failure(
    cls: type[DailyConnectionError], text: str, request: Request, *, sent: bool, secret: str
) -> DailyConnectionError:
    """A transport failure whose text shows neither the key nor a whole meeting token."""
    text = shorten_tokens(redact(text, secret))
    return cls(text, method=request.method, path=path_for_logs(request.path), sent=sent)
