"""The fake's telephony: SIP clients (the per-domain limit, taken usernames, expiry on the
fake's clock, passwords returned only by create and rotate), pinless call updates (recorded),
participants per room (presence, eject, bans) and app messages (recorded). Daily's rules
are written here independently of the client's copies, so a mistake cannot hide in both."""

from __future__ import annotations

import json
import re
import secrets
import string
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._rules import iso_millis

if TYPE_CHECKING:
    from ._store import RoomStore

__all__ = [
    "DEFAULT_SIP_CLIENT_LIMIT",
    "TELEPHONY_OPERATIONS",
    "FakeTelephony",
    "TelephonySemantics",
    "TelephonyState",
    "room_sip_uri",
]

DEFAULT_SIP_CLIENT_LIMIT = 2000
APP_MESSAGE_MAX_BYTES = 4096
TELEPHONY_OPERATIONS = (
    "create_sip_client",
    "list_sip_clients",
    "get_sip_client",
    "delete_sip_client",
    "rotate_sip_client_password",
    "pinless_call_update",
    "eject_participants",
    "send_app_message",
    "get_presence",
)
_PASSWORD_ALPHABET = string.ascii_letters + string.digits


def room_sip_uri(room_id: str, domain_name: str) -> dict[str, Any]:
    """The ``sip_uri`` Daily gives a room with SIP dial-in (its ``endpoint`` without
    ``sip:``)."""
    return {"endpoint": f"{room_id}@{domain_name}.sip.daily.co"}


def _password_problem(password: str) -> str | None:
    if not 12 <= len(password) <= 64:
        return "password must be 12 to 64 characters long"
    if not re.search(r"[A-Za-z]", password) or not re.search(r"[0-9]", password):
        return "password must contain at least one letter and one digit"
    return None


def _new_password() -> str:
    while True:
        password = "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(24))
        if _password_problem(password) is None:
            return password


@dataclass
class SipClient:
    username: str
    password: str
    expires_at: float | None

    def expired(self, now: float) -> bool:
        return self.expires_at is not None and self.expires_at <= now


@dataclass
class TelephonyState:
    """The fake domain's SIP clients, participants and what it was asked to do."""

    clock: Callable[[], float]
    sip_client_limit: int = DEFAULT_SIP_CLIENT_LIMIT
    sip_clients: dict[str, SipClient] = field(default_factory=dict)
    participants: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    banned: dict[str, set[str]] = field(default_factory=dict)
    pinless_calls: list[dict[str, Any]] = field(default_factory=list)
    app_messages: list[dict[str, Any]] = field(default_factory=list)

    def clear(self) -> None:
        self.sip_client_limit = DEFAULT_SIP_CLIENT_LIMIT
        for collection in (
            self.sip_clients,
            self.participants,
            self.banned,
            self.pinless_calls,
            self.app_messages,
        ):
            collection.clear()

    def live_sip_clients(self) -> list[SipClient]:
        """Unexpired clients in creation order; expired ones are removed, as Daily does."""
        now = self.clock()
        for name in [n for n, c in self.sip_clients.items() if c.expired(now)]:
            del self.sip_clients[name]
        return list(self.sip_clients.values())

    def sip_client(self, username: str) -> SipClient | None:
        self.live_sip_clients()
        return self.sip_clients.get(username)

    def join(
        self,
        room: str,
        *,
        user_name: str | None,
        user_id: str | None,
        session_id: str | None,
    ) -> dict[str, Any]:
        if user_id is not None and user_id in self.banned.get(room, set()):
            raise ValueError(f"user {user_id} is banned from {room} while the meeting lasts")
        present = self.participants.setdefault(room, [])
        meeting = present[0]["mtgSessionId"] if present else str(uuid.uuid4())
        participant = {
            "room": room,
            "id": session_id or str(uuid.uuid4()),
            "userId": user_id,
            "userName": user_name,
            "mtgSessionId": meeting,
            "joinTime": self.clock(),
        }
        present.append(participant)
        return self.presence_of(participant)

    def presence_of(self, participant: Mapping[str, Any]) -> dict[str, Any]:
        joined = participant["joinTime"]
        return {
            **participant,
            "joinTime": iso_millis(joined),
            "duration": max(0, int(self.clock() - joined)),
        }

    def room_presence(self, room: str) -> list[dict[str, Any]]:
        return [self.presence_of(p) for p in self.participants.get(room, [])]

    def forget_room(self, room: str) -> None:
        """The meeting ended (the room was deleted): its participants and bans go."""
        self.participants.pop(room, None)
        self.banned.pop(room, None)


