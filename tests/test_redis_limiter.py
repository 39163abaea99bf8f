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
from redis_server import free_port, redis_url, start, stop

from daily_helpers import (
    DAILY_RATE_LIMITS,
    DailyRESTHelper,
    DailyRESTHelperSync,
    Limit,
    RateLimiterUnavailableError,
    RateLimits,
    RedisRateLimiter,
)
from daily_helpers._limiter_choice import make_rate_limiter
from daily_helpers._rate_limit import SlidingWindowLimiter
from daily_helpers._redis_limiter import MAX_SLEEP, MIN_SLEEP, api_key_scope, redact_url
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


def keys_of(client: redis.Redis, prefix: str) -> list[str]:
    return sorted(k.decode() for k in client.keys(f"{prefix}:*"))


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
    # Answered: the request left "in flight" and counts as ended for a window after its answer.
    ended = f"daily-helpers:{{{scope}/general}}:ended"
    assert keys_of(client, "daily-helpers") == [ended]
    assert client.zcard(ended) == 1
    (_, expires), now = client.zrange(ended, 0, -1, withscores=True)[0], time.time()
    assert now + 4.5 < expires <= now + 5.05 + 0.5  # a window (5 s + 0.05 s margin) from its end
    every = b" ".join(client.keys("*")) + b" ".join(client.zrange(ended, 0, -1))
    assert API_KEY.encode() not in every
    helper.close()
    client.delete(ended)


def test_a_limiter_object_is_bound_to_each_helpers_key(redis_url: str, client: redis.Redis) -> None:
    prefix = unique_prefix()
    limiter = RedisRateLimiter(
        redis_url,
        limits=RateLimits(general=Limit(7, 3.0), room_delete=Limit(2, 30.0)),
        key_prefix=prefix,
    )
    for key in ("key-one", "key-two"):
        with DailyRESTHelperSync(
            daily_api_key=key,
            daily_api_url="http://daily.test/v1",
            http_client=mock_http([]),
            rate_limits=limiter,
        ) as helper:
            helper.get_room("standup")
    assert keys_of(client, prefix) == sorted(
        f"{prefix}:{{{api_key_scope(key)}/general}}:ended" for key in ("key-one", "key-two")
    )


class _Stop(Exception):
    pass


def _stop_after_first(into: list[float]) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        into.append(seconds)
        raise _Stop

    return sleep


def refused_wait(limiter: RedisRateLimiter, bucket: str = "general") -> float:
    """What Redis answers a caller it refuses now: the seconds until a place frees (0 if it
    would grant; nothing is taken then)."""
    scripts = limiter._sync_scripts()
    granted, wait = scripts.grant(
        keys=limiter._keys(bucket), args=[*limiter._grant_args(bucket, "probe")[:3], "probe"]
    )
    if granted:
        scripts.end(keys=limiter._keys(bucket)[:2], args=["probe", 0, 1])
        return 0.0
    return float(wait)


def test_limits_are_per_api_key_and_per_bucket(redis_url: str) -> None:
    limits = RateLimits(general=Limit(2, 30.0), room_delete=Limit(1, 30.0))
    shared = RedisRateLimiter(redis_url, limits=limits, key_prefix=unique_prefix())
    one, two = shared.for_api_key("key-one"), shared.for_api_key("key-two")
    for slot in (
        one.acquire("general", no_sleep),
        one.acquire("general", no_sleep),
        one.acquire("room_delete", no_sleep),
        two.acquire("general", no_sleep),  # another key has its own window
    ):
        one.release(slot, sent=True)
    slept: list[float] = []
    one.rng = lambda: 0.0
    with pytest.raises(_Stop):
        one.acquire("general", _stop_after_first(slept))
    # Refused: the first place frees 30 s after its answer; a caller sleeps at most MAX_SLEEP
    # at a time, so that a place given back early is seen.
    assert slept == [MAX_SLEEP]
    assert 29.5 < refused_wait(one) <= 30.05


def test_a_request_in_flight_holds_its_place_and_one_never_sent_gives_it_back(
    redis_url: str,
) -> None:
    limits = RateLimits(general=Limit(1, 20.0), room_delete=Limit(1, 20.0))
    limiter = RedisRateLimiter(redis_url, limits=limits, key_prefix=unique_prefix())
    limiter = limiter.for_api_key("k")
    in_flight = limiter.acquire("general", no_sleep)
    # Nothing ended yet: the earliest a place can free is a whole window away.
    assert refused_wait(limiter) == pytest.approx(20.05)
    limiter.release(in_flight, sent=False)  # cancelled before it was sent
    assert refused_wait(limiter) == 0.0
    sent = limiter.acquire("general", no_sleep)
    time.sleep(0.3)  # its answer arrives later: the window counts from then
    limiter.release(sent, sent=True)
    assert 19.9 < refused_wait(limiter) <= 20.05


