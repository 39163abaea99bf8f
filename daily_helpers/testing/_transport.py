"""An httpx transport (sync and async) that answers from a :class:`FakeDaily`, no sockets."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

from ._daily import Reply

if TYPE_CHECKING:
    from ._fake import FakeDaily

__all__ = ["FakeTransport"]


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Use with ``httpx.Client(transport=...)`` or ``httpx.AsyncClient(transport=...)``.
    The request's host is ignored; its path must start with ``/v1``."""

    def __init__(self, fake: FakeDaily) -> None:
        self.fake = fake

    def _reply(self, request: httpx.Request, body: bytes) -> Reply:
        return self.fake.handle(
            request.method,
            request.url.path,
            request.url.params.multi_items(),
            dict(request.headers),
            body,
        )

    @staticmethod
    def _response(request: httpx.Request, reply: Reply) -> httpx.Response:
        if reply.drop:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        return httpx.Response(
            reply.status, headers=dict(reply.headers), content=reply.body, request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._reply(request, request.read())
        if self.fake.latency + reply.delay:
            time.sleep(self.fake.latency + reply.delay)
        return self._response(request, reply)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._reply(request, await request.aread())
        if self.fake.latency + reply.delay:
            await asyncio.sleep(self.fake.latency + reply.delay)
        return self._response(request, reply)
