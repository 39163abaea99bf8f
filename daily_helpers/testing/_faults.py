"""Faults the fake can inject: scripted failures and Daily's rate limits (429)."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._daily import Reply

__all__ = ["DAILY_LIMITS", "Failure", "RateLimitWindows", "limits_from"]

#: Daily's documented limits as (requests, window seconds): 100 per 5 s in general,
#: 50 per 30 s for DELETE /rooms/{name}.
DAILY_LIMITS: Mapping[str, tuple[int, float]] = {"general": (100, 5.0), "room_delete": (50, 30.0)}

BODIES = ("json", "malformed", "html", "empty")


@dataclass
class Failure:
    """The next ``times`` calls of ``operation`` (an operationId, or ``"*"``): answer
    ``status`` with a ``body`` (a kind from :data:`BODIES`, or JSON to send), or drop the
    connection, or (``status`` ``None``) answer as usual; first wait ``stall`` seconds."""

    operation: str
    status: int | None
    times: int
    body: str | Mapping[str, Any] | list[Any] = "json"
    retry_after: str | None = None
    drop: bool = False
    stall: float = 0.0
    headers: Mapping[str, str] = field(default_factory=dict)

    def reply(self, operation: str) -> Reply:
        """The scripted answer (not for a stall of the usual answer: ``status`` ``None``)."""
        if self.drop:
            return Reply(0, operation=operation, drop=True, delay=self.stall)
        assert self.status is not None, "a stall alone has no scripted answer"
        headers = {"Content-Type": "application/json"}
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        if not isinstance(self.body, str):
            content = json.dumps(self.body).encode()
        elif self.body == "malformed":
            content = b'{"error": "server-error", "info": '
        elif self.body == "html":
            headers["Content-Type"] = "text/html"
            content = f"<html><body><h1>Error {self.status}</h1></body></html>".encode()
        elif self.body == "empty":
            content = b""
        else:
            content = json.dumps({"error": _kind(self.status), "info": "scripted failure"}).encode()
        headers.update(self.headers)
        return Reply(self.status, content, headers, operation, delay=self.stall)

    def describe(self) -> dict[str, Any]:
        """This fault as the control API shows it (``GET /_fake/faults``)."""
        shown: dict[str, Any] = {"operation": self.operation, "times": self.times}
        if self.drop:
            shown["drop"] = True
        elif self.status is not None:
            shown.update(status=self.status, body=self.body)
            if self.retry_after is not None:
                shown["retry_after"] = self.retry_after
            if self.headers:
                shown["headers"] = dict(self.headers)
        if self.stall:
            shown["stall"] = self.stall
        return shown


def _kind(status: int) -> str:
    return {
        400: "invalid-request-error",
        401: "authentication-error",
        403: "forbidden-error",
        404: "not-found",
        429: "rate-limit-error",
    }.get(status, "server-error")


def limits_from(value: object) -> dict[str, tuple[int, float]] | None:
    """``None``/``"off"`` (no limits), ``"daily"``, a mapping of bucket to (requests, seconds),
    or any object with ``general`` and ``room_delete`` limits that have ``requests`` and
    ``per_seconds`` (such as daily_helpers' ``RateLimits``)."""
    if value is None or value == "off":
        return None
    if value == "daily":
        return dict(DAILY_LIMITS)
    if isinstance(value, Mapping):
        out = {str(k): (int(v[0]), float(v[1])) for k, v in value.items()}
    else:
        try:
            out = {
                name: (int(limit.requests), float(limit.per_seconds))
                for name in ("general", "room_delete")
                for limit in [getattr(value, name)]
            }
        except AttributeError:
            raise TypeError(
                "rate_limits must be None, 'off', 'daily', a mapping of bucket to "
                f"(requests, seconds), or an object with general/room_delete limits; not {value!r}"
            ) from None
    unknown = set(out) - set(DAILY_LIMITS)
    if unknown:
        raise ValueError(f"unknown rate-limit buckets {sorted(unknown)}; use general, room_delete")
    return out


class RateLimitWindows:
    """A sliding window per bucket, counted on receipt. Only admitted requests count, so a
    client that backs off gets in again once the window has moved on."""

    def __init__(self, limits: Mapping[str, tuple[int, float]]) -> None:
        self.limits = dict(limits)
        self._seen: dict[str, deque[float]] = {name: deque() for name in self.limits}

    def admit(self, bucket: str, now: float) -> bool:
        if bucket not in self.limits:
            return True
        requests, window = self.limits[bucket]
        seen = self._seen[bucket]
        while seen and seen[0] <= now - window:
            seen.popleft()
        if len(seen) >= requests:
            return False
        seen.append(now)
        return True


def rate_limited() -> tuple[int, Any, Mapping[str, str]]:
    return 429, {"error": "rate-limit-error", "info": "rate limit exceeded"}, {}
