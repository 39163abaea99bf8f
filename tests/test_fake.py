"""Daily's semantics on the fake, through raw httpx (in-process): exact statuses and bodies."""

from __future__ import annotations

import json
import re
import uuid

import httpx
import jwt
import pytest

from daily_helpers.testing import DEFAULT_API_KEY, FakeDaily, FakeSpecError, LoggedRequest

NOW = 1_800_000_000.0
KEY = DEFAULT_API_KEY


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeDaily:
    return FakeDaily(clock=clock, domain_name="acme")


@pytest.fixture
def api(fake: FakeDaily):
    with httpx.Client(
        transport=fake.transport(),
        base_url="https://api.daily.co/v1",
        headers={"Authorization": f"Bearer {KEY}"},
    ) as client:
        yield client


def create(api, **body) -> dict:
    r = api.post("/rooms", json=body)
    assert r.status_code == 200, r.text
    return r.json()


# --- auth -----------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [None, "", "Bearer", "Basic abc", "Bearer  a b", KEY])
def test_missing_or_malformed_authorization_is_400(fake, header):
    headers = {} if header is None else {"Authorization": header}
    with httpx.Client(transport=fake.transport(), base_url="https://x/v1") as client:
        r = client.get("/rooms", headers=headers)
    assert r.status_code == 400
    assert r.json()["error"] == "authorization-header-error"


def test_wrong_key_is_401_without_info(fake):
    with httpx.Client(transport=fake.transport(), base_url="https://x/v1") as client:
        r = client.get("/", headers={"Authorization": "Bearer not-the-key"})
    assert (r.status_code, r.json()) == (401, {"error": "authentication-error"})


def test_domain(api, fake):
    r = api.get("/")
    assert r.status_code == 200
    assert r.json() == {"domain_name": "acme", "domain_id": fake.domain_id, "config": {}}
    uuid.UUID(fake.domain_id)


# --- rooms ----------------------------------------------------------------------------------


def test_create_room_object(api, clock):
    clock.now = 1_548_493_282.25
    room = create(api, name="hello", privacy="private", properties={"enable_chat": True})
    assert uuid.UUID(room["id"])
    assert room == {
        "id": room["id"],
        "name": "hello",
        "api_created": True,
        "privacy": "private",
        "url": "https://acme.daily.co/hello",
        "created_at": "2019-01-26T09:01:22.250Z",
        "config": {"enable_chat": True},
    }


def test_random_name_and_public_default(api):
    room = create(api)
    assert re.fullmatch(r"[A-Za-z0-9]{20}", room["name"])
    assert room["privacy"] == "public"
    assert room["url"] == f"https://acme.daily.co/{room['name']}"


def test_config_shows_only_non_default_properties(api):
    room = create(
        api,
        properties={
            "enable_chat": False,
            "max_participants": 200,
            "start_video_off": True,
            "lang": "en",
            "enable_screenshare": False,
            "geo": None,
        },
    )
    assert room["config"] == {"start_video_off": True, "enable_screenshare": False}


@pytest.mark.parametrize(
    ("name", "info"),
    [
        (
            "bad name",
            "name: bad name contains invalid characters "
            "(room names can contain A-Z, a-z, 0-9, '-', and '_')",
        ),
        (
            "x" * 129,
            f"name: {'x' * 129} is too long (room names can be at most 128 characters)",
        ),
        ("", "name: room name must not be empty"),
    ],
)
def test_bad_room_name_is_400_naming_the_rule(api, fake, name, info):
    r = api.post("/rooms", json={"name": name})
    assert (r.status_code, r.json()) == (400, {"error": "invalid-request-error", "info": info})
    assert fake.room_names() == []


def test_longest_name_is_fine(api):
    assert create(api, name="a-_" * 42 + "zz")["name"] == "a-_" * 42 + "zz"


def test_duplicate_name_is_400(api):
    create(api, name="twice")
    r = api.post("/rooms", json={"name": "twice"})
    assert r.status_code == 400
    assert r.json() == {
        "error": "invalid-request-error",
        "info": "a room named twice already exists",
    }


def test_request_breaking_the_spec_names_the_field(api):
    r = api.post("/rooms", json={"properties": {"enable_chat": "yes"}})
    assert r.status_code == 400
    assert r.json()["error"] == "invalid-request-error"
    assert r.json()["info"].startswith("properties.enable_chat: 'yes' is not of type")
    r = api.post("/rooms", json={"properties": {"no_such_property": 1}})
    assert r.status_code == 400
    assert "no_such_property" in r.json()["info"]
    r = api.post("/rooms", json={"privacy": "org"})
    assert r.status_code == 400
    assert r.json()["info"].startswith("privacy: 'org' is not one of")


