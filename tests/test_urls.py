"""The room-URL rules, table-driven, plus property tests (issue 2, rules 1-5)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daily_helpers import DailyRESTHelper, DailyRESTHelperSync, InvalidRoomURLError
from daily_helpers.errors import DailyError, InvalidRoomNameError
from daily_helpers.urls import check_room_name, get_name_from_url, room_name_or_url

NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,128}")
N128 = "a" * 128
N129 = "a" * 129

# (input, expected name) — every one of these is a valid room URL.
VALID = [
    ("https://acme.daily.co/standup", "standup"),
    ("http://acme.daily.co/standup", "standup"),
    ("HTTPS://acme.daily.co/standup", "standup"),
    ("HtTp://acme.daily.co/standup", "standup"),
    ("  https://acme.daily.co/standup  ", "standup"),
    ("\t\nhttps://acme.daily.co/standup\r\n", "standup"),
    ("https://acme.daily.co/standup/", "standup"),
    ("https://acme.daily.co/standup?t=eyJ.abc.def", "standup"),
    ("https://acme.daily.co/standup#frag", "standup"),
    ("https://acme.daily.co/standup/?t=1#x", "standup"),
    ("https://acme.daily.co/standup?", "standup"),
    ("https://acme.daily.co/standup#", "standup"),
    ("https://acme.daily.co/a%2Db", "a-b"),
    ("https://acme.daily.co/%72oom", "room"),
    ("https://acme.daily.co/%5Fx", "_x"),
    (f"https://acme.daily.co/{N128}", N128),
    ("https://acme.daily.co/A-z_0-9", "A-z_0-9"),
    ("https://acme.daily.co/-", "-"),
    ("https://acme.daily.co/1", "1"),
    ("https://acme.daily.co:8443/standup", "standup"),
    ("https://user:pw@acme.daily.co/standup", "standup"),
    ("https://[::1]/standup", "standup"),
    ("https://[::1]:8080/standup/", "standup"),
    ("https://acme.staging.daily.co/standup", "standup"),
    ("https://localhost/standup", "standup"),
    ("https://acme.daily.co/standup?next=/a/b", "standup"),
]

# (input, fragment of the reason the error must name)
INVALID = [
    ("", "empty"),
    ("   ", "empty"),
    ("standup", "no scheme"),
    ("acme.daily.co/standup", "no scheme"),
    ("//acme.daily.co/standup", "no scheme"),
    ("ftp://acme.daily.co/standup", "scheme 'ftp'"),
    ("javascript:alert(1)", "scheme"),
    ("mailto:standup@acme.daily.co", "scheme"),
    ("https:///standup", "no host"),
    ("https://:8080/standup", "no host"),
    ("https://user@/standup", "no host"),
    ("https://acme.daily.co", "no room name"),
    ("https://acme.daily.co/", "no room name"),
    ("https://acme.daily.co?standup", "no room name"),
    ("https://acme.daily.co/?room=standup", "no room name"),
    ("https://acme.daily.co#standup", "no room name"),
    ("https://acme.daily.co//", "no room name"),
    ("https://acme.daily.co/standup//", "more than one segment"),
    ("https://acme.daily.co//standup", "more than one segment"),
    ("https://acme.daily.co/a/b", "more than one segment"),
    ("https://acme.daily.co/a/b/", "more than one segment"),
    ("https://acme.daily.co/a%2Fb", "may only contain"),
    ("https://acme.daily.co/a%2fb", "may only contain"),
    ("https://acme.daily.co/%FF", "not UTF-8"),
    ("https://acme.daily.co/%C3", "not UTF-8"),
    ("https://acme.daily.co/caf%C3%A9", "may only contain"),
    ("https://acme.daily.co/café", "may only contain"),
    ("https://acme.daily.co/%zz", "may only contain"),
    ("https://acme.daily.co/room%20", "may only contain"),
    ("https://acme.daily.co/room.mp4", "may only contain"),
    ("https://acme.daily.co/room;v=1", "may only contain"),
    ("https://acme.daily.co/%2E%2E", "may only contain"),
    (f"https://acme.daily.co/{N129}", "129 characters"),
    ("https://acme.daily.co/ro om", "may only contain"),
    ("https://acme.daily.co/ro\tom", "whitespace or control"),
    ("https://acme.daily.co/ro\nom", "whitespace or control"),
    ("\x01https://acme.daily.co/standup", "whitespace or control"),
    ("https://acme.daily.co/standup\x00", "whitespace or control"),
    ("https://acme.daily.co:abc/standup", "host or port"),
    ("https://acme.daily.co:99999/standup", "host or port"),
    ("https://[::1/standup", "host or port"),
    ("https://acme.daily.co\\standup", "no room name"),
]


@pytest.mark.parametrize(("url", "name"), VALID)
def test_valid_room_urls(url: str, name: str) -> None:
    assert get_name_from_url(url) == name


@pytest.mark.parametrize(("url", "reason"), INVALID)
def test_invalid_room_urls_name_the_reason(url: str, reason: str) -> None:
    with pytest.raises(InvalidRoomURLError) as info:
        get_name_from_url(url)
    assert reason in str(info.value)
    assert isinstance(info.value, DailyError)
    assert isinstance(info.value, ValueError)


def test_table_is_large_enough() -> None:
    assert len(VALID) + len(INVALID) >= 40


@pytest.mark.parametrize("value", [None, b"https://acme.daily.co/standup", 42, ["x"], object()])
def test_non_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        get_name_from_url(value)


@pytest.mark.parametrize(
    "url",
    [
        "https://acme.daily.co/" + "x" * 500,
        "https://acme.daily.co/" + "é" * 500,
        "https://acme.daily.co:" + "9" * 500 + "/room",
        "ftp://" + "h" * 500 + "/room",
        "https://acme.daily.co/" + "%2F" * 300,
    ],
)
def test_error_quotes_at_most_about_100_characters(url: str) -> None:
    with pytest.raises(InvalidRoomURLError) as info:
        get_name_from_url(url)
    message = str(info.value)
    # The longest run of input characters quoted is bounded, whatever the input's length.
    longest = max(len(run) for run in re.findall(r"(x+|é+|9+|h+|(?:%2F)+)", message))
    assert longest <= 100
    assert len(message) < 260


def test_error_quotes_the_input_and_names_the_reason() -> None:
    with pytest.raises(InvalidRoomURLError) as info:
        get_name_from_url("https://acme.daily.co/a/b")
    assert str(info.value) == (
        "not a Daily room URL: its path has more than one segment: 'https://acme.daily.co/a/b'"
    )


def test_helpers_expose_the_same_rule() -> None:
    for cls in (DailyRESTHelper, DailyRESTHelperSync):
        assert cls.get_name_from_url("https://acme.daily.co/x%2Dy/") == "x-y"
        with pytest.raises(InvalidRoomURLError):
            cls.get_name_from_url("acme.daily.co/room")


@pytest.mark.parametrize(
    ("value", "error"),
    [("", InvalidRoomNameError), ("a b", InvalidRoomNameError), (N129, InvalidRoomNameError)],
)
def test_check_room_name_rejects(value: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        check_room_name(value)


def test_check_room_name_accepts_and_types() -> None:
    assert check_room_name(N128) == N128
    with pytest.raises(TypeError):
        check_room_name(None)


def test_room_name_or_url() -> None:
    assert room_name_or_url("standup") == "standup"
    assert room_name_or_url("https://acme.daily.co/standup") == "standup"
    with pytest.raises(InvalidRoomURLError):
        room_name_or_url("acme.daily.co/standup")


# --- properties ------------------------------------------------------------------------------

names = st.from_regex(NAME_RE, fullmatch=True)
hosts = st.sampled_from(["acme.daily.co", "x.daily.co", "a-b.staging.daily.co", "127.0.0.1:8080"])


schemes = st.sampled_from(["https", "http", "HTTPS"])


@given(name=names, host=hosts, scheme=schemes, slash=st.booleans())
def test_every_valid_name_round_trips(name: str, host: str, scheme: str, slash: bool) -> None:
    url = f"{scheme}://{host}/{name}{'/' if slash else ''}"
    assert get_name_from_url(url) == name
    assert get_name_from_url(f"  {url}?t=x#y ") == name


@given(name=names)
def test_every_valid_name_round_trips_percent_encoded(name: str) -> None:
    encoded = "".join(f"%{ord(c):02X}" for c in name)
    assert get_name_from_url(f"https://acme.daily.co/{encoded}") == name


url_like = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda scheme, host, path: f"{scheme}{host}{path}",
        st.sampled_from(["https://", "http://", "HTTP://", "", "//", "ftp://", "https:"]),
        st.sampled_from(["acme.daily.co", "", "[::1]", "a:b@c", "h:99", "h:x"]),
        st.text(alphabet="/%2FabAZ09_-.é ?#\t\x00", max_size=40),
    ),
)


@given(text=url_like)
def test_random_text_never_yields_a_name_outside_the_pattern(text: str) -> None:
    try:
        name = get_name_from_url(text)
    except InvalidRoomURLError:
        return
    assert NAME_RE.fullmatch(name)
