"""Bulk deletes by ``DELETE /batch/rooms`` (issue 14), on the in-process fake Daily: the exact
requests, the outcomes, the request-count bound, and the fake's state after each call."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from daily_helpers import (
    AuthenticationError,
    DailyRESTHelperSync,
    DailyValidationError,
    InvalidRoomNameError,
    RetryPolicy,
    ServerError,
    _batch,
)
from daily_helpers.testing import FakeDaily


@pytest.fixture
def fake() -> FakeDaily:
    return FakeDaily(clock=lambda: 1_800_000_000)


@pytest.fixture
def daily(fake: FakeDaily) -> Iterator[DailyRESTHelperSync]:
    helper = fake.helper_sync(retry_policy=RetryPolicy(max_retries=0))
    yield helper
    helper.close()


def sent(fake: FakeDaily) -> list[tuple[str, str, Any]]:
    return [(r.method, r.path, r.json) for r in fake.requests]


def test_a_thousand_names_ten_gone_within_the_request_bound(
    fake: FakeDaily, daily: DailyRESTHelperSync
) -> None:
    names = [f"bulk-{i:04d}" for i in range(1000)]
    gone = set(random.Random(14).sample(names, 10))
    for name in names:
        if name not in gone:
            fake.add_room(name)
    fake.add_room("keep-me")
    progress: list[tuple[str, int, int]] = []
    outcomes = daily.delete_rooms(
        names, on_progress=lambda o, done, total: progress.append((o.room, done, total))
    )
    assert [(o.room, o.name, o.status, o.error) for o in outcomes] == [
        (n, n, "already_gone" if n in gone else "deleted", None) for n in names
    ]
    assert fake.room_names() == ["keep-me"]
    assert sorted(room for room, _, _ in progress) == names
    assert [done for _, done, _ in progress] == list(range(1, 1001))
    # One refused batch, the census (10 pages of 100), one batch of the 990 listed names,
    # and the 10 unlisted names alone.
    requests = sent(fake)
    assert len(requests) == 22 <= 80
    assert requests[0] == ("DELETE", "/batch/rooms", {"rooms": names})
    assert [r[:2] for r in requests[1:11]] == [("GET", "/rooms")] * 10
    assert requests[11] == (
        "DELETE",
        "/batch/rooms",
        {"rooms": [n for n in names if n not in gone]},
    )
    assert sorted(requests[12:]) == sorted(("DELETE", f"/rooms/{n}", None) for n in gone)
    assert [r.status for r in fake.requests if r.path.startswith("/rooms/")] == [404] * 10


def test_bisection_when_the_census_costs_too_much(
    fake: FakeDaily, daily: DailyRESTHelperSync, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_batch, "NAMES_PER_CENSUS_PAGE", 10**9)  # one page at most
    for i in range(150):
        fake.add_room(f"other-{i}")
    names = [f"r{i}" for i in range(8)]
    for name in names:
        if name != "r5":
            fake.add_room(name)
    outcomes = daily.delete_rooms(names)
    assert [o.status for o in outcomes] == ["deleted"] * 5 + ["already_gone"] + ["deleted"] * 2
    assert sent(fake) == [
        ("DELETE", "/batch/rooms", {"rooms": names}),
        ("GET", "/rooms", None),  # 150 rooms: two pages, more than the budget of one
        ("DELETE", "/batch/rooms", {"rooms": ["r0", "r1", "r2", "r3"]}),
        # r4..r7 must hold the culprit: split without sending them whole
        ("DELETE", "/batch/rooms", {"rooms": ["r4", "r5"]}),
        ("DELETE", "/rooms/r4", None),
        ("DELETE", "/rooms/r5", None),
        ("DELETE", "/batch/rooms", {"rooms": ["r6", "r7"]}),
    ]
    assert len(fake.room_names()) == 150


def test_a_census_ending_on_a_full_page_is_used(
    fake: FakeDaily, daily: DailyRESTHelperSync
) -> None:
    # 100 names: a budget of 2 pages; 200 live rooms fill exactly 2. The second page is full,
    # so it has a next cursor, but the census has listed total_count rooms: it is complete
    # (it was once dropped there and the group bisected, after paying for both pages).
    names = [f"r{i}" for i in range(100)]
    for i in range(101):
        fake.add_room(f"other-{i}", created_at=1_799_999_000 + i)
    for i, name in enumerate(names):
        if name != "r42":
            fake.add_room(name, created_at=1_799_999_500 + i)
    outcomes = daily.delete_rooms(names)
    assert [o.status for o in outcomes] == ["deleted"] * 42 + ["already_gone"] + ["deleted"] * 57
    requests = sent(fake)
    assert [r[:2] for r in requests] == [
        ("DELETE", "/batch/rooms"),
        ("GET", "/rooms"),
        ("GET", "/rooms"),
        ("DELETE", "/batch/rooms"),
        ("DELETE", "/rooms/r42"),
    ]
    assert requests[3][2] == {"rooms": [n for n in names if n != "r42"]}
    assert len(fake.room_names()) == 101


def test_more_than_a_thousand_names_go_in_batches_of_a_thousand(
    fake: FakeDaily, daily: DailyRESTHelperSync
) -> None:
    names = [f"n{i}" for i in range(1500)]
    for name in names:
        fake.add_room(name)
    outcomes = daily.delete_rooms(names)
    assert {o.status for o in outcomes} == {"deleted"}
    assert sent(fake) == [
        ("DELETE", "/batch/rooms", {"rooms": names[:1000]}),
        ("DELETE", "/batch/rooms", {"rooms": names[1000:]}),
    ]
    assert fake.room_names() == []


def test_duplicates_and_invalid_names(fake: FakeDaily, daily: DailyRESTHelperSync) -> None:
    fake.add_room("a")
    fake.add_room("b")
    rooms = ["a", f"https://{fake.domain_name}.daily.co/a", "bad name", "b", "a"]
    outcomes = daily.delete_rooms(rooms)
    assert [(o.room, o.name, o.status) for o in outcomes] == [
        ("a", "a", "deleted"),
        (f"https://{fake.domain_name}.daily.co/a", "a", "deleted"),
        ("bad name", None, "error"),
        ("b", "b", "deleted"),
        ("a", "a", "deleted"),
    ]
    assert isinstance(outcomes[2].error, InvalidRoomNameError)
    assert sent(fake) == [("DELETE", "/batch/rooms", {"rooms": ["a", "b"]})]


def test_one_name_is_a_plain_delete(fake: FakeDaily, daily: DailyRESTHelperSync) -> None:
    outcomes = daily.delete_rooms(["solo", "solo"])
    assert [o.status for o in outcomes] == ["already_gone", "already_gone"]
    assert sent(fake) == [("DELETE", "/rooms/solo", None)]


def test_a_server_error_after_retries_marks_the_batch_error_without_splitting(
    fake: FakeDaily, daily: DailyRESTHelperSync
) -> None:
    for name in ("a", "b", "c"):
        fake.add_room(name)
    fake.fail_next("delete_rooms_batch", status=503)
    outcomes = daily.delete_rooms(["a", "b", "c"])
    assert [o.status for o in outcomes] == ["error"] * 3
    assert all(isinstance(o.error, ServerError) for o in outcomes)
    assert sent(fake) == [("DELETE", "/batch/rooms", {"rooms": ["a", "b", "c"]})]
    assert fake.room_names() == ["a", "b", "c"]


def test_a_batch_is_retried_as_idempotent(fake: FakeDaily) -> None:
    fake.add_room("a")
    fake.add_room("b")
    fake.fail_next("delete_rooms_batch", status=503)
    with fake.helper_sync(retry_policy=RetryPolicy(max_retries=1), sleep=lambda s: None) as daily:
        outcomes = daily.delete_rooms(["a", "b"])
    assert [o.status for o in outcomes] == ["deleted", "deleted"]
    assert [r.status for r in fake.requests] == [503, 200]


def test_a_refused_key_is_not_split(fake: FakeDaily) -> None:
    with fake.helper_sync(daily_api_key="wrong-key-wrong-key-wrong-key") as daily:
        outcomes = daily.delete_rooms(["a", "b", "c"])
    assert [o.status for o in outcomes] == ["error"] * 3
    assert all(isinstance(o.error, AuthenticationError) for o in outcomes)
    assert len(fake.requests) == 1


def test_the_fake_is_all_or_nothing(fake: FakeDaily, daily: DailyRESTHelperSync) -> None:
    fake.add_room("a")
    fake.add_room("expired", properties={"exp": 1_700_000_000})
    reply = fake.handle(
        "DELETE",
        "/v1/batch/rooms",
        [],
        {"Authorization": f"Bearer {fake.api_key}"},
        b'{"rooms": ["a", "expired"]}',
    )
    assert (reply.status, reply.operation) == (400, "delete_rooms_batch")
    assert b"room expired not found; no rooms were deleted" in reply.body
    assert fake.room("a") is not None
    reply = fake.handle(
        "DELETE",
        "/v1/batch/rooms",
        [],
        {"Authorization": f"Bearer {fake.api_key}"},
        b'{"rooms": ["a", "a"]}',
    )
    assert (reply.status, reply.body) == (200, b'{"deleted_count":1}')
    assert fake.room("a") is None


@pytest.mark.parametrize("count", [0, 1001])
def test_the_batch_call_takes_one_to_a_thousand_names(count: int) -> None:
    with pytest.raises(DailyValidationError, match="1 to 1000"):
        _batch.delete_rooms_batch([f"r{i}" for i in range(count)])


def test_the_batch_call() -> None:
    call = _batch.delete_rooms_batch(["a", "b-2"])
    assert call.request == ("DELETE", "/batch/rooms", None, b'{"rooms":["a","b-2"]}')
    assert call.bucket == "room_delete"
    assert call.safety.name == "IDEMPOTENT"
    with pytest.raises(InvalidRoomNameError):
        _batch.delete_rooms_batch(["a", "no/slash"])


def test_the_fake_gives_pin_dialin_rooms_a_dialin_code(
    fake: FakeDaily, daily: DailyRESTHelperSync
) -> None:
    from daily_helpers import DailyRoomParams, DailyRoomProperties
    from daily_helpers.errors import BadRequestError

    dialin = {"display_name": "Desk", "room_numbers": [{"phone_number": "+14155550100"}]}
    with pytest.raises(BadRequestError, match="exp within 365 days"):
        daily.create_room(
            DailyRoomParams(name="pin", properties=DailyRoomProperties(dialin=dialin))
        )
    exp = 1_800_000_000 + 3600
    room = daily.create_room(
        DailyRoomParams(name="pin", properties=DailyRoomProperties(exp=exp, dialin=dialin))
    )
    code = room.config.extra["dialin_code"]
    assert isinstance(code, str)
    assert len(code) == 10
    assert code.isdigit()
    assert room.config.extra["dialin"] == dialin
    assert daily.get_room("pin").config.extra["dialin_code"] == code  # kept
    room = daily.update_room("pin", properties={"dialin": None})
    assert "dialin_code" not in room.config.extra
    stored = fake.room("pin")
    assert stored is not None
    assert "dialin_code" not in stored["config"]