def test_malformed_json_is_json_parsing_error(api):
    r = api.post("/rooms", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == "json-parsing-error"


def test_fractional_exp_and_nbf_are_truncated(api, clock):
    room = create(api, properties={"exp": NOW + 600.9, "nbf": NOW + 1.5})
    assert room["config"] == {"exp": int(NOW) + 600, "nbf": int(NOW) + 1}


def test_exp_in_the_past_is_refused(api, fake):
    r = api.post("/rooms", json={"name": "late", "properties": {"exp": int(NOW) - 1}})
    assert r.status_code == 400
    assert r.json() == {
        "error": "invalid-request-error",
        "info": f"exp was '{int(NOW) - 1}', which is in the past rather than in the future",
    }
    assert fake.room_names() == []


def test_missing_room_is_404(api):
    for r in (
        api.get("/rooms/nope"),
        api.post("/rooms/nope", json={}),
        api.delete("/rooms/nope"),
        api.get("/rooms/nope/presence"),
    ):
        assert r.status_code == 404
        assert r.json() == {"error": "not-found", "info": "room nope not found"}


def test_update_merges_and_null_resets(api):
    create(api, name="r", properties={"enable_chat": True, "max_participants": 5})
    r = api.post("/rooms/r", json={"properties": {"max_participants": None, "lang": "de"}})
    assert r.status_code == 200
    assert r.json()["config"] == {"enable_chat": True, "lang": "de"}
    r = api.post("/rooms/r", json={"privacy": "private"})
    assert r.json()["privacy"] == "private"
    assert r.json()["config"] == {"enable_chat": True, "lang": "de"}
    assert api.get("/rooms/r").json() == r.json()


def test_update_cannot_rename(api):
    create(api, name="r")
    r = api.post("/rooms/r", json={"name": "other"})
    assert r.status_code == 400
    assert "other" in r.json()["info"] or "name" in r.json()["info"]


def test_update_to_past_exp_is_refused(api):
    create(api, name="r")
    r = api.post("/rooms/r", json={"properties": {"exp": int(NOW) - 5}})
    assert r.status_code == 400
    assert "in the past" in r.json()["info"]


def test_expired_room_is_gone_and_delete_says_deleted(api, clock, fake):
    create(api, name="brief", properties={"exp": int(NOW) + 10})
    create(api, name="stays")
    clock.now = NOW + 10
    assert api.get("/rooms/brief").status_code == 404
    assert api.post("/rooms/brief", json={}).status_code == 404
    assert [room["name"] for room in api.get("/rooms").json()["data"]] == ["stays"]
    assert api.get("/rooms").json()["total_count"] == 1
    r = api.delete("/rooms/brief")
    assert r.status_code == 404
    assert r.json() == {"error": "not-found", "info": "room brief not found", "deleted": True}
    r = api.delete("/rooms/brief")
    assert r.json() == {"error": "not-found", "info": "room brief not found"}
    assert fake.room_names() == ["stays"]


def test_expired_name_can_be_reused(api, clock):
    create(api, name="again", properties={"exp": int(NOW) + 1})
    clock.now = NOW + 2
    assert create(api, name="again")["config"] == {}


def test_delete(api, fake):
    create(api, name="gone")
    r = api.delete("/rooms/gone")
    assert (r.status_code, r.json()) == (200, {"deleted": True, "name": "gone"})
    assert fake.room("gone") is None


def test_presence_is_empty_for_an_existing_room(api):
    create(api, name="here")
    r = api.get("/rooms/here/presence")
    assert (r.status_code, r.json()) == (200, {"total_count": 0, "data": []})


# --- list -----------------------------------------------------------------------------------


def _names(page: dict) -> list[str]:
    return [room["name"] for room in page["data"]]


def test_list_newest_first_ties_by_id(fake, api):
    for i in range(5):
        fake.add_room(f"r{i}", created_at=NOW + i)
    tied = [fake.add_room(f"t{i}", created_at=NOW + 10.5) for i in range(3)]
    tied_names = [r["name"] for r in sorted(tied, key=lambda r: r["id"], reverse=True)]
    page = api.get("/rooms").json()
    assert page["total_count"] == 8
    assert _names(page) == [*tied_names, "r4", "r3", "r2", "r1", "r0"]


def test_list_limit_default_and_max(fake, api):
    for i in range(105):
        fake.add_room(f"r{i:03d}", created_at=NOW + i)
    page = api.get("/rooms").json()
    assert (len(page["data"]), page["total_count"]) == (100, 105)
    assert api.get("/rooms", params={"limit": 3}).json()["data"][0]["name"] == "r104"
    for bad in (0, 101, "x"):
        r = api.get("/rooms", params={"limit": bad})
        assert r.status_code == 400
        assert r.json()["info"].startswith("limit: ")


def test_list_cursors(fake, api):
    rooms = [fake.add_room(f"r{i}", created_at=NOW + i) for i in range(7)]  # r6 newest
    ids = {room["name"]: room["id"] for room in rooms}
    page = api.get("/rooms", params={"limit": 3, "starting_after": ids["r4"]}).json()
    assert _names(page) == ["r3", "r2", "r1"]
    page = api.get("/rooms", params={"limit": 2, "ending_before": ids["r2"]}).json()
    assert _names(page) == ["r4", "r3"]
    page = api.get("/rooms", params={"limit": 3, "ending_before": "OLDEST"}).json()
    assert _names(page) == ["r2", "r1", "r0"]
    assert page["total_count"] == 7
    # A cursor still works after its room is deleted.
    assert api.delete("/rooms/r4").status_code == 200
    page = api.get("/rooms", params={"limit": 2, "starting_after": ids["r4"]}).json()
    assert _names(page) == ["r3", "r2"]
    assert api.get("/rooms", params={"starting_after": "unknown"}).json()["data"] == []


# --- meeting tokens -------------------------------------------------------------------------


def _mint(api, **properties) -> str:
    r = api.post("/meeting-tokens", json={"properties": properties})
    assert r.status_code == 200, r.text
    return r.json()["token"]


def test_token_is_hs256_with_abbreviated_claims(api, fake):
    token = _mint(
        api,
        room_name="hello",
        is_owner=True,
        user_name="Bot",
        user_id="u-1",
        exp=int(NOW) + 60,
        nbf=int(NOW) - 5,
        eject_at_token_exp=True,
        eject_after_elapsed=30,
        enable_screenshare=False,
        start_video_off=True,
        start_audio_off=True,
        enable_recording="cloud",
        knocking=True,
        close_tab_on_exit=True,
        redirect_on_meeting_exit="https://example.com/bye",
        start_cloud_recording=True,
        auto_start_transcription=True,
        lang="fr",
        enable_recording_ui=False,
        permissions={
            "hasPresence": False,
            "canSend": ["video", "screenAudio"],
            "canAdmin": ["participants", "transcription"],
            "canReceive": {"base": {"video": False}, "byUserId": {"boss": True}},
        },
    )
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(
        token,
        KEY,
        algorithms=["HS256"],
        options={
            "verify_signature": True,
            "verify_exp": False,
            "verify_nbf": False,
            "verify_iat": False,
        },
    )
    assert claims == {
        "r": "hello",
        "o": True,
        "u": "Bot",
        "ud": "u-1",
        "exp": int(NOW) + 60,
        "nbf": int(NOW) - 5,
        "ejt": True,
        "eje": 30,
        "ss": False,
        "vo": True,
        "ao": True,
        "er": "cloud",
        "k": True,
        "ctoe": True,
        "rome": "https://example.com/bye",
        "sr": True,
        "ast": True,
        "uil": "fr",
        "erui": False,
        "p": {
            "hp": False,
            "cs": "v,sa",
            "ca": "p,t",
            "cr": {"b": {"v": False}, "u": {"boss": True}},
        },
        "d": fake.domain_id,
        "iat": int(NOW),
    }


def test_token_exp_in_past_is_400(api):
    r = api.post("/meeting-tokens", json={"properties": {"exp": int(NOW) - 1}})
    assert r.status_code == 400
    assert "in the past" in r.json()["info"]


def test_validate_answers_long_names(api):
    token = _mint(
        api,
        room_name="hello",
        is_owner=True,
        exp=int(NOW) + 60,
        permissions={"canSend": ["audio"], "canReceive": {"base": False}},
    )
    r = api.get(f"/meeting-tokens/{token}")
    assert r.status_code == 200
    assert r.json() == {
        "room_name": "hello",
        "is_owner": True,
        "exp": int(NOW) + 60,
        "permissions": {"canSend": ["audio"], "canReceive": {"base": False}},
    }


def test_validate_accepts_self_signed(api, fake):
    token = jwt.encode(
        {"r": "hello", "d": fake.domain_id, "iat": int(NOW), "u": "Ann", "vo": True},
        KEY,
        algorithm="HS256",
    )
    r = api.get(f"/meeting-tokens/{token}")
    assert (r.status_code, r.json()) == (
        200,
        {"room_name": "hello", "user_name": "Ann", "start_video_off": True},
    )


def test_validate_rejects_expired_foreign_and_tampered(api, fake, clock):
    token = _mint(api, room_name="hello", exp=int(NOW) + 60)
    head, body, signature = token.split(".")
    other_key = jwt.encode({"r": "hello", "d": fake.domain_id}, "another-key" * 4)
    other_domain = jwt.encode({"r": "hello", "d": str(uuid.uuid4())}, KEY)
    flipped = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    for bad in (other_key, other_domain, f"{head}.{body}.{flipped}", "not-a-jwt"):
        r = api.get(f"/meeting-tokens/{bad}")
        assert r.status_code == 400, bad
        assert r.json()["error"] == "invalid-request-error"
    clock.now = NOW + 60
    r = api.get(f"/meeting-tokens/{token}")
    assert r.status_code == 400
    assert "in the past" in r.json()["info"]


def test_validate_honours_ignore_nbf(api):
    token = _mint(api, room_name="later", nbf=int(NOW) + 100)
    assert api.get(f"/meeting-tokens/{token}").status_code == 400
    r = api.get(f"/meeting-tokens/{token}", params={"ignoreNbf": "true"})
    assert (r.status_code, r.json()["room_name"]) == (200, "later")


# --- routing, faults, log -------------------------------------------------------------------


def test_unknown_path_and_method(api):
    r = api.get("/recordings")
    assert (r.status_code, r.json()["error"]) == (404, "not-found")
    r = api.put("/rooms/x", json={})
    assert r.status_code == 405
    assert r.headers["allow"] == "DELETE, GET, POST"


def test_scripted_failures(api, fake):
    fake.fail_next("get_room", status=503, times=2, retry_after=2)
    create(api, name="r")  # other operations are not affected
    for _ in range(2):
        r = api.get("/rooms/r")
        assert (r.status_code, r.headers["retry-after"]) == (503, "2")
        assert r.json() == {"error": "server-error", "info": "scripted failure"}
    assert api.get("/rooms/r").status_code == 200
    fake.fail_next(status=502, body="html")
    r = api.get("/")
    assert r.status_code == 502
    assert r.headers["content-type"] == "text/html"
    fake.fail_next("list_rooms", status=500, body="malformed")
    r = api.get("/rooms")
    assert r.status_code == 500
    with pytest.raises(json.JSONDecodeError):
        r.json()
    fake.drop_next("delete_room")
    with pytest.raises(httpx.RemoteProtocolError):
        api.delete("/rooms/r")
    assert fake.room("r") is not None  # a dropped request did nothing
    assert api.delete("/rooms/r").status_code == 200


def test_fault_arguments_are_checked(fake):
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("delete_rooms")
    with pytest.raises(ValueError, match="body"):
        fake.fail_next(body="xml")
    with pytest.raises(ValueError, match="times"):
        fake.drop_next(times=0)


def test_scripted_json_body_headers_and_any_status(api, fake):
    fake.fail_next(
        "get_domain",
        status=302,
        body={"moved": ["here"]},
        headers={"Location": "/v1/rooms", "Content-Type": "application/problem+json"},
    )
    r = api.get("/")
    assert (r.status_code, r.json()) == (302, {"moved": ["here"]})
    assert r.headers["location"] == "/v1/rooms"
    assert r.headers["content-type"] == "application/problem+json"
    fake.fail_next(status=429, retry_after="-1.5e0")  # raw header values pass as they are
    assert api.get("/").headers["retry-after"] == "-1.5e0"
    fake.fail_next(status=503, retry_after=0.25)
    assert api.get("/").headers["retry-after"] == "0.25"


def test_a_fault_comes_before_authentication(fake):
    fake.fail_next(status=503)
    with httpx.Client(transport=fake.transport(), base_url="https://x/v1") as client:
        assert client.get("/").status_code == 503
        assert client.get("/").status_code == 400


def test_a_stall_answers_as_usual_but_late(api, fake, monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr("daily_helpers.testing._transport.time.sleep", slept.append)
    fake.latency = 0.5
    fake.stall_next("create_room", seconds=2, times=2)
    fake.drop_next("get_room", stall=1.5)
    assert create(api, name="late")["name"] == "late"  # acted on at once, answered late
    assert slept == [2.5]
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/rooms/late")
    assert api.get("/").status_code == 200
    assert slept == [2.5, 2.0, 0.5]
    assert fake.faults == [{"operation": "create_room", "times": 1, "stall": 2.0}]
    assert fake.statuses() == [200, 0, 200]


def test_pending_faults_are_listed_in_order(fake):
    fake.fail_next("get_room", status=503, times=2, retry_after=2)
    fake.drop_next()
    fake.fail_next(status=500, body={"error": "x"}, headers={"X-Trace": "1"}, stall=0.5)
    assert fake.faults == [
        {"operation": "get_room", "times": 2, "status": 503, "body": "json", "retry_after": "2"},
        {"operation": "*", "times": 1, "drop": True},
        {
            "operation": "*",
            "times": 1,
            "status": 500,
            "body": {"error": "x"},
            "headers": {"X-Trace": "1"},
            "stall": 0.5,
        },
    ]
    fake.clear_faults()
    assert fake.faults == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda f: f.fail_next(status=99), "status must be an integer from 200 to 599"),
        (lambda f: f.fail_next(status=True), "status must be an integer"),
        (lambda f: f.fail_next(status="503"), "status must be an integer"),
        (lambda f: f.fail_next(body=3), "body must be a string or an object"),
        (lambda f: f.fail_next(body={"x": {1, 2}}), "not JSON serializable"),
        (lambda f: f.fail_next(retry_after=True), "retry_after must be seconds"),
        (lambda f: f.fail_next(retry_after="2\r\nX: y"), "without CR, LF"),
        (lambda f: f.fail_next(headers={"Bad Name": "x"}), "is not a header name"),
        (lambda f: f.fail_next(headers={"X-A": "1\n"}), "without CR, LF"),
        (lambda f: f.fail_next(headers=["X-A"]), "headers must be an object"),
        (lambda f: f.fail_next(stall=-1), "stall must be a finite number >= 0"),
        (lambda f: f.drop_next(stall=float("inf")), "stall must be a finite number"),
        (lambda f: f.stall_next(seconds="1"), "stall must be a number of seconds"),
        (lambda f: f.drop_next(operation=5), "unknown operation 5"),
        (lambda f: f.drop_next(times=True), "times must be an integer >= 1"),
        (lambda f: f.drop_next(times=1.0), "times must be an integer >= 1"),
    ],
)
def test_fault_values_are_checked(fake, call, message):
    with pytest.raises((ValueError, TypeError), match=re.escape(message)):
        call(fake)
    assert fake.faults == []


