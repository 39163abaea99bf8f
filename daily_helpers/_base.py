"""What the async and the sync helper share: configuration, argument checks, and the calls
each public method makes. The two helpers add only the I/O (``await`` or not)."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from . import _engine, _rooms, tokens
from ._checks import UnknownPolicy, check_policy
from ._limiter_choice import make_rate_limiter
from ._policy import RetryPolicy
from ._rate_limit import RateLimiter
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, Timeout, check_max_response_bytes
from ._version import __version__
from .errors import DailyError, DailyValidationError, HelperClosedError
from .models import (
    DailyMeetingTokenParams,
    DailyRoomObject,
    DailyRoomParams,
    DailyRoomProperties,
)
from .urls import get_name_from_url, room_name_or_url

T = TypeVar("T")

#: One room of a bulk delete: what the caller gave, its name, or why it cannot be sent.
BulkTarget = tuple[str, str | None, DailyError | None]
ProgressCallback = Callable[["DeleteOutcome", int, int], None]

if TYPE_CHECKING:
    from daily_openapi_client import AuthenticatedClient

    from . import _batch

__all__ = ["DEFAULT_API_URL", "DeleteOutcome", "HelperBase"]

DEFAULT_API_URL = "https://api.daily.co/v1"

#: An API key as sent in a header: printable ASCII, no whitespace (Daily's keys are hex).
_API_KEY = re.compile(r"[\x21-\x7e]+")


@attrs.frozen
class DeleteOutcome:
    """What happened to one room of a bulk delete.

    ``status`` is ``"deleted"``, ``"already_gone"`` (Daily answered 404) or ``"error"``
    (then ``error`` says why; nothing is retried beyond the helper's retry policy).
    """

    room: str
    name: str | None
    status: Literal["deleted", "already_gone", "error"]
    error: DailyError | None = None

    @property
    def ok(self) -> bool:
        """True when the room is gone (deleted now, or already)."""
        return self.status != "error"


class BulkProgress:
    """Counts finished rooms of a bulk delete and reports each to ``on_progress``; safe to
    call from worker threads and from tasks."""

    def __init__(self, total: int, on_progress: ProgressCallback | None) -> None:
        self.total = total
        self.done = 0
        self._on_progress = on_progress
        self._lock = threading.Lock()

    def __call__(self, outcome: DeleteOutcome) -> DeleteOutcome:
        with self._lock:
            self.done += 1
            if self._on_progress is not None:
                self._on_progress(outcome, self.done, self.total)
        return outcome


class HelperBase:
    """Configuration and pure call-building shared by both helpers."""

    def __init__(
        self,
        *,
        daily_api_key: str | None,
        daily_api_url: str | None,
        timeout: float | Timeout,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        rate_limits: object,
        clock: Callable[[], float] | None,
        unknown_properties: UnknownPolicy = "warn",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        # Omitted (None): from the environment, as openai-python and pipecat's runner do.
        if daily_api_key is None:
            daily_api_key = os.environ.get("DAILY_API_KEY") or None
            if daily_api_key is None:
                raise DailyValidationError(
                    "no Daily API key: pass daily_api_key=... or set the DAILY_API_KEY "
                    "environment variable"
                )
        if daily_api_url is None:
            daily_api_url = os.environ.get("DAILY_API_URL") or DEFAULT_API_URL
        if not isinstance(daily_api_key, str) or not daily_api_key.strip():
            raise DailyValidationError("daily_api_key must be a non-empty string")
        if _API_KEY.fullmatch(daily_api_key.strip()) is None:
            # Never quote the key, nor the offending character's neighbours.
            raise DailyValidationError(
                "daily_api_key must be printable ASCII without whitespace or control "
                "characters inside (check for a stray character copied with it)"
            )
        if not isinstance(daily_api_url, str) or not daily_api_url.startswith(
            ("https://", "http://")
        ):
            raise DailyValidationError(
                f"daily_api_url must be an http(s) URL such as {DEFAULT_API_URL!r}"
            )
        self._unknown = check_policy(unknown_properties)
        self._api_key = daily_api_key.strip()
        self._api_url = daily_api_url.rstrip("/")
        self._timeout = Timeout.coerce(timeout)
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._closed = False
        self._clock = clock if clock is not None else time.time
        if retry_policy is None:
            # max_retries=0 turns every retry off, 429 included.
            retry_policy = (
                RetryPolicy(max_retries=0, max_rate_limit_retries=0)
                if max_retries == 0
                else RetryPolicy(max_retries=max_retries)
            )
        self._limiter: RateLimiter | None
        self._limiter, self._owns_limiter = make_rate_limiter(
            rate_limits, clock=self._clock, api_key=self._api_key
        )
        self._ctx = _engine.Context(policy=retry_policy, clock=self._clock)
        self._headers = {
            "Authorization": f"Bearer {self._api_key}",
            "Accept": "application/json",
            "User-Agent": f"daily-helpers/{__version__}",
        }
        self._domain_id: str | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(daily_api_url={self._api_url!r}, daily_api_key='***')"

    @property
    def daily_api_url(self) -> str:
        return self._api_url

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._ctx.policy

    def low_level_client(self) -> AuthenticatedClient:
        """The generated client (``daily_openapi_client``) with this helper's API key, base URL
        and timeout (seconds), for endpoints the helpers do not wrap. Close it (``with``) when
        done; it has no retries or rate limits, and its repr never shows the key."""
        import httpx
        from daily_openapi_client import AuthenticatedClient

        return AuthenticatedClient(
            base_url=self._api_url,
            token=self._api_key,
            timeout=httpx.Timeout(self._timeout.total, connect=self._timeout.connect),
            headers={"User-Agent": self._headers["User-Agent"]},
        )

    @staticmethod
    def get_name_from_url(room_url: str) -> str:
        """The room name of a room URL; see :func:`daily_helpers.urls.get_name_from_url`."""
        return get_name_from_url(room_url)

    # --- pure call building, one per public method ------------------------------------------

    def _open(self, call: _engine.Call[T]) -> _engine.Call[T]:
        """``call``, if the helper is open."""
        if self._closed:
            raise HelperClosedError("the helper is closed; create a new one")
        return call

    def _operation(self, work: _engine.Call[T] | _engine.Operation[T]) -> _engine.Operation[T]:
        """What a helper's ``_run`` drives: one call with retries, or a composite operation."""
        if self._closed:
            if not isinstance(work, _engine.Call):
                work.close()
            raise HelperClosedError("the helper is closed; create a new one")
        if isinstance(work, _engine.Call):
            return _engine.perform(work, self._ctx)
        return work

    def _token_properties(
        self,
        room_url: str,
        expiry_time: float,
        eject_at_token_exp: bool,
        owner: bool,
        params: DailyMeetingTokenParams | None,
    ) -> tuple[dict[str, Any], float]:
        """``get_token``'s properties, and the time they were computed (Unix s)."""
        now = self._clock()
        properties = tokens.token_properties(
            room_name=get_name_from_url(room_url),
            expiry_time=expiry_time,
            eject_at_token_exp=eject_at_token_exp,
            owner=owner,
            params=params,
            now=now,
        )
        return properties, now

    def _domain_id_op(self) -> _engine.Operation[str]:
        """The domain id, asked of Daily (``GET /``) only the first time."""
        if self._domain_id is None:
            domain = yield from _engine.perform(tokens.get_domain(), self._ctx)
            self._domain_id = domain.domain_id
        return self._domain_id

    def _claims_to_sign(
        self, token: tuple[dict[str, Any], float], domain_id: str | None
    ) -> dict[str, Any]:
        """The claims of a self-signed token of ``_token_properties``' result, checked before
        any request; ``d`` is filled in by :meth:`_signed` once the domain id is known."""
        properties, now = token
        return tokens.claims_to_sign(properties, issued_at=now, domain_id=domain_id)

    def _signed(self, claims: dict[str, Any], domain_id: str) -> str:
        return tokens.signed_token(claims, domain_id=domain_id, key=self._api_key)

    def _create_token_call(self, properties: Mapping[str, Any]) -> _engine.Call[str]:
        return tokens.create_meeting_token(properties, unknown=self._unknown)

    @staticmethod
    def _bulk_targets(rooms: Iterable[str]) -> list[BulkTarget]:
        """Each room (name or URL) with its name, or the validation error that keeps it from
        being sent."""
        if isinstance(rooms, (str, bytes)):
            raise TypeError("rooms must be an iterable of room names or URLs, not one string")
        targets: list[BulkTarget] = []
        for room in rooms:
            try:
                targets.append((room, room_name_or_url(room), None))
            except (DailyValidationError, TypeError) as exc:
                error = exc if isinstance(exc, DailyError) else DailyValidationError(str(exc))
                targets.append((str(room), None, error))
        return targets

    @staticmethod
    def _check_concurrency(concurrency: object) -> int:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise DailyValidationError(
                f"concurrency must be an int of at least 1, not {concurrency!r}"
            )
        return concurrency

    def _delete_call(self, room_name: str) -> _engine.Call[bool]:
        """Delete a room: ``True`` when deleted now, ``False`` when it was already gone."""
        return _rooms.delete_room_call(room_name)

    def _delete_rooms_op(
        self, targets: list[BulkTarget], progress: BulkProgress
    ) -> _engine.Operation[list[DeleteOutcome]]:
        """Delete the rooms of a bulk delete by batches (see :mod:`daily_helpers._batch`):
        each distinct valid name is sent once, and every entry that names it gets its
        outcome; invalid entries are never sent. ``progress`` is told of each entry."""
        from . import _batch  # on first use: importing the helper stays cheap

        outcomes: list[DeleteOutcome | None] = [None] * len(targets)
        entries: dict[str, list[int]] = {}
        for index, (room, name, error) in enumerate(targets):
            if name is None:
                outcomes[index] = progress(DeleteOutcome(room, None, "error", error))
            else:
                entries.setdefault(name, []).append(index)

        def report(name: str, status: _batch.Status, error: DailyError | None) -> None:
            for index in entries[name]:
                outcome = DeleteOutcome(targets[index][0], name, status, error)
                outcomes[index] = progress(outcome)

        yield from _batch.delete_rooms_op(list(entries), self._ctx, report)
        return [outcome for outcome in outcomes if outcome is not None]

    def _update_call(
        self,
        room_name: str,
        privacy: str | None,
        properties: DailyRoomProperties | Mapping[str, Any] | None,
    ) -> _engine.Call[DailyRoomObject]:
        return _rooms.update_room(
            room_name, privacy=privacy, properties=properties, unknown=self._unknown
        )

    def _create_call(self, params: DailyRoomParams | None) -> _engine.Call[DailyRoomObject]:
        return _rooms.create_room(params, unknown=self._unknown)
