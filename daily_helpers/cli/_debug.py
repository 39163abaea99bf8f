"""``--debug``: each request and answer on stderr, through httpx's event hooks on a client the
CLI gives the helper. The API key never shows: the Authorization header is redacted, and the
key is blanked anywhere else it could appear."""

from __future__ import annotations

import sys
import threading
import time
from typing import TYPE_CHECKING

import httpx

from ..sip import redact_passwords

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

__all__ = ["REDACTED", "async_client", "sync_client"]

REDACTED = "***"
#: Request and answer headers worth showing (the rest is transport detail).
_SHOWN = ("authorization", "content-type", "retry-after", "user-agent")


class _Log:
    """Writes one block per request and per answer; blocks of concurrent requests never mix."""

    def __init__(self, key: str) -> None:
        self._key = key
        self._lock = threading.Lock()
        self._started: dict[int, float] = {}

    def _write(self, lines: list[str]) -> None:
        text = "\n".join(lines).replace(self._key, REDACTED) + "\n"
        text = redact_passwords(text)  # SIP clients' passwords, in bodies both ways
        with self._lock:
            sys.stderr.write(text)
            sys.stderr.flush()

    def _headers(self, prefix: str, headers: httpx.Headers) -> list[str]:
        lines = []
        for name, value in headers.items():
            if name.lower() not in _SHOWN:
                continue
            shown = f"Bearer {REDACTED}" if name.lower() == "authorization" else value
            lines.append(f"{prefix} {name}: {shown}")
        return lines

    def request(self, request: httpx.Request) -> None:
        self._started[id(request)] = time.perf_counter()
        lines = [f"> {request.method} {request.url}", *self._headers(">", request.headers)]
        if request.content:
            lines.append(f"> {request.content.decode('utf-8', 'replace')}")
        self._write(lines)

    def response(self, response: httpx.Response) -> None:
        started = self._started.pop(id(response.request), None)
        took = f" in {(time.perf_counter() - started) * 1000:.0f} ms" if started else ""
        lines = [
            f"< {response.status_code} {response.reason_phrase} "
            f"({response.request.method} {response.request.url.path}){took}",
            *self._headers("<", response.headers),
        ]
        if response.content:
            lines.append(f"< {response.content.decode('utf-8', 'replace')}")
        self._write(lines)


def sync_client(key: str) -> httpx.Client:
    """An ``httpx.Client`` that shows each exchange on stderr."""
    log = _Log(key)

    def on_response(response: httpx.Response) -> None:
        response.read()
        log.response(response)

    return httpx.Client(event_hooks={"request": [log.request], "response": [on_response]})


def async_client(key: str, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` that shows each exchange on stderr."""
    log = _Log(key)

    async def on_request(request: httpx.Request) -> None:
        log.request(request)

    async def on_response(response: httpx.Response) -> None:
        await response.aread()
        log.response(response)

    hooks: dict[str, list[Callable[..., Awaitable[None]]]] = {
        "request": [on_request],
        "response": [on_response],
    }
    return httpx.AsyncClient(transport=transport, event_hooks=hooks)
