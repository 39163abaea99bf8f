"""Secret hygiene: drive every operation and failure with a recognisable API key, and find it
nowhere — reprs, exception text and attributes (and their causes), and log records at DEBUG
of ``daily_helpers``, ``httpx`` and ``httpcore``. Also the DEBUG line each attempt logs."""

from __future__ import annotations

import logging
import re
from typing import Any

import attrs
import httpx
import pytest
import respx

from daily_helpers import (
    DAILY_RATE_LIMITS,
    DailyConnectionError,
    DailyError,
    DailyMeetingTokenParams,
    DailyRESTHelper,
    DailyRESTHelperSync,
    DailyRoomParams,
    DailyRoomProperties,
    DailyValidationError,
    Limit,
    RetryPolicy,
    ServerError,
    Timeout,
)
from daily_helpers._rate_limit import SlidingWindowLimiter
from tests.conftest import API, KEY, ROOM_URL, Driver, json_reply, room_json
from tests.test_resilience import FAULTS, OPS, TOKEN

LOGGERS = ("daily_helpers", "httpx", "httpcore")


def find_key(obj: Any, where: str = "value", seen: set[int] | None = None) -> list[str]:
    """Every place under ``obj`` whose text shows the key: str, repr, exception args,
    attributes, causes and contexts, containers."""
    seen = set() if seen is None else seen
    if id(obj) in seen or obj is None or isinstance(obj, (bool, int, float)):
        return []
    seen.add(id(obj))
    found = []
    for kind, render in (("str", str), ("repr", repr)):
        try:
            if KEY in render(obj):
                found.append(f"{kind}({where})")
        except Exception as exc:  # a repr that fails is a bug too
            found.append(f"{kind}({where}) raised {exc!r}")
    if isinstance(obj, BaseException):
        found += find_key(obj.args, f"{where}.args", seen)
        found += find_key(obj.__cause__, f"{where}.__cause__", seen)
        found += find_key(obj.__context__, f"{where}.__context__", seen)
    if isinstance(obj, dict):
        for k, v in obj.items():
            found += find_key(k, f"{where} key", seen) + find_key(v, f"{where}[{k!r}]", seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(obj):
            found += find_key(v, f"{where}[{i}]", seen)
    elif not isinstance(obj, (str, bytes)):
        attributes = getattr(obj, "__dict__", None)
        if attributes is None and attrs.has(type(obj)):
            attributes = {a.name: getattr(obj, a.name) for a in attrs.fields(type(obj))}
        if attributes:
            found += find_key(dict(attributes), f"{where}.__dict__", seen)
    return found


def test_find_key_finds_it() -> None:
    """The scanner itself can fail: a key hidden in a cause's attribute is found."""
    inner = ValueError("x")
    inner.note = {"h": [f"Bearer {KEY}"]}  # type: ignore[attr-defined]
    outer = RuntimeError("y")
    outer.__cause__ = inner
    assert "str(value.__cause__.__dict__['note']['h'][0])" in find_key(outer)
    assert find_key(RuntimeError("y")) == []


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def result_or_error(call: Any) -> Any:
    """What a call returned, or the :class:`DailyError` it raised."""
    try:
        return call()
    except DailyError as exc:
        return exc


def assert_logs_clean(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert KEY not in record.getMessage(), record.getMessage()
        assert not find_key(record.args), record.getMessage()
        assert not find_key(record.__dict__.get("exc_info"))
    assert KEY not in caplog.text


def test_reprs_hold_no_key(driver: Driver) -> None:
    helper = driver.helper(own_client=True)
    for obj in (
        helper,
        helper._transport,
        helper._ctx,
        helper.retry_policy,
        helper._limiter,
        RetryPolicy(),
        Timeout(),
        DAILY_RATE_LIMITS,
        Limit(1, 1.0),
        SlidingWindowLimiter(DAILY_RATE_LIMITS, clock=lambda: 0.0),
        DailyRoomParams(properties=DailyRoomProperties(enable_knocking=True)),
    ):
        assert KEY not in repr(obj)
        assert KEY not in str(obj)
    assert "***" in repr(helper)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_operation_and_failure(
    driver: Driver, all_logs: pytest.LogCaptureFixture, fault: str
) -> None:
    with respx.mock(base_url=API, assert_all_called=False) as api:
        for op in OPS.values():
            api.route(method=op.method, path=op.path).mock(
                side_effect=lambda request, op=op: FAULTS[fault](request, op)
            )
        helper = driver.helper()
        for name, op in OPS.items():
            outcome = result_or_error(lambda op=op: op.run(driver, helper))
            assert not find_key(outcome), (name, find_key(outcome))
        # the key really was sent, so its absence above means something
        assert all(call.request.headers["Authorization"] == f"Bearer {KEY}" for call in api.calls)
    assert_logs_clean(all_logs)


# The test key is shorter than PyJWT recommends for HS256; Daily's real keys are not.
@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
def test_successes_and_bulk_and_signing(driver: Driver, all_logs: pytest.LogCaptureFixture) -> None:
    with respx.mock(base_url=API, assert_all_called=False) as api:
        for op in OPS.values():
            api.route(method=op.method, path=op.path).respond(200, json=op.ok_body)
        api.delete("/rooms/gone").respond(404, json={"error": "not-found"})
        api.delete("/rooms/bad").respond(500, json={"error": "server-error"})
        # Every batch refused: the bulk delete splits down to the per-room deletes above.
        api.delete("/batch/rooms").respond(400, json={"error": "invalid-request-error"})
        helper = driver.helper()
        results = [op.run(driver, helper) for op in OPS.values()]
        outcomes = driver.call(helper, "delete_rooms", ["standup", "gone", "bad", "a/b c"])
        assert [o.status for o in outcomes] == ["deleted", "already_gone", "error", "error"]
        token = driver.call(
            helper,
            "sign_token",
            ROOM_URL,
            params=DailyMeetingTokenParams(properties={"user_name": "bot"}),
        )
        decoded = helper.decode_token(token)
    for value in (*results, outcomes, token, decoded):
        assert not find_key(value)
    assert_logs_clean(all_logs)


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("get_room_from_url", (f"https://acme.daily.co/{KEY}x/y",), {}),
        ("create_room", (DailyRoomParams(name="bad name"),), {}),
        ("get_token", (ROOM_URL,), {"expiry_time": -1}),
        ("validate_token", ("nope",), {}),
        ("list_rooms", (), {"limit": 0}),
        ("update_room", ("standup",), {}),
    ],
)
def test_validation_errors_hold_no_key(
    driver: Driver, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises((DailyError, TypeError)) as caught:
        driver.call(driver.helper(), method, *args, **kwargs)
    # (a key the caller put into the URL itself is theirs to show; the helper's key is not)
    findings = [f for f in find_key(caught.value) if method != "get_room_from_url"]
    assert not findings


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
def test_bad_configuration_errors_hold_no_key(cls: type) -> None:
    for kwargs in ({"daily_api_url": "ftp://x"}, {"timeout": "x"}, {"rate_limits": "x"}):
        with pytest.raises((TypeError, ValueError)) as caught:
            cls(daily_api_key=KEY, **kwargs)
        assert not find_key(caught.value)


def test_real_http_stack_logs_hold_no_key(
    driver: Driver, all_logs: pytest.LogCaptureFixture, local_server: Any
) -> None:
    """Through a real socket, so that httpx and httpcore log what they log."""
    replies = {
        ("GET", "/v1/rooms/standup"): json_reply(200, room_json()),
        ("POST", "/v1/rooms"): json_reply(401, {"error": "authentication-error"}),
        ("POST", "/v1/meeting-tokens"): json_reply(500, {"error": "server-error"}),
        ("DELETE", "/v1/rooms/standup"): (502, {"Content-Type": "text/html"}, b"<html>502</html>"),
    }
    server = local_server(lambda method, path, body: replies[(method, path)])
    helper = driver.helper(own_client=True, daily_api_url=server.url)
    driver.call(helper, "get_room", "standup")
    for method, args in (
        ("create_room", ()),
        ("get_token", (ROOM_URL,)),
        ("delete_room_by_name", ("standup",)),
    ):
        with pytest.raises(DailyError) as caught:
            driver.call(helper, method, *args)
        assert not find_key(caught.value)
    assert all(headers["Authorization"] == f"Bearer {KEY}" for _, _, headers in server.requests)
    assert {r.name for r in all_logs.records} >= {"daily_helpers", "httpx", "httpcore.http11"}
    assert_logs_clean(all_logs)


async def test_default_aiohttp_stack_logs_hold_no_key(
    all_logs: pytest.LogCaptureFixture, local_server: Any
) -> None:
    """The async helper's default transport (aiohttp), through a real socket."""
    replies = {
        ("GET", "/v1/rooms/standup"): json_reply(200, room_json()),
        ("POST", "/v1/rooms"): json_reply(401, {"error": "authentication-error"}),
        ("DELETE", "/v1/rooms/standup"): (502, {"Content-Type": "text/html"}, b"<html>502</html>"),
    }
    server = local_server(lambda method, path, body: replies[(method, path)])
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with DailyRESTHelper(daily_api_key=KEY, daily_api_url=server.url, sleep=sleep) as helper:
        assert type(helper._transport).__name__ == "AsyncAiohttpTransport"
        await helper.get_room("standup")
        for call in (helper.create_room(), helper.delete_room_by_name("standup")):
            with pytest.raises(DailyError) as caught:
                await call
            assert not find_key(caught.value)
        assert KEY not in repr(helper)
    assert all(headers["Authorization"] == f"Bearer {KEY}" for _, _, headers in server.requests)
    assert "daily_helpers" in {r.name for r in all_logs.records}
    assert_logs_clean(all_logs)


# --- the DEBUG line per attempt ------------------------------------------------------------

ATTEMPT = re.compile(
    r"(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<status>\d{3}|[A-Za-z]+) in [0-9.]+ ms "
    r"\(retry (?P<retry>\d+)\)"
)


def test_one_debug_line_per_attempt(driver: Driver, all_logs: pytest.LogCaptureFixture) -> None:
    with respx.mock(base_url=API) as api:
        api.get("/rooms/standup").mock(
            side_effect=[
                httpx.Response(503, json={"error": "server-error"}),
                httpx.ConnectError("refused"),
                httpx.Response(200, json=room_json()),
            ]
        )
        driver.call(driver.helper(), "get_room", "standup")
    lines = [
        ATTEMPT.fullmatch(r.getMessage())
        for r in all_logs.records
        if r.name == "daily_helpers" and "->" in r.getMessage()
    ]
    assert all(m is not None for m in lines)
    assert [(m["method"], m["path"], m["status"], m["retry"]) for m in lines if m] == [
        ("GET", "/rooms/standup", "503", "0"),
        ("GET", "/rooms/standup", "DailyConnectionError", "1"),
        ("GET", "/rooms/standup", "200", "2"),
    ]
    assert all(r.levelno == logging.DEBUG for r in all_logs.records if r.name == "daily_helpers")
    retries = [r.getMessage() for r in all_logs.records if ": retry " in r.getMessage()]
    assert [m.split(" in ")[0] for m in retries] == [
        "GET /rooms/standup: retry 1",
        "GET /rooms/standup: retry 2",
    ]


def test_token_paths_are_shortened_in_logs(
    driver: Driver, all_logs: pytest.LogCaptureFixture
) -> None:
    with respx.mock(base_url=API) as api:
        api.get(f"/meeting-tokens/{TOKEN}").respond(503)
        with pytest.raises(ServerError):
            driver.call(driver.helper(max_retries=0), "validate_token", TOKEN)
    messages = [r.getMessage() for r in all_logs.records if r.name == "daily_helpers"]
    assert messages
    assert all(TOKEN not in m for m in messages)
    assert any(f"/meeting-tokens/{TOKEN[:8]}…" in m for m in messages)


# --- the key checked at construction, echoed keys redacted, tokens shortened ------------------


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
@pytest.mark.parametrize(
    "bad", ["\n", "\r", "\x00", " ", "\t", "é", "\u2028", "\x7f"], ids=lambda c: repr(c)
)
def test_a_key_with_a_stray_character_is_refused_without_quoting_it(cls: type, bad: str) -> None:
    key = KEY[:6] + bad + KEY[6:]
    with pytest.raises(DailyValidationError) as caught:
        cls(daily_api_key=key)
    assert str(caught.value) == (
        "daily_api_key must be printable ASCII without whitespace or control characters "
        "inside (check for a stray character copied with it)"
    )
    assert not find_key(caught.value)
    assert KEY[:6] not in str(caught.value)
    assert KEY[6:] not in str(caught.value)


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
def test_whitespace_around_the_key_is_stripped(cls: type) -> None:
    helper = cls(daily_api_key=f"  {KEY}\n")
    assert helper._headers["Authorization"] == f"Bearer {KEY}"


ECHOES = {
    "plain": lambda: json_reply(400, {"error": "invalid-request-error", "info": f"bad {KEY}"}),
    "escaped": lambda: (
        400,
        {"Content-Type": "application/json"},
        b'{"error": "invalid-request-error", "info": "bad '
        + "".join(f"\\u{ord(c):04x}" for c in KEY).encode()
        + b'"}',
    ),
    "text": lambda: (502, {"Content-Type": "text/plain"}, f"Authorization: Bearer {KEY}".encode()),
    "2xx": lambda: (200, {"Content-Type": "application/json"}, f"not json {KEY}".encode()),
}


@pytest.mark.parametrize("echo", list(ECHOES))
def test_a_key_echoed_by_the_server_is_redacted(
    driver: Driver, all_logs: pytest.LogCaptureFixture, local_server: Any, echo: str
) -> None:
    server = local_server(lambda method, path, body: ECHOES[echo]())
    helper = driver.helper(own_client=True, daily_api_url=server.url, max_retries=0)
    with pytest.raises(DailyError) as caught:
        driver.call(helper, "create_room")
    assert not find_key(caught.value)
    assert "***" in str(caught.value)
    assert_logs_clean(all_logs)


def test_an_echoed_key_is_redacted_with_aiohttp(local_server: Any) -> None:
    import asyncio

    server = local_server(lambda method, path, body: ECHOES["plain"]())

    async def run() -> DailyError:
        async with DailyRESTHelper(daily_api_key=KEY, daily_api_url=server.url) as helper:
            with pytest.raises(DailyError) as caught:
                await helper.create_room()
            return caught.value

    error = asyncio.run(run())
    assert error.info == "bad ***"  # type: ignore[attr-defined]
    assert not find_key(error)


def test_a_key_in_a_reason_phrase_is_redacted_from_httpx_logs(
    driver: Driver, all_logs: pytest.LogCaptureFixture
) -> None:
    from tests.test_hostile import RawServer

    def write(sock: Any) -> None:
        body = b'{"error": "x"}'
        sock.sendall(f"HTTP/1.1 418 {KEY}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)

    server = RawServer(write)
    try:
        helper = driver.helper(own_client=True, daily_api_url=server.url, max_retries=0)
        with pytest.raises(DailyError) as caught:
            driver.call(helper, "get_room", "standup")
    finally:
        server.stop()
    assert not find_key(caught.value)
    assert any("418 ***" in r.getMessage() for r in all_logs.records if r.name == "httpx")
    assert_logs_clean(all_logs)


def test_tokens_are_shortened_in_connection_errors_and_httpx_logs(
    driver: Driver, all_logs: pytest.LogCaptureFixture, local_server: Any
) -> None:
    server = local_server(lambda method, path, body: json_reply(200, {"is_owner": True}))
    helper = driver.helper(own_client=True, daily_api_url=server.url)
    driver.call(helper, "validate_token", TOKEN)
    lines = [r.getMessage() for r in all_logs.records if r.name == "httpx"]
    assert lines == [
        f'HTTP Request: GET {server.url}/meeting-tokens/{TOKEN[:8]}… "HTTP/1.0 200 OK"'
    ]
    # a refused connection: the path in the error's text is shortened
    dead = driver.helper(own_client=True, daily_api_url="http://127.0.0.1:9/v1", max_retries=0)
    with pytest.raises(DailyConnectionError) as caught:
        driver.call(dead, "validate_token", TOKEN)
    assert TOKEN not in str(caught.value)
    assert TOKEN not in repr(caught.value.args)
    assert caught.value.path == f"/meeting-tokens/{TOKEN[:8]}…"
    assert all(TOKEN not in r.getMessage() for r in all_logs.records)
