"""pytest plugin for the README's Python blocks, run by pytest-markdown-docs::

    python -m pytest -p tests.markdown_docs --markdown-docs README.md

Every block runs as written, with ``DAILY_API_KEY`` and ``DAILY_API_URL`` pointing at a fresh
fake Daily on 127.0.0.1 (the configuration the helpers read when given no arguments). A block
marked ``runner:pytest_file`` is a test file: it is saved in an empty folder and run by pytest
there, with no configuration, as a reader who pastes it would."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_markdown_docs._runners import DefaultRunner, register_runner

from daily_helpers.testing import FakeDailyServer
from tests.conftest import run_pytest_in_an_empty_folder


@pytest.fixture
def fake_daily_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDailyServer]:
    with FakeDailyServer() as server:
        monkeypatch.setenv("DAILY_API_KEY", server.fake.api_key)
        monkeypatch.setenv("DAILY_API_URL", server.base_url)
        yield server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("markdown-docs") is not None:
            item.add_marker(pytest.mark.usefixtures("fake_daily_environment"))


@register_runner()
class pytest_file(DefaultRunner):  # the name used in the fence: runner:pytest_file
    """Runs the block as ``test_example.py`` in an empty folder; it must pass."""

    def runtest(self, test: Any, args: dict[str, Any], **_: Any) -> None:
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "test_example.py").write_text(test.source.lstrip("\n"))
            proc = run_pytest_in_an_empty_folder(folder)
        if proc.returncode != 0 or " passed" not in proc.stdout.splitlines()[-1]:
            raise AssertionError(f"the test file failed in an empty folder:\n{proc.stdout}")
