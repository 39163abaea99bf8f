"""``daily-helpers sip-clients``: each action against a fake Daily on a port; a password is
printed once (create, rotate) and never by get, list, an error or ``--debug``."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from daily_helpers.cli import main
from daily_helpers.testing import DEFAULT_API_KEY, FakeDailyServer

PASSWORD = "cl1PasswordXYZ"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeDailyServer]:
    with FakeDailyServer() as running:
        yield running


@pytest.fixture
def cli(
    server: FakeDailyServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Any:
    server.fake.reset()
    monkeypatch.setenv("DAILY_API_KEY", DEFAULT_API_KEY)
    monkeypatch.setenv("DAILY_API_URL", server.base_url)

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        assert DEFAULT_API_KEY not in out + err
        return code, out, err

    return run


def test_create_prints_the_password_once_and_get_list_never(
    cli: Any, server: FakeDailyServer
) -> None:
    code, out, _ = cli("sip-clients", "create", "bot-1", "--expires-in", "2h")
    assert code == 0
    password = server.fake.sip_client_password("bot-1")
    assert password is not None
    assert out.count(password) == 1
    assert "sip:bot-1@" in out
    for argv in (("get", "bot-1"), ("list",), ("get", "bot-1", "--json"), ("list", "--json")):
        code, out, err = cli("sip-clients", *argv)
        assert code == 0
        assert "bot-1" in out
        assert password not in out + err


def test_create_with_a_password_from_stdin_json(cli: Any, server: FakeDailyServer) -> None:
    code, out, _ = cli(
        "sip-clients", "create", "bot-2", "--password-stdin", "--json", stdin=PASSWORD + "\n"
    )
    assert code == 0
    assert json.loads(out)["password"] == PASSWORD
    assert server.fake.requests[-1].json == {"username": "bot-2", "password": PASSWORD}


def test_rotate_prints_the_new_password_and_debug_hides_it(
    cli: Any, server: FakeDailyServer
) -> None:
    cli("sip-clients", "create", "bot-3")
    code, out, err = cli(
        "sip-clients", "rotate", "bot-3", "--password-stdin", "--debug", stdin=PASSWORD
    )
    assert code == 0
    assert out.count(PASSWORD) == 1
    assert PASSWORD not in err
    assert '"password":"***"' in err


def test_delete_is_idempotent_and_errors_are_typed(cli: Any) -> None:
    cli("sip-clients", "create", "bot-4")
    assert cli("sip-clients", "delete", "bot-4")[0] == 0
    code, out, _ = cli("sip-clients", "delete", "bot-4", "--json")
    assert (code, json.loads(out)) == (0, {"username": "bot-4", "deleted": True})
    code, _, err = cli("sip-clients", "get", "bot-4", "--json")
    assert code == 1
    assert json.loads(err)["status_code"] == 404
    cli("sip-clients", "create", "bot-5")
    code, _, err = cli("sip-clients", "create", "bot-5")
    assert code == 1
    assert "409" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("create", "bad name"),
        ("create", "ok", "--expires-in", "10s"),
        ("list", "--limit", "0"),
        ("rotate", "bot", "--password-stdin"),
    ],
)
def test_bad_input_exits_2_and_sends_nothing(
    cli: Any, server: FakeDailyServer, argv: tuple[str, ...]
) -> None:
    code, _, err = cli("sip-clients", *argv, stdin="short")
    assert code == 2, err
    assert server.fake.requests == []
