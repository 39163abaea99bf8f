"""Which HTTP library the async helper sends over.

``"auto"`` (the default) is aiohttp when it is installed (it is a dependency of the default
install) and httpx otherwise; a caller's ``aiohttp_session`` or ``http_client`` picks its
library. aiohttp and httpx are imported only here, when a helper is created, and only the one
used, so ``import daily_helpers`` pays for neither.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from ._transport import AsyncTransport, Timeout

if TYPE_CHECKING:
    import aiohttp
    import httpx

__all__ = ["TransportName", "async_transport"]

TransportName = Literal["auto", "aiohttp", "httpx"]
_NAMES = ("auto", "aiohttp", "httpx")


def _aiohttp_available() -> bool:
    """Whether aiohttp is installed, without importing it (the transport does, when first used)."""
    return importlib.util.find_spec("aiohttp") is not None


def async_transport(
    *,
    transport: str,
    http_client: httpx.AsyncClient | None,
    aiohttp_session: aiohttp.ClientSession | None,
    base_url: str,
    headers: Mapping[str, str],
    timeout: Timeout,
    max_response_bytes: int,
) -> AsyncTransport:
    """The async transport for a helper's arguments; conflicting arguments are a TypeError."""
    if transport not in _NAMES:
        raise TypeError(f"transport must be one of {_NAMES}, not {transport!r}")
    if http_client is not None and aiohttp_session is not None:
        raise TypeError("give http_client or aiohttp_session, not both")
    if http_client is not None and transport == "aiohttp":
        raise TypeError("transport='aiohttp' needs aiohttp_session, not http_client (httpx)")
    if aiohttp_session is not None and transport == "httpx":
        raise TypeError("transport='httpx' needs http_client, not aiohttp_session")
    use_aiohttp = aiohttp_session is not None or transport == "aiohttp"
    if transport == "auto" and http_client is None and aiohttp_session is None:
        use_aiohttp = _aiohttp_available()
    if use_aiohttp:
        from ._transport_aiohttp import AsyncAiohttpTransport

        return AsyncAiohttpTransport(
            aiohttp_session,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            max_response_bytes=max_response_bytes,
        )
    import httpx

    from ._transport_httpx import AsyncHttpxTransport

    if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
        raise TypeError("http_client must be an httpx.AsyncClient")
    return AsyncHttpxTransport(
        http_client,
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        max_response_bytes=max_response_bytes,
    )
