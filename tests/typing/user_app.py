"""A user's file importing every public name; ./scripts/test runs `mypy --strict` on it."""

# ruff: noqa: F401 (every public name is imported on purpose: mypy checks each is exported)

from __future__ import annotations

import warnings

from daily_helpers import (
    DAILY_RATE_LIMITS,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DailyAPIError,
    DailyConnectionError,
    DailyError,
    DailyMeetingTokenParams,
    DailyMeetingTokenProperties,
    DailyRESTHelper,
    DailyRESTHelperSync,
    DailyRoomDialinConfig,
    DailyRoomObject,
    DailyRoomParams,
    DailyRoomProperties,
    DailyRoomSipParams,
    DailySIPClientObject,
    DailySIPClientPage,
    DailySIPClientParams,
    DailyTimeoutError,
    DailyValidationError,
    DeleteOutcome,
    ForbiddenError,
    HelperClosedError,
    InvalidRoomNameError,
    InvalidRoomURLError,
    Limit,
    NotFoundError,
    RateLimiter,
    RateLimitError,
    RateLimiterUnavailableError,
    RateLimits,
    RateLimitSlot,
    RecordingsBucketConfig,
    RedisRateLimiter,
    RetryPolicy,
    RoomPage,
    ServerError,
    Timeout,
    TranscriptionBucketConfig,
    UnexpectedResponseError,
    UnknownPropertyWarning,
    __version__,
    decode_token,
    get_name_from_url,
)


async def start_bot_session(daily: DailyRESTHelper) -> tuple[str, str]:
    room: DailyRoomObject = await daily.create_room(
        DailyRoomParams(properties=DailyRoomProperties(exp=1.8e9, some_new_flag=True))
    )
    token: str = await daily.get_token(room.url, expiry_time=600)
    return room.url, token


def nightly(daily: DailyRESTHelperSync) -> list[DeleteOutcome]:
    warnings.simplefilter("ignore", UnknownPropertyWarning)
    page: RoomPage = daily.list_rooms(limit=10)
    return daily.delete_rooms([r.name for r in page.rooms])
