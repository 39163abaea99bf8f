"""``FakeDaily``: Daily's semantics plus the knobs tests need (faults, latency, rate limits,
a clock tests can move) and a log of every request. Thread-safe; transport-neutral. The
control API of ``fake serve`` (``_control.py``) drives these same methods."""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._clock import FakeClock, seconds
from ._daily import DailySemantics, Reply
from ._faults import BODIES, Failure, RateLimitWindows, limits_from, rate_limited
from ._spec import FakeSpecError, Operation, Spec, spec_path
from ._store import RoomStore
from ._telephony import TELEPHONY_OPERATIONS, FakeTelephony

if TYPE_CHECKING:
    from .._helper import DailyRESTHelper
    from .._helper_sync import DailyRESTHelperSync
    from ._transport import FakeTransport

__all__ = ["DEFAULT_API_KEY", "FakeDaily", "LoggedRequest"]

#: The key the fake accepts when none is given (32+ bytes, so PyJWT does not warn about
#: a short HMAC key).
DEFAULT_API_KEY = "fake-daily-api-key-for-local-tests"
OPERATIONS = (
    "get_domain",
    "create_room",
    "list_rooms",
    "get_room",
    "update_room",
    "delete_room",
    "delete_rooms_batch",
    "get_room_presence",
    "create_meeting_token",
    "validate_meeting_token",
    *TELEPHONY_OPERATIONS,
)

_ROOM_DELETES = frozenset({"delete_room", "delete_rooms_batch"})


