"""The error hierarchy, and the one function that maps a Daily response to an error.

Every exception a facade call raises is a :class:`DailyError`. HTTP failures are
:class:`DailyAPIError` subclasses keyed by status; transport failures are
:class:`DailyConnectionError` (and :class:`DailyTimeoutError`); bad arguments are
:class:`DailyValidationError`, which is also a :class:`ValueError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._safety import loads

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DailyAPIError",
    "DailyConnectionError",
    "DailyError",
    "DailyTimeoutError",
    "DailyValidationError",
    "ForbiddenError",
    "HelperClosedError",
    "InvalidRoomNameError",
    "InvalidRoomURLError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "error_from_response",
]

#: How much of an unreadable body an error keeps (characters).
EXCERPT_CHARS = 200


def _rebuild(cls: type[DailyError], args: tuple[Any, ...]) -> DailyError:
    """An error of ``cls`` with ``args``, its attributes restored by pickle afterwards (the
    constructors take keyword-only arguments that ``args`` does not hold)."""
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class DailyError(Exception):
    """Base class of every error raised by daily-helpers.

    Every one pickles and unpickles with its attributes (for process pools and queues)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args), self.__dict__ or None)


class DailyValidationError(DailyError, ValueError):
    """An argument was rejected before any request was sent."""


class InvalidRoomURLError(DailyValidationError):
    """A string is not a Daily room URL under the documented rules.

    ``kind`` names the rule it broke, as a stable string shared with ports in other
    languages (see ``daily_helpers.urls.URL_ERROR_KINDS`` and ``conformance/room_urls.json``).
    """

    def __init__(self, message: str, *, kind: str) -> None:
        super().__init__(message)
        #: The broken rule, e.g. ``"no_scheme"`` or ``"invalid_name"``.
        self.kind = kind


class InvalidRoomNameError(DailyValidationError):
    """A string is not a valid Daily room name (``^[A-Za-z0-9_-]{1,128}$``)."""


class HelperClosedError(DailyValidationError):
    """The helper (or the HTTP client it was given) is closed: create a new one."""


class DailyConnectionError(DailyError):
    """The request could not be completed at the transport level."""

    def __init__(self, message: str, *, method: str, path: str, sent: bool) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        #: Whether the request may have reached Daily (``False``: it certainly did not).
        self.sent = sent

    def __str__(self) -> str:
        return f"{self.args[0]} ({self.method} {self.path})"


class DailyTimeoutError(DailyConnectionError):
    """The request timed out (connect, read, or the helper's total timeout)."""


class DailyAPIError(DailyError):
    """Daily answered with an error status, or with a body that is not the documented shape."""

    def __init__(
        self,
        *,
        status_code: int,
        error_type: str | None,
        info: str | None,
        body: Any,
        method: str,
        path: str,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(status_code, error_type, info)
        self.status_code = status_code
        #: Daily's stable ``error`` string, e.g. ``"invalid-request-error"``.
        self.error_type = error_type
        #: Daily's human-readable ``info`` text (may change between releases).
        self.info = info
        #: The parsed JSON body, or a short text excerpt of a body that is not JSON.
        self.body = body
        self.method = method
        self.path = path
        #: Daily's ``Retry-After`` in seconds, on any status that carried a readable one
        #: (only a 429 waits for it); on a 429 without one, the backoff the policy chose.
        self.retry_after = retry_after

    def __str__(self) -> str:
        kind = f" {self.error_type}" if self.error_type else ""
        info = f": {self.info}" if self.info else ""
        return f"{self.status_code}{kind}{info} ({self.method} {self.path})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, "
            f"error_type={self.error_type!r}, info={self.info!r}, "
            f"method={self.method!r}, path={self.path!r})"
        )


class BadRequestError(DailyAPIError):
    """400: Daily rejected the request (``invalid-request-error``, ``json-parsing-error``…)."""


