"""The seed's models: names, fields and defaults; extra properties; lenient reading of what
Daily returns; type checks on construction; and JSON round trips (hypothesis)."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import daily_helpers
from daily_helpers import (
    DailyMeetingTokenParams,
    DailyMeetingTokenProperties,
    DailyRoomObject,
    DailyRoomParams,
    DailyRoomProperties,
    DailyRoomSipParams,
    RecordingsBucketConfig,
    TranscriptionBucketConfig,
    _rooms,
    tokens,
)
from tests.conftest import room_json

REQUIRED = inspect.Parameter.empty

# The seed's constructor signatures: (name, default) in order; REQUIRED marks no default.
SEED_SIGNATURES: dict[type, list[tuple[str, Any]]] = {
    DailyRoomSipParams: [
        ("display_name", "sw-sip-dialin"),
        ("video", False),
        ("sip_mode", "dial-in"),
        ("num_endpoints", 1),
    ],
    RecordingsBucketConfig: [
        ("bucket_name", REQUIRED),
        ("bucket_region", REQUIRED),
        # Required in pipecat's model; optional here (None is not sent) since OCI buckets
        # (storage_provider="oci", 2026) have no IAM role. Every seed call still works.
        ("assume_role_arn", None),
        ("allow_api_access", False),
    ],
    DailyRoomProperties: [
        ("exp", None),
        ("enable_chat", False),
        ("enable_prejoin_ui", False),
        ("enable_emoji_reactions", False),
        ("eject_at_room_exp", False),
        ("enable_dialout", None),
        ("enable_recording", None),
        ("geo", None),
        ("max_participants", None),
        ("recordings_bucket", None),
        ("sip", None),
        ("sip_uri", None),
        ("start_video_off", False),
    ],
    DailyRoomParams: [("name", None), ("privacy", "public"), ("properties", None)],
    DailyRoomObject: [
        ("id", REQUIRED),
        ("name", REQUIRED),
        ("api_created", REQUIRED),
        ("privacy", REQUIRED),
        ("url", REQUIRED),
        ("created_at", REQUIRED),
        ("config", None),
    ],
    DailyMeetingTokenProperties: [
        (name, None)
        for name in [
            "room_name",
            "eject_at_token_exp",
            "eject_after_elapsed",
            "nbf",
            "exp",
            "is_owner",
            "user_name",
            "user_id",
            "enable_screenshare",
            "start_video_off",
            "start_audio_off",
            "enable_recording",
            "enable_prejoin_ui",
            "start_cloud_recording",
            "permissions",
        ]
    ],
    DailyMeetingTokenParams: [("properties", None)],
}


@pytest.mark.parametrize("cls", list(SEED_SIGNATURES), ids=lambda c: c.__name__)
def test_seed_names_fields_and_defaults(cls: type) -> None:
    assert getattr(daily_helpers, cls.__name__) is cls
    params = inspect.signature(cls).parameters
    for name, default in SEED_SIGNATURES[cls]:
        assert name in params, f"{cls.__name__} lacks {name}"
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
        if default is REQUIRED:
            assert params[name].default is REQUIRED
        elif name not in ("properties", "config"):  # factories
            assert params[name].default == default
    if cls in (DailyRoomObject, RecordingsBucketConfig):
        with pytest.raises(TypeError):
            cls()


def test_defaults_as_instances() -> None:
    sip = DailyRoomSipParams()
    assert (sip.display_name, sip.video, sip.sip_mode, sip.num_endpoints) == (
        "sw-sip-dialin",
        False,
        "dial-in",
        1,
    )
    params = DailyRoomParams()
    assert params.name is None
    assert params.privacy == "public"
    assert params.properties == DailyRoomProperties()
    assert DailyMeetingTokenParams().properties == DailyMeetingTokenProperties()
    assert DailyMeetingTokenProperties().to_dict() == {}
    assert DailyRoomProperties().to_dict() == {
        "enable_chat": False,
        "enable_prejoin_ui": False,
        "enable_emoji_reactions": False,
        "eject_at_room_exp": False,
        "start_video_off": False,
    }
    bucket = TranscriptionBucketConfig(bucket_name="b", bucket_region="r", assume_role_arn="a")
    assert bucket.allow_api_access is False
    assert isinstance(bucket, RecordingsBucketConfig)


def test_room_properties_keep_and_send_extra() -> None:
    props = DailyRoomProperties(enable_knocking=True, lang="fr", exp=5.5)
    assert props.extra == {"enable_knocking": True, "lang": "fr"}
    assert props.to_dict()["enable_knocking"] is True
    assert dict(props)["lang"] == "fr"
    body = _rooms.create_room(DailyRoomParams(properties=props), unknown="error").request.content
    assert body is not None
    sent = json.loads(body)["properties"]
    assert sent["enable_knocking"] is True
    assert sent["lang"] == "fr"
    assert sent["exp"] == 5


@pytest.mark.parametrize(
    ("sip_uri", "endpoint"),
    [
        (None, ""),
        ({}, ""),
        ({"endpoint": ""}, ""),
        ({"endpoint": "abc@sip.daily.co"}, "sip:abc@sip.daily.co"),
        ({"endpoint": "x@y", "extra_endpoints": ["z@y"]}, "sip:x@y"),
    ],
)
def test_sip_endpoint(sip_uri: dict[str, Any] | None, endpoint: str) -> None:
    assert DailyRoomProperties(sip_uri=sip_uri).sip_endpoint == endpoint


def test_nested_models_from_mappings() -> None:
    props = DailyRoomProperties(
        sip={"display_name": "bot", "future": 1},
        recordings_bucket={"bucket_name": "b", "bucket_region": "r", "assume_role_arn": "a"},
        transcription_bucket={"bucket_name": "t", "bucket_region": "r", "assume_role_arn": "a"},
    )
    assert props.sip == DailyRoomSipParams(display_name="bot", future=1)
    assert props.sip is not None
    assert props.sip.extra == {"future": 1}
    assert isinstance(props.recordings_bucket, RecordingsBucketConfig)
    assert isinstance(props.transcription_bucket, TranscriptionBucketConfig)
    assert DailyRoomParams(properties={"enable_chat": True}).properties.enable_chat is True
    token = DailyMeetingTokenParams(properties={"user_name": "x"})
    assert token.properties.user_name == "x"


# --- lenient reading -----------------------------------------------------------------------


def test_room_from_response_keeps_unknowns() -> None:
    data = room_json(
        "standup",
        enable_recording="cloud-video-only",  # a mode Daily may add later
        brand_new_property={"nested": [1, 2]},
        lang="xx",
        max_participants=9,
        sip_uri={"endpoint": "abc@sip.daily.co"},
        geo=None,
    )
    data["a_new_room_field"] = "kept?"
    room = _rooms.room_from_json(data)
    assert room.name == "standup"
    assert room.config.enable_recording == "cloud-video-only"
    assert room.config.max_participants == 9
    assert room.config.extra["brand_new_property"] == {"nested": [1, 2]}
    assert room.config.extra["lang"] == "xx"
    assert room.config.sip_endpoint == "sip:abc@sip.daily.co"
    assert room.config.geo is None


@pytest.mark.parametrize(
    "mode", ["cloud", "cloud-audio-only", "local", "raw-tracks", "<not set>", "future-mode"]
)
def test_recording_modes_read_leniently(mode: str) -> None:
    assert _rooms.room_from_json(room_json(enable_recording=mode)).config.enable_recording == mode
    both = _rooms.room_from_json(room_json(enable_recording=["cloud", mode]))
    assert both.config.enable_recording == ["cloud", mode]


def test_token_validation_keeps_unknowns() -> None:
    props = tokens._validation(
        {"room_name": "standup", "is_owner": False, "enable_recording": "new", "x_new": 1}
    )
    assert props.room_name == "standup"
    assert props.is_owner is False
    assert props.enable_recording == "new"
    assert props.extra == {"x_new": 1}


# --- strict construction -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (DailyRoomProperties, {"enable_chat": "yes"}),
        (DailyRoomProperties, {"enable_chat": None}),
        (DailyRoomProperties, {"exp": "soon"}),
        (DailyRoomProperties, {"exp": True}),
        (DailyRoomProperties, {"max_participants": 2.5}),
        (DailyRoomProperties, {"enable_recording": 3}),
        (DailyRoomProperties, {"sip": "sip:x"}),
        (DailyRoomProperties, {"recordings_bucket": {"bucket_name": "b"}}),
        (DailyRoomProperties, {"sip_uri": "x"}),
        (DailyRoomSipParams, {"video": 1}),
        (DailyRoomSipParams, {"num_endpoints": "1"}),
        (RecordingsBucketConfig, {"bucket_name": 1, "bucket_region": "r", "assume_role_arn": "a"}),
        (DailyRoomParams, {"name": 5}),
        (DailyRoomParams, {"properties": 5}),
        (DailyMeetingTokenProperties, {"is_owner": "true"}),
        (DailyMeetingTokenProperties, {"eject_after_elapsed": 1.5}),
        (DailyMeetingTokenProperties, {"permissions": []}),
        (DailyMeetingTokenParams, {"properties": "x"}),
    ],
)
def test_mistyped_input_is_rejected(cls: type, kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        cls(**kwargs)


def test_mistyped_room_object() -> None:
    good = {k: v for k, v in room_json().items() if k != "config"}
    assert DailyRoomObject(**good).config == DailyRoomProperties()
    for field, bad in [("id", 5), ("api_created", "true"), ("url", None), ("config", "x")]:
        with pytest.raises(TypeError):
            DailyRoomObject(**{**good, field: bad})


def test_reprs_are_readable() -> None:
    assert repr(DailyRoomSipParams()) == (
        "DailyRoomSipParams(display_name='sw-sip-dialin', video=False, sip_mode='dial-in', "
        "num_endpoints=1, codecs=None, provider=None, dialin_config=None, extra={})"
    )


# --- round trips ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
opt_bool = st.none() | st.booleans()
opt_str = st.none() | st.text(max_size=20)
modes = st.sampled_from(["cloud", "cloud-audio-only", "local", "raw-tracks"])
# (Daily reads a null property as "the default", and so does room_from_json: no top-level nulls.)
room_extra = st.dictionaries(
    st.sampled_from(["enable_knocking", "lang", "owner_only_broadcast", "future_x"]),
    json_values.filter(lambda v: v is not None),
    max_size=3,
)
sips = st.builds(
    DailyRoomSipParams,
    display_name=st.text(max_size=20),
    video=st.booleans(),
    num_endpoints=st.integers(1, 5),
    codecs=st.none() | st.just({"audio": ["OPUS"]}),
)
buckets = st.builds(
    RecordingsBucketConfig,
    bucket_name=st.text(max_size=10),
    bucket_region=st.text(max_size=10),
    assume_role_arn=st.text(max_size=10),
    allow_api_access=st.booleans(),
)
room_properties = st.builds(
    lambda extra, **kw: DailyRoomProperties(**kw, **extra),
    room_extra,
    exp=st.none() | st.integers(0, 2**40) | st.floats(0, 2**40, allow_nan=False),
    enable_chat=st.booleans(),
    enable_prejoin_ui=st.booleans(),
    eject_at_room_exp=st.booleans(),
    enable_dialout=opt_bool,
    enable_recording=st.none() | modes | st.lists(modes, max_size=2),
    geo=opt_str,
    max_participants=st.none() | st.integers(1, 1000),
    recordings_bucket=st.none() | buckets,
    sip=st.none() | sips,
    sip_uri=st.none() | st.just({"endpoint": "a@b"}),
    start_video_off=st.booleans(),
)
token_properties = st.builds(
    DailyMeetingTokenProperties,
    room_name=opt_str,
    eject_at_token_exp=opt_bool,
    eject_after_elapsed=st.none() | st.integers(0, 10**6),
    nbf=st.none() | st.integers(0, 2**40),
    exp=st.none() | st.integers(0, 2**40),
    is_owner=opt_bool,
    user_name=opt_str,
    user_id=opt_str,
    enable_recording=st.none() | modes,
    permissions=st.none() | st.just({"canSend": ["audio"], "hasPresence": True}),
    lang=opt_str,
)


def through_json(value: Any) -> Any:
    return json.loads(json.dumps(value))


@given(props=room_properties)
def test_room_properties_json_round_trip(props: DailyRoomProperties) -> None:
    assert DailyRoomProperties(**through_json(props.to_dict())) == props


@given(props=token_properties)
def test_token_properties_json_round_trip(props: DailyMeetingTokenProperties) -> None:
    assert DailyMeetingTokenProperties(**through_json(props.to_dict())) == props


@given(props=room_properties, name=st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True))
def test_room_object_round_trip_through_a_response(props: DailyRoomProperties, name: str) -> None:
    data = room_json(name, **through_json(props.to_dict()))
    room = _rooms.room_from_json(through_json(data))
    assert room.name == name
    assert room.config == props
    assert DailyRoomObject(**{**data, "config": room.config.to_dict()}) == room


def test_the_2026_properties_are_sent_exactly() -> None:
    import warnings

    from daily_helpers import DailyRoomDialinConfig, DailyRoomParams
    from daily_helpers._rooms import create_room

    properties = DailyRoomProperties(
        exp=1_800_000_000,
        sip=DailyRoomSipParams(
            display_name="bot",
            dialin_config=DailyRoomDialinConfig(allow_room_start=True, max_idle_timeout_sec=30),
        ),
        recordings_bucket=RecordingsBucketConfig(
            bucket_name="b", bucket_region="us-ashburn-1", storage_provider="oci", namespace="ns"
        ),
        dialout_config={"max_idle_timeout_post_conversation_sec": 5},
        dialin={"display_name": "Desk", "room_numbers": [{"phone_number": "+14155550100"}]},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        call = create_room(DailyRoomParams(name="pin", properties=properties), unknown="error")
    sent = json.loads(call.request.content or b"")["properties"]
    assert sent["sip"] == {
        "display_name": "bot",
        "video": False,
        "sip_mode": "dial-in",
        "num_endpoints": 1,
        "dialin_config": {"allow_room_start": True, "max_idle_timeout_sec": 30},
    }
    assert sent["recordings_bucket"] == {
        "bucket_name": "b",
        "bucket_region": "us-ashburn-1",
        "allow_api_access": False,
        "storage_provider": "oci",
        "namespace": "ns",
    }
    assert sent["dialout_config"] == {"max_idle_timeout_post_conversation_sec": 5}
    assert sent["dialin"] == {
        "display_name": "Desk",
        "room_numbers": [{"phone_number": "+14155550100"}],
    }


def test_owner_only_broadcast_warns_when_sent_and_is_still_read() -> None:
    from daily_helpers import DailyRoomParams
    from daily_helpers._rooms import create_room, room_from_json, update_room

    with pytest.warns(DeprecationWarning, match="owner_only_broadcast") as caught:
        create_room(DailyRoomParams(properties={"owner_only_broadcast": True}), unknown="error")
    assert caught[0].filename == __file__  # the caller's line, not the library's
    with pytest.warns(DeprecationWarning, match="owner_only_broadcast"):
        update_room("r", privacy=None, properties={"owner_only_broadcast": None}, unknown="error")
    room = room_from_json(
        {
            "id": "i",
            "name": "r",
            "api_created": True,
            "privacy": "public",
            "url": "https://acme.daily.co/r",
            "created_at": "2026-01-01T00:00:00.000Z",
            "config": {"owner_only_broadcast": True, "dialin_code": "0123456789"},
        }
    )
    assert room.config.extra == {"owner_only_broadcast": True, "dialin_code": "0123456789"}


def test_deprecated_properties_are_the_specs() -> None:
    from pathlib import Path

    import yaml

    from daily_helpers._deprecations import DEPRECATED_ROOM_PROPERTIES

    spec = yaml.safe_load((Path(__file__).parent.parent / "openapi/daily.yaml").read_text())
    room = spec["components"]["schemas"]["RoomProperties"]["properties"]
    assert set(DEPRECATED_ROOM_PROPERTIES) == {k for k, v in room.items() if v.get("deprecated")}