@dataclass(frozen=True)
class LoggedRequest:
    """One request the fake received. ``path`` is relative to ``/v1`` (``/rooms/x``);
    ``json`` is the parsed body (``None`` if none or not JSON); ``status`` is what the fake
    answered (0 for a dropped connection); ``operation`` is the spec's operationId."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    json: Any
    status: int
    operation: str | None


class FakeDaily(FakeTelephony):
    """An in-memory Daily domain that answers like Daily's REST API.

    ``clock`` gives Unix seconds (expiry, token times); :meth:`set_clock` and
    :meth:`advance_clock` move it. Rate limits use a monotonic clock.
    ``rate_limits``: ``None``/``"off"`` (default), ``"daily"``, or custom (see
    :attr:`rate_limits`). ``latency`` is seconds added to every answer by the transports.
    ``check_spec`` checks every request and answer against ``openapi/daily.yaml``.
    """

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_API_KEY,
        domain_name: str = "fake-domain",
        domain_id: str | None = None,
        clock: Callable[[], float] | None = None,
        rate_limits: object = None,
        latency: float = 0.0,
        check_spec: bool = True,
        spec_file: str | Path | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        self._lock = threading.Lock()
        self._clock = FakeClock(clock or time.time)
        self._store = RoomStore(self._clock)
        self._semantics = DailySemantics(
            api_key=api_key,
            domain_name=domain_name,
            domain_id=domain_id or str(uuid.uuid4()),
            store=self._store,
            spec=_spec(spec_file),
            check_spec=check_spec,
        )
        self._telephony = self._semantics.telephony
        self._failures: list[Failure] = []
        self._log: list[LoggedRequest] = []
        self._windows: RateLimitWindows | None = None
        self.rate_limits = rate_limits
        self.latency = latency
        #: Answers that broke the spec (bugs in the fake); also raised where they happen.
        self.spec_errors: list[FakeSpecError] = []

    def __repr__(self) -> str:
        return f"FakeDaily(domain_name={self.domain_name!r}, rooms={len(self.room_names())})"

    # --- identity -----------------------------------------------------------------------

    @property
    def api_key(self) -> str:
        return self._semantics.api_key

    @property
    def domain_name(self) -> str:
        return self._semantics.domain_name

    @property
    def domain_id(self) -> str:
        return self._semantics.domain_id

    def now(self) -> float:
        """The fake's clock, Unix seconds."""
        return self._clock()

    def set_clock(self, unix_seconds: float) -> float:
        """Stop the clock at ``unix_seconds``; from now on it moves only with
        :meth:`advance_clock` (until :meth:`reset`). Returns the new time."""
        with self._lock:
            self._clock.set(unix_seconds)
            return self._clock()

    def advance_clock(self, by: float) -> float:
        """Move the clock ``by`` seconds forward (rooms and tokens expire as it passes their
        ``exp``). Returns the new time."""
        with self._lock:
            self._clock.advance(by)
            return self._clock()

    @property
    def clock_running(self) -> bool:
        """False once :meth:`set_clock` has stopped the clock."""
        return self._clock.running

    # --- knobs --------------------------------------------------------------------------

    @property
    def latency(self) -> float:
        """Seconds every answer is delayed by (applied by the transport and the server)."""
        return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("latency must be >= 0 seconds")
        self._latency = float(seconds)

    @property
    def rate_limits(self) -> dict[str, tuple[int, float]] | None:
        """Limits per bucket (``general``, ``room_delete``) as (requests, window seconds),
        or ``None`` when off. Set ``None``/``"off"``, ``"daily"``, such a mapping, or an
        object with ``general``/``room_delete`` limits (``requests``, ``per_seconds``)."""
        return None if self._windows is None else dict(self._windows.limits)

    @rate_limits.setter
    def rate_limits(self, value: object) -> None:
        limits = limits_from(value)
        with self._lock:
            self._windows = None if limits is None else RateLimitWindows(limits)

    def fail_next(
        self,
        operation: str = "*",
        *,
        status: int = 500,
        times: int = 1,
        body: str | Mapping[str, Any] | list[Any] = "json",
        retry_after: float | str | None = None,
        headers: Mapping[str, str] | None = None,
        stall: float = 0.0,
    ) -> None:
        """Answer the next ``times`` calls of ``operation`` (an operationId such as
        ``"delete_room"``, or ``"*"`` for any) with ``status`` (200-599), before any check
        of the request. ``body``: ``"json"`` (a Daily error body), ``"malformed"`` (truncated
        JSON), ``"html"``, ``"empty"``, or an object or array to send as JSON.
        ``retry_after`` (seconds, or a raw header value) adds a ``Retry-After`` header;
        ``headers`` adds or replaces others; ``stall`` waits that many seconds first."""
        if isinstance(status, bool) or not isinstance(status, int) or not 200 <= status <= 599:
            raise ValueError(f"status must be an integer from 200 to 599, not {status!r}")
        if isinstance(body, str):
            if body not in BODIES:
                raise ValueError(f"body must be one of {', '.join(BODIES)}, or an object")
        elif isinstance(body, (Mapping, list)):
            json.dumps(body)  # refuses what cannot be sent, here rather than when answering
        else:
            raise TypeError(f"body must be a string or an object, not {type(body).__name__}")
        header = None if retry_after is None else _header(retry_after)
        extra = _headers(headers or {})
        self._script(Failure(operation, status, times, body, header, headers=extra, stall=stall))

    def drop_next(self, operation: str = "*", *, times: int = 1, stall: float = 0.0) -> None:
        """Close the connection without answering the next ``times`` calls of ``operation``
        (after ``stall`` seconds); the fake does nothing else with them."""
        self._script(Failure(operation, None, times, drop=True, stall=stall))

    def stall_next(self, operation: str = "*", *, seconds: float, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``operation`` as usual, but ``seconds`` late
        (a client's read timeout): the fake acts on them at once, as Daily would."""
        self._script(Failure(operation, None, times, stall=seconds))

    def _script(self, failure: Failure) -> None:
        if not isinstance(failure.operation, str) or (
            failure.operation != "*" and failure.operation not in OPERATIONS
        ):
            raise ValueError(
                f"unknown operation {failure.operation!r}; '*' or one of {', '.join(OPERATIONS)}"
            )
        times = failure.times
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be an integer >= 1, not {times!r}")
        failure.stall = seconds("stall", failure.stall)
        with self._lock:
            self._failures.append(failure)

    @property
    def faults(self) -> list[dict[str, Any]]:
        """Scripted faults not yet used, in the order they will be used."""
        with self._lock:
            return [failure.describe() for failure in self._failures]

    def clear_faults(self) -> None:
        """Forget scripted failures not yet used."""
        with self._lock:
            self._failures.clear()

    def allow_property(self, kind: str, name: str) -> None:
        """Teach the fake a property Daily has and its spec does not name (yet): from now on
        requests carrying it are accepted, and it is stored and answered like any other.
        ``kind`` is ``"room"`` or ``"meeting_token"``; ``name`` a top-level property name.
        Without it the fake answers 400 for the property, as Daily does for one it lacks."""
        schema = {"room": "RoomProperties", "meeting_token": "MeetingTokenProperties"}.get(kind)
        if schema is None:
            raise ValueError(f"kind must be 'room' or 'meeting_token', not {kind!r}")
        if not isinstance(name, str) or not name:
            raise ValueError(f"name must be a non-empty string, not {name!r}")
        with self._lock:
            document = copy.deepcopy(self._semantics.spec.document)
            document["components"]["schemas"][schema]["properties"][name] = {}
            self._semantics.spec = Spec(document)

    # --- state and log --------------------------------------------------------------------

    @property
    def requests(self) -> list[LoggedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()

    def reset(self) -> None:
        """Back to a fresh fake with the same key, domain, latency and rate limits: no rooms,
        no faults, an empty log, full rate-limit windows, the clock running from its source.
        (``spec_errors`` stay: they are bugs of the fake.)"""
        with self._lock:
            self._store.clear()
            self._telephony.clear()
            self._failures.clear()
            self._log.clear()
            if self._windows is not None:
                self._windows = RateLimitWindows(self._windows.limits)
            self._clock.restore()

    def statuses(self) -> list[int]:
        """The status of every logged answer, in order."""
        return [r.status for r in self.requests]

    def room(self, name: str) -> dict[str, Any] | None:
        """A live room as Daily would return it, or ``None``."""
        with self._lock:
            room = self._store.live(name)
            return None if room is None else room.to_json(self.domain_name)

    def room_names(self) -> list[str]:
        """Names of live (not deleted, not expired) rooms, sorted."""
        with self._lock:
            return self._store.names()

    def add_room(
        self,
        name: str | None = None,
        *,
        privacy: str = "public",
        properties: Mapping[str, Any] | None = None,
        created_at: float | None = None,
    ) -> dict[str, Any]:
        """Put a room in the domain without a request (seeding tests); no checks beyond a
        duplicate name. ``created_at`` is Unix seconds (default: now)."""
        with self._lock:
            room = self._store.create(name, privacy, dict(properties or {}), created_at)
            return room.to_json(self.domain_name)

    def _store_of(self) -> RoomStore:
        return self._store

    # --- the exchange ---------------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> Reply:
        """Answer one request (``path`` includes ``/v1``). Raises :class:`FakeSpecError`
        if the answer breaks the spec."""
        with self._lock:
            try:
                reply = self._handle(method.upper(), path, query, headers, body)
            except FakeSpecError as bug:
                self.spec_errors.append(bug)
                self._log_request(method, path, query, body, 500, None)
                raise
            self._log_request(method, path, query, body, reply.status, reply.operation)
            return reply

    def _handle(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> Reply:
        route = self._semantics.route(method, path)
        if isinstance(route, Reply):
            return route
        op, path_values = route
        failure = self._take_failure(op.operation_id)
        if failure is not None and (failure.drop or failure.status is not None):
            return failure.reply(op.operation_id)
        reply = self._semantics.respond(op, path_values, query, headers, body, self._gate)
        if failure is not None:
            reply = dataclasses.replace(reply, delay=failure.stall)
        return reply

    def _take_failure(self, operation_id: str) -> Failure | None:
        for failure in self._failures:
            if failure.operation in ("*", operation_id):
                failure.times -= 1
                if failure.times == 0:
                    self._failures.remove(failure)
                return failure
        return None

    def _gate(self, op: Operation) -> tuple[int, Any, Mapping[str, str]] | None:
        if self._windows is None:
            return None
        # Batches count against the room-delete limit: the safe reading of "higher effective
        # rate limits" (Daily gives no number).
        bucket = "room_delete" if op.operation_id in _ROOM_DELETES else "general"
        if self._windows.admit(bucket, time.monotonic()):
            return None
        return rate_limited()

    def _log_request(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        body: bytes,
        status: int,
        operation: str | None,
    ) -> None:
        try:
            parsed = json.loads(body) if body.strip() else None
        except (ValueError, UnicodeDecodeError):
            parsed = None
        relative = path[3:] if path.startswith("/v1") else path
        self._log.append(
            LoggedRequest(method.upper(), relative or "/", tuple(query), parsed, status, operation)
        )

    # --- wiring -----------------------------------------------------------------------------

    def transport(self) -> FakeTransport:
        """An httpx transport (sync and async) answering from this fake, no sockets."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    def helper(self, **kwargs: Any) -> DailyRESTHelper:
        """A ``DailyRESTHelper`` wired to this fake in-process, rate limits off unless given;
        ``aclose()`` also closes its client. ``kwargs`` go to the helper."""
        from ._wiring import FakeWiredHelper

        return FakeWiredHelper(self, **kwargs)

    def helper_sync(self, **kwargs: Any) -> DailyRESTHelperSync:
        """The sync twin of :meth:`helper`; ``close()`` also closes its client."""
        from ._wiring import FakeWiredHelperSync

        return FakeWiredHelperSync(self, **kwargs)


def _spec(spec_file: str | Path | None) -> Spec:
    return _load_spec(Path(spec_file) if spec_file is not None else spec_path())


@functools.lru_cache(maxsize=4)
def _load_spec(path: Path) -> Spec:
    # Parsing the spec and building validators costs far more than a fake; share them.
    return Spec.load(path)


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _header(retry_after: float | str) -> str:
    if isinstance(retry_after, str):
        return _header_value("retry_after", retry_after)
    if isinstance(retry_after, bool) or not isinstance(retry_after, (int, float)):
        raise TypeError(
            f"retry_after must be seconds or a header value, not {type(retry_after).__name__}"
        )
    return str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)


def _header_value(name: str, value: object) -> str:
    # A CR or LF would end the header early (or split the answer): never let one through.
    if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
        raise ValueError(f"{name} must be a string without CR, LF or NUL, not {value!r}")
    return value


def _headers(headers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be an object, not {type(headers).__name__}")
    for name in headers:
        if not isinstance(name, str) or _TOKEN.fullmatch(name) is None:
            raise ValueError(f"{name!r} is not a header name")
    return {name: _header_value(name, value) for name, value in headers.items()}
