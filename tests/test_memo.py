"""The memoized round trips through the generated models give exactly what the direct
round trips give, for every input, on first and repeated use."""

from __future__ import annotations

import json
from typing import Any

import pytest
from daily_openapi_client.models import Room
from hypothesis import given, settings
from hypothesis import strategies as st

from daily_helpers import (
    DailyRoomParams,
    DailyRoomProperties,
    DailyValidationError,
    UnexpectedResponseError,
    _core,
)
from daily_helpers._engine import Response, read_body
from daily_helpers._memo import RoundTrip

names = st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True)
times = st.integers(min_value=0, max_value=2**40)
flags = st.sampled_from([None, True, False])


@settings(max_examples=150, deadline=None)
@given(
    name=st.one_of(st.none(), names),
    privacy=st.sampled_from(["public", "private"]),
    exp=st.one_of(st.none(), times, st.floats(min_value=0, max_value=2**40)),
    nbf=st.one_of(st.none(), times),
    chat=st.booleans(),
    recording=st.sampled_from([None, "cloud", "local", "raw-tracks"]),
    max_participants=st.one_of(st.none(), st.integers(min_value=1, max_value=200)),
)
def test_create_room_request_is_the_generated_clients(
    name: str | None,
    privacy: str,
    exp: float | None,
    nbf: int | None,
    chat: bool,
    recording: Any,
    max_participants: int | None,
) -> None:
    extra = {"nbf": nbf} if nbf is not None else {}
    params = DailyRoomParams(
        name=name,
        privacy=privacy,  # type: ignore[arg-type]
        properties=DailyRoomProperties(
            exp=exp,
            enable_chat=chat,
            enable_recording=recording,
            max_participants=max_participants,
            **extra,
        ),
    )
    body: dict[str, Any] = {} if name is None else {"name": name}
    body["privacy"] = privacy
    body["properties"] = _core._checked_room_properties(params.properties)
    direct = _core._create_room_kwargs(body)
    for _ in range(2):  # learn, then hit
        call = _core.create_room(params)
        assert call.request.content == json.dumps(direct["json"], separators=(",", ":")).encode()
        assert (call.request.method, call.request.path) == ("POST", "/rooms")


def test_default_create_body_is_byte_for_byte_unchanged() -> None:
    expected = (
        b'{"privacy":"public","properties":{"enable_emoji_reactions":false,'
        b'"enable_prejoin_ui":false,"enable_chat":false,"start_video_off":false,'
        b'"eject_at_room_exp":false}}'
    )
    assert _core.create_room(None).request.content == expected
    assert _core.create_room(DailyRoomParams()).request.content == expected
    assert _core.create_room(None).request.content == expected


def test_invalid_properties_raise_every_time() -> None:
    good = {"room_name": "r", "exp": 5, "enable_recording": "cloud"}
    bad = {"room_name": "r", "exp": 5, "enable_recording": 5}
    for _ in range(3):
        assert _core.create_meeting_token(good).request.content is not None
        with pytest.raises(DailyValidationError, match="invalid meeting-token propert"):
            _core.create_meeting_token(bad)
        with pytest.raises(DailyValidationError, match="invalid meeting-token propert"):
            _core.strict_token_properties(bad)


@settings(max_examples=100, deadline=None)
@given(
    room_id=st.uuids().map(str),
    name=names,
    exp=st.one_of(st.none(), times),
    eject=flags,
    extra=st.dictionaries(st.sampled_from(["lang", "geo", "new_field"]), st.text(max_size=5)),
)
def test_room_response_is_read_as_the_generated_model_reads_it(
    room_id: str, name: str, exp: int | None, eject: bool | None, extra: dict[str, str]
) -> None:
    config: dict[str, Any] = {"exp": exp, **extra}
    if eject is not None:
        config["eject_at_room_exp"] = eject
    data = {
        "id": room_id,
        "name": name,
        "api_created": True,
        "privacy": "private",
        "url": f"https://acme.daily.co/{name}",
        "created_at": "2026-01-01T00:00:00.000Z",
        "config": config,
        "future_field": 1,
    }
    direct = Room.from_dict(data).to_dict()
    for _ in range(2):
        assert _core._ROOM_JSON(data) == direct
    room = _core.room_from_json(data)
    assert (room.id, room.name, room.privacy) == (room_id, name, "private")
    assert room.config.exp == exp
    assert room.config.extra == {k: v for k, v in extra.items() if k != "geo"}


