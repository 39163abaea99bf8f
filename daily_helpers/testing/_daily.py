"""Daily's semantics as a pure function of a request: method, path, query, headers and body
bytes in; status, headers and body bytes out. No I/O, no sleeping; faults live elsewhere."""

from __future__ import annotations

import hmac
import json
import math
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jwt

from ._rules import claims_of, properties_of, room_name_problem
from ._spec import NoRoute, Operation, Spec, SpecViolation
from ._store import RoomStore
from ._telephony import TelephonySemantics, TelephonyState

__all__ = ["DailySemantics", "Reply"]

BASE_PATH = "/v1"
_BEARER = re.compile(r"[Bb]earer +(\S+)")


@dataclass(frozen=True)
class Reply:
    """An answer. ``operation`` is the spec's operationId (``None`` when no route matched);
    ``drop`` means close the connection without answering; ``delay`` is seconds to wait
    before answering (or dropping), on top of the fake's latency."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    operation: str | None = None
    drop: bool = False
    delay: float = 0.0


def error(status: int, kind: str, info: str | None = None, **extra: Any) -> tuple[int, Any]:
    body: dict[str, Any] = {"error": kind}
    if info is not None:
        body["info"] = info
    body.update(extra)
    return status, body


def _past(exp: object, now: float) -> bool:
    return isinstance(exp, (int, float)) and not isinstance(exp, bool) and exp <= now


def _past_message(exp: object) -> str:
    return f"exp was '{exp}', which is in the past rather than in the future"


#: A gate runs after authentication (rate limits): an answer to send instead, or None.
Gate = Callable[[Operation], "tuple[int, Any, Mapping[str, str]] | None"]


class DailySemantics(TelephonySemantics):
    """One Daily domain: its key, name and id, its rooms, and its rules."""

    def __init__(
        self,
        *,
        api_key: str,
        domain_name: str,
        domain_id: str,
        store: RoomStore,
        spec: Spec,
        check_spec: bool = True,
    ) -> None:
        self.api_key = api_key
        self.domain_name = domain_name
        self.domain_id = domain_id
        self.store = store
        self.spec = spec
        self.check_spec = check_spec
        self.telephony = TelephonyState(store.now)

    # --- the whole exchange -------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        gate: Gate | None = None,
    ) -> Reply:
        """Answer one request. ``headers`` keys are matched case-insensitively."""
        route = self.route(method, path)
        if isinstance(route, Reply):
            return route
        return self.respond(route[0], route[1], query, headers, body, gate)

    def respond(
        self,
        op: Operation,
        path_values: dict[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        gate: Gate | None = None,
    ) -> Reply:
        """Answer a routed request; the answer is checked against the spec (a
        :class:`FakeSpecError` means the fake itself is wrong)."""
        status, payload, extra = self._answer(op, path_values, query, headers, body, gate)
        if self.check_spec:
            self.spec.check_response(op, status, payload)
        return Reply(status, _dump(payload), {**_JSON, **extra}, op.operation_id)

    def route(self, method: str, path: str) -> Reply | tuple[Operation, dict[str, str]]:
        """The operation for a request, or the 404/405 answer."""
        if path != BASE_PATH and not path.startswith(BASE_PATH + "/"):
            return _reply(*error(404, "not-found", f"no such path {path}"))
        try:
            return self.spec.match(method, path[len(BASE_PATH) :] or "/")
        except NoRoute as missing:
            if not missing.allowed:
                return _reply(*error(404, "not-found", f"no such path {path}"))
            allow = ", ".join(sorted(set(missing.allowed)))
            status, payload = error(405, "invalid-request-error", f"{method} is not allowed here")
            return Reply(status, _dump(payload), {**_JSON, "Allow": allow})

    def _answer(
        self,
        op: Operation,
        path_values: dict[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        gate: Gate | None,
    ) -> tuple[int, Any, Mapping[str, str]]:
        refused = self.authenticate(headers)
        if refused is not None:
            return (*refused, {})
        if gate is not None:
            gated = gate(op)
            if gated is not None:
                return gated
        try:
            parsed = json.loads(body) if body.strip() else None
        except (ValueError, UnicodeDecodeError):
            return (*error(400, "json-parsing-error", "the request body is not valid JSON"), {})
        try:
            params = self._check(op, path_values, query, parsed, bool(body.strip()))
        except SpecViolation as bad:
            return (*error(400, "invalid-request-error", str(bad)), {})
        handler = getattr(self, f"_op_{op.operation_id}")
        status, payload = handler(path_values, params, parsed)
        return status, payload, {}

    def authenticate(self, headers: Mapping[str, str]) -> tuple[int, Any] | None:
        value = next((v for k, v in headers.items() if k.lower() == "authorization"), None)
        found = _BEARER.fullmatch(value.strip()) if value is not None else None
        if found is None:
            return error(
                400,
                "authorization-header-error",
                "missing or malformed Authorization header (expected: Bearer <API key>)",
            )
        if not hmac.compare_digest(found.group(1).encode(), self.api_key.encode()):
            return error(401, "authentication-error")
        return None

    def _check(
        self,
        op: Operation,
        path_values: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
        has_body: bool,
    ) -> dict[str, Any]:
        name = path_values.get("room_name")
        if name is not None and (problem := room_name_problem(name)) is not None:
            raise SpecViolation(f"room_name: {problem}")
        if op.operation_id == "create_room" and isinstance(body, dict):
            given = body.get("name")
            if isinstance(given, str) and (problem := room_name_problem(given)) is not None:
                raise SpecViolation(f"name: {problem}")
        if op.operation_id in ("create_room", "update_room") and isinstance(body, dict):
            _truncate_room_times(body)
        if not self.check_spec:
            return {k: _loose(v) for k, v in query}
        return self.spec.check_request(op, path_values, query, body, has_body)

    # --- operations: (path values, parameters, body) -> (status, JSON) --------------------

    def _op_get_domain(self, _p: Any, _q: Any, _b: Any) -> tuple[int, Any]:
        return 200, {"domain_name": self.domain_name, "domain_id": self.domain_id, "config": {}}

    def _op_create_room(self, _p: Any, _q: Any, body: Any) -> tuple[int, Any]:
        body = body or {}
        properties = body.get("properties") or {}
        if _past(properties.get("exp"), self.store.now()):
            return error(400, "invalid-request-error", _past_message(properties["exp"]))
        problem = _pin_dialin_problem(properties, self.store.now())
        if problem is not None:
            return error(400, "invalid-request-error", problem)
        try:
            room = self.store.create(body.get("name"), body.get("privacy") or "public", properties)
        except ValueError as taken:
            return error(400, "invalid-request-error", str(taken))
        _set_dialin_code(room.properties, room.id)
        return 200, room.to_json(self.domain_name)

    def _op_list_rooms(self, _p: Any, params: Mapping[str, Any], _b: Any) -> tuple[int, Any]:
        rooms, total = self.store.page(
            int(params.get("limit", 100)), params.get("starting_after"), params.get("ending_before")
        )
        return 200, {"total_count": total, "data": [r.to_json(self.domain_name) for r in rooms]}

    def _op_get_room(self, path: Mapping[str, str], _q: Any, _b: Any) -> tuple[int, Any]:
        room = self.store.live(path["room_name"])
        if room is None:
            return _not_found(path["room_name"])
        return 200, room.to_json(self.domain_name)

    def _op_update_room(self, path: Mapping[str, str], _q: Any, body: Any) -> tuple[int, Any]:
        room = self.store.live(path["room_name"])
        if room is None:
            return _not_found(path["room_name"])
        body = body or {}
        properties = body.get("properties") or {}
        if _past(properties.get("exp"), self.store.now()):
            return error(400, "invalid-request-error", _past_message(properties["exp"]))
        problem = _pin_dialin_problem({**room.properties, **properties}, self.store.now())
        if problem is not None:
            return error(400, "invalid-request-error", problem)
        self.store.update(room, body.get("privacy"), properties)
        _set_dialin_code(room.properties, room.id)
        return 200, room.to_json(self.domain_name)

    def _op_delete_room(self, path: Mapping[str, str], _q: Any, _b: Any) -> tuple[int, Any]:
        name = path["room_name"]
        room = self.store.stored(name)
        if room is None:
            return _not_found(name)
        self.store.remove(name)
        self.telephony.forget_room(name)
        if room.expired(self.store.now()):
            return error(404, "not-found", f"room {name} not found", deleted=True)
        return 200, {"deleted": True, "name": name}

    def _op_delete_rooms_batch(self, _p: Any, _q: Any, body: Any) -> tuple[int, Any]:
        # All or nothing, as Daily documents: one name that is not a live room (missing or
        # expired) and nothing is deleted; Daily answers 400 (not 404) with its error body.
        names = list(dict.fromkeys(body["rooms"]))
        missing = [name for name in names if self.store.live(name) is None]
        if missing:
            return error(
                400,
                "invalid-request-error",
                f"room {missing[0]} not found; no rooms were deleted",
            )
        for name in names:
            self.store.remove(name)
        return 200, {"deleted_count": len(names)}

    def _op_get_room_presence(self, path: Mapping[str, str], _q: Any, _b: Any) -> tuple[int, Any]:
        if self.store.live(path["room_name"]) is None:
            return _not_found(path["room_name"])
        present = self.telephony.room_presence(path["room_name"])
        return 200, {"total_count": len(present), "data": present}

    def _op_create_meeting_token(self, _p: Any, _q: Any, body: Any) -> tuple[int, Any]:
        properties = dict((body or {}).get("properties") or {})
        now = self.store.now()
        if _past(properties.get("exp"), now):
            return error(400, "invalid-request-error", _past_message(properties["exp"]))
        claims = {**claims_of(properties), "d": self.domain_id, "iat": int(now)}
        return 200, {"token": jwt.encode(claims, self.api_key, algorithm="HS256")}

    def _op_validate_meeting_token(
        self, path: Mapping[str, str], params: Mapping[str, Any], _b: Any
    ) -> tuple[int, Any]:
        token = path["meeting_token"]
        try:
            claims = jwt.decode(
                token,
                self.api_key,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_nbf": False, "verify_iat": False},
            )
        except jwt.InvalidSignatureError:
            return error(400, "invalid-request-error", "token signature does not match")
        except jwt.PyJWTError:
            return error(400, "invalid-request-error", "not a valid meeting token")
        if claims.get("d") != self.domain_id:
            return error(400, "invalid-request-error", "token is not for this domain")
        now = self.store.now()
        for claim in ("exp", "nbf"):
            value = claims.get(claim)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                return error(400, "invalid-request-error", f"{claim} must be an integer")
        if _past(claims.get("exp"), now):
            return error(400, "invalid-request-error", _past_message(claims["exp"]))
        nbf = claims.get("nbf")
        if nbf is not None and nbf > now and not params.get("ignoreNbf", False):
            return error(400, "invalid-request-error", f"token is not valid before nbf {nbf}")
        properties = properties_of(claims)
        problem = self.spec.errors(self.spec.schema_pointer("MeetingTokenValidation"), properties)
        if problem is not None:
            return error(400, "invalid-request-error", f"token claim {problem}")
        return 200, properties


_JSON = {"Content-Type": "application/json"}


def _dump(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def _reply(status: int, payload: Any) -> Reply:
    return Reply(status, _dump(payload), dict(_JSON))


def _not_found(name: str) -> tuple[int, Any]:
    return error(404, "not-found", f"room {name} not found")


#: Daily's limit for rooms with PSTN dial-in: ``exp`` within this many seconds.
PIN_DIALIN_MAX_LIFETIME = 365 * 24 * 3600


def _pin_dialin_problem(properties: Mapping[str, Any], now: float) -> str | None:
    """Why a room with PIN dial-in (``dialin``) cannot be saved, if it cannot: Daily asks for
    an ``exp`` within 365 days."""
    if properties.get("dialin") is None:
        return None
    exp = properties.get("exp")
    if exp is None or exp > now + PIN_DIALIN_MAX_LIFETIME:
        return "dialin: a room with PSTN dial-in needs an exp within 365 days"
    return None


def _set_dialin_code(properties: dict[str, Any], room_id: str) -> None:
    """Daily gives a room with PIN dial-in a ``dialin_code`` (the PIN callers enter), kept
    while ``dialin`` is set; derived from the room id here, so a room keeps its code."""
    if properties.get("dialin") is None:
        properties.pop("dialin_code", None)
    elif "dialin_code" not in properties:
        digits = str(int(uuid.UUID(room_id)))
        properties["dialin_code"] = digits[-10:].rjust(10, "0")


def _truncate_room_times(body: dict[str, Any]) -> None:
    # Daily's servers accept a fractional room nbf/exp (pipecat's runner sends time.time() + n)
    # although the spec says integer; the fake follows the servers and truncates, before the
    # spec check sees the body. Only finite numbers: anything else still fails the check.
    properties = body.get("properties")
    if not isinstance(properties, dict):
        return
    for key in ("nbf", "exp"):
        value = properties.get(key)
        if isinstance(value, float) and math.isfinite(value):
            properties[key] = int(value)


def _loose(value: str) -> Any:
    if value in ("true", "false"):
        return value == "true"
    return int(value) if value.isdigit() else value
