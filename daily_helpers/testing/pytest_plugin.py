"""pytest plugin (the ``daily_helpers`` entry point): fixtures for the fake Daily.

- ``fake_daily``: a fresh :class:`~daily_helpers.testing.FakeDaily` per test.
- ``daily_helper``: a ``DailyRESTHelper`` on its production path (its own aiohttp session)
  talking to the fake served on a 127.0.0.1 port in the test's own event loop (rate limits
  off), closed after the test.
- ``daily_helper_sync``: a ``DailyRESTHelperSync`` over httpx, the fake plugged in as the
  httpx transport (in-process).

An ``async def`` test that asks for one of these fixtures runs on pytest-asyncio (which the
``fake`` extra installs) with no configuration: the plugin marks it ``asyncio`` unless it
already carries an ``asyncio``, ``anyio`` or ``trio`` mark.

Everything is imported inside the fixtures, so installing the package costs a test run
nothing until a fixture is used (the fake needs the ``fake`` extra).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .._helper import DailyRESTHelper
    from .._helper_sync import DailyRESTHelperSync
    from ._fake import FakeDaily


#: The fixtures below; an ``async def`` test using one of them is marked ``asyncio``.
FIXTURES = frozenset({"fake_daily", "daily_helper", "daily_helper_sync"})
_RUNNER_MARKS = ("asyncio", "anyio", "trio")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """With no configuration, pytest-asyncio warns on every run that its fixture loop scope
    is unset: give it its own future default ("function") before it looks, so a first test
    run is quiet. A value the project sets (ini file or ``-o``) is left alone."""
    name = "asyncio_default_fixture_loop_scope"
    cache = getattr(config, "_inicache", None)
    if not isinstance(cache, dict) or not config.pluginmanager.hasplugin("asyncio"):
        return
    if not config.getini(name):
        cache[name] = "function"


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> None:
    """Mark ``async def`` tests that use our fixtures ``asyncio`` before pytest-asyncio looks
    (its default strict mode runs only marked tests); collection then goes on as usual."""
    if not inspect.iscoroutinefunction(obj) or not collector.config.pluginmanager.hasplugin(
        "asyncio"
    ):
        return
    if FIXTURES.isdisjoint(inspect.signature(obj).parameters):
        return
    marks = getattr(obj, "pytestmark", [])
    if not any(mark.name in _RUNNER_MARKS for mark in marks):
        pytest.mark.asyncio(obj)


@pytest.fixture
def fake_daily() -> FakeDaily:
    """A fresh fake Daily domain (spec checking on, rate limits off)."""
    from ._fake import FakeDaily

    return FakeDaily()


@pytest.fixture
def daily_helper_sync(fake_daily: FakeDaily) -> Iterator[DailyRESTHelperSync]:
    """A ``DailyRESTHelperSync`` talking to ``fake_daily`` in-process."""
    helper = fake_daily.helper_sync()
    try:
        yield helper
    finally:
        helper.close()


try:
    import pytest_asyncio
except ImportError:  # no pytest-asyncio: a plain fixture, closed on a fresh loop

    @pytest.fixture
    def daily_helper(fake_daily: FakeDaily) -> Iterator[DailyRESTHelper]:
        """A ``DailyRESTHelper`` talking to ``fake_daily`` in-process."""
        helper = fake_daily.helper()
        try:
            yield helper
        finally:
            asyncio.run(helper.aclose())

else:

    @pytest_asyncio.fixture
    async def daily_helper(  # type: ignore[misc]
        fake_daily: FakeDaily,
    ) -> AsyncIterator[DailyRESTHelper]:
        """A ``DailyRESTHelper`` as in production (aiohttp) talking to ``fake_daily`` served
        on 127.0.0.1 in this event loop: the same code path as against Daily."""
        from aiohttp import web

        from .._helper import DailyRESTHelper
        from ._server import make_app

        runner = web.AppRunner(make_app(fake_daily), access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = int(runner.addresses[0][1])
        helper = DailyRESTHelper(
            daily_api_key=fake_daily.api_key,
            daily_api_url=f"http://127.0.0.1:{port}/v1",
            rate_limits=None,
        )
        try:
            yield helper
        finally:
            await helper.aclose()
            await runner.cleanup()