# --- the clock and reset ----------------------------------------------------------------------


def test_advancing_the_clock_expires_rooms_and_tokens(api, fake):
    create(api, name="brief", properties={"exp": int(NOW) + 60})
    token = api.post(
        "/meeting-tokens", json={"properties": {"room_name": "brief", "exp": int(NOW) + 60}}
    ).json()["token"]
    assert fake.advance_clock(59.5) == NOW + 59.5
    assert api.get("/rooms/brief").status_code == 200
    assert api.get(f"/meeting-tokens/{token}").status_code == 200
    assert fake.advance_clock(0.5) == NOW + 60
    assert api.get("/rooms/brief").status_code == 404
    r = api.get(f"/meeting-tokens/{token}")
    assert (r.status_code, r.json()["error"]) == (400, "invalid-request-error")


def test_advance_shifts_a_running_clock_and_set_stops_it(clock, fake):
    assert fake.clock_running
    fake.advance_clock(10)
    clock.now += 5  # the source moves: a shifted clock moves with it
    assert fake.now() == NOW + 15
    assert fake.set_clock(1_900_000_000) == 1_900_000_000
    clock.now += 5  # a stopped clock does not
    assert (fake.now(), fake.clock_running) == (1_900_000_000, False)
    fake.advance_clock(2.5)
    assert fake.now() == 1_900_000_002.5
    for bad in (-1, float("nan"), float("inf"), "1", True, None):
        with pytest.raises((ValueError, TypeError)):
            fake.advance_clock(bad)
        with pytest.raises((ValueError, TypeError)):
            fake.set_clock(bad)
    assert fake.now() == 1_900_000_002.5


