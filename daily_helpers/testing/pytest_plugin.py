"""pytest plugin (the ``daily_helpers`` entry point): fixtures for the fake Daily.

- ``fake_daily``: a fresh :class:`~daily_helpers.testing.FakeDaily` per test.
- ``daily_helper``: a ``DailyRESTHelper`` wired to it in-process (rate limits off), closed
  after the test.
- ``daily_helper_sync``: the same for ``DailyRESTHelperSync``.

Everything is imported inside the fixtures, so installing the package costs a test run
nothing until a fixture is used (the fake needs the ``fake`` extra).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._helper import DailyRESTHelper
    from .._helper_sync import DailyRESTHelperSync
    from ._fake import FakeDaily


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
        """A ``DailyRESTHelper`` talking to ``fake_daily`` in-process."""
        helper = fake_daily.helper()
        try:
            yield helper
        finally:
            await helper.aclose()
