"""A loopback HTTP/1.1 server that answers canned Daily-shaped JSON, as cheaply as it can.

Run in its own process so that its CPU is not counted against the client being measured:

    python -m benchmarks.canned_server [--port N]

It prints ``READY <port>`` on stdout once it listens on 127.0.0.1, and serves until killed.
Keep-alive, ``Content-Length`` bodies only (what every client measured here sends).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import sys

_DOMAIN = b'{"domain_name":"bench","domain_id":"5d7a6d1e-0000-4000-8000-00000000d0d0","config":{}}'
_TOKEN = json.dumps(
    {
        "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJyIjoiYmVuY2giLCJvIjp0cnVlLCJleHAiOjE5MDAwMDAwMDB9."
        "c2lnbmF0dXJlLXBsYWNlaG9sZGVyLWZvci10aGUtYmVuY2g"
    }
).encode()
_COUNTER = itertools.count(1)


def _room(name: str) -> bytes:
    return json.dumps(
        {
            "id": f"0f0e0d0c-0b0a-4908-8706-{next(_COUNTER):012d}",
            "name": name,
            "api_created": True,
            "privacy": "public",
            "url": f"https://bench.daily.co/{name}",
            "created_at": "2026-11-26T12:00:00.000Z",
            "config": {"exp": 1900000000, "eject_at_room_exp": True},
        },
        separators=(",", ":"),
    ).encode()


def answer(method: str, path: str, body: bytes) -> tuple[int, bytes]:
    """The status and JSON body for one request."""
    path = path.split("?", 1)[0]
    if path.startswith("/v1"):
        path = path[3:]
    if method == "POST" and path == "/rooms":
        name = None
        if body:
            name = json.loads(body).get("name")
        return 200, _room(name or f"bench-{next(_COUNTER)}")
    if method == "POST" and path == "/meeting-tokens":
        return 200, _TOKEN
    if path.startswith("/rooms/"):
        name = path[len("/rooms/") :]
        if method == "GET":
            return 200, _room(name)
        if method == "DELETE":
            return 200, b'{"deleted":true,"name":"%s"}' % name.encode()
    if method == "GET" and path in ("/", ""):
        return 200, _DOMAIN
    return 404, b'{"error":"not-found","info":"no such route"}'


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end].decode("latin-1")
            lines = head.split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self._buffer) < end + 4 + length:
                return
            body = self._buffer[end + 4 : end + 4 + length]
            self._buffer = self._buffer[end + 4 + length :]
            status, payload = answer(method, target, body)
            reason = b"OK" if status == 200 else b"Not Found"
            assert self._transport is not None
            self._transport.write(
                b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\nConnection: keep-alive\r\n\r\n%s"
                % (status, reason, len(payload), payload)
            )


async def _serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, "127.0.0.1", port, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"READY {bound}\n")
    sys.stdout.flush()
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port))


if __name__ == "__main__":
    main()
