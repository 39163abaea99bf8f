"""Every error class from each status, with its attributes; bad 2xx bodies; and no foreign
exception (KeyError, JSONDecodeError, AttributeError, httpx.*) ever escaping a facade call."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
import pytest
import respx

from daily_helpers import errors
from daily_helpers.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DailyAPIError,
    DailyConnectionError,
    DailyError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    error_from_response,
)
from tests.conftest import ROOM_URL, Driver, room_json


def test_hierarchy() -> None:
    for cls in (
        BadRequestError,
        AuthenticationError,
        ForbiddenError,
        NotFoundError,
        RateLimitError,
        ServerError,
        UnexpectedResponseError,
    ):
        assert issubclass(cls, DailyAPIError)
    assert issubclass(DailyAPIError, DailyError)
    assert issubclass(errors.DailyTimeoutError, DailyConnectionError)
    assert issubclass(DailyConnectionError, DailyError)
    assert issubclass(errors.DailyValidationError, ValueError)
    assert issubclass(errors.InvalidRoomURLError, errors.DailyValidationError)
    assert issubclass(errors.InvalidRoomNameError, errors.DailyValidationError)
    assert issubclass(DailyError, Exception)


Case = tuple[int, Any, type[DailyAPIError], str | None, str | None]


def case(status: int, cls: type[DailyAPIError], error: str, info: str | None = None) -> Case:
    """A Daily error body ``{error, info}`` and what it must become."""
    body = {"error": error} if info is None else {"error": error, "info": info}
    return status, body, cls, error, info


# (status, body, expected class, error_type, info)
STATUSES: list[Case] = [
    case(400, BadRequestError, "invalid-request-error", "bad"),
    case(400, BadRequestError, "json-parsing-error", "x"),
    case(400, AuthenticationError, "authorization-header-error", "bad Authorization header"),
    case(401, AuthenticationError, "authentication-error"),
    case(403, ForbiddenError, "forbidden-error", "no"),
    case(404, NotFoundError, "not-found", "room standup not found"),
    case(429, RateLimitError, "rate-limit-error", "slow down"),
    case(500, ServerError, "server-error", "oops"),
    case(503, ServerError, "server-error"),
    case(405, DailyAPIError, "method-not-allowed"),
    case(409, ConflictError, "conflict", "c"),
    case(422, DailyAPIError, "invalid-request-error"),
    # bodies that are not Daily's error shape
    (502, None, ServerError, None, None),
    (504, {"unexpected": True}, ServerError, None, None),
    (599, {"error": 5, "info": ["x"]}, ServerError, None, None),
    (418, [], DailyAPIError, None, None),
    (301, None, UnexpectedResponseError, None, None),
]


@pytest.mark.parametrize(("status", "body", "cls", "error_type", "info"), STATUSES)
def test_error_from_response(
    status: int, body: Any, cls: type[DailyAPIError], error_type: str | None, info: str | None
) -> None:
    content = b"" if body is None else json.dumps(body).encode()
    err = error_from_response(
        status_code=status, content=content, method="GET", path="/rooms/standup"
    )
    assert type(err) is cls
    assert err.status_code == status
    assert err.error_type == error_type
    assert err.info == info
    assert err.body == body
    assert err.method == "GET"
    assert err.path == "/rooms/standup"


@pytest.mark.parametrize(("status", "body", "cls", "error_type", "info"), STATUSES)
def test_each_status_through_both_helpers(
    driver: Driver,
    api: respx.MockRouter,
    status: int,
    body: Any,
    cls: type[DailyAPIError],
    error_type: str | None,
    info: str | None,
) -> None:
    content = b"" if body is None else json.dumps(body).encode()
    route = api.get("/rooms/standup").respond(status, content=content)
    helper = driver.helper(max_retries=0)
    with pytest.raises(DailyAPIError) as caught:
        driver.call(helper, "get_room_from_url", ROOM_URL)
    err = caught.value
    assert type(err) is cls
    assert (err.status_code, err.error_type, err.info, err.body) == (status, error_type, info, body)
    assert (err.method, err.path) == ("GET", "/rooms/standup")
    assert route.call_count == 1


def test_not_found_attributes_and_text(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/rooms/standup").respond(
        404, json={"error": "not-found", "info": "room standup not found"}
    )
    with pytest.raises(NotFoundError) as caught:
        driver.call(driver.helper(), "get_room", "standup")
    err = caught.value
    assert err.status_code == 404
    assert err.error_type == "not-found"
    assert err.info == "room standup not found"
    assert err.body == {"error": "not-found", "info": "room standup not found"}
    assert err.method == "GET"
    assert err.path == "/rooms/standup"
    assert err.retry_after is None
    assert str(err) == "404 not-found: room standup not found (GET /rooms/standup)"
    assert repr(err) == (
        "NotFoundError(status_code=404, error_type='not-found', "
        "info='room standup not found', method='GET', path='/rooms/standup')"
    )


def test_html_error_page_is_server_error_with_excerpt(
    driver: Driver, api: respx.MockRouter
) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body>"
    api.get("/rooms/standup").respond(502, text=page, headers={"Content-Type": "text/html"})
    with pytest.raises(ServerError) as caught:
        driver.call(driver.helper(max_retries=0), "get_room", "standup")
    err = caught.value
    assert err.status_code == 502
    assert err.error_type is None
    assert isinstance(err.body, str)
    assert err.body.startswith("<html><head><title>502 Bad Gateway")
    assert len(err.body) <= errors.EXCERPT_CHARS
    assert err.info == err.body


# --- 2xx bodies of the wrong shape ---------------------------------------------------------

BAD_2XX = [
    ("not-json", b"<html>oops</html>", "not JSON"),
    ("truncated", b'{"id": "5e0e", "name": "stand', "not JSON"),
    ("empty", b"", "not JSON"),
    ("array", b"[]", "bad shape"),
    ("null", b"null", "bad shape"),
    ("missing", json.dumps({"id": "x", "name": "standup"}).encode(), "missing field"),
    ("mistyped-name", json.dumps({**room_json(), "name": 5}).encode(), "bad shape"),
    ("mistyped-bool", json.dumps({**room_json(), "api_created": "yes"}).encode(), "bad shape"),
    ("mistyped-config", json.dumps({**room_json(), "config": "x"}).encode(), "bad shape"),
    (
        "mistyped-config-field",
        json.dumps(room_json(enable_chat="sometimes")).encode(),
        "bad shape",
    ),
]


@pytest.mark.parametrize(("case", "content", "reason"), BAD_2XX, ids=[c[0] for c in BAD_2XX])
def test_bad_2xx_body_is_unexpected_response(
    driver: Driver, api: respx.MockRouter, case: str, content: bytes, reason: str
) -> None:
    route = api.get("/rooms/standup").respond(200, content=content)
    with pytest.raises(UnexpectedResponseError) as caught:
        driver.call(driver.helper(), "get_room", "standup")
    err = caught.value
    assert err.status_code == 200
    assert err.method == "GET"
    assert err.path == "/rooms/standup"
    assert reason in (err.info or "")
    assert err.body == errors.excerpt(content)
    if content:
        assert content.decode()[:20] in (err.info or "")
    else:
        assert "empty body" in (err.info or "")
    assert route.call_count == 1  # a bad 2xx is never retried
    assert err.__cause__ is None
    assert err.__suppress_context__


@pytest.mark.parametrize(
    ("method", "args", "route", "body"),
    [
        ("get_token", (ROOM_URL,), ("POST", "/meeting-tokens"), {"token": 5}),
        ("get_token", (ROOM_URL,), ("POST", "/meeting-tokens"), {"token": ""}),
        ("get_token", (ROOM_URL,), ("POST", "/meeting-tokens"), {}),
        ("delete_room_by_name", ("standup",), ("DELETE", "/rooms/standup"), {}),
        ("list_rooms", (), ("GET", "/rooms"), {"data": []}),
        ("list_rooms", (), ("GET", "/rooms"), {"total_count": "1", "data": []}),
        ("list_rooms", (), ("GET", "/rooms"), {"total_count": 1, "data": [{"id": 1}]}),
        ("list_rooms", (), ("GET", "/rooms"), {"total_count": 1, "data": "x"}),
        ("get_room_presence", ("standup",), ("GET", "/rooms/standup/presence"), {"data": []}),
        ("get_domain_id", (), ("GET", "/"), {"domain_name": "acme"}),
        ("get_domain_id", (), ("GET", "/"), {"domain_name": "acme", "domain_id": 7}),
        ("validate_token", ("a.b.c",), ("GET", "/meeting-tokens/a.b.c"), {"is_owner": "yes"}),
        ("validate_token", ("a.b.c",), ("GET", "/meeting-tokens/a.b.c"), ["x"]),
    ],
)
def test_bad_2xx_shapes_per_method(
    driver: Driver,
    api: respx.MockRouter,
    method: str,
    args: tuple[Any, ...],
    route: tuple[str, str],
    body: Any,
) -> None:
    api.route(method=route[0], path=route[1]).respond(200, json=body)
    with pytest.raises(UnexpectedResponseError) as caught:
        driver.call(driver.helper(), method, *args)
    assert caught.value.status_code == 200
    assert caught.value.path == route[1]


def test_undecodable_body_is_a_daily_error(driver: Driver, api: respx.MockRouter) -> None:
    # Content-Encoding says gzip but the bytes are not: httpx raises DecodingError on read.
    api.get("/rooms/standup").mock(
        side_effect=lambda request: httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
        )
    )
    with pytest.raises(DailyError) as caught:
        driver.call(driver.helper(max_retries=0), "get_room", "standup")
    assert not isinstance(caught.value, httpx.HTTPError)
    assert caught.value.__cause__ is None


def test_gzip_body_is_read(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/rooms/standup").respond(
        200,
        content=gzip.compress(json.dumps(room_json()).encode()),
        headers={"Content-Encoding": "gzip"},
    )
    assert driver.call(driver.helper(), "get_room", "standup").name == "standup"


FOREIGN = (KeyError, json.JSONDecodeError, AttributeError, httpx.HTTPError, TypeError)


@pytest.mark.parametrize(
    "effect",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.WriteTimeout("slow"),
        httpx.PoolTimeout("busy"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.LocalProtocolError("bad"),
        httpx.ProxyError("proxy"),
        httpx.UnsupportedProtocol("nope"),
        httpx.DecodingError("bad gzip"),
        httpx.TooManyRedirects("loop"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_no_httpx_exception_escapes(
    driver: Driver, api: respx.MockRouter, effect: Exception
) -> None:
    api.route().mock(side_effect=effect)
    for method, args in [
        ("get_room", ("standup",)),
        ("create_room", ()),
        ("get_token", (ROOM_URL,)),
        ("delete_room_by_name", ("standup",)),
    ]:
        with pytest.raises(DailyConnectionError) as caught:
            driver.call(driver.helper(max_retries=0), method, *args)
        err = caught.value
        assert not isinstance(err, FOREIGN)
        assert err.__cause__ is None
        assert err.__context__ is None or not isinstance(err.__context__, httpx.HTTPError)
        assert type(effect).__name__ in str(err)


# --- pickling --------------------------------------------------------------------------------


def _api_kwargs() -> dict[str, Any]:
    return {
        "status_code": 404,
        "error_type": "not-found",
        "info": "no such room",
        "body": {"error": "not-found", "info": "no such room"},
        "method": "GET",
        "path": "/rooms/x",
        "retry_after": 3.0,
    }


def every_error() -> list[DailyError]:
    """One instance of every error class in ``errors``, with every attribute set."""
    made: list[DailyError] = []
    for name in errors.__all__:
        cls = getattr(errors, name)
        if not (isinstance(cls, type) and issubclass(cls, DailyError)):
            continue
        if issubclass(cls, DailyAPIError):
            made.append(cls(**_api_kwargs()))
        elif issubclass(cls, DailyConnectionError):
            made.append(cls("timed out", method="POST", path="/rooms", sent=True))
        elif issubclass(cls, errors.InvalidRoomURLError):
            made.append(cls("not a Daily room URL", kind="no_scheme"))
        else:
            made.append(cls("bad argument"))
    auth = AuthenticationError(**_api_kwargs())
    auth.base_url = "https://api.daily.co/v1"
    return [*made, auth]


def test_every_error_class_is_covered() -> None:
    classes = {type(e) for e in every_error()}
    assert len(classes) == 16
    assert {errors.HelperClosedError, errors.ConflictError} <= classes


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_errors_pickle_and_unpickle_with_their_attributes(error: DailyError) -> None:
    import copy
    import pickle

    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(back) is type(error)
        assert back.args == error.args
        assert back.__dict__ == error.__dict__
        assert str(back) == str(error)
        assert repr(back) == repr(error)
    assert copy.copy(error).__dict__ == error.__dict__


def raise_an_api_error(status: int) -> None:
    """Run in a worker process: raise what Daily's answer maps to."""
    raise error_from_response(
        status_code=status,
        content=b'{"error": "rate-limit-error", "info": "slow down"}',
        method="POST",
        path="/rooms",
        retry_after=2.5,
    )


