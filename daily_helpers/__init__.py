"""daily-helpers: a typed, tested, resilient client for Daily's rooms and meeting-tokens API.

A drop-in for pipecat's ``DailyRESTHelper``: the same names, fields and defaults. Public names
are loaded on first use, so ``import daily_helpers`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    # Explicit re-exports (``as``), so type checkers see every public name under --strict;
    # at run time each is imported on first use (``__getattr__``).
    from ._base import DeleteOutcome as DeleteOutcome
    from ._checks import UnknownPropertyWarning as UnknownPropertyWarning
    from ._helper import DailyRESTHelper as DailyRESTHelper
    from ._helper_sync import DailyRESTHelperSync as DailyRESTHelperSync
    from ._policy import RetryPolicy as RetryPolicy
    from ._rate_limit import (
        DAILY_RATE_LIMITS as DAILY_RATE_LIMITS,
    )
    from ._rate_limit import (
        Limit as Limit,
    )
    from ._rate_limit import (
        RateLimiter as RateLimiter,
    )
    from ._rate_limit import (
        RateLimits as RateLimits,
    )
    from ._rate_limit import (
        RateLimitSlot as RateLimitSlot,
    )
    from ._redis_limiter import (
        RateLimiterUnavailableError as RateLimiterUnavailableError,
    )
    from ._redis_limiter import (
        RedisRateLimiter as RedisRateLimiter,
    )
    from ._transport import Timeout as Timeout
    from .errors import (
        AuthenticationError as AuthenticationError,
    )
    from .errors import (
        BadRequestError as BadRequestError,
    )
    from .errors import (
        ConflictError as ConflictError,
    )
    from .errors import (
        DailyAPIError as DailyAPIError,
    )
    from .errors import (
        DailyConnectionError as DailyConnectionError,
    )
    from .errors import (
        DailyError as DailyError,
    )
    from .errors import (
        DailyTimeoutError as DailyTimeoutError,
    )
    from .errors import (
        DailyValidationError as DailyValidationError,
    )
    from .errors import (
        ForbiddenError as ForbiddenError,
    )
    from .errors import (
        HelperClosedError as HelperClosedError,
    )
    from .errors import (
        InvalidRoomNameError as InvalidRoomNameError,
    )
    from .errors import (
        InvalidRoomURLError as InvalidRoomURLError,
    )
    from .errors import (
        NotFoundError as NotFoundError,
    )
    from .errors import (
        RateLimitError as RateLimitError,
    )
    from .errors import (
        ServerError as ServerError,
    )
    from .errors import (
        UnexpectedResponseError as UnexpectedResponseError,
    )
    from .models import (
        DailyMeetingTokenParams as DailyMeetingTokenParams,
    )
    from .models import (
        DailyMeetingTokenProperties as DailyMeetingTokenProperties,
    )
    from .models import (
        DailyRoomDialinConfig as DailyRoomDialinConfig,
    )
    from .models import (
        DailyRoomObject as DailyRoomObject,
    )
    from .models import (
        DailyRoomParams as DailyRoomParams,
    )
    from .models import (
        DailyRoomProperties as DailyRoomProperties,
    )
    from .models import (
        DailyRoomSipParams as DailyRoomSipParams,
    )
    from .models import (
        RecordingsBucketConfig as RecordingsBucketConfig,
    )
    from .models import (
        RoomPage as RoomPage,
    )
    from .models import (
        TranscriptionBucketConfig as TranscriptionBucketConfig,
    )
    from .sip import DailySIPClientObject as DailySIPClientObject
    from .sip import DailySIPClientPage as DailySIPClientPage
    from .sip import DailySIPClientParams as DailySIPClientParams
    from .tokens import decode_token as decode_token
    from .urls import get_name_from_url as get_name_from_url

_WHERE = {
    "DeleteOutcome": "._base",
    "UnknownPropertyWarning": "._checks",
    "DailyRESTHelper": "._helper",
    "DailyRESTHelperSync": "._helper_sync",
    "RetryPolicy": "._policy",
    "DAILY_RATE_LIMITS": "._rate_limit",
    "Limit": "._rate_limit",
    "RateLimiter": "._rate_limit",
    "RateLimits": "._rate_limit",
    "RateLimitSlot": "._rate_limit",
    "RateLimiterUnavailableError": "._redis_limiter",
    "RedisRateLimiter": "._redis_limiter",
    "Timeout": "._transport",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "ConflictError": ".errors",
    "DailyAPIError": ".errors",
    "DailyConnectionError": ".errors",
    "DailyError": ".errors",
    "DailyTimeoutError": ".errors",
    "DailyValidationError": ".errors",
    "ForbiddenError": ".errors",
    "HelperClosedError": ".errors",
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
    "DailySIPClientObject": ".sip",
    "DailySIPClientPage": ".sip",
    "DailySIPClientParams": ".sip",
    "decode_token": ".tokens",
    "get_name_from_url": ".urls",
}

#: Written out (not computed) so that type checkers read it.
__all__ = [
    "DAILY_RATE_LIMITS",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DailyAPIError",
    "DailyConnectionError",
    "DailyError",
    "DailyMeetingTokenParams",
    "DailyMeetingTokenProperties",
    "DailyRESTHelper",
    "DailyRESTHelperSync",
    "DailyRoomDialinConfig",
    "DailyRoomObject",
    "DailyRoomParams",
    "DailyRoomProperties",
    "DailyRoomSipParams",
    "DailySIPClientObject",
    "DailySIPClientPage",
    "DailySIPClientParams",
    "DailyTimeoutError",
    "DailyValidationError",
    "DeleteOutcome",
    "ForbiddenError",
    "HelperClosedError",
    "InvalidRoomNameError",
    "InvalidRoomURLError",
    "Limit",
    "NotFoundError",
    "RateLimitError",
    "RateLimitSlot",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RateLimits",
    "RecordingsBucketConfig",
    "RedisRateLimiter",
    "RetryPolicy",
    "RoomPage",
    "ServerError",
    "Timeout",
    "TranscriptionBucketConfig",
    "UnexpectedResponseError",
    "UnknownPropertyWarning",
    "__version__",
    "decode_token",
    "get_name_from_url",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'daily_helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