def _error(status: int, kind: str, info: str) -> tuple[int, Any]:
    return status, {"error": kind, "info": info}


class TelephonySemantics:
    """The telephony operations of :class:`~daily_helpers.testing._daily.DailySemantics`:
    ``(path values, parameters, body) -> (status, JSON)``, like its other ``_op_`` methods."""

    telephony: TelephonyState
    store: RoomStore
    domain_name: str

    def _sip_domain(self) -> str:
        return f"{self.domain_name}.sip.daily.co"

    def _sip_json(self, client: SipClient, *, with_password: bool) -> dict[str, Any]:
        domain = self._sip_domain()
        out: dict[str, Any] = {
            "username": client.username,
            "domain": domain,
            "sip_uri": f"sip:{client.username}@{domain}",
            "expires_at": None if client.expires_at is None else iso_millis(client.expires_at),
        }
        if with_password:
            out["password"] = client.password
        return out

    def _op_create_sip_client(self, _p: Any, _q: Any, body: Any) -> tuple[int, Any]:
        state = self.telephony
        username = body["username"]
        password = body.get("password")
        if password is not None and (problem := _password_problem(password)) is not None:
            return _error(400, "invalid-request-error", problem)
        clients = state.live_sip_clients()
        if username in state.sip_clients:
            return _error(409, "invalid-request-error", f"username {username} is already taken")
        if len(clients) >= state.sip_client_limit:
            return _error(403, "forbidden-error", "SIP client limit reached for this domain")
        seconds = body.get("expires_in_seconds")
        client = SipClient(
            username=username,
            password=password or _new_password(),
            expires_at=None if seconds is None else self.store.now() + seconds,
        )
        state.sip_clients[username] = client
        return 200, self._sip_json(client, with_password=True)

    def _op_list_sip_clients(self, _p: Any, params: Mapping[str, Any], _b: Any) -> tuple[int, Any]:
        limit = int(params.get("limit", 50))
        offset = int(params.get("offset", 0))
        clients = self.telephony.live_sip_clients()
        return 200, {
            "sip_clients": [
                self._sip_json(c, with_password=False) for c in clients[offset : offset + limit]
            ],
            "total": len(clients),
            "limit": limit,
            "offset": offset,
        }

    def _sip_client_or_404(self, username: str) -> SipClient | tuple[int, Any]:
        client = self.telephony.sip_client(username)
        if client is None:
            return _error(404, "not-found", f"SIP client {username} not found")
        return client

    def _op_get_sip_client(self, path: Mapping[str, str], _q: Any, _b: Any) -> tuple[int, Any]:
        client = self._sip_client_or_404(path["username"])
        if not isinstance(client, SipClient):
            return client
        return 200, self._sip_json(client, with_password=False)

    def _op_delete_sip_client(self, path: Mapping[str, str], _q: Any, _b: Any) -> tuple[int, Any]:
        client = self._sip_client_or_404(path["username"])
        if not isinstance(client, SipClient):
            return client
        del self.telephony.sip_clients[client.username]
        return 200, {"deleted": True, "username": client.username}

    def _op_rotate_sip_client_password(
        self, path: Mapping[str, str], _q: Any, body: Any
    ) -> tuple[int, Any]:
        client = self._sip_client_or_404(path["username"])
        if not isinstance(client, SipClient):
            return client
        password = (body or {}).get("password")
        if password is not None and (problem := _password_problem(password)) is not None:
            return _error(400, "invalid-request-error", problem)
        client.password = password or _new_password()
        return 200, self._sip_json(client, with_password=True)

    def _op_pinless_call_update(self, _p: Any, _q: Any, body: Any) -> tuple[int, Any]:
        sip_uri = body["sipUri"]
        room = next(
            (
                name
                for name in self.store.names()
                if _endpoint_of(self.store, name, self.domain_name) == sip_uri
            ),
            None,
        )
        if room is None:
            return _error(404, "not-found", "no room with SIP dial-in has this sipUri")
        self.telephony.pinless_calls.append(
            {
                "call_id": body["callId"],
                "call_domain": body["callDomain"],
                "sip_uri": sip_uri,
                "room": room,
            }
        )
        return 200, {"status": "ok"}

    def _op_eject_participants(
        self, path: Mapping[str, str], _q: Any, body: Any
    ) -> tuple[int, Any]:
        room = path["room_name"]
        if self.store.live(room) is None:
            return _error(404, "not-found", f"room {room} not found")
        ids = set(body.get("ids") or ())
        user_ids = set(body.get("user_ids") or ())
        present = self.telephony.participants.get(room, [])
        ejected = [p for p in present if p["id"] in ids or p["userId"] in user_ids]
        self.telephony.participants[room] = [p for p in present if p not in ejected]
        if body.get("ban"):
            self.telephony.banned.setdefault(room, set()).update(user_ids)
        return 200, {"ejectedIds": [p["id"] for p in ejected]}

    def _op_send_app_message(self, path: Mapping[str, str], _q: Any, body: Any) -> tuple[int, Any]:
        room = path["room_name"]
        if self.store.live(room) is None:
            return _error(404, "not-found", f"room {room} not found")
        data = body["data"]
        if len(json.dumps(data, separators=(",", ":")).encode()) > APP_MESSAGE_MAX_BYTES:
            return _error(400, "invalid-request-error", "data is larger than 4 KB")
        recipient = body.get("recipient", "*")
        self.telephony.app_messages.append({"room": room, "data": data, "recipient": recipient})
        return 200, {"sent": True}

    def _op_get_presence(self, _p: Any, _q: Any, _b: Any) -> tuple[int, Any]:
        live = set(self.store.names())
        return 200, {
            room: self.telephony.room_presence(room)
            for room, present in self.telephony.participants.items()
            if present and room in live
        }


