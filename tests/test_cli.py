"""The ``daily-helpers`` command in-process: argument errors exit 2 with text that says how to
fix them, the API key is never printed, ``--json`` output is what Daily answered, and each
command sends the exact request. Daily is ``_mock_daily.MockDaily`` behind respx."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
import respx
from _mock_daily import BASE, DOMAIN_ID, KEY, UNTIMED, MockDaily, daily_signs

from daily_helpers.cli import build_parser, main


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockDaily]:
    monkeypatch.setenv("DAILY_API_KEY", KEY)
    monkeypatch.setenv("DAILY_API_URL", BASE)
    daily = MockDaily()
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.route().mock(side_effect=daily)
        yield daily


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    def run(*argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse's own errors and --help
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        assert KEY not in captured.out
        assert KEY not in captured.err
        return Result(code, captured.out, captured.err)

    return run


def command_paths() -> list[list[str]]:
    """Every command and subcommand the parser knows."""
    import argparse

    paths: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    paths.append([*prefix, name])
                    walk(sub, [*prefix, name])

    walk(build_parser(), [])
    return paths


EXPECTED_COMMANDS = [
    ["rooms", "create"],
    ["rooms", "get"],
    ["rooms", "list"],
    ["rooms", "update"],
    ["rooms", "delete"],
    ["rooms", "prune"],
    ["tokens", "create"],
    ["tokens", "sign"],
    ["tokens", "validate"],
    ["tokens", "decode"],
    ["domain"],
]


def test_every_command_of_the_issue_exists() -> None:
    paths = command_paths()
    for path in EXPECTED_COMMANDS:
        assert path in paths


@pytest.mark.parametrize("path", [[], *command_paths()], ids=lambda p: " ".join(p) or "top")
def test_help_on_every_command(cli: Any, path: list[str]) -> None:
    result = cli(*path, "--help")
    assert result.code == 0
    assert result.out.startswith("usage: daily-helpers")


# --- usage errors: exit 2, say what was wrong and how to fix it ---------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["rooms"], "required: ACTION"),
        (["rooms", "fly"], "invalid choice: 'fly'"),
        (["rooms", "get"], "required: ROOM"),
        (["rooms", "create", "--privacy", "org"], "invalid choice: 'org'"),
        (["rooms", "create", "--property", "max_participants"], "expected KEY=VALUE"),
        (["rooms", "create", "--property", "no_such=1"], "unknown room property 'no_such'"),
        (["rooms", "create", "--property", "max_participants=lots"], "max_participants must be"),
        (["rooms", "create", "--exp-in", "soon"], "--exp-in: 'soon' is not a positive whole"),
        (["rooms", "create", "--name", "bad name"], "may only contain"),
        (["rooms", "get", "https://acme.daily.co/a/b"], "more than one segment"),
        (["rooms", "list", "--page-size", "500"], "--page-size: 500 is not from 1 to 100"),
        (["rooms", "update", "r1"], "nothing to change: give --privacy"),
        (["rooms", "delete", "ok", "not ok"], "invalid room name 'not ok'"),
        (["rooms", "prune"], "prune needs --prefix and/or --older-than"),
        (["rooms", "prune", "--older-than", "2 fortnights"], "use a number with a unit"),
        (["rooms", "prune", "--prefix", "x", "--concurrency", "0"], "--concurrency"),
        (["tokens", "create", "acme.daily.co/r1"], "it has no scheme"),
        (["tokens", "create", "https://acme.daily.co/r1", "--expiry", "-5"], "--expiry"),
        (["tokens", "sign", "https://acme.daily.co/r1", "--domain-id", " "], "--domain-id"),
        (
            ["tokens", "sign", "https://acme.daily.co/r1", "--property", "enable_prejoin_ui=true"],
            "no documented self-signed claim",
        ),
        (["tokens", "validate", "not-a-token"], "three dot-separated parts"),
        (["tokens", "decode", "a.b"], "not a meeting token"),
    ],
)
def test_bad_input_exits_2_with_a_helpful_message(
    cli: Any, mock: MockDaily, argv: list[str], says: str
) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert says in result.err
    assert result.out == ""
    assert mock.requests == []  # nothing was sent


def test_no_api_key_says_where_to_put_one(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAILY_API_KEY", raising=False)
    result = cli("rooms", "list")
    assert result.code == 2
    assert "set DAILY_API_KEY or pass --api-key" in result.err


def test_bad_api_url_says_how_to_fix_it(cli: Any, mock: MockDaily) -> None:
    result = cli("--api-url", "api.daily.co/v1", "domain")
    assert result.code == 2
    assert "pass --api-url (or set DAILY_API_URL)" in result.err


# --- the key is never printed -----------------------------------------------------------------


def test_wrong_key_is_an_api_error_and_neither_key_is_printed(cli: Any, mock: MockDaily) -> None:
    wrong = "wrong-key-9876543210-wrong-key-9876543210"
    result = cli("rooms", "list", "--api-key", wrong)
    assert result.code == 1
    assert "401 authentication-error" in result.err
    assert wrong not in result.out + result.err
    assert mock.requests[0].headers["authorization"] == f"Bearer {wrong}"


def test_key_given_on_the_command_line_is_used_and_not_printed(
    cli: Any, mock: MockDaily, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DAILY_API_KEY", "env-key-that-must-lose-to-the-option-xx")
    result = cli("--api-key", KEY, "--json", "domain")
    assert result.code == 0
    assert result.json() == {"domain_id": DOMAIN_ID}


def test_key_is_not_printed_on_a_usage_error_after_it(cli: Any, mock: MockDaily) -> None:
    result = cli("--api-key", KEY, "rooms", "create", "--property", "nope")
    assert result.code == 2  # the fixture checks the key is in neither stream


# --- rooms ----------------------------------------------------------------------------------


def test_rooms_create_json_and_exact_request(cli: Any, mock: MockDaily) -> None:
    result = cli(
        "rooms",
        "create",
        "--name",
        "standup",
        "--privacy",
        "private",
        "--property",
        "max_participants=4",
        "--property",
        'enable_recording="cloud"',
        "--property",
        "geo=eu-central-1",
        "--json",
    )
    assert result.code == 0, result.err
    assert mock.paths() == ["POST /v1/rooms"]
    sent = json.loads(mock.requests[0].content)
    assert sent["name"] == "standup"
    assert sent["privacy"] == "private"
    assert {k: sent["properties"][k] for k in ("max_participants", "enable_recording", "geo")} == {
        "max_participants": 4,
        "enable_recording": "cloud",
        "geo": "eu-central-1",
    }
    assert result.json() == {
        "id": "00000000-0000-4000-8000-000000000001",
        "name": "standup",
        "url": "https://acme.daily.co/standup",
        "privacy": "private",
        "api_created": True,
        "created_at": "2026-01-01T00:00:01.000Z",
        "config": {"max_participants": 4, "enable_recording": "cloud", "geo": "eu-central-1"},
    }


def test_rooms_create_exp_in_is_now_plus_seconds(
    cli: Any, mock: MockDaily, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("time.time", lambda: 1_700_000_000.5)
    cli("rooms", "create", "--exp-in", "600")
    assert json.loads(mock.requests[0].content)["properties"]["exp"] == 1_700_000_600


def test_rooms_get_by_url_json(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("standup")
    result = cli("--json", "rooms", "get", "https://acme.daily.co/standup")
    assert result.code == 0
    assert mock.paths() == ["GET /v1/rooms/standup"]
    assert result.json() == {
        "id": "00000000-0000-4000-8000-000000000001",
        "name": "standup",
        "url": "https://acme.daily.co/standup",
        "privacy": "public",
        "api_created": True,
        "created_at": "2026-01-01T00:00:01.000Z",
        "config": {},
    }


def test_rooms_get_missing_exits_1(cli: Any, mock: MockDaily) -> None:
    result = cli("rooms", "get", "nope")
    assert result.code == 1
    assert "404 not-found: room nope not found" in result.err


def test_rooms_list_pages_through_everything(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms(*(f"r{i}" for i in range(5)))
    result = cli("rooms", "list", "--page-size", "2", "--json")
    assert [room["name"] for room in result.json()] == ["r4", "r3", "r2", "r1", "r0"]
    assert len(mock.requests) == 3


def test_rooms_list_table_and_prefix(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("bot-1", "keep", "bot-2")
    result = cli("rooms", "list", "--prefix", "bot-")
    lines = result.out.splitlines()
    assert lines[0].split() == ["NAME", "PRIVACY", "CREATED", "EXPIRES", "URL"]
    assert [line.split()[0] for line in lines[1:-1]] == ["bot-2", "bot-1"]
    assert lines[-1] == "2 rooms"


def test_global_json_is_not_undone_by_the_subcommand(cli: Any, mock: MockDaily) -> None:
    assert cli("--json", "rooms", "list").json() == []
    assert cli("rooms", "list", "--json").json() == []
    assert cli("rooms", "list").out == "No rooms.\n"


def test_rooms_update_reset_sends_null(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("r1")
    result = cli(
        "rooms", "update", "r1", "--reset", "max_participants", "--property", "enable_chat=true"
    )
    assert result.code == 0
    assert json.loads(mock.requests[0].content) == {
        "properties": {"enable_chat": True, "max_participants": None}
    }


def test_rooms_delete_reports_each_room_and_exits_1_on_a_failure(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("a")
    mock.fail["broken"] = 500
    result = cli("rooms", "delete", "a", "https://acme.daily.co/gone", "broken", "--json")
    assert result.code == 1
    assert result.json() == [
        {"room": "a", "status": "deleted", "error": None},
        {"room": "gone", "status": "already_gone", "error": None},
        {"room": "broken", "status": "error", "error": "500 server-error (DELETE /rooms/broken)"},
    ]


# --- rooms prune ----------------------------------------------------------------------------


def old_and_new(mock: MockDaily) -> None:
    mock.add_rooms("bot-old", "keep-old", "bot-new")
    mock.rooms[2]["created_at"] = "2999-01-01T00:00:00.000Z"  # "new": created in the future


def test_prune_without_a_terminal_refuses_without_yes(cli: Any, mock: MockDaily) -> None:
    old_and_new(mock)
    result = cli("rooms", "prune", "--prefix", "bot-")
    assert result.code == 2
    assert "pass --yes" in result.err
    assert [r.method for r in mock.requests] == ["GET"]  # listed, deleted nothing


def test_prune_yes_deletes_by_prefix_and_age_with_a_summary(cli: Any, mock: MockDaily) -> None:
    old_and_new(mock)
    result = cli("rooms", "prune", "--prefix", "bot-", "--older-than", "1d", "--yes")
    assert result.code == 0
    assert [room["name"] for room in mock.rooms] == ["keep-old", "bot-new"]
    assert result.out == "Deleted 1 of 1 matching rooms; 0 already gone; 0 failed.\n"
    assert "deleting [" not in result.err  # no progress bar off a terminal


def test_prune_json_summary(cli: Any, mock: MockDaily) -> None:
    old_and_new(mock)
    mock.fail["keep-old"] = 500
    result = cli("rooms", "prune", "--older-than", "30m", "--yes", "--json")
    assert result.code == 1
    assert result.json() == {
        "matched": 2,
        "deleted": ["bot-old"],
        "already_gone": [],
        "errors": [{"room": "keep-old", "error": "500 server-error (DELETE /rooms/keep-old)"}],
    }


def test_prune_dry_run_deletes_nothing(cli: Any, mock: MockDaily) -> None:
    old_and_new(mock)
    result = cli("rooms", "prune", "--prefix", "bot-", "--dry-run", "--json")
    assert result.json() == {"matched": 2, "would_delete": ["bot-new", "bot-old"]}
    assert len(mock.rooms) == 3


def test_prune_nothing_matches(cli: Any, mock: MockDaily) -> None:
    old_and_new(mock)
    result = cli("rooms", "prune", "--prefix", "zzz")
    assert (result.code, result.out) == (0, "No rooms match; nothing to delete.\n")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "deleted"), [("y\n", True), ("\n", False), ("no\n", False)])
def test_prune_on_a_terminal_asks_and_shows_a_progress_bar(
    cli: Any, mock: MockDaily, monkeypatch: pytest.MonkeyPatch, answer: str, deleted: bool
) -> None:
    old_and_new(mock)
    monkeypatch.setattr("sys.stdin", FakeTerminal(answer))
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    result = cli("rooms", "prune", "--prefix", "bot-old")
    assert "Delete 1 rooms? [y/N]" in result.err
    assert "Rooms to delete: bot-old" in result.err
    assert ("bot-old" not in [room["name"] for room in mock.rooms]) is deleted
    assert result.code == (0 if deleted else 2)
    if deleted:
        assert "deleting [" in result.err
        assert "1/1" in result.err
    else:
        assert "nothing deleted (not confirmed)" in result.err


# --- tokens and domain ----------------------------------------------------------------------


def test_tokens_create_sends_get_tokens_properties(
    cli: Any, mock: MockDaily, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("time.time", lambda: 1_700_000_000.0)
    result = cli(
        "tokens",
        "create",
        "https://acme.daily.co/r1",
        "--expiry",
        "60",
        "--no-owner",
        "--eject-at-exp",
        "--property",
        "user_name=Bot",
        "--json",
    )
    assert result.code == 0, result.err
    assert json.loads(mock.requests[0].content) == {
        "properties": {
            "room_name": "r1",
            "exp": 1_700_000_060,
            "is_owner": False,
            "eject_at_token_exp": True,
            "user_name": "Bot",
        }
    }
    claims = jwt.decode(result.json()["token"], KEY, algorithms=["HS256"], options=UNTIMED)
    assert (claims["r"], claims["o"], claims["u"]) == ("r1", False, "Bot")


def test_tokens_sign_with_domain_id_sends_nothing(cli: Any, mock: MockDaily) -> None:
    result = cli("tokens", "sign", "https://acme.daily.co/r1", "--domain-id", "dom-9")
    assert result.code == 0
    assert mock.requests == []
    claims = jwt.decode(result.out.strip(), KEY, algorithms=["HS256"], options=UNTIMED)
    assert (claims["r"], claims["d"], claims["o"], claims["ejt"]) == ("r1", "dom-9", True, False)


def test_tokens_sign_asks_daily_for_the_domain_id(cli: Any, mock: MockDaily) -> None:
    result = cli("tokens", "sign", "https://acme.daily.co/r1", "--json")
    assert mock.paths() == ["GET /v1/"]
    token = result.json()["token"]
    assert jwt.decode(token, KEY, algorithms=["HS256"], options=UNTIMED)["d"] == DOMAIN_ID


def test_tokens_validate_json(cli: Any, mock: MockDaily) -> None:
    token = daily_signs({"room_name": "r1", "is_owner": False})
    result = cli("tokens", "validate", token, "--ignore-nbf", "--json")
    assert result.code == 0
    assert mock.requests[0].url.params["ignoreNbf"] == "true"
    assert result.json() == {"room_name": "r1", "is_owner": False}


def test_tokens_validate_rejected_exits_1(cli: Any, mock: MockDaily) -> None:
    forged = jwt.encode({"r": "r1"}, "another-key-another-key-another-key!", algorithm="HS256")
    result = cli("tokens", "validate", forged)
    assert result.code == 1
    assert "400 invalid-request-error" in result.err
    assert forged not in result.err  # the token is shortened in messages


def test_tokens_decode_reads_stdin_and_needs_no_key(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DAILY_API_KEY", raising=False)
    token = daily_signs({"room_name": "r1", "user_name": "Bot"})
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    result = cli("tokens", "decode", "-", "--json")
    assert result.code == 0
    assert result.json() == {
        "room_name": "r1",
        "user_name": "Bot",
        "domain_id": DOMAIN_ID,
        "iat": 1_800_000_001,
    }
    table = cli("tokens", "decode", token)
    assert "room_name:" in table.out
    assert "user_name: Bot" in table.out


def test_domain(cli: Any, mock: MockDaily) -> None:
    assert cli("domain").out == f"{DOMAIN_ID}\n"
    assert cli("domain", "--json").json() == {"domain_id": DOMAIN_ID}
