"""The sans-IO engine at the bottom of both helpers: wire types, the actions an operation asks
its driver for, and the one retry loop. No HTTP library, no limiter, no event loop here.

An operation is a generator that yields actions (:class:`Send` a request, :class:`Sleep`,
:class:`Throttle` an endpoint class after a 429) and receives their results; it returns the
parsed result or raises a :class:`~daily_helpers.errors.DailyError`. The async and the sync
helper drive the same generators and differ only in how they wait.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Generator, Mapping
from typing import Any, Generic, NamedTuple, TypeGuard, TypeVar
from urllib.parse import quote

import attrs

from ._policy import RetryPolicy, RetrySafety, parse_retry_after
from ._safety import MAX_JSON_DEPTH, json_too_deep
from .errors import (
    DailyAPIError,
    DailyConnectionError,
    TruncatedBody,
    error_from_response,
    oversized_response,
    unexpected_response,
)

__all__ = [
    "Action",
    "Call",
    "Context",
    "Operation",
    "Request",
    "Response",
    "Send",
    "Sleep",
    "Throttle",
    "perform",
    "reached_daily",
    "read_body",
    "sent_at_once",
    "settled",
]

logger = logging.getLogger("daily_helpers")

T = TypeVar("T")

# The wire and action types are NamedTuples: immutable like frozen attrs classes, and several
# times cheaper to create (a few are created for every call).


class Request(NamedTuple):
    """One HTTP request, independent of the HTTP library that sends it."""

    method: str
    path: str
    params: Mapping[str, str] | None
    content: bytes | None


class Response(NamedTuple):
    """One HTTP response: status, headers (lower-case names) and the raw body."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes


class Send(NamedTuple):
    """Send a request of an endpoint class (``bucket``), within its rate limit; the result is a
    :class:`Response`, or the driver throws a :class:`DailyConnectionError` into the operation."""

    request: Request
    bucket: str


class Sleep(NamedTuple):
    """Wait ``seconds``; the result is ``None``."""

    seconds: float


class Throttle(NamedTuple):
    """Daily answered 429: hold every request of ``bucket`` that shares the rate limiter for
    ``seconds``; the result is ``None``."""

    bucket: str
    seconds: float


Action = Send | Sleep | Throttle
Operation = Generator[Action, Any, T]


class Call(NamedTuple, Generic[T]):
    """A single API call: the request, how safe it is to repeat, its endpoint class for the
    rate limits, how to read the answer, and, when a 404 is not an error (a delete: already
    gone), the result it stands for."""

    request: Request
    safety: RetrySafety
    bucket: str
    parse: Callable[[Any], T]
    gone: Callable[[], T] | None = None


@attrs.frozen(kw_only=True)
class Context:
    """What an operation needs from its helper: the retry policy and the clock (Unix s)."""

    policy: RetryPolicy
    clock: Callable[[], float]


def reached_daily(answer: Response | DailyConnectionError) -> bool:
    """Whether Daily may have counted the request: anything but a failure before sending."""
    return not isinstance(answer, DailyConnectionError) or answer.sent


# --- the retry loop ------------------------------------------------------------------------


def sent_at_once() -> bool:
    """Whether a helper may send a single call's first attempt itself, without an operation
    (:func:`perform` logs each attempt, timed, when ``daily_helpers`` logs at DEBUG)."""
    return not logger.isEnabledFor(logging.DEBUG)


def settled(answer: Response | DailyConnectionError) -> TypeGuard[Response]:
    """Whether the answer to a call's first attempt is a success, for :func:`read_body`; any
    other answer goes to :func:`perform`, given as its ``answer``."""
    return type(answer) is Response and 200 <= answer.status_code < 300


