"""Helpers wired to a fake in-process: they own their httpx client and close it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._base import DEFAULT_API_URL
from .._helper import DailyRESTHelper
from .._helper_sync import DailyRESTHelperSync

if TYPE_CHECKING:
    from ._fake import FakeDaily

__all__ = ["FakeWiredHelper", "FakeWiredHelperSync"]


class FakeWiredHelper(DailyRESTHelper):
    """A ``DailyRESTHelper`` talking to a fake through its in-process transport."""

    def __init__(self, fake: FakeDaily, **kwargs: Any) -> None:
        self._fake_client = httpx.AsyncClient(transport=fake.transport())
        kwargs.setdefault("rate_limits", None)
        kwargs.setdefault("daily_api_key", fake.api_key)
        kwargs.setdefault("daily_api_url", DEFAULT_API_URL)  # not $DAILY_API_URL: in-process
        super().__init__(http_client=self._fake_client, **kwargs)

    async def aclose(self) -> None:
        await super().aclose()
        await self._fake_client.aclose()


class FakeWiredHelperSync(DailyRESTHelperSync):
    """A ``DailyRESTHelperSync`` talking to a fake through its in-process transport."""

    def __init__(self, fake: FakeDaily, **kwargs: Any) -> None:
        self._fake_client = httpx.Client(transport=fake.transport())
        kwargs.setdefault("rate_limits", None)
        kwargs.setdefault("daily_api_key", fake.api_key)
        kwargs.setdefault("daily_api_url", DEFAULT_API_URL)  # not $DAILY_API_URL: in-process
        super().__init__(http_client=self._fake_client, **kwargs)

    def close(self) -> None:
        super().close()
        self._fake_client.close()
