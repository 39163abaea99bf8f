"""Configuration from the environment: both helpers read ``DAILY_API_KEY`` and
``DAILY_API_URL`` when the arguments are omitted; an explicit argument wins; the error without a
key names both ways to give one; an authentication error names the base URL, never the key."""

from __future__ import annotations

import httpx
import pytest
import respx

from daily_helpers import AuthenticationError, DailyRESTHelper, DailyRESTHelperSync, NotFoundError
from daily_helpers.errors import DailyValidationError
from tests.conftest import API, KEY, Driver

OTHER = "http://127.0.0.1:9/v1"


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("DAILY_API_KEY", raising=False)
    monkeypatch.delenv("DAILY_API_URL", raising=False)
    return monkeypatch


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
def test_key_and_url_from_the_environment(cls: type, no_env: pytest.MonkeyPatch) -> None:
    no_env.setenv("DAILY_API_KEY", KEY)
    no_env.setenv("DAILY_API_URL", OTHER + "/")
    helper = cls(transport="httpx") if cls is DailyRESTHelper else cls()
    assert helper.daily_api_url == OTHER
    assert helper._headers["Authorization"] == f"Bearer {KEY}"
    assert KEY not in repr(helper)


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
def test_arguments_win_over_the_environment(cls: type, no_env: pytest.MonkeyPatch) -> None:
    no_env.setenv("DAILY_API_KEY", "from-env")
    no_env.setenv("DAILY_API_URL", OTHER)
    helper = cls(daily_api_key=KEY, daily_api_url="https://example.test/v1")
    assert helper.daily_api_url == "https://example.test/v1"
    assert helper._headers["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
def test_url_defaults_to_daily_without_the_variable(cls: type, no_env: pytest.MonkeyPatch) -> None:
    no_env.setenv("DAILY_API_KEY", KEY)
    no_env.setenv("DAILY_API_URL", "")  # set but empty: as if unset
    assert cls().daily_api_url == "https://api.daily.co/v1"


@pytest.mark.parametrize("cls", [DailyRESTHelper, DailyRESTHelperSync])
@pytest.mark.parametrize("value", [None, ""])
def test_no_key_names_both_ways(cls: type, no_env: pytest.MonkeyPatch, value: str | None) -> None:
    if value is not None:
        no_env.setenv("DAILY_API_KEY", value)
    with pytest.raises(DailyValidationError) as caught:
        cls()
    assert str(caught.value) == (
        "no Daily API key: pass daily_api_key=... or set the DAILY_API_KEY environment variable"
    )


def test_authentication_error_names_the_base_url(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/rooms/standup").mock(
        return_value=httpx.Response(401, json={"error": "authentication-error", "info": "bad key"})
    )
    with pytest.raises(AuthenticationError) as caught:
        driver.call(driver.helper(), "get_room", "standup")
    assert caught.value.base_url == API
    assert str(caught.value) == (
        f"401 authentication-error: bad key (GET /rooms/standup); the API key was refused by {API}"
    )
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)


def test_other_errors_do_not_name_the_url(driver: Driver, api: respx.MockRouter) -> None:
    api.get("/rooms/standup").mock(
        return_value=httpx.Response(404, json={"error": "not-found", "info": "no room"})
    )
    with pytest.raises(NotFoundError) as caught:
        driver.call(driver.helper(), "get_room", "standup")
    assert str(caught.value) == "404 not-found: no room (GET /rooms/standup)"
