"""End to end, as a new user would: the installed ``daily-helpers`` console script, in
subprocesses, against ``daily-helpers fake serve --port 0`` (a fake Daily on 127.0.0.1)."""

from __future__ import annotations

import json
import os
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
