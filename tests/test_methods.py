"""The methods beyond pipecat's six, through BOTH helpers (one parametrised fixture): the exact
requests they send, what they return, and what they refuse before sending anything.

Daily is played by ``_mock_daily.MockDaily`` (an httpx.MockTransport handler).
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import jwt
import pytest
from _mock_daily import (
    ALL_CLAIMED_PROPERTIES,
    BASE,
    DOCUMENTED_CLAIMS,
    DOMAIN_ID,
    KEY,
    NOW,
    PERMISSIONS,
    PERMISSIONS_CLAIM,
    UNTIMED,
    MockDaily,
    daily_signs,
)

from daily_helpers import (
    BadRequestError,
    DailyMeetingTokenParams,
    DailyMeetingTokenProperties,
    DailyRESTHelper,
    DailyRESTHelperSync,
    DailyRoomParams,
    DailyRoomProperties,
    DailyValidationError,
    InvalidRoomNameError,
    InvalidRoomURLError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    UnknownPropertyWarning,
    decode_token,
)


class Driver:
    """One test body for both helpers: ``await daily("method", ...)`` awaits only when the
    helper is async."""

    def __init__(
        self, kind: str, mock: MockDaily, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.kind = kind
        self.mock = mock
        transport = transport or httpx.MockTransport(mock)
        options: dict[str, Any] = {
            "daily_api_key": KEY,
            "daily_api_url": BASE,
            "rate_limits": None,
            "retry_policy": RetryPolicy(max_retries=0),
            "clock": lambda: NOW,
        }
        self.helper: DailyRESTHelper | DailyRESTHelperSync
        if kind == "async":
            self.helper = DailyRESTHelper(
                http_client=httpx.AsyncClient(transport=transport), **options
            )
        else:
            self.helper = DailyRESTHelperSync(
                http_client=httpx.Client(transport=transport), **options
            )

    async def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.helper, method)(*args, **kwargs)
        return await result if self.kind == "async" else result

    async def rooms(self, *, page_size: int = 100, take: int | None = None) -> list[str]:
        """Names from ``iter_rooms``, stopping after ``take`` of them."""
        names: list[str] = []
        iterator = self.helper.iter_rooms(page_size=page_size)
        if self.kind == "async":
            async for room in iterator:  # type: ignore[union-attr]
                names.append(room.name)
                if len(names) == take:
                    break
        else:
            for room in iterator:  # type: ignore[union-attr]
                names.append(room.name)
                if len(names) == take:
                    break
        return names


@pytest.fixture(params=["async", "sync"])
def daily(request: pytest.FixtureRequest) -> Driver:
    return Driver(request.param, MockDaily())


@pytest.fixture(params=["async", "sync"])
def on_fake(request: pytest.FixtureRequest) -> Driver:
    """Both helpers on the project's fake Daily (in-process), with the tests' clock."""
    testing = pytest.importorskip("daily_helpers.testing")
    fake = testing.FakeDaily(api_key=KEY, domain_id=DOMAIN_ID, clock=lambda: NOW)
    return Driver(request.param, MockDaily(), transport=fake.transport())


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


# --- get_room, update_room, get_room_presence -----------------------------------------------


async def test_get_room_sends_get_by_name_and_reads_the_room(daily: Driver) -> None:
    daily.mock.add_rooms("standup")
    room = await daily("get_room", "standup")
    assert daily.mock.paths() == ["GET /v1/rooms/standup"]
    assert (room.name, room.url, room.id) == (
        "standup",
        "https://acme.daily.co/standup",
        "00000000-0000-4000-8000-000000000001",
    )


async def test_get_room_missing_is_not_found(daily: Driver) -> None:
    with pytest.raises(NotFoundError) as caught:
        await daily("get_room", "nope")
    assert caught.value.status_code == 404


@pytest.mark.parametrize("bad", ["", "has space", "a/b", "x" * 129])
async def test_get_room_rejects_bad_names_before_sending(daily: Driver, bad: str) -> None:
    with pytest.raises(InvalidRoomNameError):
        await daily("get_room", bad)
    assert daily.mock.requests == []


async def test_update_room_sends_only_what_is_given(daily: Driver) -> None:
    daily.mock.add_rooms("r1")
    room = await daily("update_room", "r1", privacy="private")
    assert daily.mock.paths() == ["POST /v1/rooms/r1"]
    assert body(daily.mock.requests[0]) == {"privacy": "private"}
    assert room.privacy == "private"


async def test_update_room_none_in_a_mapping_is_sent_as_null_to_reset(daily: Driver) -> None:
    daily.mock.add_rooms("r1")
    await daily("update_room", "r1", properties={"max_participants": 4, "enable_chat": True})
    room = await daily("update_room", "r1", properties={"max_participants": None})
    assert body(daily.mock.requests[1]) == {"properties": {"max_participants": None}}
    assert room.config.max_participants is None
    assert room.config.enable_chat is True


async def test_update_room_with_a_model_sends_only_fields_changed_from_defaults(
    daily: Driver,
) -> None:
    daily.mock.add_rooms("r1")
    properties = DailyRoomProperties(max_participants=3, enable_chat=True, exp=NOW + 60.5)
    await daily("update_room", "r1", properties=properties)
    sent = body(daily.mock.requests[0])
    assert sent == {
        "properties": {"max_participants": 3, "enable_chat": True, "exp": int(NOW + 60)}
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "privacy or properties"),
        ({"privacy": "org"}, "privacy: must be one of 'public', 'private', not 'org'"),
        ({"properties": {"sip_uri": {}}}, "read-only"),
    ],
)
async def test_update_room_refuses_bad_changes_before_sending(
    daily: Driver, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(DailyValidationError, match=message):
        await daily("update_room", "r1", **kwargs)
    assert daily.mock.requests == []


async def test_get_room_presence(daily: Driver) -> None:
    daily.mock.add_rooms("r1")
    people = await daily("get_room_presence", "r1")
    assert daily.mock.paths() == ["GET /v1/rooms/r1/presence"]
    assert [p["userName"] for p in people] == ["Ann"]


# --- list_rooms and iter_rooms -------------------------------------------------------------


async def test_list_rooms_first_full_page_and_its_cursors(daily: Driver) -> None:
    daily.mock.add_rooms("a", "b", "c", "d", "e")
    page = await daily("list_rooms", limit=2)
    assert daily.mock.requests[0].url.params == httpx.QueryParams({"limit": "2"})
    assert [r.name for r in page.rooms] == ["e", "d"]
    assert page.total_count == 5
    assert page.next_cursor == page.rooms[-1].id
    assert page.previous_cursor is None  # the newest page has nothing before it


async def test_list_rooms_cursors_walk_forward_and_back(daily: Driver) -> None:
    daily.mock.add_rooms("a", "b", "c", "d", "e")
    first = await daily("list_rooms", limit=2)
    second = await daily("list_rooms", limit=2, starting_after=first.next_cursor)
    assert daily.mock.requests[1].url.params == httpx.QueryParams(
        {"limit": "2", "starting_after": first.next_cursor}
    )
    assert [r.name for r in second.rooms] == ["c", "b"]
    assert second.previous_cursor == second.rooms[0].id
    last = await daily("list_rooms", limit=2, starting_after=second.next_cursor)
    assert [r.name for r in last.rooms] == ["a"]
    assert last.next_cursor is None  # a short page is the end
    back = await daily("list_rooms", limit=2, ending_before=second.previous_cursor)
    assert daily.mock.requests[3].url.params == httpx.QueryParams(
        {"limit": "2", "ending_before": second.previous_cursor}
    )
    assert [r.name for r in back.rooms] == ["e", "d"]


async def test_list_rooms_oldest_page(daily: Driver) -> None:
    daily.mock.add_rooms("a", "b", "c")
    page = await daily("list_rooms", limit=2, ending_before="OLDEST")
    assert [r.name for r in page.rooms] == ["b", "a"]
    assert page.next_cursor is None  # nothing is older than the oldest page
    assert page.previous_cursor == page.rooms[0].id


@pytest.mark.parametrize(
    "kwargs",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": True},
        {"starting_after": ""},
        {"starting_after": "a", "ending_before": "b"},
    ],
)
async def test_list_rooms_refuses_bad_arguments_before_sending(
    daily: Driver, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(DailyValidationError):
        await daily("list_rooms", **kwargs)
    assert daily.mock.requests == []


async def test_iter_rooms_pages_through_every_room(daily: Driver) -> None:
    daily.mock.add_rooms(*(f"room-{i}" for i in range(7)))
    names = await daily.rooms(page_size=3)
    assert names == [f"room-{i}" for i in reversed(range(7))]
    assert [r.url.params.get("starting_after") for r in daily.mock.requests] == [
        None,
        daily.mock.rooms[4]["id"],
        daily.mock.rooms[1]["id"],
    ]


async def test_iter_rooms_exact_multiple_ends_on_an_empty_page(daily: Driver) -> None:
    daily.mock.add_rooms("a", "b", "c", "d")
    assert await daily.rooms(page_size=2) == ["d", "c", "b", "a"]
    assert len(daily.mock.requests) == 3


async def test_iter_rooms_fetches_a_page_only_when_it_is_reached(daily: Driver) -> None:
    daily.mock.add_rooms(*(f"room-{i}" for i in range(10)))
    assert await daily.rooms(page_size=2, take=2) == ["room-9", "room-8"]
    assert len(daily.mock.requests) == 1
    assert await daily.rooms(page_size=2, take=3) == ["room-9", "room-8", "room-7"]
    assert len(daily.mock.requests) == 3


# --- delete_rooms ---------------------------------------------------------------------------


async def test_delete_rooms_one_outcome_per_room_in_order_never_stopping(daily: Driver) -> None:
    daily.mock.add_rooms("a", "b", "c")
    daily.mock.fail["broken"] = 500
    progress: list[tuple[str, int, int]] = []
    rooms = ["broken", "a", "https://acme.daily.co/b", "gone", "bad name", "https://x/", "c"]
    outcomes = await daily(
        "delete_rooms",
        rooms,
        concurrency=2,
        on_progress=lambda o, done, total: progress.append((o.room, done, total)),
    )
    assert [(o.room, o.name, o.status) for o in outcomes] == [
        ("broken", "broken", "error"),
        ("a", "a", "deleted"),
        ("https://acme.daily.co/b", "b", "deleted"),
        ("gone", "gone", "already_gone"),
        ("bad name", None, "error"),
        ("https://x/", None, "error"),
        ("c", "c", "deleted"),
    ]
    assert [o.ok for o in outcomes] == [False, True, True, True, False, False, True]
    assert isinstance(outcomes[0].error, ServerError)
    assert isinstance(outcomes[4].error, InvalidRoomNameError)
    assert isinstance(outcomes[5].error, InvalidRoomURLError)
    assert daily.mock.rooms == []
    # Invalid inputs send nothing. The first batch fails ("gone" is missing): the census
    # (one page) shows a, b and c, which go in a second batch; the others are sent alone.
    assert [(r.method, r.url.path, r.url.query.decode()) for r in daily.mock.requests] == [
        ("DELETE", "/v1/batch/rooms", ""),
        ("GET", "/v1/rooms", "limit=100"),
        ("DELETE", "/v1/batch/rooms", ""),
        ("DELETE", "/v1/rooms/broken", ""),
        ("DELETE", "/v1/rooms/gone", ""),
    ]
    batches = [body(r) for r in daily.mock.requests if r.url.path == "/v1/batch/rooms"]
    assert batches == [{"rooms": ["broken", "a", "b", "gone", "c"]}, {"rooms": ["a", "b", "c"]}]
    assert sorted(p[1] for p in progress) == list(range(1, 8))
    assert {p[2] for p in progress} == {7}
    assert sorted(p[0] for p in progress) == sorted(rooms)


async def test_delete_rooms_a_non_string_is_an_error_outcome(daily: Driver) -> None:
    outcomes = await daily("delete_rooms", [42])
    assert [(o.room, o.status) for o in outcomes] == [("42", "error")]
    assert isinstance(outcomes[0].error, DailyValidationError)
    assert daily.mock.requests == []


@pytest.mark.parametrize("concurrency", [0, -1, 1.5, True])
async def test_delete_rooms_rejects_bad_concurrency(daily: Driver, concurrency: Any) -> None:
    with pytest.raises(DailyValidationError, match="concurrency"):
        await daily("delete_rooms", ["a"], concurrency=concurrency)
    assert daily.mock.requests == []


async def test_delete_rooms_refuses_one_string(daily: Driver) -> None:
    with pytest.raises(TypeError, match="not one string"):
        await daily("delete_rooms", "room")


async def test_delete_rooms_nothing_to_do(daily: Driver) -> None:
    assert await daily("delete_rooms", []) == []


# --- domain id, validate, decode ------------------------------------------------------------


async def test_get_domain_id_is_fetched_once(daily: Driver) -> None:
    assert await daily("get_domain_id") == DOMAIN_ID
    assert await daily("get_domain_id") == DOMAIN_ID
    assert daily.mock.paths() == ["GET /v1/"]


async def test_validate_token_sends_the_token_and_ignore_nbf(daily: Driver) -> None:
    token = daily_signs({"room_name": "r1", "is_owner": True, "nbf": int(NOW) + 10**9})
    properties = await daily("validate_token", token, ignore_nbf=True)
    request = daily.mock.requests[0]
    assert (request.method, request.url.path) == ("GET", f"/v1/meeting-tokens/{token}")
    assert request.url.params == httpx.QueryParams({"ignoreNbf": "true"})
    assert (properties.room_name, properties.is_owner) == ("r1", True)


async def test_validate_token_without_ignore_nbf_sends_no_query(daily: Driver) -> None:
    token = daily_signs({"room_name": "r1"})
    await daily("validate_token", token)
    assert daily.mock.requests[0].url.query == b""


@pytest.mark.parametrize("bad", ["", "abc", "a.b", "a.b.c.d", "a.b/c.d", "a b.c.d", "../x.y"])
async def test_validate_token_refuses_what_is_not_a_jwt(daily: Driver, bad: str) -> None:
    with pytest.raises(DailyValidationError):
        await daily("validate_token", bad)
    assert daily.mock.requests == []


def test_decode_token_reads_abbreviated_claims_into_long_names() -> None:
    claims = {"r": "r1", "o": False, "u": "Bot", "ud": "u-1", "exp": 5, "d": "dom", "iat": 1}
    claims["p"] = PERMISSIONS_CLAIM
    token = jwt.encode(claims, "some-other-key-that-is-long-enough-32b", algorithm="HS256")
    properties = decode_token(token)
    assert (
        DailyRESTHelper.decode_token(token) == properties == DailyRESTHelperSync.decode_token(token)
    )
    assert properties.to_dict() == {
        "room_name": "r1",
        "exp": 5,
        "is_owner": False,
        "user_name": "Bot",
        "user_id": "u-1",
        "permissions": PERMISSIONS,
        "domain_id": "dom",
        "iat": 1,
    }


@pytest.mark.parametrize("bad", ["", "a.b", "a.!!!.c", "a.bm90IGpzb24.c", "a.WzFd.c"])
def test_decode_token_refuses_what_is_not_a_token(bad: str) -> None:
    with pytest.raises(DailyValidationError, match="not a meeting token"):
        decode_token(bad)


# --- sign_token -----------------------------------------------------------------------------


def claims_of(token: str) -> dict[str, Any]:
    """The claims, verified with the API key (so the signature is right), and the header."""
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    return jwt.decode(token, KEY, algorithms=["HS256"], options=UNTIMED)


async def test_sign_token_defaults_carry_exactly_the_documented_claims(daily: Driver) -> None:
    token = await daily("sign_token", "https://acme.daily.co/r1", domain_id=DOMAIN_ID)
    assert daily.mock.requests == []  # domain_id given: no network
    assert claims_of(token) == {
        "r": "r1",
        "d": DOMAIN_ID,
        "iat": int(NOW),
        "exp": int(NOW) + 3600,
        "o": True,
        "ejt": False,
    }
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, KEY + "x", algorithms=["HS256"], options=UNTIMED)


async def test_sign_token_every_property_by_its_documented_claim(daily: Driver) -> None:
    params = DailyMeetingTokenParams(properties=ALL_CLAIMED_PROPERTIES)
    token = await daily(
        "sign_token",
        "https://acme.daily.co/r1",
        expiry_time=90.7,
        eject_at_token_exp=True,
        owner=False,
        params=params,
        domain_id=DOMAIN_ID,
    )
    expected = {DOCUMENTED_CLAIMS[name]: value for name, value in ALL_CLAIMED_PROPERTIES.items()}
    expected.update(
        p=PERMISSIONS_CLAIM,
        r="r1",
        d=DOMAIN_ID,
        iat=int(NOW),
        exp=int(NOW + 90.7),
        o=False,
        ejt=True,
    )
    assert claims_of(token) == expected
    assert params.properties.to_dict() == ALL_CLAIMED_PROPERTIES  # the caller's params unchanged


async def test_sign_token_arguments_override_params_as_get_token_does(daily: Driver) -> None:
    params = DailyMeetingTokenParams(
        properties={
            "room_name": "elsewhere",
            "exp": 1,
            "is_owner": True,
            "eject_at_token_exp": True,
            "user_name": "kept",
        }
    )
    token = await daily(
        "sign_token", "https://acme.daily.co/r1", 60, False, False, params, domain_id=DOMAIN_ID
    )
    claims = claims_of(token)
    assert (claims["r"], claims["exp"], claims["o"], claims["ejt"], claims["u"]) == (
        "r1",
        int(NOW) + 60,
        False,
        False,
        "kept",
    )


async def test_sign_token_fetches_the_domain_id_once_then_signs_offline(daily: Driver) -> None:
    first = await daily("sign_token", "https://acme.daily.co/r1")
    second = await daily("sign_token", "https://acme.daily.co/r2")
    assert daily.mock.paths() == ["GET /v1/"]
    assert claims_of(first)["d"] == claims_of(second)["d"] == DOMAIN_ID


async def test_sign_token_with_a_cached_domain_id_sends_nothing(daily: Driver) -> None:
    await daily("get_domain_id")
    await daily("sign_token", "https://acme.daily.co/r1")
    assert daily.mock.paths() == ["GET /v1/"]


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("acme.daily.co/r1",), {}, InvalidRoomURLError),
        (("https://acme.daily.co/r1", 0), {}, DailyValidationError),
        (("https://acme.daily.co/r1", "60"), {}, TypeError),
        (("https://acme.daily.co/r1",), {"owner": "yes"}, TypeError),
        (("https://acme.daily.co/r1",), {"domain_id": ""}, DailyValidationError),
        (
            ("https://acme.daily.co/r1",),
            {"params": DailyMeetingTokenParams(properties={"enable_prejoin_ui": True})},
            DailyValidationError,  # a property Daily documents no claim for is never guessed
        ),
        (
            ("https://acme.daily.co/r1",),
            {"params": DailyMeetingTokenParams(properties={"permissions": {"canFly": True}})},
            DailyValidationError,
        ),
        (
            ("https://acme.daily.co/r1",),
            {"params": DailyMeetingTokenParams(properties={"user_id": "u" * 37})},
            DailyValidationError,
        ),
        (
            ("https://acme.daily.co/r1",),
            {"params": DailyMeetingTokenParams(properties={"no_such_property": 1})},
            DailyValidationError,
        ),
    ],
)
async def test_sign_token_refuses_bad_arguments_before_any_request(
    daily: Driver, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        await daily("sign_token", *args, **kwargs)
    assert daily.mock.requests == []


def comparable(properties: DailyMeetingTokenProperties) -> dict[str, Any]:
    data = properties.to_dict()
    data.pop("iat")  # when each was issued, not what it grants
    return data


@pytest.mark.parametrize(
    "call",
    [
        (),
        (120, True, False),
        (600, False, True, DailyMeetingTokenParams(properties=ALL_CLAIMED_PROPERTIES)),
    ],
    ids=["defaults", "flags", "every-claimed-property"],
)
async def test_get_token_and_sign_token_decode_to_the_same_properties(
    daily: Driver, call: tuple[Any, ...]
) -> None:
    issued = await daily("get_token", "https://acme.daily.co/r1", *call)
    signed = await daily("sign_token", "https://acme.daily.co/r1", *call)
    assert comparable(decode_token(signed)) == comparable(decode_token(issued))
    assert decode_token(signed).extra["domain_id"] == DOMAIN_ID


async def test_self_signed_token_validates_like_an_issued_one(daily: Driver) -> None:
    signed = await daily("sign_token", "https://acme.daily.co/r1", domain_id=DOMAIN_ID)
    properties = await daily("validate_token", signed)
    assert (properties.room_name, properties.is_owner, properties.exp) == (
        "r1",
        True,
        int(NOW) + 3600,
    )


# --- on the fake Daily ----------------------------------------------------------------------


async def test_fake_accepts_a_self_signed_token_like_an_issued_one(on_fake: Driver) -> None:
    room = await on_fake("create_room")
    params = DailyMeetingTokenParams(properties=ALL_CLAIMED_PROPERTIES)
    issued = await on_fake("get_token", room.url, 600, True, False, params)
    signed = await on_fake("sign_token", room.url, 600, True, False, params)
    from_issued = await on_fake("validate_token", issued, ignore_nbf=True)
    from_signed = await on_fake("validate_token", signed, ignore_nbf=True)
    assert from_signed == from_issued
    assert (from_signed.room_name, from_signed.is_owner, from_signed.exp) == (
        room.name,
        False,
        int(NOW) + 600,
    )
    assert from_signed.permissions == PERMISSIONS


async def test_fake_rejects_a_token_signed_with_another_key(on_fake: Driver) -> None:
    room = await on_fake("create_room")
    claims = claims_of(await on_fake("sign_token", room.url, domain_id=DOMAIN_ID))
    forged = jwt.encode(claims, "another-key-another-key-another-key!", algorithm="HS256")
    with pytest.raises(BadRequestError):
        await on_fake("validate_token", forged)


async def test_fake_update_reset_list_and_bulk_delete(on_fake: Driver) -> None:
    for name in ("keep", "b1", "b2", "b3"):
        await on_fake("create_room", DailyRoomParams(name=name))
    room = await on_fake("update_room", "b1", properties={"max_participants": 4})
    assert room.config.max_participants == 4
    room = await on_fake("update_room", "b1", properties={"max_participants": None})
    assert room.config.max_participants is None
    assert sorted(await on_fake.rooms(page_size=1)) == ["b1", "b2", "b3", "keep"]
    rooms = ["b1", "https://fake-domain.daily.co/b2", "b3", "b1"]
    outcomes = await on_fake("delete_rooms", rooms)  # b1 is sent once; both entries say so
    assert [o.status for o in outcomes] == ["deleted", "deleted", "deleted", "deleted"]
    assert await on_fake.rooms() == ["keep"]


BAD_PERMISSIONS = [
    ({"canSend": "video"}, "permissions.canSend: must be true or false or a list of one of"),
    ({"canSend": ["video", "video"]}, "permissions.canSend: must be a list without repeated"),
    ({"canSend": ["vid"]}, "permissions.canSend[0]: must be one of 'video', 'audio'"),
    ({"canAdmin": ["nope"]}, "permissions.canAdmin[0]: must be one of 'participants'"),
    ({"hasPresence": "yes"}, "permissions.hasPresence: must be true or false, not 'yes'"),
    ({"canReceive": {"base": 3}}, "permissions.canReceive.base: must be true or false or an"),
    ({"canReceive": {"byUserId": True}}, "permissions.canReceive.byUserId: must be an object"),
    (
        {"canReceive": {"byUserId": {"u": {"customVideo": {"*": 1}}}}},
        "permissions.canReceive.byUserId.u.customVideo.*: must be true or false, not 1",
    ),
]
#: Keys the spec does not name inside permissions: sent as given (with a warning), except by
#: sign_token, which has no claim to put them in.
UNKNOWN_PERMISSIONS = [
    ({"canReceive": {"base": {"vid": True}}}, "permissions.canReceive.base.vid"),
    ({"canReceive": {"others": True}}, "permissions.canReceive.others"),
    ({"canFly": True}, "permissions.canFly"),
]


@pytest.mark.parametrize(("permissions", "says"), BAD_PERMISSIONS)
async def test_bad_permissions_are_refused_by_every_method_before_sending(
    daily: Driver, permissions: dict[str, Any], says: str
) -> None:
    params = DailyMeetingTokenParams(properties={"permissions": permissions})
    url = "https://acme.daily.co/r1"
    for method, args, kwargs in [
        ("get_token", (url,), {"params": params}),
        ("sign_token", (url,), {"params": params, "domain_id": DOMAIN_ID}),
        ("update_room", ("r1",), {"properties": {"permissions": permissions}}),
        (
            "create_room",
            (DailyRoomParams(properties={"permissions": permissions}),),
            {},
        ),
    ]:
        with pytest.raises(DailyValidationError, match=re.escape(says)):
            await daily(method, *args, **kwargs)
    assert daily.mock.requests == []


@pytest.mark.parametrize(("permissions", "path"), UNKNOWN_PERMISSIONS)
async def test_unknown_permission_keys_are_sent_with_a_warning_but_never_signed(
    daily: Driver, permissions: dict[str, Any], path: str
) -> None:
    daily.mock.add_rooms("r1")
    params = DailyMeetingTokenParams(properties={"permissions": permissions})
    url = "https://acme.daily.co/r1"
    with pytest.warns(UnknownPropertyWarning, match=re.escape(repr(path))):
        await daily("update_room", "r1", properties={"permissions": permissions})
    assert body(daily.mock.requests[-1])["properties"]["permissions"] == permissions
    with pytest.raises(DailyValidationError, match=r"^permissions\.[a-zA-Z]+(: '| has no)"):
        await daily("sign_token", url, params=params, domain_id=DOMAIN_ID)
    assert len(daily.mock.requests) == 1