def _endpoint_of(store: RoomStore, name: str, domain_name: str) -> str | None:
    room = store.live(name)
    if room is None or not isinstance(room.properties.get("sip"), dict):
        return None
    return f"sip:{room_sip_uri(room.id, domain_name)['endpoint']}"


class FakeTelephony:
    """:class:`~daily_helpers.testing.FakeDaily`'s telephony knobs and records."""

    _lock: threading.Lock
    _telephony: TelephonyState

    @property
    def sip_client_limit(self) -> int:
        """How many SIP clients the domain may hold (Daily's default: 2,000); past it,
        creating one is a 403. Reset by ``reset()``."""
        with self._lock:
            return self._telephony.sip_client_limit

    @sip_client_limit.setter
    def sip_client_limit(self, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"sip_client_limit must be an int >= 0, not {value!r}")
        with self._lock:
            self._telephony.sip_client_limit = value

    def sip_client_names(self) -> list[str]:
        """Usernames of the live (unexpired) SIP clients, in creation order."""
        with self._lock:
            return [c.username for c in self._telephony.live_sip_clients()]

    def sip_client_password(self, username: str) -> str | None:
        """A SIP client's current password (to check what a test sent), or ``None``."""
        with self._lock:
            client = self._telephony.sip_client(username)
            return None if client is None else client.password

    @property
    def pinless_calls(self) -> list[dict[str, Any]]:
        """Every accepted ``pinlessCallUpdate``: ``call_id``, ``call_domain``, ``sip_uri`` and
        the ``room`` it patched the call into (a copy)."""
        with self._lock:
            return [dict(c) for c in self._telephony.pinless_calls]

    @property
    def app_messages(self) -> list[dict[str, Any]]:
        """Every accepted app message: ``room``, ``data``, ``recipient`` (a copy)."""
        with self._lock:
            return [dict(m) for m in self._telephony.app_messages]

    def add_participant(
        self,
        room: str,
        *,
        user_name: str | None = None,
        user_id: str | None = None,
        session_id: str | None = None,
    ) -> dict[str, Any]:
        """Put a participant in a live room (seeding presence and eject tests); returns it as
        presence shows it. A user banned from the room is refused (``ValueError``)."""
        with self._lock:
            if self._store_of().live(room) is None:
                raise ValueError(f"no live room named {room}")
            return self._telephony.join(
                room, user_name=user_name, user_id=user_id, session_id=session_id
            )

    def participants(self, room: str) -> list[dict[str, Any]]:
        """The participants in a room now, as presence shows them."""
        with self._lock:
            return self._telephony.room_presence(room)

    def _store_of(self) -> RoomStore:
        raise NotImplementedError
