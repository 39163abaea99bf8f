"""The one check of what is sent (``_checks``): bounds from the spec, refused before sending,
as ``DailyValidationError`` (never ``OverflowError``); and the check is driven by the spec."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
import respx
import yaml

from daily_helpers import DailyMeetingTokenParams, DailyRoomParams, DailyValidationError
from daily_helpers._spec_schemas import SCHEMAS
from tests.conftest import ROOM_URL, Driver, room_json

ROOM_BAD = [
    ({"max_participants": 0}, "room property max_participants: must be at least 1, not 0"),
    ({"exp": math.inf}, "room property exp: must be a finite number of seconds, not inf"),
    ({"exp": -math.inf}, "room property exp: must be a finite number of seconds, not -inf"),
    ({"nbf": math.nan}, "room property nbf: must be a finite number of seconds, not nan"),
    ({"exp": 2**63}, "room property exp: must be an int64 integer"),
    ({"exp": 1e19}, "room property exp: must be an int64 integer"),
    ({"sfu_switchover": math.nan}, "room property sfu_switchover: must be a finite number"),
    ({"meeting_join_hook": "not a url"}, "meeting_join_hook: must be an absolute URI"),
    (
        {"meeting_join_hook": "https://x.co/" + "a" * 243},
        "meeting_join_hook: must be at most 255 characters long",
    ),
    ({"recordings_template": "a" * 1025}, "recordings_template: must be at most 1024 characters"),
    ({"enable_recording": ["cloud", "cloud"]}, "must be a list without repeated items"),
    ({"geo": "mars"}, "geo: must be one of 'af-south-1'"),
    ({"sip": {"display_name": "b"}}, "room property sip.sip_mode is required"),
    ({"sip": {"display_name": "b", "sip_mode": "dial-in", "num_endpoints": 0}}, "at least 1"),
    ({"eject_after_elapsed": -1}, "eject_after_elapsed: must be at least 0, not -1"),
    ({"enable_chat": 1}, "enable_chat: must be true or false or None, not 1"),
    ({"max_participants": 2.0}, "max_participants: must be an integer or None, not 2.0"),
    (
        {"recordings_bucket": {"bucket_name": "b", "bucket_region": "r"}},
        "room property recordings_bucket.assume_role_arn is required unless storage_provider is "
        "'oci'",
    ),
    (
        {
            "transcription_bucket": {
                "bucket_name": "b",
                "bucket_region": "r",
                "storage_provider": "oci",
                "assume_role_arn": "arn:aws:iam::1:role/r",
            }
        },
        "room property transcription_bucket.assume_role_arn is not allowed when storage_provider "
        "is 'oci'",
    ),
    (
        {
            "recordings_bucket": {
                "bucket_name": "b",
                "bucket_region": "r",
                "storage_provider": "aws",
                "assume_role_arn": "arn:aws:iam::1:role/r",
                "namespace": "ns",
            }
        },
        "room property recordings_bucket.namespace is not allowed unless storage_provider is 'oci'",
    ),
]

BUCKETS_ACCEPTED = [
    {"bucket_name": "b", "bucket_region": "r", "assume_role_arn": "arn:aws:iam::1:role/r"},
    {
        "bucket_name": "b",
        "bucket_region": "r",
        "storage_provider": "aws",
        "assume_role_arn": "arn:aws:iam::1:role/r",
    },
    {"bucket_name": "b", "bucket_region": "us-ashburn-1", "storage_provider": "oci"},
    {"bucket_name": "b", "bucket_region": "r", "storage_provider": "oci", "namespace": "ns"},
]


@pytest.mark.parametrize("bucket", BUCKETS_ACCEPTED)
@pytest.mark.parametrize("which", ["recordings_bucket", "transcription_bucket"])
def test_buckets_of_either_provider_are_sent_as_given(
    driver: Driver, api: respx.MockRouter, bucket: dict[str, Any], which: str
) -> None:
    route = api.post("/rooms/standup").respond(200, json=room_json())
    helper = driver.helper(unknown_properties="error")
    driver.call(helper, "update_room", "standup", properties={which: bucket})
    assert json.loads(route.calls.last.request.content) == {"properties": {which: bucket}}


@pytest.mark.parametrize(("properties", "says"), ROOM_BAD)
def test_room_bounds_refused_before_sending(
    driver: Driver, api: respx.MockRouter, properties: dict[str, Any], says: str
) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(DailyValidationError) as caught:
        driver.call(driver.helper(), "update_room", "standup", properties=properties)
    assert says in str(caught.value)
    assert api.calls.call_count == 0


@pytest.mark.parametrize(("properties", "says"), ROOM_BAD[:12])
def test_create_room_refuses_the_same(
    driver: Driver, api: respx.MockRouter, properties: dict[str, Any], says: str
) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(DailyValidationError) as caught:
        driver.call(driver.helper(), "create_room", DailyRoomParams(properties=properties))
    assert says in str(caught.value)
    assert api.calls.call_count == 0


@pytest.mark.parametrize(
    ("properties", "says"),
    [
        ({"nbf": math.inf}, "nbf: must be a finite number of seconds"),
        ({"nbf": 2**64}, "nbf: must be an int64 integer"),
        ({"user_id": "u" * 37}, "user_id: must be at most 36 characters long"),
        ({"redirect_on_meeting_exit": "no where"}, "must be an absolute URI"),
        ({"lang": "xx"}, "lang: must be one of 'da'"),
    ],
)
@pytest.mark.parametrize("method", ["get_token", "sign_token"])
def test_token_bounds_refused_before_sending(
    driver: Driver, api: respx.MockRouter, properties: dict[str, Any], says: str, method: str
) -> None:
    api.route().respond(200, json={"token": "a.b.c"})
    params = DailyMeetingTokenParams(properties=properties)
    kwargs: dict[str, Any] = {"domain_id": "d"} if method == "sign_token" else {}
    with pytest.raises(DailyValidationError) as caught:
        driver.call(driver.helper(), method, ROOM_URL, params=params, **kwargs)
    assert says in str(caught.value)
    assert api.calls.call_count == 0


def test_a_float_time_is_sent_as_an_integer(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms/standup").respond(200, json=room_json())
    driver.call(driver.helper(), "update_room", "standup", properties={"exp": 1_800_000_000.9})
    assert route.calls.last.request.content == b'{"properties":{"exp":1800000000}}'


@pytest.mark.parametrize("limit", [0, 101, True, "5"])
def test_list_limit_bounds_come_from_the_spec(
    driver: Driver, api: respx.MockRouter, limit: object
) -> None:
    with pytest.raises(DailyValidationError, match="limit: must be"):
        driver.call(driver.helper(), "list_rooms", limit=limit)
    assert api.calls.call_count == 0


def test_the_schema_table_is_the_spec() -> None:
    """The bounds checked are the spec's own (scripts/regenerate --check keeps the generated
    table in step; this pins a few by hand so a broken generator cannot hide)."""
    with open("openapi/daily.yaml", encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)["components"]["schemas"]
    room = SCHEMAS["RoomProperties"]["properties"]
    for name, keyword in [
        ("max_participants", "minimum"),
        ("meeting_join_hook", "maxLength"),
        ("recordings_template", "maxLength"),
        ("exp", "format"),
    ]:
        assert room[name][keyword] == spec["RoomProperties"]["properties"][name][keyword]
    assert SCHEMAS["MeetingTokenProperties"]["properties"]["user_id"]["maxLength"] == 36
