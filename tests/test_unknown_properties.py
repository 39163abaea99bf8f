"""Properties the spec does not name: sent as given with an ``UnknownPropertyWarning`` (or
silently, or refused, as ``unknown_properties`` says), in both helpers; never signed."""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

import pytest
import respx

from daily_helpers import (
    DailyMeetingTokenParams,
    DailyRESTHelper,
    DailyRESTHelperSync,
    DailyRoomParams,
    DailyRoomProperties,
    DailyRoomSipParams,
    DailyValidationError,
    UnknownPropertyWarning,
)
from tests.conftest import API, ROOM_URL, Driver, room_json

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJyIjoic3RhbmR1cCJ9.c2ln"
ROOM_DOCS = "https://docs.daily.co/reference/rest-api/rooms/config"


def sent(route: respx.Route) -> Any:
    assert route.call_count == 1
    return json.loads(route.calls.last.request.content)


def test_the_warning_is_a_public_user_warning() -> None:
    assert issubclass(UnknownPropertyWarning, UserWarning)


def test_a_new_room_flag_is_sent_with_a_warning_naming_it(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post("/rooms").respond(200, json=room_json())
    params = DailyRoomParams(properties=DailyRoomProperties(some_new_flag=True))
    with pytest.warns(UnknownPropertyWarning) as caught:
        driver.call(driver.helper(), "create_room", params)
    assert len(caught) == 1
    assert str(caught[0].message) == (
        "room property 'some_new_flag': not in Daily's API spec as daily-helpers knows it "
        f"(see {ROOM_DOCS}); sent as given. Pass unknown_properties='send' to the helper to "
        "silence this warning, or 'error' to refuse unknown properties"
    )
    assert sent(route)["properties"]["some_new_flag"] is True


def test_warning_points_at_the_callers_line() -> None:
    with respx.mock(base_url=API) as api:
        api.post("/rooms").respond(200, json=room_json())
        daily = DailyRESTHelperSync(daily_api_key="k", rate_limits=None)
        with pytest.warns(UnknownPropertyWarning) as caught:
            daily.create_room(DailyRoomParams(properties={"new_flag": 1}))
        daily.close()
    assert caught[0].filename == __file__


def test_nested_and_mapping_unknowns_are_named_by_path(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post("/rooms/standup").respond(200, json=room_json())
    properties = {
        "sip": {"display_name": "bot", "sip_mode": "dial-in", "new_sip_key": 1},
        "recordings_bucket": {
            "bucket_name": "b",
            "bucket_region": "us-west-2",
            "assume_role_arn": "arn:aws:iam::1:role/r",
            "new_bucket_key": "x",
        },
        "permissions": {"canFly": True},
        "new_top": None,
    }
    with pytest.warns(UnknownPropertyWarning) as caught:
        driver.call(driver.helper(), "update_room", "standup", properties=properties)
    message = str(caught[0].message)
    assert message.startswith(
        "room properties 'sip.new_sip_key', 'recordings_bucket.new_bucket_key', "
        "'permissions.canFly', 'new_top': not in Daily's API spec"
    )
    assert sent(route) == {"properties": properties}


def test_model_extras_of_nested_models_are_sent(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/rooms").respond(200, json=room_json())
    sip = DailyRoomSipParams(display_name="bot", future_option="x")
    with pytest.warns(UnknownPropertyWarning, match=re.escape("'sip.future_option'")):
        driver.call(driver.helper(), "create_room", DailyRoomParams(properties={"sip": sip}))
    assert sent(route)["properties"]["sip"]["future_option"] == "x"


def test_send_sends_silently(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post("/meeting-tokens").respond(200, json={"token": TOKEN})
    params = DailyMeetingTokenParams(properties={"new_token_flag": True})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        token = driver.call(
            driver.helper(unknown_properties="send"), "get_token", ROOM_URL, params=params
        )
    assert token == TOKEN
    assert sent(route)["properties"]["new_token_flag"] is True


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("create_room", (DailyRoomParams(properties={"new_flag": True}),), {}),
        ("update_room", ("standup",), {"properties": {"permissions": {"x": 1}}}),
        (
            "get_token",
            (ROOM_URL,),
            {"params": DailyMeetingTokenParams(properties={"new_flag": True})},
        ),
    ],
)
def test_error_refuses_and_sends_nothing(
    driver: Driver, api: respx.MockRouter, method: str, args: Any, kwargs: Any
) -> None:
    api.route().respond(200, json=room_json())
    with pytest.raises(DailyValidationError, match=r"unknown_properties='error' refuses them"):
        driver.call(driver.helper(unknown_properties="error"), method, *args, **kwargs)
    assert api.calls.call_count == 0


def test_a_bad_policy_is_refused() -> None:
    with pytest.raises(DailyValidationError, match="'warn', 'send' or 'error'"):
        DailyRESTHelperSync(daily_api_key="k", unknown_properties="ignore")  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", ["warn", "send", "error"])
def test_sign_token_never_signs_an_unknown_property(policy: str) -> None:
    daily = DailyRESTHelperSync(daily_api_key="k", unknown_properties=policy)  # type: ignore[arg-type]
    params = DailyMeetingTokenParams(properties={"new_flag": True})
    with pytest.raises(DailyValidationError) as caught:
        daily.sign_token(ROOM_URL, params=params, domain_id="d")
    assert "sign_token cannot put it in a token" in str(caught.value)
    assert "use get_token()" in str(caught.value)


async def test_the_fake_refuses_an_unknown_property_until_taught(
    daily_helper: DailyRESTHelper, fake_daily: Any
) -> None:
    from daily_helpers import BadRequestError

    params = DailyRoomParams(name="r1", properties={"new_flag": True})
    with pytest.warns(UnknownPropertyWarning), pytest.raises(BadRequestError, match="new_flag"):
        await daily_helper.create_room(params)
    assert fake_daily.room_names() == []
    fake_daily.allow_property("room", "new_flag")
    with pytest.warns(UnknownPropertyWarning):
        room = await daily_helper.create_room(params)
    assert room.config.extra == {"new_flag": True}
    assert fake_daily.room("r1")["config"]["new_flag"] is True


def test_the_fake_learns_token_properties(fake_daily: Any) -> None:
    fake_daily.allow_property("meeting_token", "new_flag")
    with fake_daily.helper_sync(unknown_properties="send") as daily:
        token = daily.get_token(
            "https://fake-domain.daily.co/r",
            params=DailyMeetingTokenParams(properties={"new_flag": 1}),
        )
        assert daily.validate_token(token).extra["new_flag"] == 1
    with pytest.raises(ValueError, match="'room' or 'meeting_token'"):
        fake_daily.allow_property("domain", "x")
