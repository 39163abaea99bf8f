"""daily-helpers: a typed, tested, resilient client for Daily's rooms and meeting-tokens API.

A drop-in for pipecat's ``DailyRESTHelper``: the same names, fields and defaults. Public names
are loaded on first use, so ``import daily_helpers`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._base import DeleteOutcome
    from ._helper import DailyRESTHelper
    from ._helper_sync import DailyRESTHelperSync
    from ._policy import RetryPolicy
    from ._rate_limit import DAILY_RATE_LIMITS, Limit, RateLimiter, RateLimits, RateLimitSlot
    from ._redis_limiter import RateLimiterUnavailableError, RedisRateLimiter
    from ._transport import Timeout
    from .errors import (
        AuthenticationError,
        BadRequestError,
        DailyAPIError,
        DailyConnectionError,
        DailyError,
        DailyTimeoutError,
        DailyValidationError,
        ForbiddenError,
        InvalidRoomNameError,
        InvalidRoomURLError,
        NotFoundError,
        RateLimitError,
        ServerError,
        UnexpectedResponseError,
    )
    from .models import (
        DailyMeetingTokenParams,
        DailyMeetingTokenProperties,
        DailyRoomDialinConfig,
        DailyRoomObject,
        DailyRoomParams,
        DailyRoomProperties,
        DailyRoomSipParams,
        RecordingsBucketConfig,
        RoomPage,
        TranscriptionBucketConfig,
    )
    from .tokens import decode_token
    from .urls import get_name_from_url

_WHERE = {
    "DeleteOutcome": "._base",
    "DailyRESTHelper": "._helper",
    "DailyRESTHelperSync": "._helper_sync",
    "DAILY_RATE_LIMITS": "._rate_limit",
    "Limit": "._rate_limit",
    "RateLimiter": "._rate_limit",
    "RateLimits": "._rate_limit",
    "RateLimitSlot": "._rate_limit",
    "RetryPolicy": "._policy",
    "RateLimiterUnavailableError": "._redis_limiter",
    "RedisRateLimiter": "._redis_limiter",
    "Timeout": "._transport",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "DailyAPIError": ".errors",
    "DailyConnectionError": ".errors",
    "DailyError": ".errors",
    "DailyTimeoutError": ".errors",
    "DailyValidationError": ".errors",
    "ForbiddenError": ".errors",
    "InvalidRoomNameError": ".errors",
    "InvalidRoomURLError": ".errors",
    "NotFoundError": ".errors",
    "RateLimitError": ".errors",
    "ServerError": ".errors",
    "UnexpectedResponseError": ".errors",
    "DailyMeetingTokenParams": ".models",
    "DailyMeetingTokenProperties": ".models",
    "DailyRoomObject": ".models",
    "DailyRoomDialinConfig": ".models",
    "DailyRoomParams": ".models",
    "DailyRoomProperties": ".models",
    "DailyRoomSipParams": ".models",
    "RecordingsBucketConfig": ".models",
    "RoomPage": ".models",
    "TranscriptionBucketConfig": ".models",
    "decode_token": ".tokens",
    "get_name_from_url": ".urls",
}

__all__ = ["__version__", *_WHERE]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'daily_helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
