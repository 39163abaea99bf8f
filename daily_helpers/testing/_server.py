"""The fake on a real port (aiohttp): HTTP/1.1 with keep-alive, for clients that are not ours
and for ports in other languages, with its control API under ``/_fake/`` (loopback clients
only). :class:`FakeDailyServer` runs it in a background thread; :func:`serve` runs it in the
foreground until SIGINT/SIGTERM (``daily-helpers fake serve``)."""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from aiohttp import web

from ._control import PREFIX, control
from ._fake import FakeDaily
from ._spec import FakeSpecError

__all__ = ["FakeDailyServer", "make_app", "serve"]

#: Pending connections the listening socket holds, so a burst of 1,000 clients all get in.
BACKLOG = 4096


def make_app(fake: FakeDaily) -> web.Application:
    """An aiohttp app answering every path from ``fake``: ``/_fake/...`` from its control
    API, everything else as Daily."""

    async def answer(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        if request.path == PREFIX or request.path.startswith(PREFIX + "/"):
            return _control(request, body)
        try:
            reply = fake.handle(
                request.method, request.path, list(request.query.items()), request.headers, body
            )
        except FakeSpecError as bug:
            # A bug in the fake: say so loudly, here and in the answer; FakeDailyServer
            # re-raises it when it stops.
            print(f"daily-helpers fake: BUG: {bug}", file=sys.stderr, flush=True)
            return web.json_response(
                {"error": "server-error", "info": f"fake Daily bug: {bug}"}, status=500
            )
        if fake.latency + reply.delay:
            await asyncio.sleep(fake.latency + reply.delay)
        if reply.drop:
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # nothing more to send on a closed connection
        return web.Response(status=reply.status, body=reply.body, headers=dict(reply.headers))

    def _control(request: web.Request, body: bytes) -> web.Response:
        status, payload, headers = control(
            fake, request.method, request.path, body, peer=request.remote
        )
        return web.json_response(payload, status=status, headers=dict(headers))

    app = web.Application(client_max_size=1024**2)
    # Any character, newlines included: every path reaches the fake, which answers in JSON.
    app.router.add_route("*", r"/{tail:[\s\S]*}", answer)
    return app


async def _start(fake: FakeDaily, host: str, port: int) -> tuple[web.AppRunner, int]:
    # A stop waits at most this long (seconds) for answers in flight (e.g. with latency).
    runner = web.AppRunner(
        make_app(fake), access_log=None, handle_signals=False, shutdown_timeout=2.0
    )
    await runner.setup()
    site = web.TCPSite(runner, host, port, backlog=BACKLOG)
    await site.start()
    bound = port
    for address in runner.addresses:
        bound = int(address[1])
        break
    return runner, bound


def base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


class FakeDailyServer:
    """A :class:`FakeDaily` served on ``host:port`` (``port=0``: a free one) from a
    background thread. Use ``with`` (or ``async with``); ``base_url`` is
    ``http://127.0.0.1:PORT/v1``. ``fake`` is created from ``fake_kwargs`` when not given.
    On exit, an answer of the fake that broke the spec is raised as :class:`FakeSpecError`."""

    def __init__(
        self,
        fake: FakeDaily | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        raise_spec_errors: bool = True,
        **fake_kwargs: Any,
    ) -> None:
        if fake is not None and fake_kwargs:
            raise TypeError("pass a FakeDaily or its arguments, not both")
        self.fake = fake if fake is not None else FakeDaily(**fake_kwargs)
        self.host = host
        self.port = port
        self.raise_spec_errors = raise_spec_errors
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._errors_before = 0

    def __repr__(self) -> str:
        return f"FakeDailyServer({self.base_url!r})"

    @property
    def base_url(self) -> str:
        return base_url(self.host, self.port)

    def start(self) -> FakeDailyServer:
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        self._errors_before = len(self.fake.spec_errors)
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name="fake-daily", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._failure is not None:
            self._thread.join()
            self._thread = None
            raise self._failure
        return self

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            runner, self.port = await _start(self.fake, self.host, self.port)
        except BaseException as exc:  # reported to start()
            self._failure = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            await runner.cleanup()

    def stop(self) -> None:
        """Stop serving; then raise the first spec error the fake made while serving."""
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None or loop is None or stop is None:
            return
        loop.call_soon_threadsafe(stop.set)
        thread.join()
        self._thread = None
        new = self.fake.spec_errors[self._errors_before :]
        if new and self.raise_spec_errors:
            raise new[0]

    def __enter__(self) -> FakeDailyServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> FakeDailyServer:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)


def serve(
    fake: FakeDaily,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    on_ready: Callable[[str], None] = print,
) -> None:
    """Serve ``fake`` in the foreground until SIGINT or SIGTERM; ``on_ready`` gets the base
    URL once the port is bound."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        runner, bound = await _start(fake, host, port)
        try:
            on_ready(base_url(host, bound))
            await stop.wait()
        finally:
            await runner.cleanup()

    asyncio.run(main())
