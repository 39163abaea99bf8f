"""Each facade method's exact request: method, path, query, headers and JSON body; and that a
rejected argument sends nothing. Run against both helpers through the ``driver`` fixture."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
import respx

from daily_helpers import (
    DailyMeetingTokenParams,
    DailyMeetingTokenProperties,
    DailyRoomParams,
    DailyRoomProperties,
    DailyValidationError,
    InvalidRoomNameError,
    InvalidRoomURLError,
    __version__,
)
from tests.conftest import API, KEY, NOW, ROOM_URL, Driver, room_json

PIPECAT_DEFAULT_BODY = {
    "privacy": "public",
    "properties": {
        "enable_chat": False,
        "enable_prejoin_ui": False,
        "enable_emoji_reactions": False,
        "eject_at_room_exp": False,
        "start_video_off": False,
    },
}
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJyIjoic3RhbmR1cCJ9.c2ln"


def only_request(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    return route.calls.last.request


def body_of(request: httpx.Request) -> Any:
    assert request.headers["Content-Type"] == "application/json"
    return json.loads(request.content)


def assert_common_headers(request: httpx.Request) -> None:
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"daily-helpers/{__version__}"


def assert_bodyless(request: httpx.Request) -> None:
    assert request.content == b""
    assert "Content-Type" not in request.headers


def assert_nothing_sent(api: respx.MockRouter) -> None:
    assert api.calls.call_count == 0


# --- create_room ---------------------------------------------------------------------------


def test_create_room_default_body_is_pipecats(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms").respond(200, json=room_json("w2pp2cf4kltgFACPKXmX"))
    room = driver.call(driver.helper(own_client=True), "create_room")
    request = only_request(route)
    assert request.method == "POST"
    assert request.url == f"{API}/rooms"
    assert_common_headers(request)
    assert body_of(request) == PIPECAT_DEFAULT_BODY
    assert room.name == "w2pp2cf4kltgFACPKXmX"


def test_create_room_explicit_default_params(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms").respond(200, json=room_json())
    driver.call(driver.helper(), "create_room", DailyRoomParams())
    assert body_of(only_request(route)) == PIPECAT_DEFAULT_BODY


def test_create_room_name_extras_int_exp(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms").respond(200, json=room_json("standup"))
    params = DailyRoomParams(
        name="standup",
        privacy="private",
        properties=DailyRoomProperties(
            exp=NOW + 3600.75,
            nbf=NOW + 0.9,
            eject_at_room_exp=True,
            max_participants=4,
            enable_recording="cloud",
            enable_knocking=True,  # not a named field: kept and sent
            lang="de",
        ),
    )
    driver.call(driver.helper(), "create_room", params)
    body = body_of(only_request(route))
    assert body == {
        "name": "standup",
        "privacy": "private",
        "properties": {
            "exp": int(NOW) + 3600,
            "nbf": int(NOW),
            "enable_chat": False,
            "enable_prejoin_ui": False,
            "enable_emoji_reactions": False,
            "eject_at_room_exp": True,
            "max_participants": 4,
            "enable_recording": "cloud",
            "enable_knocking": True,
            "lang": "de",
            "start_video_off": False,
        },
    }
    assert isinstance(body["properties"]["exp"], int)
    # the caller's model is not changed by the truncation
    assert params.properties.exp == NOW + 3600.75


def test_create_room_sip_and_bucket(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms").respond(200, json=room_json())
    properties = DailyRoomProperties(
        sip={"display_name": "bot", "sip_mode": "dial-in", "video": False, "num_endpoints": 1},
        recordings_bucket={
            "bucket_name": "b",
            "bucket_region": "us-west-2",
            "assume_role_arn": "arn:aws:iam::1:role/r",
        },
    )
    driver.call(driver.helper(), "create_room", DailyRoomParams(properties=properties))
    sent = body_of(only_request(route))["properties"]
    assert sent["sip"] == {
        "display_name": "bot",
        "video": False,
        "sip_mode": "dial-in",
        "num_endpoints": 1,
    }
    assert sent["recordings_bucket"] == {
        "bucket_name": "b",
        "bucket_region": "us-west-2",
        "assume_role_arn": "arn:aws:iam::1:role/r",
        "allow_api_access": False,
    }


@pytest.mark.parametrize(
    ("params", "error"),
    [
        (
            DailyRoomParams(properties=DailyRoomProperties(sip_uri={"endpoint": "x@sip.daily.co"})),
            DailyValidationError,
        ),
        (DailyRoomParams(name="bad name"), InvalidRoomNameError),
        (DailyRoomParams(name="a" * 129), InvalidRoomNameError),
        (DailyRoomParams(name=""), InvalidRoomNameError),
        (DailyRoomParams(privacy="org"), DailyValidationError),
        (DailyRoomParams(properties=DailyRoomProperties(lang=5)), DailyValidationError),
    ],
    ids=["read-only-sip_uri", "name", "long-name", "empty-name", "privacy", "lang"],
)
def test_create_room_rejects_before_any_request(
    driver: Driver, api: respx.MockRouter, params: Any, error: type[Exception]
) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(error):
        driver.call(driver.helper(), "create_room", params)
    assert_nothing_sent(api)


def test_create_room_rejects_non_params(driver: Driver, api: respx.MockRouter) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(TypeError):
        driver.call(driver.helper(), "create_room", {"name": "x"})
    assert_nothing_sent(api)


# --- get_token -----------------------------------------------------------------------------


def token_route(api: respx.MockRouter) -> respx.Route:
    return api.post("/meeting-tokens").respond(200, json={"token": TOKEN})


def test_get_token_defaults(driver: Driver, api: respx.MockRouter) -> None:
    route = token_route(api)
    token = driver.call(driver.helper(own_client=True), "get_token", ROOM_URL)
    request = only_request(route)
    assert request.method == "POST"
    assert request.url == f"{API}/meeting-tokens"
    assert_common_headers(request)
    assert body_of(request) == {
        "properties": {
            "room_name": "standup",
            "exp": int(NOW) + 3600,
            "is_owner": True,
            "eject_at_token_exp": False,
        }
    }
    assert token == TOKEN


def test_get_token_arguments(driver: Driver, api: respx.MockRouter) -> None:
    route = token_route(api)
    driver.call(
        driver.helper(clock=lambda: NOW + 0.6),
        "get_token",
        ROOM_URL + "/",
        expiry_time=60.7,
        eject_at_token_exp=True,
        owner=False,
    )
    assert body_of(only_request(route)) == {
        "properties": {
            "room_name": "standup",
            "exp": int(NOW + 0.6 + 60.7),
            "is_owner": False,
            "eject_at_token_exp": True,
        }
    }


def test_get_token_params_merged_arguments_win_params_untouched(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = token_route(api)
    props = DailyMeetingTokenProperties(
        room_name="other",
        exp=1,
        is_owner=False,
        eject_at_token_exp=True,
        user_name="bot",
        user_id="u-1",
        nbf=NOW - 10.5,
        start_video_off=True,
        permissions={"canSend": ["audio"]},
    )
    params = DailyMeetingTokenParams(properties=props)
    before = props.to_dict()
    driver.call(driver.helper(), "get_token", ROOM_URL, params=params)
    assert body_of(only_request(route)) == {
        "properties": {
            "room_name": "standup",
            "exp": int(NOW) + 3600,
            "is_owner": True,
            "eject_at_token_exp": False,
            "user_name": "bot",
            "user_id": "u-1",
            "nbf": int(NOW - 10.5),
            "start_video_off": True,
            "permissions": {"canSend": ["audio"]},
        }
    }
    assert params.properties is props
    assert props.to_dict() == before


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"expiry_time": 0}, DailyValidationError),
        ({"expiry_time": -5}, DailyValidationError),
        ({"expiry_time": math.nan}, DailyValidationError),
        ({"expiry_time": math.inf}, DailyValidationError),
        ({"expiry_time": "3600"}, TypeError),
        ({"expiry_time": None}, TypeError),
        ({"expiry_time": True}, TypeError),
        ({"owner": "yes"}, TypeError),
        ({"eject_at_token_exp": 1}, TypeError),
        ({"params": {"properties": {}}}, TypeError),
        (
            {"params": DailyMeetingTokenParams(properties={"user_id": "u" * 37})},
            DailyValidationError,
        ),
        (
            {"params": DailyMeetingTokenParams(properties={"eject_after_elapsed": -1})},
            DailyValidationError,
        ),
    ],
)
def test_get_token_rejects_before_any_request(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    api.route().respond(200, json={"token": TOKEN})
    with pytest.raises(error):
        driver.call(driver.helper(), "get_token", ROOM_URL, **kwargs)
    assert_nothing_sent(api)


@pytest.mark.parametrize("url", ["acme.daily.co/standup", "https://acme.daily.co/", "room"])
def test_get_token_bad_url_sends_nothing(driver: Driver, api: respx.MockRouter, url: str) -> None:
    api.route().respond(200, json={"token": TOKEN})
    with pytest.raises(InvalidRoomURLError):
        driver.call(driver.helper(), "get_token", url)
    assert_nothing_sent(api)


# --- rooms by name / URL -------------------------------------------------------------------


def test_get_room_from_url(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get("/rooms/a-b").respond(200, json=room_json("a-b"))
    room = driver.call(
        driver.helper(own_client=True), "get_room_from_url", "https://acme.daily.co/a%2Db/?t=1"
    )
    request = only_request(route)
    assert request.method == "GET"
    assert request.url == f"{API}/rooms/a-b"
    assert_common_headers(request)
    assert_bodyless(request)
    assert room.name == "a-b"


def test_get_room(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get("/rooms/standup").respond(200, json=room_json())
    driver.call(driver.helper(), "get_room", "standup")
    assert_bodyless(only_request(route))


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("get_room_from_url", ("https://acme.daily.co/a/b",)),
        ("get_room_from_url", ("https://acme.daily.co/",)),
        ("get_room", ("",)),
        ("get_room", ("a/b",)),
        ("delete_room_by_name", ("room/",)),
        ("delete_room_by_name", ("",)),
        ("delete_room_by_url", ("acme.daily.co/room",)),
        ("delete_room_by_url", ("https://acme.daily.co/room//",)),
        ("get_room_presence", ("a b",)),
        ("update_room", ("a%2Fb",)),
    ],
)
def test_bad_room_sends_nothing(
    driver: Driver, api: respx.MockRouter, method: str, args: tuple[Any, ...]
) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), method, *args, privacy="private") if method == (
            "update_room"
        ) else driver.call(driver.helper(), method, *args)
    assert_nothing_sent(api)


@pytest.mark.parametrize(
    ("method", "arg"),
    [("delete_room_by_name", "standup"), ("delete_room_by_url", "https://acme.daily.co/standup/")],
)
def test_deletes(driver: Driver, api: respx.MockRouter, method: str, arg: str) -> None:
    route = api.delete("/rooms/standup").respond(200, json={"deleted": True, "name": "standup"})
    assert driver.call(driver.helper(), method, arg) is True
    request = only_request(route)
    assert request.method == "DELETE"
    assert request.url == f"{API}/rooms/standup"
    assert_common_headers(request)
    assert_bodyless(request)


def test_delete_404_is_true(driver: Driver, api: respx.MockRouter) -> None:
    route = api.delete("/rooms/gone").respond(
        404, json={"error": "not-found", "info": "room gone not found"}
    )
    assert driver.call(driver.helper(), "delete_room_by_name", "gone") is True
    assert route.call_count == 1


# --- update_room ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "body"),
    [
        ({"privacy": "private"}, {"privacy": "private"}),
        ({"properties": {"max_participants": 3}}, {"properties": {"max_participants": 3}}),
        (
            {"properties": {"max_participants": None, "exp": None, "enable_chat": True}},
            {"properties": {"max_participants": None, "exp": None, "enable_chat": True}},
        ),
        (
            {"privacy": "public", "properties": {"exp": NOW + 0.5}},
            {"privacy": "public", "properties": {"exp": int(NOW)}},
        ),
    ],
)
def test_update_room_sends_only_given(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    route = api.post("/rooms/standup").respond(200, json=room_json())
    driver.call(driver.helper(), "update_room", "standup", **kwargs)
    request = only_request(route)
    assert request.url == f"{API}/rooms/standup"
    assert_common_headers(request)
    assert body_of(request) == body


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"privacy": "org"},
        {"properties": {"max_participants": 0}},
        {"properties": {"sip_uri": None}},
        {"properties": {"max_participants": "3"}},
        {"properties": {"enable_chat": 1}},
        {"properties": {"enable_recording": "cloud-video"}},
        {"properties": {"lang": "xx"}},
        {"properties": {"sip": {"display_name": "x", "sip_mode": "dial-in", "num_endpoints": "2"}}},
        {"properties": {"sip": "sip:x"}},
        {"properties": {"streaming_endpoints": [{"name": "s", "type": "srt"}]}},
        {"properties": {"permissions": {"canSend": ["smell"]}}},
    ],
)
def test_update_room_rejects(driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any]) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), "update_room", "standup", **kwargs)
    assert_nothing_sent(api)


# --- list_rooms, presence, validate, domain ------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "query"),
    [
        ({}, "limit=100"),
        ({"limit": 5}, "limit=5"),
        ({"limit": 2, "starting_after": "id-1"}, "limit=2&starting_after=id-1"),
        ({"ending_before": "OLDEST"}, "limit=100&ending_before=OLDEST"),
    ],
)
def test_list_rooms_query(
    driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any], query: str
) -> None:
    route = api.get("/rooms").respond(200, json={"total_count": 7, "data": [room_json()]})
    page = driver.call(driver.helper(), "list_rooms", **kwargs)
    request = only_request(route)
    assert request.url.path == "/v1/rooms"
    assert request.url.query.decode() == query
    assert_bodyless(request)
    assert page.total_count == 7
    assert [r.name for r in page.rooms] == ["standup"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": True},
        {"limit": "5"},
        {"starting_after": ""},
        {"starting_after": "a", "ending_before": "b"},
    ],
)
def test_list_rooms_rejects(driver: Driver, api: respx.MockRouter, kwargs: dict[str, Any]) -> None:
    api.route().respond(200, json={"total_count": 0, "data": []})
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), "list_rooms", **kwargs)
    assert_nothing_sent(api)


def test_get_room_presence(driver: Driver, api: respx.MockRouter) -> None:
    participant = {
        "id": "p1",
        "room": "standup",
        "userId": None,
        "userName": "bot",
        "mtgSessionId": "s1",
        "joinTime": "2026-11-26T12:00:00.000Z",
        "duration": 12,
    }
    route = api.get("/rooms/standup/presence").respond(
        200, json={"total_count": 1, "data": [participant]}
    )
    result = driver.call(driver.helper(), "get_room_presence", "standup")
    assert_bodyless(only_request(route))
    assert result[0]["userName"] == "bot"
    assert result[0]["duration"] == 12


@pytest.mark.parametrize(("ignore_nbf", "query"), [(False, ""), (True, "ignoreNbf=true")])
def test_validate_token(
    driver: Driver, api: respx.MockRouter, ignore_nbf: bool, query: str
) -> None:
    route = api.get(f"/meeting-tokens/{TOKEN}").respond(
        200, json={"room_name": "standup", "is_owner": True, "future_field": 1}
    )
    props = driver.call(driver.helper(), "validate_token", TOKEN, ignore_nbf=ignore_nbf)
    request = only_request(route)
    assert request.url.path == f"/v1/meeting-tokens/{TOKEN}"
    assert request.url.query.decode() == query
    assert_bodyless(request)
    assert props.room_name == "standup"
    assert props.is_owner is True
    assert props.extra == {"future_field": 1}


@pytest.mark.parametrize(
    "token", ["", "abc", "a.b", "a.b.c.d", "a/b.c.d", "../x.y.z", "a.b.c?x=1", "a.b%2F.c", "a.b.c "]
)
def test_validate_token_rejects(driver: Driver, api: respx.MockRouter, token: str) -> None:
    api.route().respond(200, json={})
    with pytest.raises(DailyValidationError):
        driver.call(driver.helper(), "validate_token", token)
    assert_nothing_sent(api)


def test_get_domain_id_is_cached(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get("/").respond(200, json={"domain_name": "acme", "domain_id": "d-123"})
    helper = driver.helper()
    assert driver.call(helper, "get_domain_id") == "d-123"
    assert driver.call(helper, "get_domain_id") == "d-123"
    request = only_request(route)
    assert request.url == f"{API}/"
    assert_bodyless(request)


def test_custom_api_url(driver: Driver) -> None:
    with respx.mock(base_url="https://api.staging.daily.co/v1") as router:
        route = router.get("/rooms/standup").respond(200, json=room_json())
        helper = driver.helper(daily_api_url="https://api.staging.daily.co/v1/")
        driver.call(helper, "get_room", "standup")
        assert route.call_count == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"daily_api_key": ""},
        {"daily_api_key": "   "},
        {"daily_api_key": None},
        {"daily_api_url": "api.daily.co/v1"},
        {"timeout": 0},
        {"timeout": "30"},
        {"max_retries": -1},
        {"rate_limits": "fast"},
    ],
)
def test_bad_configuration(driver: Driver, kwargs: dict[str, Any]) -> None:
    with pytest.raises((TypeError, ValueError)):
        driver.helper(**kwargs)