def perform(
    call: Call[T], ctx: Context, answer: Response | DailyConnectionError | None = None
) -> Operation[T]:
    """Send ``call`` until it succeeds or the retry policy gives up; return the parsed body.
    ``answer`` is the answer to a first attempt the helper sent already (:func:`sent_at_once`).

    429s are counted apart from other failures: a refused request was not processed, so they
    have their own budget (``RetryPolicy.max_rate_limit_retries``)."""
    request = call.request
    send = Send(request, call.bucket)
    policy = ctx.policy
    attempt = 0  # retries after failures other than 429
    throttled = 0  # retries after 429
    while True:
        # Timing and formatting only when the line will be logged: this runs for every call.
        debug = logger.isEnabledFor(logging.DEBUG)
        started = time.perf_counter() if debug else 0.0
        failure: DailyConnectionError | None = None
        response: Response | None = None
        if answer is not None:
            if isinstance(answer, DailyConnectionError):
                failure = answer
            else:
                response = answer
            answer = None
        else:
            try:
                response = yield send
            except DailyConnectionError as exc:
                failure = exc
        if debug:
            logger.debug(
                "%s %s -> %s in %.1f ms (retry %d)",
                request.method,
                path_for_logs(request.path),
                response.status_code if response is not None else type(failure).__name__,
                (time.perf_counter() - started) * 1000,
                attempt + throttled,
            )
        delay: float | None
        if response is not None:
            if 200 <= response.status_code < 300:
                return read_body(call, response)
            if response.status_code == 404 and call.gone is not None:
                return call.gone()
            retry_after = parse_retry_after(response.headers.get("retry-after"), now=ctx.clock())
            limited = response.status_code == 429
            if limited:
                hold = policy.rate_limit_delay(throttled, retry_after)
                # Daily documents no Retry-After: tell the caller the wait we chose.
                retry_after = hold if retry_after is None else retry_after
            error: DailyAPIError | DailyConnectionError = error_from_response(
                status_code=response.status_code,
                content=response.content,
                method=request.method,
                path=path_for_logs(request.path),
                retry_after=retry_after,
            )
            if limited:
                # Everyone sharing the rate limiter holds off, not only this call.
                yield Throttle(call.bucket, hold)
            delay = policy.delay_after_status(
                attempt=throttled if limited else attempt,
                status_code=response.status_code,
                retry_after=retry_after,
                safety=call.safety,
            )
            if limited:
                throttled += 1
            else:
                attempt += 1
        else:
            assert failure is not None
            error = failure
            delay = policy.delay_after_connection_error(
                attempt=attempt, sent=failure.sent, safety=call.safety
            )
            attempt += 1
        if delay is None:
            raise error
        if debug:
            logger.debug(
                "%s %s: retry %d in %.2f s",
                request.method,
                path_for_logs(request.path),
                attempt + throttled,
                delay,
            )
        yield Sleep(delay)


# --- reading a 2xx body --------------------------------------------------------------------

_decode_json = json.JSONDecoder().decode


def _loads(content: bytes) -> Any:
    """``json.loads(content)``; a body starting ``{`` and a non-NUL byte is what ``json.loads``
    itself would decode as UTF-8, so that case skips its encoding detection. Nesting deeper
    than ``_safety.MAX_JSON_DEPTH`` is a ``ValueError``, checked before parsing."""
    # json_too_deep's own first test, inlined: most bodies have fewer brackets than the limit.
    if content.count(b"[") + content.count(b"{") > MAX_JSON_DEPTH and json_too_deep(content):
        raise ValueError("nested too deep")
    if content[:1] == b"{" and content[1:2] != b"\x00":
        return _decode_json(content.decode("utf-8", "surrogatepass"))
    return json.loads(content)


def read_body(call: Call[T], response: Response) -> T:
    """Parse a 2xx body with ``call.parse``; a body of the wrong shape is an
    :class:`~daily_helpers.errors.UnexpectedResponseError`, never a ``KeyError``."""
    request = call.request
    if isinstance(response.content, TruncatedBody):
        raise oversized_response(
            status_code=response.status_code,
            content=response.content,
            method=request.method,
            path=path_for_logs(request.path),
        )
    try:
        data = _loads(response.content)
    except (ValueError, RecursionError):
        raise unexpected_response(
            status_code=response.status_code,
            content=response.content,
            method=request.method,
            path=path_for_logs(request.path),
            reason="the body is not JSON",
        ) from None
    try:
        return call.parse(data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        reason = f"missing field {exc}" if isinstance(exc, KeyError) else f"bad shape ({exc})"
        raise unexpected_response(
            status_code=response.status_code,
            content=response.content,
            method=request.method,
            path=path_for_logs(request.path),
            reason=reason,
        ) from None


def path_for_logs(path: str) -> str:
    """A request path safe to show: a meeting token in it is shortened."""
    prefix = "/meeting-tokens/"
    if path.startswith(prefix) and len(path) > len(prefix) + 12:
        return prefix + quote(path[len(prefix) : len(prefix) + 8]) + "…"
    return path
