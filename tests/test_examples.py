"""Each program in ``examples/`` runs as a user would run it, against the fake Daily: the web
endpoint and the nightly clean-up as scripts (configured by DAILY_API_KEY / DAILY_API_URL, the
fake on a port), and the pytest file in an empty folder with no configuration."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from daily_helpers import DailyRoomParams, decode_token
from daily_helpers.testing import FakeDaily, FakeDailyServer
from tests.conftest import run_pytest_in_an_empty_folder

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DAY = 86400.0


#: Seconds the fake's clock is behind the real one (rooms "created" in the past).
_behind = [0.0]


@pytest.fixture
def server() -> Iterator[FakeDailyServer]:
    _behind[0] = 0.0
    with FakeDailyServer(FakeDaily(clock=lambda: time.time() - _behind[0])) as running:
        yield running


def _env(server: FakeDailyServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAILY_", "PYTEST_"))}
    return {**env, "DAILY_API_KEY": server.fake.api_key, "DAILY_API_URL": server.base_url}


def test_nightly_cleanup(server: FakeDailyServer) -> None:
    with server.fake.helper_sync() as helper:
        _behind[0] = 2 * DAY
        for name in ("bot-old-1", "bot-old-2", "keep-old"):
            helper.create_room(DailyRoomParams(name=name))
        _behind[0] = 0.0
        helper.create_room(DailyRoomParams(name="bot-new"))
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "nightly_cleanup.py"), "--prefix", "bot-"],
        env=_env(server),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (proc.returncode, proc.stderr) == (0, "")
    *deleted, summary = proc.stdout.splitlines()
    assert sorted(deleted) == ["deleted: bot-old-1", "deleted: bot-old-2"]
    assert summary == "2 of 2 rooms cleaned up"
    assert sorted(server.fake.room_names()) == ["bot-new", "keep-old"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_bot_session_endpoint(server: FakeDailyServer) -> None:
    port = _free_port()
    app = subprocess.Popen(
        [sys.executable, str(EXAMPLES / "bot_session_server.py"), "--port", str(port)],
        env=_env(server),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/start", method="POST")
                with urllib.request.urlopen(request, timeout=10) as response:
                    answer = json.loads(response.read())
                break
            except OSError:
                assert app.poll() is None, app.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.1)
    finally:
        app.send_signal(signal.SIGINT)
        _, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    [name] = server.fake.room_names()
    assert answer["room_url"] == f"https://{server.fake.domain_name}.daily.co/{name}"
    user = decode_token(answer["token"])
    assert (user.room_name, user.is_owner, user.user_name) == (name, False, "Guest")
    operations = [r.operation for r in server.fake.requests]
    assert operations == ["create_room", "create_meeting_token", "create_meeting_token"]


def test_the_pytest_example_in_an_empty_folder(tmp_path: Path) -> None:
    for name in ("bot_session_server.py", "test_bot_session.py"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    proc = run_pytest_in_an_empty_folder(tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("============================== 3 passed in ")