class AuthenticationError(DailyAPIError):
    """401 ``authentication-error``, or 400 ``authorization-header-error``.

    The message names the API base URL the helper used (``base_url``), never the key: a key
    of one environment sent to another is the usual cause.
    """

    #: The helper's API base URL, e.g. ``https://api.daily.co/v1`` (set by the helper).
    base_url: str | None = None

    def __str__(self) -> str:
        text = super().__str__()
        if self.base_url is None:
            return text
        return f"{text}; the API key was refused by {self.base_url}"


class ForbiddenError(DailyAPIError):
    """403: the key is valid but may not use this resource."""


class NotFoundError(DailyAPIError):
    """404: no such room (or the room's ``exp`` has passed)."""


class ConflictError(DailyAPIError):
    """409: the resource already exists (a SIP client's username is taken)."""


class RateLimitError(DailyAPIError):
    """429 ``rate-limit-error``, after the helper's retries ran out."""


class ServerError(DailyAPIError):
    """5xx: Daily (or a proxy in front of it) failed."""


class UnexpectedResponseError(DailyAPIError):
    """A 2xx whose body is not the documented shape (not JSON, a field missing or mistyped)."""


_BY_STATUS: dict[int, type[DailyAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


class TruncatedBody(bytes):
    """The first bytes of a response body that was refused, unread, for being over the
    helper's ``max_response_bytes`` (``limit``)."""

    limit: int

    def __new__(cls, start: bytes, *, limit: int) -> TruncatedBody:
        body = super().__new__(cls, start[: EXCERPT_CHARS * 4])
        body.limit = limit
        return body


def oversized_response(
    *, status_code: int, content: TruncatedBody, method: str, path: str
) -> UnexpectedResponseError:
    """A response whose body is over the size limit, whatever its status."""
    return unexpected_response(
        status_code=status_code,
        content=content,
        method=method,
        path=path,
        reason=f"the body is over the {content.limit}-byte limit (max_response_bytes)",
    )


def excerpt(content: bytes) -> str:
    """A short, printable excerpt of a response body."""
    text = content[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def error_from_response(
    *,
    status_code: int,
    content: bytes,
    method: str,
    path: str,
    retry_after: float | None = None,
) -> DailyAPIError:
    """Map a non-2xx response to the matching :class:`DailyAPIError` subclass.

    The one place where statuses become exception types. ``retry_after`` is in seconds. A body
    refused for its size (:class:`TruncatedBody`) is an :class:`UnexpectedResponseError`.
    """
    if isinstance(content, TruncatedBody):
        return oversized_response(
            status_code=status_code, content=content, method=method, path=path
        )
    body: Any
    error_type: str | None = None
    info: str | None = None
    try:
        body = loads(content) if content else None
    except (ValueError, RecursionError):
        body = excerpt(content)
    if isinstance(body, Mapping):
        raw_type, raw_info = body.get("error"), body.get("info")
        error_type = raw_type if isinstance(raw_type, str) else None
        info = raw_info if isinstance(raw_info, str) else None
    elif isinstance(body, str):
        info = body or None
    if status_code == 400 and error_type == "authorization-header-error":
        cls: type[DailyAPIError] = AuthenticationError
    elif status_code >= 500:
        cls = ServerError
    elif 400 <= status_code < 500:
        cls = _BY_STATUS.get(status_code, DailyAPIError)
    else:  # a redirect or an informational status: Daily documents neither
        cls = UnexpectedResponseError
    return cls(
        status_code=status_code,
        error_type=error_type,
        info=info,
        body=body,
        method=method,
        path=path,
        retry_after=retry_after,
    )


def unexpected_response(
    *, status_code: int, content: bytes, method: str, path: str, reason: str
) -> UnexpectedResponseError:
    """A 2xx whose body we could not read as the documented shape."""
    return UnexpectedResponseError(
        status_code=status_code,
        error_type=None,
        info=f"{reason}; body starts: {excerpt(content)!r}" if content else f"{reason}; empty body",
        body=excerpt(content),
        method=method,
        path=path,
    )
