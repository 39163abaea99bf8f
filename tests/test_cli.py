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
        (["rooms", "create", "--property", "max_participants=0"], "max_participants: must be at"),
        (["rooms", "create", "--property", "max_participants=lots"], "max_participants must be"),
        (
            ["rooms", "create", "--exp-in", "soon"],
            "--exp-in: 'soon' is not a duration; use a number",
        ),
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


def test_rooms_update_sends_the_2026_properties(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("desk")
    dialin_config = {"allow_room_start": True, "hold_music_enabled": False}
    sip = {"display_name": "bot", "sip_mode": "dial-in", "dialin_config": dialin_config}
    bucket = {"bucket_name": "b", "bucket_region": "r", "storage_provider": "oci", "namespace": "n"}
    dialin = {"display_name": "Desk", "room_numbers": [{"phone_number": "+14155550100"}]}
    result = cli(
        "rooms",
        "update",
        "desk",
        "--property",
        f"sip={json.dumps(sip)}",
        "--property",
        f"recordings_bucket={json.dumps(bucket)}",
        "--property",
        'dialout_config={"max_idle_timeout_post_conversation_sec": 5}',
        "--property",
        f"dialin={json.dumps(dialin)}",
    )
    assert result.code == 0, result.err
    assert json.loads(mock.requests[0].content) == {
        "properties": {
            "sip": sip,
            "recordings_bucket": bucket,
            "dialout_config": {"max_idle_timeout_post_conversation_sec": 5},
            "dialin": dialin,
        }
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
        assert "deleting " in result.err  # rich's bar
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


# --- a CLI that behaves like gh and the stripe CLI ------------------------------------------


def test_version(cli: Any) -> None:
    from daily_helpers import __version__

    result = cli("--version")
    assert (result.code, result.out, result.err) == (0, f"daily-helpers {__version__}\n", "")


@pytest.mark.parametrize(
    ("given", "seconds"), [("90s", 90), ("10m", 600), ("2h", 7200), ("7d", 604800), ("120", 120)]
)
def test_one_duration_syntax_for_every_time_option(
    cli: Any, mock: MockDaily, monkeypatch: pytest.MonkeyPatch, given: str, seconds: int
) -> None:
    monkeypatch.setattr("time.time", lambda: 1_700_000_000.0)
    assert cli("rooms", "create", "--name", "r1", "--exp-in", given).code == 0
    assert cli("rooms", "update", "r1", "--exp-in", given).code == 0
    assert cli("tokens", "create", "https://acme.daily.co/r1", "--expiry", given).code == 0
    create, update, token = (json.loads(r.content) for r in mock.requests)
    assert create["properties"]["exp"] == 1_700_000_000 + seconds
    assert update["properties"]["exp"] == 1_700_000_000 + seconds
    assert token["properties"]["exp"] == 1_700_000_000 + seconds


@pytest.mark.parametrize("given", ["0", "0.5s", "-1m", "10 minutes"])
def test_a_duration_under_a_second_or_unreadable_is_refused(
    cli: Any, mock: MockDaily, given: str
) -> None:
    result = cli("tokens", "create", "https://acme.daily.co/r1", f"--expiry={given}")
    assert result.code == 2
    assert result.err.startswith(f"daily-helpers: error: --expiry: {given!r} is not ")
    assert mock.requests == []


def test_rooms_list_limit(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("r1", "r2", "r3", "r4")
    result = cli("rooms", "list", "--limit", "2", "--json")
    assert result.code == 0
    assert [room["name"] for room in result.json()] == ["r4", "r3"]
    assert [str(r.url.params) for r in mock.requests] == ["limit=2"]  # no more than asked for
    with_prefix = cli("rooms", "list", "--prefix", "r", "--limit", "3", "--json")
    assert [room["name"] for room in with_prefix.json()] == ["r4", "r3", "r2"]
    refused = cli("rooms", "list", "--limit", "0")
    assert (refused.code, refused.err) == (
        2,
        "daily-helpers: error: --limit: 0 is not at least 1\n",
    )


def test_tokens_create_takes_a_room_name(cli: Any, mock: MockDaily) -> None:
    result = cli("tokens", "create", "bot-1", "--json")
    assert result.code == 0, result.err
    assert mock.paths() == ["GET /v1/", "POST /v1/meeting-tokens"]  # the domain, asked once
    assert json.loads(mock.requests[1].content)["properties"]["room_name"] == "bot-1"


def test_tokens_sign_takes_a_room_name(cli: Any, mock: MockDaily) -> None:
    result = cli("tokens", "sign", "bot-1")
    assert result.code == 0, result.err
    assert mock.paths() == ["GET /v1/"]  # one request: the domain's name and id
    claims = jwt.decode(result.out.strip(), KEY, algorithms=["HS256"], options=UNTIMED)
    assert (claims["r"], claims["d"]) == ("bot-1", DOMAIN_ID)
    offline = cli("tokens", "sign", "bot-1", "--domain-id", "dom-1")
    assert offline.code == 0
    assert mock.paths() == ["GET /v1/"]  # none more with --domain-id
    claims = jwt.decode(offline.out.strip(), KEY, algorithms=["HS256"], options=UNTIMED)
    assert (claims["r"], claims["d"]) == ("bot-1", "dom-1")


def test_a_bad_room_name_is_refused_before_any_request(cli: Any, mock: MockDaily) -> None:
    result = cli("tokens", "create", "bad name")
    assert result.code == 2
    assert "invalid room name 'bad name'" in result.err
    assert mock.requests == []


@pytest.mark.parametrize(
    ("argv", "code", "expected"),
    [
        (
            ["rooms", "get", "missing"],
            1,
            {
                "error": "404 not-found: room missing not found (GET /rooms/missing)",
                "kind": "daily",
                "exit_code": 1,
                "status_code": 404,
                "error_type": "not-found",
                "info": "room missing not found",
            },
        ),
        (
            ["rooms", "list", "--limit", "0"],
            2,
            {"error": "--limit: 0 is not at least 1", "kind": "usage", "exit_code": 2},
        ),
        (
            ["rooms", "fly"],
            2,
            {
                # (how argparse quotes the choices differs between Python versions)
                "error": "argument ACTION: invalid choice: 'fly' (choose from ",
                "kind": "usage",
                "exit_code": 2,
            },
        ),
    ],
)
def test_json_errors_are_one_object_on_stderr(
    cli: Any, mock: MockDaily, argv: list[str], code: int, expected: dict[str, Any]
) -> None:
    for place in ("before", "after"):
        line = ["--json", *argv] if place == "before" else [*argv, "--json"]
        result = cli(*line)
        assert (result.code, result.out) == (code, "")
        assert result.err.count("\n") == 1
        error = json.loads(result.err)
        if "invalid choice" in expected["error"]:
            assert error["error"].startswith(expected["error"])
            error["error"] = expected["error"]
        assert error == expected


def test_debug_shows_each_request_and_answer_without_the_key(cli: Any, mock: MockDaily) -> None:
    mock.add_rooms("r1")
    result = cli("rooms", "get", "r1", "--debug")  # the cli fixture checks the key is absent
    assert result.code == 0
    lines = result.err.splitlines()
    assert lines[0] == f"> GET {BASE}/rooms/r1"
    assert "> authorization: Bearer ***" in lines
    assert any(line.startswith("< 200 OK (GET /v1/rooms/r1) in ") for line in lines)
    assert f"< {json.dumps(mock.rooms[0], separators=(',', ':'))}" in [
        line.replace(", ", ",").replace(": ", ":") for line in lines
    ]
    assert "name:        r1" in result.out.splitlines()
    quiet = cli("rooms", "get", "r1")
    assert quiet.err == ""


def test_auth_error_names_the_base_url(cli: Any, mock: MockDaily) -> None:
    result = cli("rooms", "get", "r1", "--api-key", "wrong-key-0123456789")
    assert result.code == 1
    assert result.err == (
        "daily-helpers: Daily answered 401 authentication-error (GET /rooms/r1); "
        f"the API key was refused by {BASE}\n"
    )
    assert "wrong-key" not in result.err


def test_prune_progress_shows_rate_limit_waits_and_an_eta(
    cli: Any, mock: MockDaily, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from daily_helpers import Limit, RateLimits
    from daily_helpers.cli import _bulk

    screen = io.StringIO()
    monkeypatch.setattr(_bulk, "LIMITS", RateLimits(general=Limit(100, 5), room_delete=Limit(2, 1)))
    monkeypatch.setattr(
        _bulk, "console", lambda: Console(file=screen, force_terminal=True, width=160)
    )
    monkeypatch.setattr("daily_helpers.cli._rooms.progress_available", lambda: True)
    mock.add_rooms(*(f"bot-{i}" for i in range(5)))
    # Daily refuses to delete bot-1 (404 on its own DELETE): its batches fail, and the
    # split's room deletes wait for the limit of 2 per second.
    mock.fail["bot-1"] = 404
    result = cli("rooms", "prune", "--prefix", "bot-", "--yes")
    assert result.code == 0
    assert result.out == "Deleted 4 of 5 matching rooms; 1 already gone; 0 failed.\n"
    shown = screen.getvalue()
    assert "s: Daily's rate limit" in shown  # "· waiting 1s: Daily's rate limit"
    assert "ETA 0:0" in shown
    assert "5/5" in shown
