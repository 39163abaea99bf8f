"""End to end, as a new user would: the installed ``daily-helpers`` console script, in
subprocesses, against ``daily-helpers fake serve --port 0`` (a fake Daily on 127.0.0.1)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jwt
import pytest

pytest.importorskip("aiohttp", reason="fake serve needs the 'fake' extra")

KEY = "e2e-api-key-0123456789abcdef0123456789abcdef"
SCRIPT = Path(sys.executable).with_name("daily-helpers")
TIMEOUT = 60  # seconds for one command; a hang fails instead of blocking the suite


@pytest.fixture(scope="module")
def api_url() -> Iterator[str]:
    """``fake serve`` in a subprocess; its base URL is the first line it prints."""
    env = {**os.environ, "DAILY_API_KEY": KEY}
    server = subprocess.Popen(
        [str(SCRIPT), "fake", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), server.stderr.read() if server.stderr else ""
        assert url.endswith("/v1")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Run:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code, self.out, self.err = proc.returncode, proc.stdout, proc.stderr

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(api_url: str) -> Any:
    def run(*argv: str, key: str = KEY) -> Run:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DAILY_")}
        env.update(DAILY_API_KEY=key, DAILY_API_URL=api_url)
        proc = subprocess.run(
            [str(SCRIPT), *argv],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
        assert key not in proc.stdout
        assert key not in proc.stderr
        return Run(proc)

    return run


def test_rooms_lifecycle(cli: Any) -> None:
    before = int(time.time())
    created = cli(
        "rooms",
        "create",
        "--name",
        "e2e-life",
        "--exp-in",
        "600",
        "--property",
        "max_participants=3",
        "--property",
        "enable_chat=true",
        "--json",
    )
    assert created.code == 0, created.err
    room = created.json()
    assert room["name"] == "e2e-life"
    assert room["url"].endswith("/e2e-life")
    assert room["privacy"] == "public"
    assert room["config"]["max_participants"] == 3
    assert room["config"]["enable_chat"] is True
    assert before + 600 <= room["config"]["exp"] <= int(time.time()) + 600

    got = cli("--json", "rooms", "get", room["url"])
    assert got.code == 0
    assert got.json() == room

    updated = cli(
        "rooms",
        "update",
        "e2e-life",
        "--privacy",
        "private",
        "--reset",
        "max_participants",
        "--json",
    )
    assert updated.code == 0, updated.err
    assert updated.json()["privacy"] == "private"
    assert "max_participants" not in updated.json()["config"]
    assert updated.json()["config"]["enable_chat"] is True

    deleted = cli("rooms", "delete", room["url"], "--json")
    assert deleted.json() == [{"room": "e2e-life", "status": "deleted", "error": None}]
    again = cli("rooms", "delete", "e2e-life", "--json")
    assert (again.code, again.json()[0]["status"]) == (0, "already_gone")

    missing = cli("rooms", "get", "e2e-life")
    assert missing.code == 1
    assert "404" in missing.err


def test_rooms_list_pages_and_prune(cli: Any) -> None:
    for name in ("e2e-prune-1", "e2e-prune-2", "e2e-prune-3", "e2e-keep"):
        assert cli("rooms", "create", "--name", name).code == 0
    listed = cli("rooms", "list", "--page-size", "1", "--json")
    assert listed.code == 0
    paged = [room["name"] for room in listed.json()]
    # A page at a time lists exactly what one big page does, in the same order.
    assert paged == [room["name"] for room in cli("rooms", "list", "--json").json()]
    assert {"e2e-keep", "e2e-prune-3", "e2e-prune-2", "e2e-prune-1"} <= set(paged)
    assert len(paged) == len(set(paged))
    table = cli("rooms", "list", "--prefix", "e2e-prune-")
    assert table.out.splitlines()[-1] == "3 rooms"

    refused = cli("rooms", "prune", "--prefix", "e2e-prune-")  # stdin is not a terminal
    assert refused.code == 2
    assert "pass --yes" in refused.err

    young = cli("rooms", "prune", "--prefix", "e2e-prune-", "--older-than", "1h", "--yes")
    assert (young.code, young.out) == (0, "No rooms match; nothing to delete.\n")

    pruned = cli("rooms", "prune", "--prefix", "e2e-prune-", "--yes", "--json")
    assert pruned.code == 0, pruned.err
    summary = pruned.json()
    assert summary["matched"] == 3
    assert sorted(summary["deleted"]) == ["e2e-prune-1", "e2e-prune-2", "e2e-prune-3"]
    assert (summary["already_gone"], summary["errors"]) == ([], [])
    left = [room["name"] for room in cli("rooms", "list", "--json").json()]
    assert "e2e-keep" in left
    assert not any(name.startswith("e2e-prune-") for name in left)
    assert cli("rooms", "delete", "e2e-keep").code == 0


def test_tokens_issued_and_self_signed_agree_and_validate(cli: Any) -> None:
    url = cli("rooms", "create", "--name", "e2e-tokens", "--json").json()["url"]
    domain = cli("domain", "--json")
    assert domain.code == 0
    domain_id = domain.json()["domain_id"]
    assert cli("domain").out.strip() == domain_id

    common = ("--expiry", "900", "--property", "user_name=Bot", "--property", "user_id=bot-1")
    issued = cli("tokens", "create", url, *common, "--json").json()["token"]
    signed = cli("tokens", "sign", url, *common, "--json").json()["token"]
    offline = cli("tokens", "sign", url, "--domain-id", domain_id).out.strip()

    assert jwt.get_unverified_header(signed) == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(signed, KEY, algorithms=["HS256"])
    assert set(claims) == {"r", "d", "iat", "exp", "o", "ejt", "u", "ud"}
    assert (claims["r"], claims["d"], claims["o"], claims["u"]) == (
        "e2e-tokens",
        domain_id,
        True,
        "Bot",
    )
    assert jwt.decode(offline, KEY, algorithms=["HS256"])["d"] == domain_id

    decoded = [cli("tokens", "decode", token, "--json").json() for token in (issued, signed)]
    for properties in decoded:
        properties.pop("iat")
        assert abs(properties.pop("exp") - (int(time.time()) + 900)) <= 60
    assert decoded[0] == decoded[1]

    for token in (issued, signed, offline):
        valid = cli("tokens", "validate", token, "--json")
        assert valid.code == 0, valid.err
        assert valid.json()["room_name"] == "e2e-tokens"
    tampered = jwt.encode({**claims, "o": False}, "not-the-key-not-the-key-not-the-key", "HS256")
    rejected = cli("tokens", "validate", tampered)
    assert rejected.code == 1
    assert "400" in rejected.err
    assert cli("rooms", "delete", "e2e-tokens").code == 0


def test_errors_exit_codes_and_the_key_stays_secret(cli: Any) -> None:
    wrong = cli("rooms", "list", key="wrong-key-wrong-key-wrong-key-wrong-key")
    assert wrong.code == 1
    assert "401" in wrong.err
    usage = cli("rooms", "create", "--property", "max_participants")
    assert usage.code == 2
    assert "expected KEY=VALUE" in usage.err
    assert cli("rooms").code == 2
    assert cli("tokens", "sign", "--help").code == 0


# --- a CLI that behaves like gh and the stripe CLI ------------------------------------------


def _env(api_url: str, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAILY_", "_ARGCOMPLETE"))}
    return {**env, "DAILY_API_KEY": KEY, "DAILY_API_URL": api_url, **more}


def _room_names(api_url: str) -> list[str]:
    from daily_helpers import DailyRESTHelperSync

    with DailyRESTHelperSync(daily_api_key=KEY, daily_api_url=api_url) as daily:
        return [room.name for room in daily.iter_rooms()]


def _shell(api_url: str, command: str) -> subprocess.CompletedProcess[str]:
    """``daily-helpers COMMAND`` run by sh (pipes and all)."""
    return subprocess.run(
        ["sh", "-c", f"'{SCRIPT}' {command}"],
        env=_env(api_url),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _into_a_closed_pipe(api_url: str, *argv: str) -> tuple[int, bytes]:
    """Exit code and stderr when stdout's reader is gone before anything is written."""
    proc = subprocess.Popen(
        [str(SCRIPT), *argv],
        env=_env(api_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.close()
    code = proc.wait(timeout=TIMEOUT)
    with proc.stderr:
        return code, proc.stderr.read()


def test_version_from_the_installed_script(cli: Any) -> None:
    from daily_helpers import __version__

    version = cli("--version")
    assert (version.code, version.out, version.err) == (0, f"daily-helpers {__version__}\n", "")


def test_json_errors_and_auth_errors_from_the_installed_script(cli: Any, api_url: str) -> None:
    missing = cli("rooms", "get", "e2e-nowhere", "--json")
    assert (missing.code, missing.out) == (1, "")
    assert json.loads(missing.err) == {
        "error": "404 not-found: room e2e-nowhere not found (GET /rooms/e2e-nowhere)",
        "kind": "daily",
        "exit_code": 1,
        "status_code": 404,
        "error_type": "not-found",
        "info": "room e2e-nowhere not found",
    }
    wrong = cli("--json", "rooms", "list", key="wrong-key-wrong-key-wrong-key-wrong-key")
    error = json.loads(wrong.err)
    assert (wrong.code, error["kind"], error["status_code"]) == (1, "daily", 401)
    assert error["error"].endswith(f"; the API key was refused by {api_url}")


def test_a_closed_stdout_ends_quietly(api_url: str) -> None:
    for name in ("e2e-pipe-1", "e2e-pipe-2"):
        create = [str(SCRIPT), "rooms", "create", "--name", name]
        subprocess.run(create, env=_env(api_url), check=True, capture_output=True)
    # `| head -1` in a shell: the first line, and nothing on stderr
    piped = _shell(api_url, "rooms list --json | head -1")
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, "[\n", "")
    # a reader that is gone before anything is written: exit 141 (as SIGPIPE), no traceback
    assert _into_a_closed_pipe(api_url, "rooms", "list", "--json") == (141, b"")
    subprocess.run([str(SCRIPT), "rooms", "delete", "e2e-pipe-1", "e2e-pipe-2"], env=_env(api_url))


def test_demo_into_a_closed_pipe_leaves_no_room_behind(api_url: str) -> None:
    before = _room_names(api_url)
    piped = _shell(api_url, "demo | head -2")
    assert (piped.stdout, piped.stderr) == (f"Running on Daily at {api_url}.\n\n", "")
    # the first line already fails: the walk stops before any room
    assert _into_a_closed_pipe(api_url, "demo") == (141, b"")
    assert _room_names(api_url) == before


def test_ctrl_c_stops_a_prune_within_a_second_and_says_what_was_done(api_url: str) -> None:
    import httpx

    from daily_helpers import DailyRESTHelperSync, DailyRoomParams

    with DailyRESTHelperSync(daily_api_key=KEY, daily_api_url=api_url) as daily:
        for i in range(60):
            daily.create_room(DailyRoomParams(name=f"e2e-sigint-{i:02d}"))
    control = api_url.removesuffix("/v1") + "/_fake"
    # Daily's rate limit says "wait 30 s" to the batch: the prune waits, and Ctrl-C ends it.
    fault = {"operation": "delete_rooms_batch", "status": 429, "retry_after": 30}
    httpx.post(f"{control}/faults", json=fault).raise_for_status()
    httpx.delete(f"{control}/requests").raise_for_status()
    proc = subprocess.Popen(
        [str(SCRIPT), "rooms", "prune", "--prefix", "e2e-sigint-", "--yes"],
        env=_env(api_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )

    def batches() -> int:
        log = httpx.get(f"{control}/requests").json()["requests"]
        return sum(entry["operation"] == "delete_rooms_batch" for entry in log)

    try:
        deadline = time.monotonic() + TIMEOUT
        while batches() == 0:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(0.5)  # well into the wait
        proc.send_signal(signal.SIGINT)
        sent = time.monotonic()
        out, err = proc.communicate(timeout=TIMEOUT)
        took = time.monotonic() - sent
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert took < 1.0, took
    assert out == "Deleted 0 of 60 matching rooms; 0 already gone; 0 failed.\n"
    assert err == "daily-helpers: interrupted: 60 of 60 rooms not attempted\n"
    time.sleep(0.5)
    assert batches() == 1  # nothing was sent after Ctrl-C
    left = sorted(n for n in _room_names(api_url) if n.startswith("e2e-sigint-"))
    assert len(left) == 60
    with DailyRESTHelperSync(daily_api_key=KEY, daily_api_url=api_url, rate_limits=None) as daily:
        assert {o.status for o in daily.delete_rooms(left)} == {"deleted"}


def _complete(api_url: str, line: str, tmp_path: Path) -> list[str]:
    """What the shell gets for ``line`` + Tab (argcomplete's protocol, as its shell code runs)."""
    answer = tmp_path / "completions"
    env = _env(
        api_url,
        _ARGCOMPLETE="1",
        _ARGCOMPLETE_SHELL="bash",
        COMP_LINE=line,
        COMP_POINT=str(len(line)),
        _ARGCOMPLETE_STDOUT_FILENAME=str(answer),
    )
    proc = subprocess.run(
        [str(SCRIPT)], env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return answer.read_text().split("\x0b")


def test_shell_completion(api_url: str, tmp_path: Path) -> None:
    assert _complete(api_url, "daily-helpers ro", tmp_path) == ["rooms "]
    assert _complete(api_url, "daily-helpers rooms pr", tmp_path) == ["prune "]
    assert "--limit " in _complete(api_url, "daily-helpers rooms list --l", tmp_path)
    assert _room_names(api_url) == _room_names(api_url)  # (completion sent nothing)
    for shell, marker in (
        ("bash", "complete -o nospace -o default -o bashdefault -F _python_argcomplete"),
        ("zsh", "#compdef daily-helpers"),
        ("fish", "complete --command daily-helpers"),
    ):
        code = subprocess.run(
            [str(SCRIPT), "completion", shell], capture_output=True, text=True, check=True
        ).stdout
        assert marker in code, (shell, code)
    # bash loads it and registers the command
    registered = subprocess.run(
        ["bash", "-c", f"source <('{SCRIPT}' completion bash) && complete -p daily-helpers"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert registered.returncode == 0, registered.stderr
    assert registered.stdout.strip().endswith("daily-helpers")