def test_a_429_pauses_the_bucket_for_every_worker_sharing_it(redis_url: str) -> None:
    prefix = unique_prefix()
    one = RedisRateLimiter(redis_url, key_prefix=prefix).for_api_key("k")
    two = RedisRateLimiter(redis_url, key_prefix=prefix).for_api_key("k")  # another worker
    one.pause("general", 3.0)
    assert 2.8 < refused_wait(two) <= 3.0
    assert refused_wait(two, "room_delete") == 0.0  # only that endpoint class


async def test_a_grant_lost_to_a_cancellation_is_handed_back(
    redis_url: str, client: redis.Redis
) -> None:
    prefix = unique_prefix()
    limiter = RedisRateLimiter(redis_url, key_prefix=prefix).for_api_key("k")
    scripts = limiter._async_scripts()
    real_grant = scripts.grant

    async def granted_then_cancelled(**kwargs: Any) -> Any:
        await real_grant(**kwargs)  # Redis granted it...
        raise asyncio.CancelledError  # ...but the caller was cancelled before hearing so

    scripts.grant = granted_then_cancelled
    with pytest.raises(asyncio.CancelledError):
        await limiter.acquire_async("general", asyncio.sleep)
    in_flight = f"{prefix}:{{{api_key_scope('k')}/general}}:inflight"
    assert client.zcard(in_flight) == 1  # the lost grant holds a place...
    scripts.grant = real_grant
    slot = await limiter.acquire_async("general", asyncio.sleep)
    # ...until the next call to reach Redis hands it back: only the new one is in flight.
    assert client.zrange(in_flight, 0, -1) == [slot.key.encode()]
    await limiter.aclose()


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
    with pytest.raises(ValueError, match="probe_interval"):
        RedisRateLimiter("redis://127.0.0.1:6379", probe_interval=0)


def connections(client: redis.Redis, prefix: str) -> int:
    """The limiter connections of ``prefix`` open on the server (named after it)."""
    return sum(c["name"] == f"{prefix}:rate-limiter" for c in client.client_list())


def test_closing_a_helper_closes_the_limiter_it_created(
    redis_url: str, client: redis.Redis
) -> None:
    prefix = unique_prefix()
    helper = DailyRESTHelperSync(
        daily_api_key=API_KEY,
        daily_api_url="http://daily.test/v1",
        http_client=mock_http([]),
        rate_limits=RedisRateLimiter(redis_url, key_prefix=prefix),
    )
    helper.get_room("standup")
    limiter = helper._limiter
    assert isinstance(limiter, RedisRateLimiter)
    assert connections(client, prefix) == 1
    helper.close()
    assert limiter._sync is None
    assert connections(client, prefix) == 0


async def test_closing_an_async_helper_closes_the_limiter_it_created(
    redis_url: str, client: redis.Redis
) -> None:
    prefix = unique_prefix()
    async with DailyRESTHelper(
        daily_api_key=API_KEY,
        daily_api_url="http://daily.test/v1",
        http_client=httpx.AsyncClient(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=ROOM))
        ),
        rate_limits=RedisRateLimiter(redis_url, key_prefix=prefix),
    ) as helper:
        await helper.get_room("standup")
        limiter = helper._limiter
        assert isinstance(limiter, RedisRateLimiter)
        assert len(limiter._async) == 1
        assert connections(client, prefix) == 1
    assert limiter._async == {}
    assert connections(client, prefix) == 0


# --- Redis unreachable, stalled, restarted -------------------------------------------------------


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


def test_a_silent_redis_fails_every_call_of_a_burst_within_a_bound() -> None:
    # A socket that accepts connections (the kernel's backlog) but never answers, like a
    # SIGSTOPped Redis. More callers than pooled connections: those queued for a connection
    # must not wait longer than the others.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        port = silent.getsockname()[1]
        limiter = RedisRateLimiter(f"redis://127.0.0.1:{port}/0", socket_timeout=0.3)
        limiter = limiter.for_api_key("k")
        outcomes: list[tuple[float, BaseException | None]] = []
        lock = threading.Lock()

        def call() -> None:
            started = time.monotonic()
            error: BaseException | None = None
            try:
                limiter.acquire("general", no_sleep)
            except BaseException as exc:
                error = exc
            with lock:
                outcomes.append((time.monotonic() - started, error))

        workers = [threading.Thread(target=call, daemon=True) for _ in range(40)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)  # a hang guard, not a timing assertion
        assert not any(w.is_alive() for w in workers), "the limiter hung on a silent Redis"
    assert len(outcomes) == 40
    assert all(isinstance(e, RateLimiterUnavailableError) for _, e in outcomes)
    # socket_timeout for the answer plus at most as long for a pooled connection (2 x 0.3 s);
    # tolerant of a loaded machine, and far from the old 10 s pool wait.
    assert max(t for t, _ in outcomes) < 3.0