def test_set_clock_moves_created_at_and_token_times(api, fake):
    fake.set_clock(1_767_225_600.75)
    assert create(api, name="then")["created_at"] == "2026-01-01T00:00:00.750Z"
    token = api.post("/meeting-tokens", json={"properties": {"room_name": "then"}}).json()
    assert jwt.decode(token["token"], options={"verify_signature": False})["iat"] == 1_767_225_600


def test_reset_gives_a_fresh_fake_with_the_same_identity(api, fake, clock):
    domain_id = fake.domain_id
    fake.rate_limits = {"general": (2, 60.0), "room_delete": (1, 60.0)}
    room = create(api, name="old")
    api.get("/")
    assert api.get("/").status_code == 429
    fake.fail_next("get_room", status=503)
    fake.set_clock(NOW + 1000)
    fake.reset()
    assert (fake.room_names(), fake.requests, fake.faults) == ([], [], [])
    assert (fake.now(), fake.clock_running) == (NOW, True)
    assert fake.rate_limits == {"general": (2, 60.0), "room_delete": (1, 60.0)}
    assert api.get("/").json()["domain_id"] == domain_id  # the windows are full again
    r = api.get("/rooms", params={"starting_after": room["id"]})
    assert r.json() == {"total_count": 0, "data": []}  # cursors are forgotten too
    assert [e.status for e in fake.requests] == [200, 200]