def raise_a_connection_error(_: object) -> None:
    raise errors.DailyTimeoutError("timed out", method="GET", path="/", sent=False)


def test_errors_cross_a_process_pool() -> None:
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        with pytest.raises(RateLimitError) as caught:
            pool.apply(raise_an_api_error, (429,))
        with pytest.raises(errors.DailyTimeoutError) as timed_out:
            pool.apply(raise_a_connection_error, (None,))
    err = caught.value
    assert (err.status_code, err.error_type, err.info, err.retry_after) == (
        429,
        "rate-limit-error",
        "slow down",
        2.5,
    )
    assert (err.method, err.path, err.body) == (
        "POST",
        "/rooms",
        {"error": "rate-limit-error", "info": "slow down"},
    )
    assert (timed_out.value.method, timed_out.value.path, timed_out.value.sent) == (
        "GET",
        "/",
        False,
    )
    assert str(timed_out.value) == "timed out (GET /)"


# --- only our exceptions ---------------------------------------------------------------------


def test_too_long_token_and_cursors_are_refused_before_sending(
    driver: Driver, api: respx.MockRouter
) -> None:
    helper = driver.helper()
    token = "eyJhbGciOiJIUzI1NiJ9." + "a" * 100_000 + ".sig"
    with pytest.raises(
        errors.DailyValidationError,
        match=r"^token is 100025 characters long: a meeting token is at most 8192 "
        r"\(it goes in the URL\)$",
    ):
        driver.call(helper, "validate_token", token)
    for name in ("starting_after", "ending_before"):
        with pytest.raises(
            errors.DailyValidationError,
            match=rf"^{name}: must be at most 256 characters long, not 'r{{40}}'\.\.\. "
            r"\(100000 characters\)$",
        ):
            driver.call(helper, "list_rooms", **{name: "r" * 100_000})
    assert not api.calls


