"""Shared test support: one ``driver`` fixture that runs every shared test against both the
async ``DailyRESTHelper`` and the blocking ``DailyRESTHelperSync``.

A :class:`Driver` builds helpers with a recognisable key, a fixed clock and a sleep that only
records (tests never really sleep), and runs a helper method whether it must be awaited or not.
"""

from __future__ import annotations

import asyncio
import http.server
import inspect
import json
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, settings

from daily_helpers import DailyRESTHelper, DailyRESTHelperSync

# The machine is shared: no deadlines (they flake under load), and a bounded number of examples.
settings.register_profile(
    "daily-helpers",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("daily-helpers")

# The helpers read DAILY_API_KEY and DAILY_API_URL when not given them: the suite must not see
# the caller's own (tests that are about them set them with monkeypatch).
for _name in ("DAILY_API_KEY", "DAILY_API_URL"):
    os.environ.pop(_name, None)

KEY = "sk-SECRET-0123456789"
API = "https://api.daily.co/v1"
#: The fixed clock every driven helper sees (Unix seconds).
NOW = 1_800_000_000.0
ROOM_URL = "https://acme.daily.co/standup"
_SSL_CONTEXT = ssl.create_default_context()


def room_json(name: str = "standup", **config: Any) -> dict[str, Any]:
    """A room object as Daily returns it."""
    return {
        "id": "5e0e0b8c-6b3c-4a39-9c4b-000000000001",
        "name": name,
        "api_created": True,
        "privacy": "public",
        "url": f"https://acme.daily.co/{name}",
        "created_at": "2026-11-26T12:00:00.000Z",
        "config": config,
    }


class Driver:
    """Builds helpers of one kind and runs their methods to completion."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.is_async = kind == "async"
        self.sleeps: list[float] = []
        self._helpers: list[Any] = []
        self._clients: list[httpx.Client | httpx.AsyncClient] = []
        self._loop = asyncio.new_event_loop() if self.is_async else None

    def __repr__(self) -> str:
        return f"Driver({self.kind})"

    @property
    def sleep(self) -> Callable[[float], Any]:
        """A sleep of the right colour for this kind of helper that only records."""
        if self.is_async:

            async def record_async(seconds: float) -> None:
                self.sleeps.append(seconds)

            return record_async

        def record(seconds: float) -> None:
            self.sleeps.append(seconds)

        return record

    def fake_time(self) -> tuple[Callable[[], float], Callable[[float], Any]]:
        """A clock starting at :data:`NOW` and a sleep (of the right colour) that records the
        seconds in :attr:`sleeps` and moves that clock on by them."""
        now = [NOW]

        def advance(seconds: float) -> None:
            self.sleeps.append(seconds)
            now[0] += seconds

        async def advance_async(seconds: float) -> None:
            advance(seconds)

        return (lambda: now[0]), (advance_async if self.is_async else advance)

    def helper(self, *, own_client: bool = False, **kwargs: Any) -> Any:
        """A helper with test defaults. Unless ``own_client``, it gets a caller-owned client
        that shares one SSL context: building a context per helper costs ~25 ms, hundreds
        of times over."""
        if not own_client and "http_client" not in kwargs:
            kwargs["http_client"] = client = self.client(verify=_SSL_CONTEXT)
            self._clients.append(client)
        elif self.is_async and "aiohttp_session" not in kwargs:
            # The async default is aiohttp; respx and these tests watch httpx.
            kwargs.setdefault("transport", "httpx")
        kwargs.setdefault("daily_api_key", KEY)
        if "sleep" not in kwargs and "clock" not in kwargs:
            # A virtual clock that the recorded sleeps move on: the rate limiter's windows
            # and a 429's pause pass as they would in real time.
            kwargs["clock"], kwargs["sleep"] = self.fake_time()
        kwargs.setdefault("sleep", self.sleep)
        kwargs.setdefault("clock", lambda: NOW)
        cls = DailyRESTHelper if self.is_async else DailyRESTHelperSync
        helper = cls(**kwargs)
        self._helpers.append(helper)
        return helper

    def client(self, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
        """A caller-owned httpx client of the right kind."""
        return httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)

    def run(self, value: Any) -> Any:
        """``value`` itself, or what it resolves to when it is awaitable."""
        if inspect.isawaitable(value):
            assert self._loop is not None
            return self._loop.run_until_complete(value)
        return value

    def call(self, helper: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        return self.run(getattr(helper, method)(*args, **kwargs))

    def close(self, helper: Any) -> None:
        self.run(helper.aclose() if self.is_async else helper.close())

    def close_client(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self.run(client.aclose() if isinstance(client, httpx.AsyncClient) else client.close())

    def shutdown(self) -> None:
        for helper in self._helpers:
            self.close(helper)
        for client in self._clients:
            self.close_client(client)
        if self._loop is not None:
            self._loop.close()


@pytest.fixture(params=["async", "sync"])
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    d = Driver(request.param)
    yield d
    d.shutdown()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """Daily's API mocked by respx; a request no route matches fails the test."""
    with respx.mock(base_url=API, assert_all_called=False, assert_all_mocked=True) as router:
        yield router


# --- a real HTTP server on 127.0.0.1 (for what a mock cannot show: sockets, httpcore logs) ---

Reply = tuple[int, dict[str, str], bytes]


class LocalServer:
    """Answers each request with ``handler(method, path, body) -> (status, headers, body)``;
    a handler may block on :attr:`release` to make the server hang."""

    def __init__(self, handler: Callable[[str, str, bytes], Reply]) -> None:
        self.handler = handler
        self.release = threading.Event()
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append((self.command, self.path, dict(self.headers)))
                status, headers, content = server.handler(self.command, self.path, body)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


@pytest.fixture
def local_server() -> Iterator[Callable[[Callable[[str, str, bytes], Reply]], LocalServer]]:
    servers: list[LocalServer] = []

    def start(handler: Callable[[str, str, bytes], Reply]) -> LocalServer:
        server = LocalServer(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def json_reply(status: int, body: Any) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


def run_pytest_in_an_empty_folder(folder: Any, *options: str) -> subprocess.CompletedProcess[str]:
    """pytest run in ``folder`` as a user would run it there: no configuration of ours, no
    DAILY_* or PYTEST_* variables; warnings are errors."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAILY_", "PYTEST_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-W", "error", *options],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
