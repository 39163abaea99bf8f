"""Test support: a fake Daily (:class:`FakeDaily`, in-process or on a port with
:class:`FakeDailyServer`) and a pytest plugin. Needs the ``fake`` extra
(``pip install daily-helpers[fake]``). Names load lazily, so the pytest plugin costs nothing
until a fixture is used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import DEFAULT_API_KEY, FakeDaily, LoggedRequest
    from ._server import FakeDailyServer
    from ._spec import FakeSpecError
    from ._transport import FakeTransport

__all__ = [
    "DEFAULT_API_KEY",
    "FakeDaily",
    "FakeDailyServer",
    "FakeSpecError",
    "FakeTransport",
    "LoggedRequest",
]

_WHERE = {
    "DEFAULT_API_KEY": "._fake",
    "FakeDaily": "._fake",
    "LoggedRequest": "._fake",
    "FakeDailyServer": "._server",
    "FakeSpecError": "._spec",
    "FakeTransport": "._transport",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