def test_an_invalid_url_is_a_connection_error_not_httpx(driver: Driver) -> None:
    """Defence in depth: whatever httpx refuses to build is ours, never ``httpx.InvalidURL``."""
    helper = driver.helper(daily_api_url="https://" + "a" * 70_000 + ".example/v1")
    with pytest.raises(DailyConnectionError) as caught:
        driver.call(helper, "get_room", "standup")
    assert str(caught.value).startswith("the request URL is invalid (InvalidURL: ")
    assert caught.value.sent is False


@pytest.mark.parametrize("own_client", [True, False], ids=["owned", "caller's"])
def test_use_after_close_is_helper_closed_error(driver: Driver, own_client: bool) -> None:
    helper = driver.helper(own_client=own_client)
    driver.close(helper)
    for method, args in (("get_room", ("standup",)), ("get_domain_id", ())):
        with pytest.raises(
            errors.HelperClosedError, match=r"^the helper is closed; create a new one$"
        ):
            driver.call(helper, method, *args)


def test_a_closed_caller_client_is_helper_closed_error(driver: Driver) -> None:
    client = driver.client()
    helper = driver.helper(http_client=client)
    driver.close_client(client)
    with pytest.raises(errors.HelperClosedError, match=r"^the HTTP client is closed; "):
        driver.call(helper, "get_room", "standup")
