"""What the async and the sync helper share: configuration, argument checks, and the calls
each public method makes. The two helpers add only the I/O (``await`` or not)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import attrs

from . import _core, tokens
from ._policy import RateLimiter, RetryPolicy, make_rate_limiter
from ._transport import Timeout
from ._version import __version__
from .errors import DailyError, DailyValidationError, NotFoundError
from .models import (
    DailyMeetingTokenParams,
    DailyRoomObject,
    DailyRoomParams,
    DailyRoomProperties,
    RoomPage,
)
from .urls import get_name_from_url, room_name_or_url

__all__ = ["DEFAULT_API_URL", "DeleteOutcome", "HelperBase"]

DEFAULT_API_URL = "https://api.daily.co/v1"


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


def delete_outcome(room: str, name: str | None, error: BaseException | None) -> DeleteOutcome:
    """Classify one bulk-delete result; a non-Daily error is not ours to swallow."""
    if error is None:
        return DeleteOutcome(room, name, "deleted")
    if isinstance(error, NotFoundError):
        return DeleteOutcome(room, name, "already_gone")
    if isinstance(error, DailyError):
        return DeleteOutcome(room, name, "error", error)
    raise error


def next_cursor(page: RoomPage, limit: int) -> str | None:
    """The ``starting_after`` of the page after ``page``, or ``None`` when it was the last."""
    if len(page.rooms) < limit:
        return None
    return page.next_cursor


class HelperBase:
    """Configuration and pure call-building shared by both helpers."""

    def __init__(
        self,
        *,
        daily_api_key: str,
        daily_api_url: str,
        timeout: float | Timeout,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        rate_limits: object,
        clock: Callable[[], float] | None,
    ) -> None:
        if not isinstance(daily_api_key, str) or not daily_api_key.strip():
            raise DailyValidationError("daily_api_key must be a non-empty string")
        if not isinstance(daily_api_url, str) or not daily_api_url.startswith(
            ("https://", "http://")
        ):
            raise DailyValidationError(
                f"daily_api_url must be an http(s) URL such as {DEFAULT_API_URL!r}"
            )
        self._api_key = daily_api_key.strip()
        self._api_url = daily_api_url.rstrip("/")
        self._timeout = Timeout.coerce(timeout)
        self._clock = clock if clock is not None else time.time
        if retry_policy is None:
            retry_policy = RetryPolicy(max_retries=max_retries)
        self._limiter: RateLimiter | None = make_rate_limiter(
            rate_limits, clock=self._clock, api_key=self._api_key
        )
        self._ctx = _core.Context(
            policy=retry_policy, clock=self._clock, rate_limited=self._limiter is not None
        )
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

    @staticmethod
    def get_name_from_url(room_url: str) -> str:
        """The room name of a room URL; see :func:`daily_helpers.urls.get_name_from_url`."""
        return get_name_from_url(room_url)

    # --- pure call building, one per public method ------------------------------------------

    def _token_call(
        self,
        room_url: str,
        expiry_time: float,
        eject_at_token_exp: bool,
        owner: bool,
        params: DailyMeetingTokenParams | None,
    ) -> _core.Call[str]:
        properties = tokens.token_properties(
            room_name=get_name_from_url(room_url),
            expiry_time=expiry_time,
            eject_at_token_exp=eject_at_token_exp,
            owner=owner,
            params=params,
            now=self._clock(),
        )
        return _core.create_meeting_token(properties)

    def _signing_properties(
        self,
        room_url: str,
        expiry_time: float,
        eject_at_token_exp: bool,
        owner: bool,
        params: DailyMeetingTokenParams | None,
    ) -> tuple[dict[str, Any], int]:
        """The checked properties of a self-signed token, and its ``iat`` (Unix seconds)."""
        now = self._clock()
        properties = tokens.token_properties(
            room_name=get_name_from_url(room_url),
            expiry_time=expiry_time,
            eject_at_token_exp=eject_at_token_exp,
            owner=owner,
            params=params,
            now=now,
        )
        strict = _core.strict_token_properties(properties)
        tokens.claims_from_properties(strict, domain_id="-", issued_at=0)  # fail before I/O
        return strict, int(now)

    def _sign(self, properties: Mapping[str, Any], issued_at: int, domain_id: object) -> str:
        claims = tokens.claims_from_properties(
            properties, domain_id=self._check_domain_id(domain_id), issued_at=issued_at
        )
        return tokens.sign_claims(claims, self._api_key)

    @staticmethod
    def _check_domain_id(domain_id: object) -> str:
        if not isinstance(domain_id, str) or not domain_id:
            raise DailyValidationError("domain_id must be a non-empty string (GET / answers it)")
        return domain_id

    @staticmethod
    def _bulk_targets(rooms: Iterable[str]) -> list[tuple[str, str | None, DailyError | None]]:
        """Each room (name or URL) with its name, or the validation error that keeps it from
        being sent."""
        if isinstance(rooms, (str, bytes)):
            raise TypeError("rooms must be an iterable of room names or URLs, not one string")
        targets: list[tuple[str, str | None, DailyError | None]] = []
        for room in rooms:
            try:
                targets.append((room, room_name_or_url(room), None))
            except (DailyValidationError, TypeError) as exc:
                error = exc if isinstance(exc, DailyError) else DailyValidationError(str(exc))
                targets.append((str(room), None, error))
        return targets

    @staticmethod
    def _update_call(
        room_name: str,
        privacy: str | None,
        properties: DailyRoomProperties | Mapping[str, Any] | None,
    ) -> _core.Call[DailyRoomObject]:
        return _core.update_room(room_name, privacy=privacy, properties=properties)

    @staticmethod
    def _create_call(params: DailyRoomParams | None) -> _core.Call[DailyRoomObject]:
        return _core.create_room(params)