def test_rate_limits_answer_429(api, fake):
    fake.rate_limits = {"general": (3, 60.0), "room_delete": (1, 60.0)}
    assert [api.get("/").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert api.get("/").json() == {"error": "rate-limit-error", "info": "rate limit exceeded"}
    assert [api.delete("/rooms/x").status_code for _ in range(2)] == [404, 429]
    fake.rate_limits = "off"
    assert api.get("/").status_code == 200
    fake.rate_limits = "daily"
    assert fake.rate_limits == {"general": (100, 5.0), "room_delete": (50, 30.0)}


def test_request_log(api, fake):
    create(api, name="logged", properties={"enable_chat": True})
    api.get("/rooms", params={"limit": 2})
    api.get("/rooms/missing")
    assert fake.requests == [
        LoggedRequest(
            "POST",
            "/rooms",
            (),
            {"name": "logged", "properties": {"enable_chat": True}},
            200,
            "create_room",
        ),
        LoggedRequest("GET", "/rooms", (("limit", "2"),), None, 200, "list_rooms"),
        LoggedRequest("GET", "/rooms/missing", (), None, 404, "get_room"),
    ]
    assert fake.statuses() == [200, 200, 404]
    fake.clear_requests()
    assert fake.requests == []


def test_an_answer_breaking_the_spec_raises(api, fake):
    # A room whose stored state breaks the spec (max_participants must be an integer) makes
    # the fake's own answer invalid: that is a bug in the fake and must be loud.
    fake.add_room("broken", properties={"max_participants": "many"})
    with pytest.raises(FakeSpecError, match="get_room 200"):
        api.get("/rooms/broken")
    assert len(fake.spec_errors) == 1


async def test_async_client_uses_the_same_transport(fake):
    async with httpx.AsyncClient(
        transport=fake.transport(),
        base_url="https://api.daily.co/v1",
        headers={"Authorization": f"Bearer {KEY}"},
    ) as client:
        r = await client.post("/rooms", json={"name": "async"})
    assert r.status_code == 200
    assert fake.room_names() == ["async"]


def test_latency_is_applied_by_the_transport(fake, api, monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr("daily_helpers.testing._transport.time.sleep", slept.append)
    fake.latency = 0.25
    api.get("/")
    assert slept == [0.25]
    with pytest.raises(ValueError, match="latency"):
        fake.latency = -1


def test_spec_checking_can_be_turned_off(clock):
    fake = FakeDaily(clock=clock, check_spec=False)
    with httpx.Client(
        transport=fake.transport(),
        base_url="https://x/v1",
        headers={"Authorization": f"Bearer {KEY}"},
    ) as client:
        r = client.post("/rooms", json={"name": "loose", "properties": {"not_in_spec": 1}})
        assert (r.status_code, r.json()["config"]) == (200, {"not_in_spec": 1})
        assert client.get("/rooms", params={"limit": "1"}).json()["total_count"] == 1
        # Daily's own rules still hold.
        assert client.post("/rooms", json={"name": "bad name"}).status_code == 400
