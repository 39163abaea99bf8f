"""Hostile servers on 127.0.0.1: bodies too large (by Content-Length, chunked, a gzip bomb),
nested too deep, dripped byte by byte; and the errors, never memory or time, they cost.

Every helper kind is tried: the async helper over aiohttp and over httpx, and the sync one."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import socketserver
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from daily_helpers import (
    DailyConnectionError,
    DailyRESTHelper,
    DailyRESTHelperSync,
    DailyTimeoutError,
    DailyValidationError,
    ServerError,
    UnexpectedResponseError,
)
from daily_helpers._safety import MAX_JSON_DEPTH, json_too_deep
from tests.conftest import KEY, room_json

KINDS = ("aiohttp", "httpx", "sync")
MiB = 1024 * 1024

Writer = Callable[[socket.socket], None]


class RawServer:
    """Answers every request on a connection with ``writer(sock)`` (raw bytes: a status line,
    headers, and a body however hostile), then closes the connection."""

    def __init__(self, writer: Writer) -> None:
        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                with contextlib.suppress(OSError):  # the client hung up, as it should
                    writer(sock)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        socketserver.ThreadingTCPServer.request_queue_size = 128
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[Writer], RawServer]]:
    servers: list[RawServer] = []

    def start(writer: Writer) -> RawServer:
        servers.append(RawServer(writer))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def call(kind: str, url: str, method: str = "get_room", *args: Any, **options: Any) -> Any:
    """Call ``method`` on a helper of ``kind`` against ``url`` and return its result."""
    options = {"daily_api_key": KEY, "daily_api_url": url, "max_retries": 0, **options}
    if kind == "sync":
        with DailyRESTHelperSync(**options) as sync_helper:
            return getattr(sync_helper, method)(*(args or ("standup",)))

    async def run() -> Any:
        async with DailyRESTHelper(transport=kind, **options) as helper:
            return await getattr(helper, method)(*(args or ("standup",)))

    return asyncio.run(run())


# --- size ------------------------------------------------------------------------------------


def stream_body(total: int, *, chunked: bool, status: str = "200 OK") -> Writer:
    """``total`` bytes of a JSON string, sent 64 KiB at a time (or as chunks)."""

    def write(sock: socket.socket) -> None:
        if chunked:
            sock.sendall(head(status, Transfer_Encoding="chunked"))
        else:
            sock.sendall(head(status, Content_Length=str(total)))
        piece = b'"' + b"x" * (65536 - 1)
        sent = 0
        while sent < total:
            data = piece[: total - sent]
            sock.sendall(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
            sent += len(data)
        if chunked:
            sock.sendall(b"0\r\n\r\n")

    return write


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_body_over_the_limit_is_refused(
    raw_server: Callable[[Writer], RawServer], kind: str, chunked: bool
) -> None:
    server = raw_server(stream_body(300_000, chunked=chunked))
    with pytest.raises(UnexpectedResponseError) as caught:
        call(kind, server.url, max_response_bytes=100_000)
    assert caught.value.status_code == 200
    # Content-Length says so: nothing is read; chunked: the start is shown
    shown = "body starts: '\"xxx" if chunked else "empty body"
    assert caught.value.info is not None
    assert caught.value.info.startswith(
        f"the body is over the 100000-byte limit (max_response_bytes); {shown}"
    )
    assert (caught.value.method, caught.value.path) == ("GET", "/rooms/standup")


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_status_over_the_limit_is_refused_too(
    raw_server: Callable[[Writer], RawServer], kind: str
) -> None:
    server = raw_server(stream_body(300_000, chunked=True, status="404 Not Found"))
    with pytest.raises(UnexpectedResponseError) as caught:
        call(kind, server.url, max_response_bytes=100_000)
    assert caught.value.status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_at_the_limit_is_read(raw_server: Callable[[Writer], RawServer], kind: str) -> None:
    body = json.dumps(room_json()).encode()

    def write(sock: socket.socket) -> None:
        sock.sendall(head(Content_Length=str(len(body))) + body)

    server = raw_server(write)
    assert call(kind, server.url, max_response_bytes=len(body)).name == "standup"


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_shorter_than_its_content_length_is_a_connection_error(
    raw_server: Callable[[Writer], RawServer], kind: str
) -> None:
    """The one-read path for a body whose Content-Length is within the limit: a connection
    closed before the whole body came is a failure, never a short body read as the answer."""
    body = json.dumps(room_json()).encode()

    def write(sock: socket.socket) -> None:
        sock.sendall(head(Content_Length=str(len(body) + 100)) + body)

    server = raw_server(write)
    with pytest.raises(DailyConnectionError):
        call(kind, server.url)


def gzip_bomb(inflated: int) -> bytes:
    """A gzip body of ``inflated`` spaces (a valid JSON prefix), about a thousandth its size."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * MiB
    parts = [squeeze.compress(block) for _ in range(inflated // MiB)]
    return b"".join(parts) + squeeze.flush()


@pytest.mark.parametrize("kind", KINDS)
def test_a_gzip_bomb_is_refused_after_inflating_up_to_the_limit(
    raw_server: Callable[[Writer], RawServer], kind: str
) -> None:
    bomb = gzip_bomb(64 * MiB)
    assert len(bomb) < 100_000

    def write(sock: socket.socket) -> None:
        sock.sendall(head(Content_Encoding="gzip", Content_Length=str(len(bomb))) + bomb)

    server = raw_server(write)
    with pytest.raises(UnexpectedResponseError, match="over the 4194304-byte limit"):
        call(kind, server.url)


@pytest.mark.parametrize("kind", KINDS)
def test_gzip_and_deflate_bodies_are_read(
    raw_server: Callable[[Writer], RawServer], kind: str
) -> None:
    plain = json.dumps(room_json()).encode()
    for encoding, body in (("gzip", gzip.compress(plain)), ("deflate", zlib.compress(plain))):

        def write(sock: socket.socket, encoding: str = encoding, body: bytes = body) -> None:
            sock.sendall(head(Content_Encoding=encoding, Content_Length=str(len(body))) + body)

        server = raw_server(write)
        assert call(kind, server.url).name == "standup"


MEMORY_PROBE = """
import asyncio, resource, sys
sys.path.insert(0, {root!r})
from tests.test_hostile import RawServer, stream_body, call
from daily_helpers import UnexpectedResponseError
kind, chunked = sys.argv[1], sys.argv[2] == "chunked"
server = RawServer(stream_body(200 * 1024 * 1024, chunked=chunked))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    call(kind, server.url)
except UnexpectedResponseError:
    pass
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


@pytest.mark.parametrize("kind", KINDS)
def test_a_200_mb_answer_costs_tens_of_mb_at_most(kind: str) -> None:
    """Peak RSS growth, in a fresh process (the server streams from it too: it costs none)."""
    root = str(__import__("pathlib").Path(__file__).parents[1])
    for framing in ("content-length", "chunked"):
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE.format(root=root), kind, framing],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        grown_mb = int(out.stdout.split()[-1])
        assert grown_mb < 40, (kind, framing, grown_mb)


# --- depth -----------------------------------------------------------------------------------


def test_depth_scan() -> None:
    assert not json_too_deep(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
    assert json_too_deep(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))
    # brackets in strings do not count, escaped quotes do not end them
    assert not json_too_deep(b'["' + b"[" * 1000 + b'\\"[["]')
    assert json_too_deep(b'{"a": ' * 65 + b"1" + b"}" * 65)
    assert not json_too_deep(b"[]" * 10_000)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", ["200 OK", "500 Internal Server Error"])
def test_deep_json_is_unexpected_response(
    raw_server: Callable[[Writer], RawServer], kind: str, status: str
) -> None:
    body = b"[" * 100_000 + b"]" * 100_000

    def write(sock: socket.socket) -> None:
        sock.sendall(head(status, Content_Length=str(len(body))) + body)

    server = raw_server(write)
    if status == "200 OK":
        with pytest.raises(UnexpectedResponseError, match="the body is not JSON"):
            call(kind, server.url)
    else:  # the error keeps its status; the body is shown as an excerpt, not parsed
        with pytest.raises(ServerError) as caught:
            call(kind, server.url)
        assert caught.value.body.startswith("[[[")


def test_decode_token_of_deep_json_is_a_validation_error() -> None:
    import base64

    payload = base64.urlsafe_b64encode(b"[" * 100_000 + b"]" * 100_000).rstrip(b"=").decode()
    with pytest.raises(
        DailyValidationError, match=r"^not a meeting token: its payload is not base64 JSON$"
    ):
        DailyRESTHelper.decode_token(f"eyJhbGciOiJIUzI1NiJ9.{payload}.sig")


# --- time ------------------------------------------------------------------------------------


def drip(sock: socket.socket) -> None:
    """Headers at once, then one byte of the body every 0.5 s (for a minute)."""
    sock.sendall(head(Content_Length="1000"))
    for _ in range(120):
        sock.sendall(b" ")
        time.sleep(0.5)


@pytest.mark.parametrize("kind", KINDS)
def test_timeout_bounds_a_dripping_answer(
    raw_server: Callable[[Writer], RawServer], kind: str
) -> None:
    server = raw_server(drip)
    started = time.monotonic()
    with pytest.raises(DailyTimeoutError) as caught:
        call(kind, server.url, timeout=2)
    elapsed = time.monotonic() - started
    assert caught.value.sent is True
    assert 1.9 < elapsed < 6, elapsed  # ~2.5 s; generous for a loaded machine


# --- cancellation (httpx) --------------------------------------------------------------------


def test_httpx_pool_survives_many_cancelled_calls(
    raw_server: Callable[[Writer], RawServer],
) -> None:
    """httpcore#1093: a request cancelled between getting a connection and using it left that
    connection in the pool for good; 20 of those and every later call timed out."""
    slow = [True]
    body = json.dumps({"domain_name": "acme", "domain_id": "d1"}).encode()

    def write(sock: socket.socket) -> None:
        if slow[0]:
            time.sleep(0.5)
        sock.sendall(head(Content_Length=str(len(body))) + body)

    server = raw_server(write)

    async def run() -> tuple[int, list[str]]:
        options = {"rate_limits": None, "max_retries": 0, "timeout": 5}
        async with DailyRESTHelper(
            daily_api_key=KEY, daily_api_url=server.url, transport="httpx", **options
        ) as helper:
            for i in range(1000):
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(helper.get_room("standup"), (0.0005, 0.002)[i % 2])
            pool = helper._transport._client._transport._pool  # type: ignore[attr-defined]
            stuck = sum(
                not (c.is_idle() or c.is_available() or c.is_closed()) for c in pool.connections
            )
            slow[0] = False

            async def one() -> str:
                helper._domain_id = None
                return await helper.get_domain_id()

            return stuck, await asyncio.gather(*(one() for _ in range(40)))

    stuck, later = asyncio.run(run())
    assert stuck == 0
    assert later == ["d1"] * 40
