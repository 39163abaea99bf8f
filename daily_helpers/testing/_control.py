"""The control API of ``daily-helpers fake serve``: requests under ``/_fake/`` become calls of
the same :class:`FakeDaily` methods Python tests use, so the rules (which operations, how
many times, what a clock move means) exist once. Transport-neutral: the server passes the
method, path and body in and sends the status, JSON and headers out."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import FakeDaily, LoggedRequest

__all__ = ["PREFIX", "control", "is_loopback"]

PREFIX = "/_fake"

Answer = tuple[int, Any, Mapping[str, str]]


class _Refused(Exception):
    """A control request the fake cannot act on; ``str()`` says why (a 400's ``info``)."""


def is_loopback(address: str | None) -> bool:
    """Whether a peer address is this machine's (IPv4-mapped IPv6 included)."""
    if address is None:
        return False
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def control(fake: FakeDaily, method: str, path: str, body: bytes, *, peer: str | None) -> Answer:
    """Answer one control request (``path`` starts with ``/_fake``) from the client at
    address ``peer``."""
    if not is_loopback(peer):
        # The control API stops clocks and scripts failures for every client of this fake:
        # only this machine may use it, even when the fake listens on every interface.
        return _error(403, "forbidden-error", "the control API answers loopback clients only")
    endpoint = _ENDPOINTS.get(path.rstrip("/"))
    if endpoint is None:
        known = ", ".join(sorted(_ENDPOINTS))
        return _error(404, "not-found", f"no control endpoint {path}; there are {known}")
    handler = endpoint.get(method.upper())
    if handler is None:
        allow = ", ".join(sorted(endpoint))
        return _error(405, "method-not-allowed", f"{method} is not allowed here", Allow=allow)
    try:
        return 200, handler(fake, body), {}
    except (_Refused, ValueError, TypeError) as refused:
        # FakeDaily's own checks raise ValueError/TypeError with messages meant for people.
        return _error(400, "invalid-control-request", str(refused))


def _error(status: int, kind: str, info: str, **headers: str) -> Answer:
    return status, {"error": kind, "info": info}, headers


def _object(body: bytes, *, allowed: set[str]) -> dict[str, Any]:
    try:
        parsed = json.loads(body) if body.strip() else None
    except (ValueError, UnicodeDecodeError):
        raise _Refused("the body is not valid JSON") from None
    if not isinstance(parsed, dict):
        raise _Refused("the body must be a JSON object")
    unknown = sorted(set(parsed) - allowed)
    if unknown:
        raise _Refused(f"unknown keys {unknown}; allowed: {sorted(allowed)}")
    return parsed


# --- faults ---------------------------------------------------------------------------------

_ANSWER_KEYS = ("body", "retry_after", "headers")


def _add_fault(fake: FakeDaily, body: bytes) -> Any:
    spec = _object(body, allowed={"operation", "times", "status", "drop", "stall", *_ANSWER_KEYS})
    common = {key: spec.pop(key) for key in ("operation", "times") if key in spec}
    drop = spec.pop("drop", False)
    if drop is not True and drop is not False:
        raise _Refused(f"drop must be true or false, not {drop!r}")
    stray = [key for key in _ANSWER_KEYS if key in spec]
    if drop:
        if "status" in spec or stray:
            raise _Refused("a dropped connection has no status, body, retry_after or headers")
        fake.drop_next(**common, stall=spec.get("stall", 0.0))
    elif "status" in spec:
        fake.fail_next(**common, **spec)
    elif "stall" in spec:
        if stray:
            raise _Refused(f"{', '.join(stray)} needs a status")
        fake.stall_next(**common, seconds=spec["stall"])
    else:
        raise _Refused("a fault needs a status, drop: true, or a stall")
    return {"faults": fake.faults}


def _faults(fake: FakeDaily, _body: bytes) -> Any:
    return {"faults": fake.faults}


def _clear_faults(fake: FakeDaily, _body: bytes) -> Any:
    fake.clear_faults()
    return {"faults": []}


# --- clock, log, reset ------------------------------------------------------------------------


def _clock(fake: FakeDaily) -> dict[str, Any]:
    return {"now": fake.now(), "running": fake.clock_running}


def _get_clock(fake: FakeDaily, _body: bytes) -> Any:
    return _clock(fake)


def _move_clock(fake: FakeDaily, body: bytes) -> Any:
    spec = _object(body, allowed={"advance", "set"})
    if len(spec) != 1:
        raise _Refused('give exactly one of {"advance": seconds} or {"set": unix_seconds}')
    if "set" in spec:
        fake.set_clock(spec["set"])
    else:
        fake.advance_clock(spec["advance"])
    return _clock(fake)


def _logged(entry: LoggedRequest) -> dict[str, Any]:
    return {
        "method": entry.method,
        "path": entry.path,
        "query": dict(entry.query),
        "body": entry.json,
        "status": entry.status,
        "operation": entry.operation,
    }


def _requests(fake: FakeDaily, _body: bytes) -> Any:
    return {"requests": [_logged(entry) for entry in fake.requests]}


def _clear_requests(fake: FakeDaily, _body: bytes) -> Any:
    fake.clear_requests()
    return {"requests": []}


def _reset(fake: FakeDaily, _body: bytes) -> Any:
    fake.reset()
    return _clock(fake)


# --- participants (presence, eject) ---------------------------------------------------------


def _add_participant(fake: FakeDaily, body: bytes) -> Any:
    spec = _object(body, allowed={"room", "user_name", "user_id", "session_id"})
    room = spec.pop("room", None)
    if not isinstance(room, str):
        raise _Refused("room must be the name of a live room")
    participant = fake.add_participant(room, **spec)
    return {"participant": participant, "participants": fake.participants(room)}


_ENDPOINTS: Mapping[str, Mapping[str, Callable[[FakeDaily, bytes], Any]]] = {
    f"{PREFIX}/participants": {"POST": _add_participant},
    f"{PREFIX}/faults": {"GET": _faults, "POST": _add_fault, "DELETE": _clear_faults},
    f"{PREFIX}/clock": {"GET": _get_clock, "POST": _move_clock},
    f"{PREFIX}/requests": {"GET": _requests, "DELETE": _clear_requests},
    f"{PREFIX}/reset": {"POST": _reset},
}