def test_a_restarted_redis_is_used_again_without_an_error(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    tmp = tmp_path_factory.mktemp("restart")
    proc, url = start(tmp)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    try:
        limiter = RedisRateLimiter(url, key_prefix=unique_prefix()).for_api_key("k")
        limiter.release(limiter.acquire("general", no_sleep), sent=True)  # a pooled connection
        stop(proc)
        proc, _ = start(tmp, port=port)
        # The pooled connection is dead: retried once on a new one, transparently.
        limiter.release(limiter.acquire("general", no_sleep), sent=True)
        assert not limiter.using_fallback
    finally:
        stop(proc)


def test_opted_in_fallback_starts_from_what_was_sent_and_returns_to_redis(
    tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture
) -> None:
    tmp = tmp_path_factory.mktemp("fallback")
    proc, url = start(tmp)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    limits = RateLimits(general=Limit(3, 10.0), room_delete=Limit(1, 10.0))
    prefix = unique_prefix()
    limiter = RedisRateLimiter(
        url,
        limits=limits,
        key_prefix=prefix,
        fallback="memory",
        socket_timeout=0.5,
        probe_interval=0.5,
    ).for_api_key(API_KEY)
    try:
        with caplog.at_level(logging.DEBUG, logger="daily_helpers"):
            for _ in range(2):  # two sent through Redis
                limiter.release(limiter.acquire("general", no_sleep), sent=True)
            stop(proc)
            # Redis is gone: the fallback knows the two, so it grants one more place only.
            memory = limiter.acquire("general", no_sleep)
            assert limiter.using_fallback
            slept: list[float] = []
            with pytest.raises(_Stop):
                limiter.acquire("general", _stop_after_first(slept))
            assert slept == [1.0]  # refused (the window is 10 s; one sleep of max_wait)
            limiter.release(memory, sent=True)
            proc, _ = start(tmp, port=port)
            time.sleep(0.6)  # past probe_interval: the next call asks Redis again
            with pytest.raises(_Stop):
                limiter.acquire("general", _stop_after_first(slept))
            assert not limiter.using_fallback
            # Redis was told of the place the fallback granted (its own data was lost).
            conn = redis.Redis.from_url(url)
            ended = f"{prefix}:{{{api_key_scope(API_KEY)}/general}}:ended"
            assert conn.zcard(ended) == 3  # the two before (restored) and the fallback's
            conn.close()
    finally:
        stop(proc)
    messages = [r.getMessage() for r in caplog.records if r.name == "daily_helpers"]
    assert len(messages) == 2
    assert "falling back to in-memory" in messages[0]
    assert "answers again" in messages[1]
    for text in messages:
        assert API_KEY not in text
        assert api_key_scope(API_KEY) not in text


async def test_opted_in_fallback_works_for_the_async_face(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limits = RateLimits(general=Limit(1, 10.0), room_delete=Limit(1, 10.0))
    limiter = RedisRateLimiter(closed_port_url(), limits=limits, fallback="memory")
    limiter = limiter.for_api_key(API_KEY)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        raise _Stop

    with caplog.at_level(logging.WARNING, logger="daily_helpers"):
        slot = await limiter.acquire_async("general", sleep)
        await limiter.release_async(slot, sent=True)
        with pytest.raises(_Stop):
            await limiter.acquire_async("general", sleep)
    records = [r for r in caplog.records if r.name == "daily_helpers"]
    assert len(records) == 1
    assert "hunter2" not in records[0].getMessage()
    assert slept == [1.0]
    assert isinstance(limiter._local, SlidingWindowLimiter)


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
    # A hang guard more than a timing assertion (the load benchmark measures the ratio):
    # each window also holds its requests' round trips.
    assert ideal <= wall <= 1.5 * ideal, f"wall {wall:.2f} s, ideal {ideal:.2f} s"


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


def test_refused_callers_sleep_until_a_place_frees_and_never_spin() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0")
    limiter.rng = lambda: 1.0  # the most jitter
    assert limiter._wait(0.2) == pytest.approx(0.2 + 0.05)
    # A place already free (or nearly) still sleeps a little: no busy loop.
    limiter.rng = lambda: 0.0
    assert limiter._wait(-3.0) == MIN_SLEEP
    # A place far ahead is asked about again after MAX_SLEEP: one given back early is seen.
    assert limiter._wait(3600.0) == MAX_SLEEP


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