def test_a_returned_room_can_be_mutated_without_touching_the_next() -> None:
    data = {
        "id": "a",
        "name": "r",
        "api_created": True,
        "privacy": "public",
        "url": "https://acme.daily.co/r",
        "created_at": "2026-01-01T00:00:00.000Z",
        "config": {"exp": 5, "permissions": {"canSend": True}},
    }
    first = _core.room_from_json(data)
    first.config.extra["permissions"]["canSend"] = False
    first.config.exp = 1
    second = _core.room_from_json(data)
    assert second.config.extra["permissions"] == {"canSend": True}
    assert second.config.exp == 5


def test_a_bad_room_body_is_an_unexpected_response_every_time() -> None:
    call = _core.get_room("r")
    body = b'{"id":"a","name":"r","privacy":"public","url":"u","created_at":"t","config":{}}'
    for _ in range(2):
        with pytest.raises(UnexpectedResponseError, match="missing field 'api_created'"):
            read_body(call, Response(200, {}, body))


def test_a_mask_that_changes_the_result_turns_the_memo_off() -> None:
    seen: list[object] = []

    def shout(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["name"])
        return {"name": data["name"], "loud": str(data["name"]).upper()}

    memo = RoundTrip(shout, ((("name",), ("name",), str),))
    assert memo({"name": "ab"}) == {"name": "ab", "loud": "AB"}
    assert memo({"name": "cd"}) == {"name": "cd", "loud": "CD"}
    assert memo({"name": "ef"}) == {"name": "ef", "loud": "EF"}


def test_masked_values_are_put_back_and_shapes_are_cached() -> None:
    calls = 0

    def same(data: dict[str, Any]) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        return {"out": dict(data["in"]), "k": data["k"]}

    memo = RoundTrip(same, ((("in", "t"), ("out", "t"), int),))
    assert memo({"in": {"t": 1, "a": True}, "k": "x"}) == {"out": {"t": 1, "a": True}, "k": "x"}
    learned = calls
    assert memo({"in": {"t": 2, "a": True}, "k": "x"}) == {"out": {"t": 2, "a": True}, "k": "x"}
    assert calls == learned  # same shape: no new call
    assert memo({"in": {"t": 3, "a": False}, "k": "x"}) == {"out": {"t": 3, "a": False}, "k": "x"}
    assert calls > learned  # another shape
    # bool is not int: never masked, always part of the shape.
    assert memo({"in": {"t": True, "a": True}, "k": "x"}) == {
        "out": {"t": True, "a": True},
        "k": "x",
    }


def test_values_json_cannot_encode_bypass_the_memo() -> None:
    marker = object()
    memo = RoundTrip(lambda data: {"v": data["v"]}, ())
    assert memo({"v": marker})["v"] is marker


@settings(max_examples=60, deadline=None)
@given(
    room=names,
    exp=times,
    owner=st.booleans(),
    user_id=st.one_of(st.none(), st.text(min_size=1, max_size=36)),
)
def test_token_request_is_the_generated_clients(
    room: str, exp: int, owner: bool, user_id: str | None
) -> None:
    properties: dict[str, Any] = {"room_name": room, "exp": exp, "is_owner": owner}
    if user_id is not None:
        properties["user_id"] = user_id
    direct = _core._create_token_kwargs({"properties": dict(properties)})
    expected = json.dumps(direct["json"], separators=(",", ":")).encode()
    for _ in range(2):
        assert _core.create_meeting_token(properties).request.content == expected
        assert _core.strict_token_properties(properties) == direct["json"]["properties"]


def test_the_oldest_shape_is_dropped_when_full() -> None:
    calls: list[object] = []

    def same(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(data["v"])
        return dict(data)

    memo = RoundTrip(same, (), maxsize=2)
    for value in (1, 2, 3):
        assert memo({"v": value}) == {"v": value}
    assert len(memo._cache) == 2
    learned = len(calls)
    assert memo({"v": 3}) == {"v": 3}
    assert len(calls) == learned  # still cached
    assert memo({"v": 1}) == {"v": 1}
    assert len(calls) > learned  # dropped, learned again
