"""The telephony API (issue 15) through BOTH helpers (the ``driver`` fixture): SIP clients with
pipecat's names (exact bodies and queries, 404 tolerance, password handling, typed errors),
pinless_call_update, eject_participants, send_app_message and get_presence (exact requests),
validation before sending, retry safety, and flows against the fake Daily."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
import respx

from daily_helpers import (
    ConflictError,
    DailyError,
    DailyRoomParams,
    DailyRoomProperties,
    DailyRoomSipParams,
    DailySIPClientObject,
    DailySIPClientPage,
    DailySIPClientParams,
    DailyValidationError,
    ForbiddenError,
    NotFoundError,
    ServerError,
    UnexpectedResponseError,
)
from daily_helpers.testing import FakeDaily
from tests.conftest import Driver

PASSWORD = "s3cretPassw0rd-XYZ"
NEW_PASSWORD = "r0tatedPassw0rd-ABC"
CALL_ID = "0b5c3a51-7c1e-4a4e-9d43-7a1f2b3c4d5e"
CALL_DOMAIN = "9f1e2d3c-4b5a-4678-9abc-def012345678"
SIP_URI = "sip:5e0e0b8c@acme.sip.daily.co"


def sip_json(username: str = "bot-1", **extra: Any) -> dict[str, Any]:
    return {
        "username": username,
        "domain": "acme.sip.daily.co",
        "sip_uri": f"sip:{username}@acme.sip.daily.co",
        "expires_at": None,
        **extra,
    }


def body_of(route: respx.Route) -> Any:
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    return json.loads(request.content)


def query_of(route: respx.Route) -> dict[str, str]:
    assert route.call_count == 1
    return dict(route.calls.last.request.url.params)


# --- SIP clients: requests ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "body"),
    [
        (DailySIPClientParams("bot-1"), {"username": "bot-1"}),
        (
            DailySIPClientParams("bot-1", password=PASSWORD),
            {"username": "bot-1", "password": PASSWORD},
        ),
        (
            DailySIPClientParams(username="myroom.0", expires_in_seconds=7200),
            {"username": "myroom.0", "expires_in_seconds": 7200},
        ),
        (
            DailySIPClientParams("b", PASSWORD, 60),
            {"username": "b", "password": PASSWORD, "expires_in_seconds": 60},
        ),
    ],
)
def test_create_sip_client_sends_only_the_set_fields(
    driver: Driver, api: respx.MockRouter, params: DailySIPClientParams, body: dict[str, Any]
) -> None:
    route = api.post("/sip-clients").respond(
        200, json=sip_json(body["username"], password=PASSWORD)
    )
    client = driver.call(driver.helper(), "create_sip_client", params)
    assert body_of(route) == body
    assert isinstance(client, DailySIPClientObject)
    assert client.username == body["username"]
    assert client.password == PASSWORD  # create is where the password comes back
    assert client.sip_uri == f"sip:{body['username']}@acme.sip.daily.co"
    assert client.expires_at is None


@pytest.mark.parametrize(
    ("kwargs", "query"),
    [
        ({}, {}),
        ({"limit": 10}, {"limit": "10"}),
        ({"offset": 0}, {"offset": "0"}),
        ({"limit": 100, "offset": 200}, {"limit": "100", "offset": "200"}),
    ],
)
def test_list_sip_clients_puts_only_the_set_parameters_in_the_query(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, int], query: dict[str, str]
) -> None:
    route = api.get("/sip-clients").respond(
        200,
        json={"sip_clients": [sip_json("a"), sip_json("b")], "total": 7, "limit": 50, "offset": 0},
    )
    page = driver.call(driver.helper(), "list_sip_clients", **kwargs)
    assert query_of(route) == query
    assert isinstance(page, DailySIPClientPage)
    assert [c.username for c in page.sip_clients] == ["a", "b"]
    assert (page.total, page.limit, page.offset) == (7, 50, 0)
    assert all(c.password is None for c in page.sip_clients)


def test_list_sip_clients_positional_arguments(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get("/sip-clients").respond(
        200, json={"sip_clients": [], "total": 0, "limit": 5, "offset": 10}
    )
    driver.call(driver.helper(), "list_sip_clients", 5, 10)
    assert query_of(route) == {"limit": "5", "offset": "10"}


def test_get_sip_client_by_username_without_password(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get("/sip-clients/myroom.0").respond(200, json=sip_json("myroom.0"))
    client = driver.call(driver.helper(), "get_sip_client", "myroom.0")
    assert route.call_count == 1
    assert route.calls.last.request.content == b""
    assert client.username == "myroom.0"
    assert client.password is None


def test_get_sip_client_unknown_is_not_found(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/sip-clients/ghost").respond(404, json={"error": "not-found", "info": "no client"})
    with pytest.raises(NotFoundError):
        driver.call(driver.helper(), "get_sip_client", "ghost")


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, {"deleted": True}),
        (200, {}),
        (404, {"error": "not-found", "info": "SIP client not found"}),
    ],
)
def test_delete_sip_client_is_true_on_200_and_on_404(
    driver: Driver, api: respx.MockRouter, status: int, body: dict[str, Any]
) -> None:
    route = api.delete("/sip-clients/bot-1").respond(status, json=body)
    assert driver.call(driver.helper(), "delete_sip_client", "bot-1") is True
    assert route.call_count == 1


def test_delete_sip_client_empty_200_body_is_still_deleted(
    driver: Driver, api: respx.MockRouter
) -> None:
    api.delete("/sip-clients/bot-1").respond(200, content=b"")
    assert driver.call(driver.helper(), "delete_sip_client", "bot-1") is True


def test_delete_sip_client_other_errors_raise(driver: Driver, api: respx.MockRouter) -> None:
    api.delete("/sip-clients/bot-1").respond(403, json={"error": "forbidden-error"})
    with pytest.raises(ForbiddenError):
        driver.call(driver.helper(), "delete_sip_client", "bot-1")


@pytest.mark.parametrize(
    ("password", "body"), [(None, {}), (NEW_PASSWORD, {"password": NEW_PASSWORD})]
)
def test_rotate_sip_client_password_body(
    driver: Driver, api: respx.MockRouter, password: str | None, body: dict[str, Any]
) -> None:
    route = api.post("/sip-clients/bot-1/rotate").respond(200, json=sip_json(password=NEW_PASSWORD))
    args = () if password is None else (password,)
    client = driver.call(driver.helper(), "rotate_sip_client_password", "bot-1", *args)
    assert body_of(route) == body
    assert client.password == NEW_PASSWORD


def test_iter_sip_clients_walks_the_offsets(driver: Driver, api: respx.MockRouter) -> None:
    names = [f"c{i}" for i in range(5)]

    def page(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        offset = int(request.url.params["offset"])
        chunk = [sip_json(n) for n in names[offset : offset + limit]]
        body = {"sip_clients": chunk, "total": len(names), "limit": limit, "offset": offset}
        return httpx.Response(200, json=body)

    route = api.get("/sip-clients").mock(side_effect=page)
    helper = driver.helper()
    if driver.is_async:

        async def collect() -> list[str]:
            return [c.username async for c in helper.iter_sip_clients(page_size=2)]

        got = driver.run(collect())
    else:
        got = [c.username for c in helper.iter_sip_clients(page_size=2)]
    assert got == names
    offsets = [call.request.url.params["offset"] for call in route.calls]
    assert offsets == ["0", "2", "4"]


# --- SIP clients: errors and passwords ---------------------------------------------------


def test_username_taken_is_conflict_error_with_dailys_message(
    driver: Driver, api: respx.MockRouter
) -> None:
    info = "A SIP client with username bot-1 already exists"
    api.post("/sip-clients").respond(409, json={"error": "invalid-request-error", "info": info})
    with pytest.raises(ConflictError) as caught:
        driver.call(driver.helper(), "create_sip_client", DailySIPClientParams("bot-1", PASSWORD))
    assert caught.value.status_code == 409
    assert caught.value.info == info
    assert info in str(caught.value)
    assert PASSWORD not in str(caught.value) + repr(caught.value)


def test_domain_limit_is_forbidden_error_with_dailys_message(
    driver: Driver, api: respx.MockRouter
) -> None:
    info = "SIP client limit reached for this domain"
    api.post("/sip-clients").respond(403, json={"error": "forbidden", "info": info})
    with pytest.raises(ForbiddenError) as caught:
        driver.call(driver.helper(), "create_sip_client", DailySIPClientParams("bot-1"))
    assert caught.value.info == info
    assert info in str(caught.value)


def test_password_is_hidden_in_reprs() -> None:
    params = DailySIPClientParams("bot-1", password=PASSWORD, expires_in_seconds=60)
    client = DailySIPClientObject("bot-1", "d", "sip:bot-1@d", password=PASSWORD)
    page = DailySIPClientPage([client], total=1, limit=50, offset=0)
    for shown in (repr(params), str(params), repr(client), str(client), repr(page)):
        assert PASSWORD not in shown
        assert "password='***'" in shown
    assert "username='bot-1'" in repr(params)
    assert "expires_in_seconds=60" in repr(params)
    assert "password=None" in repr(DailySIPClientParams("bot-1"))


def test_a_password_daily_echoes_in_an_error_is_redacted(
    driver: Driver, api: respx.MockRouter
) -> None:
    api.post("/sip-clients").respond(
        400,
        json={"error": "invalid-request-error", "info": f"password {PASSWORD} is not allowed"},
    )
    with pytest.raises(DailyError) as caught:
        driver.call(driver.helper(), "create_sip_client", DailySIPClientParams("bot-1", PASSWORD))
    error = caught.value
    shown = f"{error} {error!r} {error.args} {getattr(error, 'body', '')}"
    assert PASSWORD not in shown
    assert "***" in shown


def test_a_malformed_answer_holding_a_password_is_redacted(
    driver: Driver, api: respx.MockRouter
) -> None:
    # 200 without "domain": the error quotes the body, never the password in it.
    api.post("/sip-clients/bot-1/rotate").respond(
        200, json={"username": "bot-1", "password": NEW_PASSWORD}
    )
    with pytest.raises(UnexpectedResponseError) as caught:
        driver.call(driver.helper(), "rotate_sip_client_password", "bot-1")
    shown = f"{caught.value} {caught.value!r} {caught.value.body}"
    assert NEW_PASSWORD not in shown


def test_passwords_never_reach_the_logs(
    driver: Driver, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.post("/sip-clients").respond(200, json=sip_json(password=PASSWORD))
    api.post("/sip-clients/bot-1/rotate").respond(200, json=sip_json(password=NEW_PASSWORD))
    helper = driver.helper()
    created = driver.call(helper, "create_sip_client", DailySIPClientParams("bot-1", PASSWORD))
    logging.getLogger("test").info("created %r", created)
    driver.call(helper, "rotate_sip_client_password", "bot-1", NEW_PASSWORD)
    assert "/sip-clients" in caplog.text
    assert PASSWORD not in caplog.text
    assert NEW_PASSWORD not in caplog.text


# --- validation before sending -----------------------------------------------------------

BAD_USERNAMES = ["", "has space", "a/b", "x" * 65, "room.", "room.a", "a.1.2", "café"]
BAD_PASSWORDS = ["short1", "x" * 10 + "1", "a1" * 32 + "b", "onlyletterslong", "123456789012"]


@pytest.mark.parametrize("username", BAD_USERNAMES)
def test_bad_usernames_are_refused_before_sending(
    driver: Driver, api: respx.MockRouter, username: str
) -> None:
    helper = driver.helper()
    for method, args in (
        ("create_sip_client", (DailySIPClientParams(username),)),
        ("get_sip_client", (username,)),
        ("delete_sip_client", (username,)),
        ("rotate_sip_client_password", (username,)),
    ):
        with pytest.raises(DailyValidationError):
            driver.call(helper, method, *args)
    assert api.calls.call_count == 0


def test_username_limits_accepted(driver: Driver, api: respx.MockRouter) -> None:
    longest = "x" * 62 + ".0"
    route = api.get(f"/sip-clients/{longest}").respond(200, json=sip_json(longest))
    driver.call(driver.helper(), "get_sip_client", longest)
    assert route.call_count == 1


@pytest.mark.parametrize("password", BAD_PASSWORDS)
def test_bad_passwords_are_refused_before_sending_and_never_quoted(
    driver: Driver, api: respx.MockRouter, password: str
) -> None:
    helper = driver.helper()
    for method, args in (
        ("create_sip_client", (DailySIPClientParams("bot-1", password=password),)),
        ("rotate_sip_client_password", ("bot-1", password)),
    ):
        with pytest.raises(DailyValidationError) as caught:
            driver.call(helper, method, *args)
        assert password not in str(caught.value)
    assert api.calls.call_count == 0


@pytest.mark.parametrize("seconds", [59, 2_592_001, 0, -1, True, 60.0])
def test_bad_expires_in_seconds_is_refused_before_sending(
    driver: Driver, api: respx.MockRouter, seconds: Any
) -> None:
    with pytest.raises((DailyValidationError, TypeError)):
        driver.call(
            driver.helper(),
            "create_sip_client",
            DailySIPClientParams("bot-1", expires_in_seconds=seconds),
        )
    assert api.calls.call_count == 0


@pytest.mark.parametrize(
    "kwargs", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": True}, {"offset": "1"}]
)
def test_bad_pages_are_refused_before_sending(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), "list_sip_clients", **kwargs)
    assert api.calls.call_count == 0


# --- retry safety --------------------------------------------------------------------------


def test_create_and_rotate_are_not_repeated_after_a_502(
    driver: Driver, api: respx.MockRouter
) -> None:
    create = api.post("/sip-clients").respond(502)
    rotate = api.post("/sip-clients/bot-1/rotate").respond(502)
    pinless = api.post("/dialin/pinlessCallUpdate").respond(502)
    message = api.post("/rooms/standup/send-app-message").respond(502)
    helper = driver.helper()
    for method, args, kwargs in (
        ("create_sip_client", (DailySIPClientParams("bot-1"),), {}),
        ("rotate_sip_client_password", ("bot-1",), {}),
        (
            "pinless_call_update",
            (),
            {"call_id": CALL_ID, "call_domain": CALL_DOMAIN, "sip_uri": SIP_URI},
        ),
        ("send_app_message", ("standup", {"hi": 1}), {}),
    ):
        with pytest.raises(ServerError):
            driver.call(helper, method, *args, **kwargs)
    assert [r.call_count for r in (create, rotate, pinless, message)] == [1, 1, 1, 1]


def test_reads_deletes_and_ejects_are_retried_after_a_502(
    driver: Driver, api: respx.MockRouter
) -> None:
    get = api.get("/sip-clients/bot-1").mock(
        side_effect=[httpx.Response(502), httpx.Response(200, json=sip_json())]
    )
    delete = api.delete("/sip-clients/bot-1").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={})]
    )
    eject = api.post("/rooms/standup/eject").mock(
        side_effect=[httpx.Response(504), httpx.Response(200, json={"ejectedIds": []})]
    )
    helper = driver.helper()
    driver.call(helper, "get_sip_client", "bot-1")
    driver.call(helper, "delete_sip_client", "bot-1")
    driver.call(helper, "eject_participants", "standup", ids=["p1"])
    assert [r.call_count for r in (get, delete, eject)] == [2, 2, 2]


def test_a_429_is_retried_for_create(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/sip-clients").mock(
        side_effect=[
            httpx.Response(429, json={"error": "rate-limit-error"}),
            httpx.Response(200, json=sip_json(password=PASSWORD)),
        ]
    )
    driver.call(driver.helper(), "create_sip_client", DailySIPClientParams("bot-1"))
    assert route.call_count == 2


# --- pinless dial-in, eject, app messages, presence ----------------------------------------


def test_pinless_call_update_body(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/dialin/pinlessCallUpdate").respond(200, json={})
    result = driver.call(
        driver.helper(),
        "pinless_call_update",
        call_id=CALL_ID,
        call_domain=CALL_DOMAIN,
        sip_uri=SIP_URI,
    )
    assert result is None
    assert body_of(route) == {"callId": CALL_ID, "callDomain": CALL_DOMAIN, "sipUri": SIP_URI}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"call_id": "not-a-uuid"},
        {"call_domain": CALL_ID[:-1]},
        {"sip_uri": "https://acme.daily.co/room"},
        {"sip_uri": "sip:"},
        {"sip_uri": "5e0e0b8c@acme.sip.daily.co"},
        {"call_id": None},
    ],
)
def test_pinless_call_update_is_checked_before_sending(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    args = {"call_id": CALL_ID, "call_domain": CALL_DOMAIN, "sip_uri": SIP_URI, **kwargs}
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), "pinless_call_update", **args)
    assert api.calls.call_count == 0


def test_pinless_call_update_is_keyword_only(driver: Driver) -> None:
    with pytest.raises(TypeError):
        driver.call(driver.helper(), "pinless_call_update", CALL_ID, CALL_DOMAIN, SIP_URI)


@pytest.mark.parametrize(
    ("kwargs", "body"),
    [
        ({"ids": ["p1", "p2"]}, {"ids": ["p1", "p2"]}),
        ({"user_ids": ["u1"]}, {"user_ids": ["u1"]}),
        ({"user_ids": ["u1"], "ban": True}, {"user_ids": ["u1"], "ban": True}),
        ({"ids": ["p1"], "user_ids": ["u1"]}, {"ids": ["p1"], "user_ids": ["u1"]}),
        ({"ids": ("p1",), "user_ids": []}, {"ids": ["p1"]}),
    ],
)
def test_eject_participants_body_and_answer(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    route = api.post("/rooms/standup/eject").respond(200, json={"ejectedIds": ["p1"]})
    assert driver.call(driver.helper(), "eject_participants", "standup", **kwargs) == ["p1"]
    assert body_of(route) == body


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"ids": []},
        {"ids": "p1"},
        {"ids": [f"p{i}" for i in range(101)]},
        {"user_ids": [f"u{i}" for i in range(101)]},
        {"ids": [""]},
    ],
)
def test_eject_participants_is_checked_before_sending(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), "eject_participants", "standup", **kwargs)
    assert api.calls.call_count == 0


def test_eject_participants_takes_100_of_each(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms/standup/eject").respond(200, json={"ejectedIds": []})
    ids = [f"p{i}" for i in range(100)]
    user_ids = [f"u{i}" for i in range(100)]
    driver.call(driver.helper(), "eject_participants", "standup", ids=ids, user_ids=user_ids)
    assert body_of(route) == {"ids": ids, "user_ids": user_ids}


def test_send_app_message_body_and_default_recipient(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms/standup/send-app-message").respond(200, json={"sent": True})
    helper = driver.helper()
    assert driver.call(helper, "send_app_message", "standup", {"event": "hangup"}) is None
    assert body_of(route) == {"data": {"event": "hangup"}, "recipient": "*"}
    route.calls.clear()
    driver.call(helper, "send_app_message", "standup", {"n": [1, 2]}, recipient="p-1")
    assert body_of(route) == {"data": {"n": [1, 2]}, "recipient": "p-1"}


def _data_of_bytes(size: int) -> dict[str, str]:
    data = {"t": ""}
    data["t"] = "x" * (size - len(json.dumps(data, separators=(",", ":"))))
    assert len(json.dumps(data, separators=(",", ":")).encode()) == size
    return data


def test_send_app_message_refuses_more_than_4096_bytes(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post("/rooms/standup/send-app-message").respond(200, json={})
    helper = driver.helper()
    driver.call(helper, "send_app_message", "standup", _data_of_bytes(4096))
    assert route.call_count == 1
    with pytest.raises(DailyValidationError, match="4097 bytes"):
        driver.call(helper, "send_app_message", "standup", _data_of_bytes(4097))
    with pytest.raises(DailyValidationError):  # counted in UTF-8 bytes, not characters
        driver.call(helper, "send_app_message", "standup", {"t": "é" * 700})
    for bad in ("text", {"x": object()}):
        with pytest.raises(DailyValidationError):
            driver.call(helper, "send_app_message", "standup", bad)
    with pytest.raises(DailyValidationError):
        driver.call(helper, "send_app_message", "standup", {}, recipient="")
    with pytest.raises(DailyValidationError):
        driver.call(helper, "send_app_message", "bad name", {})
    assert route.call_count == 1


def test_get_presence_maps_rooms_to_participants_leniently(
    driver: Driver, api: respx.MockRouter
) -> None:
    participant = {
        "room": "standup",
        "id": "p1",
        "userId": None,
        "userName": "Bot",
        "mtgSessionId": "m1",
        "joinTime": "2026-11-26T12:00:00.000Z",
        "duration": 12,
        "newField": {"kept": True},
    }
    route = api.get("/presence").respond(200, json={"standup": [participant], "empty": []})
    presence = driver.call(driver.helper(), "get_presence")
    assert route.call_count == 1
    assert presence == {"standup": [participant], "empty": []}


def test_get_presence_wrong_shape_is_unexpected(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/presence").respond(200, json={"standup": "nobody"})
    with pytest.raises(UnexpectedResponseError):
        driver.call(driver.helper(), "get_presence")


# --- flows against the fake ----------------------------------------------------------------


def fake_helper(driver: Driver, fake: FakeDaily) -> Any:
    helper = fake.helper() if driver.is_async else fake.helper_sync()
    driver._helpers.append(helper)
    return helper


def test_sip_client_lifecycle_on_the_fake(driver: Driver) -> None:
    fake = FakeDaily()
    daily = fake_helper(driver, fake)
    created = driver.call(
        daily, "create_sip_client", DailySIPClientParams("bot-1", expires_in_seconds=7200)
    )
    assert created.password is not None
    assert len(created.password) >= 12
    assert fake.sip_client_password("bot-1") == created.password
    assert created.expires_at is not None
    fetched = driver.call(daily, "get_sip_client", "bot-1")
    assert fetched.password is None
    assert fetched.sip_uri == created.sip_uri
    listed = driver.call(daily, "list_sip_clients")
    assert [c.password for c in listed.sip_clients] == [None]
    rotated = driver.call(daily, "rotate_sip_client_password", "bot-1")
    assert rotated.password not in (None, created.password)
    assert (rotated.sip_uri, rotated.expires_at) == (created.sip_uri, created.expires_at)
    chosen = driver.call(daily, "rotate_sip_client_password", "bot-1", NEW_PASSWORD)
    assert chosen.password == NEW_PASSWORD == fake.sip_client_password("bot-1")
    with pytest.raises(ConflictError):
        driver.call(daily, "create_sip_client", DailySIPClientParams("bot-1"))
    assert driver.call(daily, "delete_sip_client", "bot-1") is True
    assert driver.call(daily, "delete_sip_client", "bot-1") is True  # 404 tolerated
    with pytest.raises(NotFoundError):
        driver.call(daily, "rotate_sip_client_password", "bot-1")
    assert fake.statuses()[-2:] == [404, 404]


def test_the_fake_enforces_the_limit_and_expiry(driver: Driver) -> None:
    fake = FakeDaily()
    fake.sip_client_limit = 2
    daily = fake_helper(driver, fake)
    driver.call(daily, "create_sip_client", DailySIPClientParams("a", expires_in_seconds=60))
    driver.call(daily, "create_sip_client", DailySIPClientParams("b"))
    with pytest.raises(ForbiddenError, match="SIP client limit reached"):
        driver.call(daily, "create_sip_client", DailySIPClientParams("c"))
    fake.advance_clock(61)  # "a" expires: Daily removes it, which frees a place
    assert fake.sip_client_names() == ["b"]
    with pytest.raises(NotFoundError):
        driver.call(daily, "get_sip_client", "a")
    driver.call(daily, "create_sip_client", DailySIPClientParams("c"))
    assert [c.username for c in _iterate(driver, daily)] == ["b", "c"]


def _iterate(driver: Driver, daily: Any) -> list[DailySIPClientObject]:
    if driver.is_async:

        async def collect() -> list[DailySIPClientObject]:
            return [c async for c in daily.iter_sip_clients(page_size=1)]

        result: list[DailySIPClientObject] = driver.run(collect())
        return result
    return list(daily.iter_sip_clients(page_size=1))


def test_dial_in_flow_on_the_fake(driver: Driver) -> None:
    fake = FakeDaily()
    daily = fake_helper(driver, fake)
    room = driver.call(
        daily,
        "create_room",
        DailyRoomParams(
            properties=DailyRoomProperties(sip=DailyRoomSipParams(display_name="caller"))
        ),
    )
    sip_uri = room.config.sip_endpoint
    assert sip_uri.startswith("sip:")
    driver.call(
        daily, "pinless_call_update", call_id=CALL_ID, call_domain=CALL_DOMAIN, sip_uri=sip_uri
    )
    assert fake.pinless_calls == [
        {"call_id": CALL_ID, "call_domain": CALL_DOMAIN, "sip_uri": sip_uri, "room": room.name}
    ]
    with pytest.raises(NotFoundError):  # not a room's SIP URI
        driver.call(
            daily, "pinless_call_update", call_id=CALL_ID, call_domain=CALL_DOMAIN, sip_uri=SIP_URI
        )


def test_presence_eject_and_app_messages_on_the_fake(driver: Driver) -> None:
    fake = FakeDaily()
    daily = fake_helper(driver, fake)
    fake.add_room("standup")
    fake.add_room("quiet")
    bot = fake.add_participant("standup", user_name="Bot", user_id="bot")
    caller = fake.add_participant("standup", user_name="Caller", user_id="caller")
    presence = driver.call(daily, "get_presence")
    assert list(presence) == ["standup"]
    assert [p["userName"] for p in presence["standup"]] == ["Bot", "Caller"]
    assert driver.call(daily, "get_room_presence", "standup") == presence["standup"]
    driver.call(daily, "send_app_message", "standup", {"event": "bye"}, recipient=bot["id"])
    assert fake.app_messages == [
        {"room": "standup", "data": {"event": "bye"}, "recipient": bot["id"]}
    ]
    ejected = driver.call(daily, "eject_participants", "standup", user_ids=["caller"], ban=True)
    assert ejected == [caller["id"]]
    assert [p["userId"] for p in fake.participants("standup")] == ["bot"]
    with pytest.raises(ValueError, match="banned"):
        fake.add_participant("standup", user_id="caller")
    assert driver.call(daily, "eject_participants", "standup", ids=["nobody"]) == []
    with pytest.raises(NotFoundError):
        driver.call(daily, "eject_participants", "gone", ids=["p"])


def test_fake_reset_forgets_telephony() -> None:
    fake = FakeDaily()
    fake.sip_client_limit = 1
    fake.add_room("r")
    fake.add_participant("r")
    with fake.helper_sync() as daily:
        daily.create_sip_client(DailySIPClientParams("x"))
    fake.reset()
    assert (fake.sip_client_names(), fake.sip_client_limit, fake.pinless_calls) == ([], 2000, [])


def test_telephony_faults_can_be_scripted(driver: Driver) -> None:
    fake = FakeDaily()
    fake.fail_next("create_sip_client", status=503)
    daily = fake_helper(driver, fake)
    with pytest.raises(ServerError):
        driver.call(daily, "create_sip_client", DailySIPClientParams("bot-1"))
    assert fake.statuses() == [503]  # unsafe: not repeated
    assert fake.sip_client_names() == []
