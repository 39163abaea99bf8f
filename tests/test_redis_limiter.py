"""The Redis-shared rate limiter, against a real ``redis-server`` on 127.0.0.1."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import redis
from limiter_workers import acquire_burst, room_burst
from redis_server import free_port, redis_url

from daily_helpers import (
    DAILY_RATE_LIMITS,
    DailyRESTHelper,
    DailyRESTHelperSync,
    Limit,
    RateLimiterUnavailableError,
    RateLimits,
    RedisRateLimiter,
)
from daily_helpers._policy import SlidingWindowLimiter, make_rate_limiter
from daily_helpers._redis_limiter import api_key_scope, redact_url
from daily_helpers.testing._server import FakeDailyServer

__all__ = ["redis_url"]  # the session fixture, imported for pytest

API_KEY = "sk-test-do-not-leak-0123456789"
ROOM = {
    "id": "0b3c1a2e",
    "name": "standup",
    "api_created": True,
    "privacy": "public",
    "url": "https://acme.daily.co/standup",
    "created_at": "2024-01-01T00:00:00.000Z",
    "config": {},
}


def unique_prefix() -> str:
    return f"t-{uuid.uuid4().hex[:12]}"


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"the limiter waited {seconds} s where it should not have")


def recording_sleep(into: list[float]) -> Callable[[float], None]:
    return into.append


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    conn = redis.Redis.from_url(redis_url)
    yield conn
    conn.close()


def mock_http(seen: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ROOM)

    return httpx.Client(transport=httpx.MockTransport(handler))


# --- configuration ---------------------------------------------------------------------------


def test_url_form_shares_dailys_limits_keyed_by_a_hash_of_the_api_key(
    redis_url: str, client: redis.Redis
) -> None:
    seen: list[httpx.Request] = []
    helper = DailyRESTHelperSync(
        daily_api_key=API_KEY,
        daily_api_url="http://daily.test/v1",
        http_client=mock_http(seen),
        rate_limits=redis_url,
    )
    assert helper.get_room("standup").name == "standup"
    assert len(seen) == 1
    scope = hashlib.sha256(API_KEY.encode()).hexdigest()[:16]
    keys = sorted(k.decode() for k in client.keys("daily-helpers:*"))
    assert keys == [f"daily-helpers:rl/{scope}/general/100/5/second"]
    assert client.llen(keys[0]) == 1
    every = b" ".join(client.keys("*")) + b" ".join(client.lrange(keys[0], 0, -1))
    assert API_KEY.encode() not in every
    client.delete(*keys)


def test_a_limiter_object_is_bound_to_each_helpers_key(redis_url: str, client: redis.Redis) -> None:
    prefix = unique_prefix()
    limiter = RedisRateLimiter(
        redis_url,
        limits=RateLimits(general=Limit(7, 3.0), room_delete=Limit(2, 30.0)),
        key_prefix=prefix,
    )
    for key in ("key-one", "key-two"):
        helper = DailyRESTHelperSync(
            daily_api_key=key,
            daily_api_url="http://daily.test/v1",
            http_client=mock_http([]),
            rate_limits=limiter,
        )
        helper.get_room("standup")
    keys = sorted(k.decode() for k in client.keys(f"{prefix}:*"))
    assert keys == sorted(
        f"{prefix}:rl/{api_key_scope(key)}/general/7/3/second" for key in ("key-one", "key-two")
    )


def test_limits_are_per_api_key_and_per_bucket(redis_url: str) -> None:
    limits = RateLimits(general=Limit(2, 30.0), room_delete=Limit(1, 30.0))
    shared = RedisRateLimiter(redis_url, limits=limits, key_prefix=unique_prefix())
    one, two = shared.for_api_key("key-one"), shared.for_api_key("key-two")
    one.acquire("general", no_sleep)
    one.acquire("general", no_sleep)
    one.acquire("room_delete", no_sleep)
    two.acquire("general", no_sleep)  # another key has its own window
    slept: list[float] = []
    one.rng = lambda: 0.0
    with pytest.raises(_Stop):
        one.acquire("general", _stop_after_first(slept))
    # Refused: it sleeps until the oldest grant leaves the 30 s window, plus the margin.
    assert len(slept) == 1
    assert 29.5 < slept[0] <= 30.5 + 1e-6


class _Stop(Exception):
    pass


def _stop_after_first(into: list[float]) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        into.append(seconds)
        raise _Stop

    return sleep


def test_fractional_windows_round_up_to_whole_seconds(redis_url: str, client: redis.Redis) -> None:
    prefix = unique_prefix()
    limits = RateLimits(general=Limit(3, 0.25), room_delete=Limit(1, 2.5))
    limiter = RedisRateLimiter(redis_url, limits=limits, key_prefix=prefix).for_api_key("k")
    limiter.acquire("general", no_sleep)
    limiter.acquire("room_delete", no_sleep)
    keys = sorted(k.decode().split("/", 2)[2] for k in client.keys(f"{prefix}:*"))
    assert keys == ["general/3/1/second", "room_delete/1/3/second"]


def test_repr_and_errors_hide_the_password() -> None:
    url = "redis://user:hunter2@127.0.0.1:1/0"
    assert redact_url(url) == "redis://user:***@127.0.0.1:1/0"
    assert "hunter2" not in repr(RedisRateLimiter(url))
    with pytest.raises(TypeError) as excinfo:
        make_rate_limiter("redis:/typo:hunter2@host", clock=time.time)
    assert "hunter2" not in str(excinfo.value)


def test_bad_arguments_are_rejected() -> None:
    with pytest.raises(ValueError, match="redis://"):
        RedisRateLimiter("http://127.0.0.1:6379")
    with pytest.raises(ValueError, match="fallback"):
        RedisRateLimiter("redis://127.0.0.1:6379", fallback="disk")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="RateLimits"):
        RedisRateLimiter("redis://127.0.0.1:6379", limits=Limit(1, 1.0))  # type: ignore[arg-type]


# --- Redis unreachable -----------------------------------------------------------------------


def closed_port_url(password: str = "hunter2") -> str:
    return f"redis://:{password}@127.0.0.1:{free_port()}/0"


def test_unreachable_redis_is_a_typed_error_at_the_first_call_and_nothing_is_sent() -> None:
    seen: list[httpx.Request] = []
    helper = DailyRESTHelperSync(
        daily_api_key=API_KEY,
        daily_api_url="http://daily.test/v1",
        http_client=mock_http(seen),
        rate_limits=closed_port_url(),
    )
    with pytest.raises(RateLimiterUnavailableError) as excinfo:
        helper.get_room("standup")
    message = str(excinfo.value)
    assert "unreachable" in message
    assert "ConnectionError" in message
    assert "127.0.0.1" in message
    assert "hunter2" not in message
    assert API_KEY not in message
    assert excinfo.value.__cause__ is None
    assert seen == []


async def test_unreachable_redis_is_a_typed_error_for_the_async_helper_too() -> None:
    async with DailyRESTHelper(
        daily_api_key=API_KEY,
        daily_api_url="http://daily.test/v1",
        rate_limits=closed_port_url(),
    ) as helper:
        with pytest.raises(RateLimiterUnavailableError, match="unreachable"):
            await helper.get_room("standup")


def test_a_silent_redis_times_out_instead_of_hanging() -> None:
    # A socket that accepts connections (the kernel's backlog) but never answers.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        limiter = RedisRateLimiter(f"redis://127.0.0.1:{port}/0", socket_timeout=0.3)
        outcome: list[BaseException] = []

        def call() -> None:
            try:
                limiter.for_api_key("k").acquire("general", no_sleep)
            except BaseException as exc:
                outcome.append(exc)

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(timeout=30)  # a hang guard, not a timing assertion
        assert not worker.is_alive(), "the limiter hung on a silent Redis"
    assert len(outcome) == 1
    assert isinstance(outcome[0], RateLimiterUnavailableError)
    assert "TimeoutError" in str(outcome[0])


def test_opted_in_fallback_logs_one_warning_and_limits_in_memory(
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = closed_port_url()
    limits = RateLimits(general=Limit(2, 10.0), room_delete=Limit(1, 10.0))
    limiter = RedisRateLimiter(url, limits=limits, fallback="memory").for_api_key(API_KEY)
    slept: list[float] = []
    with caplog.at_level(logging.DEBUG, logger="daily_helpers"):
        for _ in range(3):
            limiter.acquire("general", recording_sleep(slept))
    assert limiter.using_fallback
    records = [r for r in caplog.records if r.name == "daily_helpers"]
    assert [r.levelno for r in records] == [logging.WARNING]
    text = records[0].getMessage()
    assert "falling back to in-memory" in text
    assert "hunter2" not in text
    assert API_KEY not in text
    assert api_key_scope(API_KEY) not in text
    # The in-memory limiter holds the third call back for the rest of the 10 s window.
    assert len(slept) == 1
    assert 9.5 < slept[0] < 10.5


async def test_opted_in_fallback_works_for_the_async_face(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limits = RateLimits(general=Limit(1, 10.0), room_delete=Limit(1, 10.0))
    limiter = RedisRateLimiter(closed_port_url(), limits=limits, fallback="memory")
    limiter = limiter.for_api_key(API_KEY)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    with caplog.at_level(logging.WARNING, logger="daily_helpers"):
        await limiter.acquire_async("general", sleep)
        await limiter.acquire_async("general", sleep)
    assert len([r for r in caplog.records if r.name == "daily_helpers"]) == 1
    assert len(slept) == 1
    assert isinstance(limiter._memory, SlidingWindowLimiter)


# --- the shared window across processes ------------------------------------------------------


def test_four_processes_never_exceed_the_shared_window(redis_url: str) -> None:
    limit = Limit(10, 1.0)
    limits = RateLimits(general=limit, room_delete=Limit(1, 1.0))
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(4), ctx.Queue()
    prefix = unique_prefix()
    procs = [
        ctx.Process(target=acquire_burst, args=(redis_url, prefix, limits, 6, mode, barrier, out))
        for mode in ("sync", "sync", "async", "async")  # both faces share one window
    ]
    for proc in procs:
        proc.start()
    try:
        times = sorted(t for _ in procs for t in out.get(timeout=60))
    finally:
        for proc in procs:
            proc.join(timeout=30)
    assert [proc.exitcode for proc in procs] == [0, 0, 0, 0]
    assert len(times) == 24  # 2.4 windows' worth
    # Never more than 10 grants within any 1 s: the 11th after any grant is >= 1 s later.
    later = times[limit.requests :]
    gaps = [b - a for a, b in zip(times, later, strict=False)]
    assert min(gaps) >= limit.per_seconds
    # And the limiter did let the first window through at once (no needless waiting).
    assert times[limit.requests - 1] - times[0] < limit.per_seconds


def test_async_limiter_serves_several_event_loops(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, key_prefix=unique_prefix()).for_api_key("k")

    async def one() -> None:
        await limiter.acquire_async("general", asyncio.sleep)

    asyncio.run(one())
    asyncio.run(one())  # a second loop gets its own client


# --- four workers against the fake Daily --------------------------------------------------------

#: Daily's own limits, as ``fake serve --rate-limits daily`` enforces them. Not scaled down:
#: the limiter's safety margin is absolute (latency does not shrink with the window).
FLEET_LIMITS = DAILY_RATE_LIMITS
EACH = 150
MODES = ("sync", "sync", "async", "async")  # both helpers in one fleet


def fleet_burst(server: FakeDailyServer, rate_limits: Any) -> tuple[float, int, dict[str, int]]:
    """Four worker processes GET ``EACH`` rooms at once; (wall seconds, successes, failures)."""
    names = [server.fake.add_room(f"room-{i}")["name"] for i in range(10)]
    rooms = [names[i % len(names)] for i in range(EACH)]
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(len(MODES)), ctx.Queue()
    procs = [
        ctx.Process(
            target=room_burst, args=(server.base_url, rate_limits, rooms, mode, barrier, out)
        )
        for mode in MODES
    ]
    for proc in procs:
        proc.start()
    try:
        results = [out.get(timeout=120) for _ in procs]
    finally:
        for proc in procs:
            proc.join(timeout=30)
    assert [proc.exitcode for proc in procs] == [0] * len(MODES)
    wall = max(r[1] for r in results) - min(r[0] for r in results)
    failures: dict[str, int] = {}
    for *_, failed in results:
        for name, count in failed.items():
            failures[name] = failures.get(name, 0) + count
    return wall, sum(r[2] for r in results), failures


def test_four_workers_sharing_a_redis_limiter_get_no_429_at_the_ideal_rate(
    redis_url: str,
) -> None:
    # The one-line configuration: rate_limits="redis://HOST:PORT/DB".
    with FakeDailyServer(api_key="shared-key", rate_limits="daily") as server:
        wall, ok, failures = fleet_burst(server, redis_url)
        statuses = server.fake.statuses()
    total = EACH * len(MODES)
    assert failures == {}
    assert ok == total
    assert statuses.count(429) == 0
    assert statuses.count(200) == total
    # The one timing bound the issue names: within 20% of the limit's ideal. Ideal: the
    # first 100 go at once, then 100 per window: (600 / 100 - 1) windows.
    limit = FLEET_LIMITS.general
    ideal = (total / limit.requests - 1) * limit.per_seconds
    print(f"shared limiter: {total} calls in {wall:.2f} s (ideal {ideal:.2f} s)")
    assert ideal <= wall <= 1.2 * ideal, f"wall {wall:.2f} s, ideal {ideal:.2f} s"


def test_four_workers_with_per_process_limiters_are_answered_429() -> None:
    with FakeDailyServer(api_key="shared-key", rate_limits="daily") as server:
        _, ok, failures = fleet_burst(server, "daily")
        statuses = server.fake.statuses()
    # Each process keeps itself under 100 per window, so together they send 400 at once.
    assert statuses.count(429) > 0
    assert failures == {"RateLimitError": statuses.count(429)}
    assert ok == statuses.count(200) == EACH * len(MODES) - statuses.count(429)


def test_a_limiter_object_pickles_as_its_settings_for_worker_processes() -> None:
    import pickle

    limits = RateLimits(general=Limit(7, 3.0), room_delete=Limit(2, 30.0))
    limiter = RedisRateLimiter(
        "redis://:hunter2@127.0.0.1:1/0", limits=limits, key_prefix="p", margin=0.3
    ).for_api_key("k")
    copy = pickle.loads(pickle.dumps(limiter))
    assert isinstance(copy, RedisRateLimiter)
    assert copy._settings() == limiter._settings()
    assert copy._scope == api_key_scope("k")


def test_refused_callers_sleep_until_the_window_frees_and_never_spin() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0", margin=0.5)
    limiter.rng = lambda: 1.0  # the most jitter
    now = time.time()
    # Until the reset time, plus the margin and the jitter (50 ms at most).
    assert 2.0 + 0.5 <= limiter._wait(now + 2.0, "general") <= 2.0 + 0.5 + 0.05 + 1e-6
    # A reset time already past (or a zero margin) still sleeps a little: no busy loop.
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0", margin=0.0)
    limiter.rng = lambda: 0.0
    assert limiter._wait(now - 10, "general") == pytest.approx(0.005)
    # A reset time far ahead (a skewed clock) is capped at one window plus the margin.
    assert limiter._wait(now + 3600, "general") == pytest.approx(5.0)


def test_without_the_redis_client_the_limiter_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "redis" else real(name, *a)
    )
    with pytest.raises(ImportError, match=r"daily-helpers\[redis\]"):
        DailyRESTHelperSync(daily_api_key=API_KEY, rate_limits="redis://127.0.0.1:6379/0")
