"""Issue 4's fault matrix and the retry, timeout and rate-limit rules behind it.

Every cell of the matrix (operation × fault) has its expected outcome and attempt count written
below as data, for two scenarios: the fault on every attempt, and the fault once then success.
Sleeps are recorded through the injected ``sleep=`` (nothing really sleeps) and checked.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import attrs
import httpx
import pytest
import respx

from daily_helpers import (
    AuthenticationError,
    DailyConnectionError,
    DailyRoomParams,
    DailyTimeoutError,
    ForbiddenError,
    Limit,
    NotFoundError,
    RateLimitError,
    RateLimits,
    RetryPolicy,
    ServerError,
    Timeout,
    UnexpectedResponseError,
)
from daily_helpers._limiter_choice import make_rate_limiter
from daily_helpers._policy import RetrySafety, parse_retry_after
from daily_helpers._rate_limit import DAILY_RATE_LIMITS, RateLimiter, SlidingWindowLimiter
from tests.conftest import API, KEY, NOW, ROOM_URL, Driver, json_reply, room_json

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJyIjoic3RhbmR1cCJ9.c2ln"


# --- the operations ------------------------------------------------------------------------


@attrs.frozen
class Op:
    method: str
    path: str
    run: Callable[[Driver, Any], Any]
    ok_body: Any
    missing_body: Any
    expect: Any  # what a success returns (compared with ==, or a predicate)


def _room_ok(result: Any) -> bool:
    return result.name == "standup" and result.url == "https://acme.daily.co/standup"


ROOM = room_json("standup", max_participants=4)
OPS: dict[str, Op] = {
    "room_url": Op(
        "GET",
        "/rooms/standup",
        lambda d, h: d.call(h, "get_room_from_url", ROOM_URL),
        ROOM,
        {"id": "x", "name": "standup"},
        _room_ok,
    ),
    "room": Op(
        "GET",
        "/rooms/standup",
        lambda d, h: d.call(h, "get_room", "standup"),
        ROOM,
        {"name": "standup"},
        _room_ok,
    ),
    "create": Op(
        "POST",
        "/rooms",
        lambda d, h: d.call(h, "create_room", DailyRoomParams(name="standup")),
        ROOM,
        {"id": "x", "url": "u"},
        _room_ok,
    ),
    "update": Op(
        "POST",
        "/rooms/standup",
        lambda d, h: d.call(h, "update_room", "standup", privacy="private"),
        ROOM,
        {"privacy": "private"},
        _room_ok,
    ),
    "token": Op(
        "POST",
        "/meeting-tokens",
        lambda d, h: d.call(h, "get_token", ROOM_URL),
        {"token": TOKEN},
        {},
        lambda r: r == TOKEN,
    ),
    "del_name": Op(
        "DELETE",
        "/rooms/standup",
        lambda d, h: d.call(h, "delete_room_by_name", "standup"),
        {"deleted": True, "name": "standup"},
        {},
        lambda r: r is True,
    ),
    "del_url": Op(
        "DELETE",
        "/rooms/standup",
        lambda d, h: d.call(h, "delete_room_by_url", ROOM_URL),
        {"deleted": True, "name": "standup"},
        {"deleted": True},
        lambda r: r is True,
    ),
    "list": Op(
        "GET",
        "/rooms",
        lambda d, h: d.call(h, "list_rooms"),
        {"total_count": 1, "data": [ROOM]},
        {"data": [ROOM]},
        lambda r: r.total_count == 1 and _room_ok(r.rooms[0]),
    ),
    "presence": Op(
        "GET",
        "/rooms/standup/presence",
        lambda d, h: d.call(h, "get_room_presence", "standup"),
        {"total_count": 0, "data": []},
        {"total_count": 0},
        lambda r: r == [],
    ),
    "validate": Op(
        "GET",
        f"/meeting-tokens/{TOKEN}",
        lambda d, h: d.call(h, "validate_token", TOKEN),
        {"room_name": "standup", "is_owner": True},
        {},
        lambda r: r.room_name in ("standup", None),
    ),
    "domain": Op(
        "GET",
        "/",
        lambda d, h: d.call(h, "get_domain_id"),
        {"domain_name": "acme", "domain_id": "d-1"},
        {"domain_name": "acme"},
        lambda r: r == "d-1",
    ),
}


# --- the faults ----------------------------------------------------------------------------


def _error(status: int, error: str) -> Callable[[httpx.Request, Op], httpx.Response]:
    return lambda request, op: httpx.Response(status, json={"error": error, "info": "x"})


def _raise(exc: type[Exception]) -> Callable[[httpx.Request, Op], httpx.Response]:
    def effect(request: httpx.Request, op: Op) -> httpx.Response:
        raise exc("injected", request=request)  # type: ignore[call-arg]

    return effect


HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
FAULTS: dict[str, Callable[[httpx.Request, Op], httpx.Response]] = {
    "429_ra_secs": lambda rq, op: httpx.Response(
        429, headers={"Retry-After": "2"}, json={"error": "rate-limit-error"}
    ),
    "429_ra_date": lambda rq, op: httpx.Response(
        429,
        headers={"Retry-After": formatdate(NOW + 3, usegmt=True)},
        json={"error": "rate-limit-error"},
    ),
    "429": _error(429, "rate-limit-error"),
    "500": _error(500, "server-error"),
    "502": _error(502, "server-error"),
    "503": _error(503, "server-error"),
    "504": _error(504, "server-error"),
    "refused": _raise(httpx.ConnectError),
    "read_timeout": _raise(httpx.ReadTimeout),
    "html502": lambda rq, op: httpx.Response(
        502, headers={"Content-Type": "text/html"}, text=HTML_502
    ),
    "bad_json": lambda rq, op: httpx.Response(
        200, headers={"Content-Type": "application/json"}, content=b'{"id": "5e0e", "name'
    ),
    "missing": lambda rq, op: httpx.Response(200, json=op.missing_body),
    "401": lambda rq, op: httpx.Response(401, json={"error": "authentication-error"}),
    "403": _error(403, "forbidden-error"),
    "404": _error(404, "not-found"),
}
#: What a fault makes the server do to a create: "none" (refused before Daily saw it, or
#: rejected), or "maybe" (Daily may have created the room before the answer was lost).
CREATES = {
    "429_ra_secs": "none", "429_ra_date": "none", "429": "none", "500": "maybe", "502": "maybe",
    "503": "maybe", "504": "maybe", "refused": "none", "read_timeout": "maybe",
    "html502": "maybe", "bad_json": "maybe", "missing": "maybe", "401": "none", "403": "none",
    "404": "none",
}  # fmt: skip

# --- the expected outcome of every cell --------------------------------------------------
# ok = success (result checked), RL RateLimitError, SE ServerError, CE DailyConnectionError,
# TO DailyTimeoutError, UR UnexpectedResponseError, AU AuthenticationError, FB ForbiddenError,
# NF NotFoundError; the digit is the number of requests sent. max_retries is the default, 2.

EVERY_ATTEMPT = """
fault        room_url room create update token del_name del_url list presence validate domain
429_ra_secs  RL7      RL7  RL7    RL7    RL7   RL7      RL7     RL7  RL7      RL7      RL7
429_ra_date  RL7      RL7  RL7    RL7    RL7   RL7      RL7     RL7  RL7      RL7      RL7
429          RL7      RL7  RL7    RL7    RL7   RL7      RL7     RL7  RL7      RL7      RL7
500          SE1      SE1  SE1    SE1    SE1   SE1      SE1     SE1  SE1      SE1      SE1
502          SE3      SE3  SE1    SE3    SE3   SE3      SE3     SE3  SE3      SE3      SE3
503          SE3      SE3  SE1    SE3    SE3   SE3      SE3     SE3  SE3      SE3      SE3
504          SE3      SE3  SE1    SE3    SE3   SE3      SE3     SE3  SE3      SE3      SE3
refused      CE3      CE3  CE3    CE3    CE3   CE3      CE3     CE3  CE3      CE3      CE3
read_timeout TO3      TO3  TO1    TO3    TO3   TO3      TO3     TO3  TO3      TO3      TO3
html502      SE3      SE3  SE1    SE3    SE3   SE3      SE3     SE3  SE3      SE3      SE3
bad_json     UR1      UR1  UR1    UR1    UR1   UR1      UR1     UR1  UR1      UR1      UR1
missing      UR1      UR1  UR1    UR1    UR1   UR1      UR1     UR1  UR1      ok1      UR1
401          AU1      AU1  AU1    AU1    AU1   AU1      AU1     AU1  AU1      AU1      AU1
403          FB1      FB1  FB1    FB1    FB1   FB1      FB1     FB1  FB1      FB1      FB1
404          NF1      NF1  NF1    NF1    NF1   ok1      ok1     NF1  NF1      NF1      NF1
"""

ONCE_THEN_OK = """
fault        room_url room create update token del_name del_url list presence validate domain
429_ra_secs  ok2      ok2  ok2    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
429_ra_date  ok2      ok2  ok2    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
429          ok2      ok2  ok2    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
500          SE1      SE1  SE1    SE1    SE1   SE1      SE1     SE1  SE1      SE1      SE1
502          ok2      ok2  SE1    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
503          ok2      ok2  SE1    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
504          ok2      ok2  SE1    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
refused      ok2      ok2  ok2    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
read_timeout ok2      ok2  TO1    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
html502      ok2      ok2  SE1    ok2    ok2   ok2      ok2     ok2  ok2      ok2      ok2
bad_json     UR1      UR1  UR1    UR1    UR1   UR1      UR1     UR1  UR1      UR1      UR1
missing      UR1      UR1  UR1    UR1    UR1   UR1      UR1     UR1  UR1      ok1      UR1
401          AU1      AU1  AU1    AU1    AU1   AU1      AU1     AU1  AU1      AU1      AU1
403          FB1      FB1  FB1    FB1    FB1   FB1      FB1     FB1  FB1      FB1      FB1
404          NF1      NF1  NF1    NF1    NF1   ok1      ok1     NF1  NF1      NF1      NF1
"""

OUTCOMES: dict[str, type[Exception] | None] = {
    "ok": None,
    "RL": RateLimitError,
    "SE": ServerError,
    "CE": DailyConnectionError,
    "TO": DailyTimeoutError,
    "UR": UnexpectedResponseError,
    "AU": AuthenticationError,
    "FB": ForbiddenError,
    "NF": NotFoundError,
}
#: The sleeps before retry i (0-based): exactly Retry-After, or backoff within its jitter bounds.
EXPECTED_SLEEP: dict[str, Callable[[int], tuple[float, float]]] = {
    "429_ra_secs": lambda i: (2.0, 2.0),
    "429_ra_date": lambda i: (3.0, 3.0),
}


def backoff_bounds(i: int) -> tuple[float, float]:
    ceiling = min(8.0, 0.5 * 2**i)
    return ceiling / 2, ceiling


def parse_grid(text: str) -> dict[tuple[str, str], tuple[str, int]]:
    lines = [line.split() for line in text.strip().splitlines()]
    ops = lines[0][1:]
    assert ops == list(OPS)
    grid = {}
    for row in lines[1:]:
        fault, cells = row[0], row[1:]
        assert len(cells) == len(ops)
        for op, cell in zip(ops, cells, strict=True):
            grid[(op, fault)] = (cell[:-1], int(cell[-1]))
    assert {fault for _, fault in grid} == set(FAULTS)
    return grid


GRIDS = {"every_attempt": parse_grid(EVERY_ATTEMPT), "once_then_ok": parse_grid(ONCE_THEN_OK)}


@pytest.mark.parametrize("scenario", list(GRIDS))
@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("op_name", list(OPS))
def test_fault_matrix(
    driver: Driver, api: respx.MockRouter, op_name: str, fault: str, scenario: str
) -> None:
    op = OPS[op_name]
    outcome, attempts = GRIDS[scenario][(op_name, fault)]
    rooms_created = 0
    requests = 0

    def server(request: httpx.Request) -> httpx.Response:
        nonlocal rooms_created, requests
        requests += 1
        faulty = scenario == "every_attempt" or requests == 1
        if op_name == "create" and (not faulty or CREATES[fault] == "maybe"):
            rooms_created += 1
        if faulty:
            return FAULTS[fault](request, op)
        return httpx.Response(200, json=op.ok_body)

    route = api.route(method=op.method, path=op.path).mock(side_effect=server)
    # A clock that stands still (so an HTTP-date Retry-After gives the same wait each time);
    # the rate limiter's part in a 429 is tested on a moving clock below.
    helper = driver.helper(clock=lambda: NOW, sleep=driver.sleep, rate_limits=None)
    expected = OUTCOMES[outcome]
    if expected is None:
        assert op.expect(op.run(driver, helper))
    else:
        with pytest.raises(expected) as caught:
            op.run(driver, helper)
        assert type(caught.value) is expected
    assert route.call_count == attempts
    assert api.calls.call_count == attempts  # nothing else was sent
    # one sleep before each retry, of the right length
    assert len(driver.sleeps) == attempts - 1
    bounds = EXPECTED_SLEEP.get(fault, backoff_bounds)
    for i, slept in enumerate(driver.sleeps):
        low, high = bounds(i)
        assert low <= slept <= high
    if expected is RateLimitError:
        low, high = bounds(attempts - 1)
        assert low <= caught.value.retry_after <= high
    if op_name == "create":
        assert rooms_created <= 1, "a retry created a second room"


def test_matrix_covers_the_issue() -> None:
    assert len(GRIDS["every_attempt"]) == len(OPS) * len(FAULTS) == 165


# --- retry rules in detail -----------------------------------------------------------------


@pytest.mark.parametrize("fault", ["429", "502", "503", "504", "refused", "read_timeout"])
@pytest.mark.parametrize("op_name", ["room", "create", "token", "del_name"])
def test_max_retries_zero_disables(
    driver: Driver, api: respx.MockRouter, op_name: str, fault: str
) -> None:
    op = OPS[op_name]
    route = api.route(method=op.method, path=op.path).mock(
        side_effect=lambda request: FAULTS[fault](request, op)
    )
    with pytest.raises((RateLimitError, ServerError, DailyConnectionError)):
        op.run(driver, driver.helper(max_retries=0))
    assert route.call_count == 1
    assert driver.sleeps == []


@pytest.mark.parametrize("max_retries", [1, 4])
def test_max_retries_counts(driver: Driver, api: respx.MockRouter, max_retries: int) -> None:
    route = api.get("/rooms/standup").respond(503, json={"error": "server-error"})
    with pytest.raises(ServerError):
        driver.call(driver.helper(max_retries=max_retries), "get_room", "standup")
    assert route.call_count == max_retries + 1
    assert len(driver.sleeps) == max_retries


def test_create_retried_after_connect_timeout(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms").mock(
        side_effect=[httpx.ConnectTimeout("slow"), httpx.Response(200, json=ROOM)]
    )
    assert driver.call(driver.helper(), "create_room").name == "standup"
    assert route.call_count == 2


@pytest.mark.parametrize(
    "effect",
    [httpx.ReadError("reset"), httpx.RemoteProtocolError("disconnected"), httpx.WriteTimeout("w")],
)
def test_create_not_retried_after_ambiguous_failure(
    driver: Driver, api: respx.MockRouter, effect: Exception
) -> None:
    route = api.post("/rooms").mock(side_effect=[effect, httpx.Response(200, json=ROOM)])
    with pytest.raises(DailyConnectionError) as caught:
        driver.call(driver.helper(), "create_room")
    assert caught.value.sent is True
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("header", "sleeps"),
    [
        ("3600", 30.0),  # capped at RetryPolicy.retry_after_cap
        ("0", 0.0),
        ("1.5", 1.5),
        (formatdate(NOW - 60, usegmt=True), 0.0),  # a date in the past
        (formatdate(NOW + 7, usegmt=True), 7.0),
    ],
)
def test_retry_after_honoured_and_capped(
    driver: Driver, api: respx.MockRouter, header: str, sleeps: float
) -> None:
    api.get("/rooms/standup").respond(429, headers={"Retry-After": header})
    helper = driver.helper(clock=lambda: NOW, sleep=driver.sleep, rate_limits=None)
    with pytest.raises(RateLimitError) as caught:
        driver.call(helper, "get_room", "standup")
    # 429s have their own budget: max_rate_limit_retries (6) waits, then the error.
    assert driver.sleeps == [sleeps] * 6
    assert caught.value.retry_after == parse_retry_after(header, now=NOW)


def test_unreadable_retry_after_falls_back_to_backoff(
    driver: Driver, api: respx.MockRouter
) -> None:
    api.get("/rooms/standup").respond(429, headers={"Retry-After": "soon"})
    with pytest.raises(RateLimitError):
        driver.call(driver.helper(), "get_room", "standup")
    assert [backoff_bounds(0)[0] <= driver.sleeps[0] <= backoff_bounds(0)[1]] == [True]
    assert backoff_bounds(1)[0] <= driver.sleeps[1] <= backoff_bounds(1)[1]


def test_custom_retry_policy(driver: Driver, api: respx.MockRouter) -> None:
    policy = RetryPolicy(max_retries=3, backoff_base=1.0, backoff_cap=3.0, rng=lambda: 1.0)
    route = api.get("/rooms/standup").respond(503)
    with pytest.raises(ServerError):
        driver.call(driver.helper(retry_policy=policy), "get_room", "standup")
    assert route.call_count == 4
    assert driver.sleeps == [1.0, 2.0, 3.0]


@pytest.mark.parametrize(
    ("rng", "expected"),
    [
        (0.0, [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]),
        (1.0, [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]),
        (0.5, [0.375, 0.75, 1.5, 3.0, 6.0, 6.0, 6.0]),
    ],
)
def test_backoff_base_cap_and_jitter_bounds(rng: float, expected: list[float]) -> None:
    policy = RetryPolicy(rng=lambda: rng)
    assert [policy.backoff(i) for i in range(7)] == expected


def test_backoff_jitter_is_random_within_bounds() -> None:
    policy = RetryPolicy()
    samples = [policy.backoff(2) for _ in range(200)]
    assert all(1.0 <= s <= 2.0 for s in samples)
    assert len(set(samples)) > 100


IDEMPOTENT, UNSAFE = RetrySafety.IDEMPOTENT, RetrySafety.UNSAFE


@pytest.mark.parametrize(
    ("status", "safety", "retried"),
    [
        (429, IDEMPOTENT, True), (429, UNSAFE, True),
        (500, IDEMPOTENT, False), (500, UNSAFE, False),
        (501, IDEMPOTENT, False),
        (502, IDEMPOTENT, True), (502, UNSAFE, False),
        (503, IDEMPOTENT, True), (503, UNSAFE, False),
        (504, IDEMPOTENT, True), (504, UNSAFE, False),
        (400, IDEMPOTENT, False), (401, IDEMPOTENT, False), (403, IDEMPOTENT, False),
        (404, IDEMPOTENT, False), (409, IDEMPOTENT, False), (422, UNSAFE, False),
    ],
)  # fmt: skip
def test_policy_status_decisions(status: int, safety: RetrySafety, retried: bool) -> None:
    policy = RetryPolicy()
    delay = policy.delay_after_status(
        attempt=0, status_code=status, retry_after=None, safety=safety
    )
    assert (delay is not None) is retried
    # 429s have a budget of their own.
    spent = policy.max_rate_limit_retries if status == 429 else policy.max_retries
    assert (
        policy.delay_after_status(
            attempt=spent, status_code=status, retry_after=None, safety=safety
        )
        is None
    )


@pytest.mark.parametrize(
    ("sent", "safety", "retried"),
    [(False, IDEMPOTENT, True), (False, UNSAFE, True), (True, IDEMPOTENT, True),
     (True, UNSAFE, False)],
)  # fmt: skip
def test_policy_connection_decisions(sent: bool, safety: RetrySafety, retried: bool) -> None:
    delay = RetryPolicy().delay_after_connection_error(attempt=0, sent=sent, safety=safety)
    assert (delay is not None) is retried


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (None, None), ("", None), ("  5 ", 5.0), ("-3", 0.0), ("nan", None), ("soon", None),
        (formatdate(NOW + 10, usegmt=True), 10.0), ("Wed, 21 Oct 2015 07:28:00", None),
    ],
)  # fmt: skip
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


# --- timeouts ------------------------------------------------------------------------------


def test_timeout_configuration(driver: Driver) -> None:
    assert Timeout() == Timeout(total=30.0, connect=5.0)
    assert Timeout.coerce(2) == Timeout(total=2.0, connect=2.0)
    assert Timeout.coerce(60) == Timeout(total=60.0, connect=5.0)
    helper = driver.helper(timeout=Timeout(total=7, connect=1))
    assert helper._timeout == Timeout(total=7, connect=1)
    for bad in (0, -1, "5", None, float("nan")):
        with pytest.raises((TypeError, ValueError)):
            driver.helper(timeout=bad)


@pytest.mark.parametrize(("op_name", "attempts"), [("room", 2), ("create", 1), ("token", 2)])
def test_a_hanging_server_is_a_timeout(
    driver: Driver, local_server: Any, op_name: str, attempts: int
) -> None:
    def hang(method: str, path: str, body: bytes) -> Any:
        server.release.wait(5)
        return json_reply(200, OPS[op_name].ok_body)

    server = local_server(hang)
    helper = driver.helper(daily_api_url=server.url, timeout=0.2, max_retries=1)
    started = time.monotonic()
    with pytest.raises(DailyTimeoutError) as caught:
        OPS[op_name].run(driver, helper)
    assert time.monotonic() - started < 4  # bounded by the timeout, not the hang
    assert caught.value.sent is True
    assert caught.value.path == OPS[op_name].path
    assert len(server.requests) == attempts


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.mark.parametrize("op_name", ["room", "create", "del_name"])
def test_a_refused_connection_is_retried_for_every_operation(driver: Driver, op_name: str) -> None:
    helper = driver.helper(own_client=True, daily_api_url=closed_port_url())
    with pytest.raises(DailyConnectionError) as caught:
        OPS[op_name].run(driver, helper)
    assert type(caught.value) is DailyConnectionError
    assert caught.value.sent is False
    assert len(driver.sleeps) == 2  # three attempts: nothing reached a server
    assert KEY not in repr(caught.value)
    assert KEY not in str(caught.value)


def test_async_total_timeout_bounds_a_slow_transport() -> None:
    """The async helper bounds the whole request, even when each read is quick to start."""
    import asyncio

    from daily_helpers import DailyRESTHelper

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200, json=ROOM)

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(slow)) as client:
            helper = DailyRESTHelper(
                daily_api_key="k", http_client=client, timeout=0.1, max_retries=0
            )
            with pytest.raises(DailyTimeoutError):
                await helper.get_room("standup")

    asyncio.run(main())


# --- a caller's http_client gets the same retries and limits --------------------------------


def test_caller_client_gets_retries_and_stays_open(driver: Driver) -> None:
    statuses = iter([503, 429, 200])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        status = next(statuses)
        return httpx.Response(status, json=ROOM if status == 200 else {"error": "x"})

    client = driver.client(transport=httpx.MockTransport(handler))
    helper = driver.helper(http_client=client)
    assert driver.call(helper, "get_room", "standup").name == "standup"
    assert len(seen) == 3
    assert len(driver.sleeps) == 2
    driver.close(helper)
    assert not client.is_closed
    driver.close_client(client)


def test_caller_client_gets_rate_limits(driver: Driver) -> None:
    client = driver.client(
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=ROOM))
    )
    clock, sleep = driver.fake_time()
    limits = RateLimits(general=Limit(2, 10.0), room_delete=Limit(1, 10.0))
    helper = driver.helper(http_client=client, rate_limits=limits, clock=clock, sleep=sleep)
    for _ in range(3):
        driver.call(helper, "get_room", "standup")
    # The third waits a window (plus the 0.05 s margin) after the first answer, in sleeps
    # of at most max_wait (1 s) so that a place given back early is noticed.
    assert sum(driver.sleeps) == pytest.approx(10.05)
    assert max(driver.sleeps) <= 1.0
    driver.close_client(client)


# --- rate limiting -------------------------------------------------------------------------


def test_batch_deletes_count_against_the_room_delete_limit(
    driver: Driver, api: respx.MockRouter
) -> None:
    clock, sleep = driver.fake_time()
    arrivals: list[float] = []

    def deleted(request: httpx.Request) -> httpx.Response:
        arrivals.append(clock())
        return httpx.Response(200, json={"deleted_count": 2})

    route = api.delete("/batch/rooms").mock(side_effect=deleted)
    helper = driver.helper(clock=clock, sleep=sleep)  # rate_limits="daily"
    for i in range(60):
        outcomes = driver.call(helper, "delete_rooms", [f"a{i}", f"b{i}"])
        assert [o.status for o in outcomes] == ["deleted", "deleted"]
    assert route.call_count == 60
    assert json.loads(route.calls.last.request.content) == {"rooms": ["a59", "b59"]}
    # 50 batches fit Daily's 30 s window for room deletes; the other 10 waited for a window
    # after the answers.
    assert arrivals[0] == NOW
    assert all(later - first >= 30.0 for first, later in zip(arrivals, arrivals[50:], strict=False))
    assert arrivals[49] < NOW + 1


def test_general_bucket_through_the_helper(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/rooms/standup").respond(200, json=ROOM)
    clock, sleep = driver.fake_time()
    helper = driver.helper(clock=clock, sleep=sleep)
    for _ in range(201):
        driver.call(helper, "get_room", "standup")
    # Twice a window after the first answers (5 s plus the 0.05 s margin), in sleeps of at
    # most a second.
    assert sum(driver.sleeps) == pytest.approx(2 * 5.05)


def test_rate_limits_off(driver: Driver, api: respx.MockRouter) -> None:
    api.delete("/rooms/standup").respond(200, json={"deleted": True, "name": "standup"})
    helper = driver.helper(rate_limits=None)
    for _ in range(60):
        driver.call(helper, "delete_room_by_name", "standup")
    assert driver.sleeps == []


def test_make_rate_limiter() -> None:
    clock = lambda: 1000.0  # noqa: E731
    assert make_rate_limiter(None, clock=clock) == (None, False)
    daily, owned = make_rate_limiter("daily", clock=clock)
    assert isinstance(daily, SlidingWindowLimiter)
    assert owned
    assert daily.limits == DAILY_RATE_LIMITS
    assert DAILY_RATE_LIMITS.general == Limit(100, 5.0)
    assert DAILY_RATE_LIMITS.room_delete == Limit(50, 30.0)
    custom, owned = make_rate_limiter(DAILY_RATE_LIMITS.scaled(10), clock=clock)
    assert isinstance(custom, SlidingWindowLimiter)
    assert owned
    assert custom.limits.general == Limit(100, 0.5)
    assert isinstance(custom, RateLimiter)
    # A caller's limiter is used as it is, and never closed by the helper.
    assert make_rate_limiter(custom, clock=clock) == (custom, False)
    with pytest.raises(TypeError):
        make_rate_limiter("fast", clock=clock)
    with pytest.raises((TypeError, ValueError)):
        Limit(0, 1.0)


# --- get_domain_id is single-flight ----------------------------------------------------------


def _slow_domain(method: str, path: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
    time.sleep(0.2)  # long enough for every caller to be waiting
    return 200, {"Content-Type": "application/json"}, b'{"domain_name": "acme", "domain_id": "d1"}'


def test_get_domain_id_from_32_threads_sends_one_request(local_server: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from daily_helpers import DailyRESTHelperSync

    server = local_server(_slow_domain)
    with DailyRESTHelperSync(daily_api_key="k", daily_api_url=server.url) as helper:
        barrier = threading.Barrier(32)

        def one(_: int) -> str:
            barrier.wait()
            return helper.get_domain_id()

        with ThreadPoolExecutor(32) as pool:
            assert set(pool.map(one, range(32))) == {"d1"}
    assert [(m, p) for m, p, _ in server.requests] == [("GET", "/v1/")]


def test_get_domain_id_from_32_tasks_sends_one_request(local_server: Any) -> None:
    from daily_helpers import DailyRESTHelper

    server = local_server(_slow_domain)

    async def run() -> set[str]:
        async with DailyRESTHelper(daily_api_key="k", daily_api_url=server.url) as helper:
            return set(await asyncio.gather(*(helper.get_domain_id() for _ in range(32))))

    assert asyncio.run(run()) == {"d1"}
    assert [(m, p) for m, p, _ in server.requests] == [("GET", "/v1/")]


def test_get_domain_id_callers_share_a_failure_then_try_again(driver: Driver) -> None:
    with respx.mock(base_url=API) as api:
        route = api.get("/").mock(
            side_effect=[
                httpx.Response(500, json={"error": "server-error"}),
                httpx.Response(200, json={"domain_name": "acme", "domain_id": "d1"}),
            ]
        )
        helper = driver.helper(max_retries=0)
        with pytest.raises(ServerError):
            driver.call(helper, "get_domain_id")
        assert driver.call(helper, "get_domain_id") == "d1"
        assert driver.call(helper, "get_domain_id") == "d1"
        assert route.call_count == 2
