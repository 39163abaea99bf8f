"""`daily-helpers demo` and `scripts/demo` end to end, as subprocesses."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from daily_helpers.testing import FakeDailyServer

ROOT = Path(__file__).resolve().parents[1]
MAIN = "import sys, daily_helpers.cli as c; sys.exit(c.main())"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAILY_API_")}
    env.update(extra)
    return env


def _demo(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", MAIN, *args, "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _assert_walk(out: str, domain: str) -> None:
    steps = [line for line in out.splitlines() if re.match(r"\d\. ", line)]
    assert steps == [
        "1. Create a room that expires in 10 minutes",
        "2. Mint an owner token for the bot (valid as long as the room)",
        "3. Look the room up by its URL",
        "4. Ask Daily to validate the token",
        "5. Delete the room by URL",
        "6. Delete it again (already gone: Daily answers 404, which is tolerated)",
    ]
    url = re.search(r"room URL: +(\S+)", out).group(1)
    assert re.fullmatch(rf"https://{domain}\.daily\.co/[A-Za-z0-9]{{20}}", url)
    name = url.rsplit("/", 1)[1]
    assert re.search(rf"^ +room_name +{name}$", out, re.MULTILINE)
    assert re.search(r"^ +is_owner +true$", out, re.MULTILINE)
    assert re.search(r"^ +exp +\d+ \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)$", out, re.MULTILINE)
    assert f"valid:     for room {name}, owner=true" in out
    assert out.count("deleted:   true") == 2
    assert "Done:" in out


def test_demo_without_a_key_runs_on_the_embedded_fake():
    result = _demo(env=_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No DAILY_API_KEY: running on the embedded fake Daily")
    _assert_walk(result.stdout, "demo")


def test_demo_with_a_key_and_url_talks_to_that_server():
    key = "demo-test-key-0123456789abcdefghijkl"
    with FakeDailyServer(api_key=key, domain_name="remote") as server:
        result = _demo(env=_env(DAILY_API_KEY=key, DAILY_API_URL=server.base_url))
        operations = [r.operation for r in server.fake.requests]
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Running on Daily at {server.base_url}.")
    assert key not in result.stdout + result.stderr
    _assert_walk(result.stdout, "remote")
    assert operations == [
        "create_room",
        "create_meeting_token",
        "get_room",
        "validate_meeting_token",
        "delete_room",
        "delete_room",
    ]
    assert server.fake.room_names() == []


def test_demo_reports_a_wrong_key_without_printing_it():
    with FakeDailyServer() as server:
        result = _demo("--api-key", "wrong-key-9876", "--api-url", server.base_url, env=_env())
    assert result.returncode == 1
    assert "wrong-key-9876" not in result.stdout + result.stderr
    assert "401" in result.stderr or "authentication" in result.stderr


def test_scripts_demo():
    result = subprocess.run(
        [str(ROOT / "scripts" / "demo")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    _assert_walk(result.stdout, "demo")


async def test_a_failed_step_still_deletes_the_room():
    from daily_helpers.cli._demo import _walk
    from daily_helpers.errors import ServerError
    from daily_helpers.testing import FakeDaily

    fake = FakeDaily()
    fake.fail_next("validate_meeting_token", status=500, times=3)  # outlasts the retries
    lines: list[str] = []
    with pytest.raises(ServerError):
        await _walk(fake.helper(), lines.append)
    assert "4. Ask Daily to validate the token" in lines
    assert fake.room_names() == []
    assert [r.operation for r in fake.requests][-1] == "delete_room"
