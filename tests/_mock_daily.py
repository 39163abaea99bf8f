"""A stand-in for Daily's REST API for in-process tests: an httpx.MockTransport handler with
just enough state (rooms, list cursors, tokens signed the way Daily signs them). Its claim
table is written out here from Daily's documentation, independently of
``daily_helpers.tokens``, so a wrong claim in the library cannot hide in both."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import jwt

KEY = "test-api-key-0123456789abcdef0123456789abcdef"  # 32+ bytes: no PyJWT key warning
DOMAIN_ID = "d1f0e6a2-5b1c-4e8a-9f47-2c3b4a5d6e7f"
BASE = "https://api.daily.test/v1"
NOW = 1_800_000_000.0
#: The tests' clock is not the real one: signatures are verified, times are compared by value.
UNTIMED = {"verify_exp": False, "verify_iat": False, "verify_nbf": False}

#: Daily's documented self-signed claims (the "Self-signing tokens" table).
DOCUMENTED_CLAIMS = {
    "nbf": "nbf",
    "exp": "exp",
    "domain_id": "d",
    "room_name": "r",
    "user_id": "ud",
    "user_name": "u",
    "is_owner": "o",
    "knocking": "k",
    "close_tab_on_exit": "ctoe",
    "redirect_on_meeting_exit": "rome",
    "intercom_join_alert": "ij",
    "start_cloud_recording": "sr",
    "start_cloud_recording_opts": "sro",
    "auto_start_transcription": "ast",
    "enable_recording": "er",
    "enable_screenshare": "ss",
    "start_video_off": "vo",
    "start_audio_off": "ao",
    "meeting_join_hook": "mjh",
    "eject_at_token_exp": "ejt",
    "eject_after_elapsed": "eje",
    "lang": "uil",
    "enable_recording_ui": "erui",
    "permissions": "p",
}

#: A permissions object in long form, and the ``p`` claim Daily documents for it.
PERMISSIONS = {
    "hasPresence": False,
    "canSend": ["video", "audio", "screenVideo", "screenAudio"],
    "canReceive": {
        "base": {"video": True, "audio": False, "customVideo": {"*": True}},
        "byUserId": {"alice": True, "bob": {"screenVideo": False, "customAudio": {"*": False}}},
        "byParticipantId": {"*": {"audio": True}},
    },
    "canAdmin": ["participants", "streaming", "transcription"],
}
PERMISSIONS_CLAIM = {
    "hp": False,
    "cs": "v,a,sv,sa",
    "cr": {
        "b": {"v": True, "a": False, "cv": {"*": True}},
        "u": {"alice": True, "bob": {"sv": False, "ca": {"*": False}}},
        "p": {"*": {"a": True}},
    },
    "ca": "p,s,t",
}

#: Every token property with a documented claim that the REST token schema also has.
ALL_CLAIMED_PROPERTIES: dict[str, Any] = {
    "nbf": 1_799_999_000,
    "user_id": "user-42",
    "user_name": "Bot",
    "knocking": True,
    "close_tab_on_exit": True,
    "redirect_on_meeting_exit": "https://example.com/bye",
    "start_cloud_recording": True,
    "start_cloud_recording_opts": {"layout": {"preset": "single-participant"}},
    "auto_start_transcription": True,
    "enable_recording": "cloud",
    "enable_screenshare": False,
    "start_video_off": True,
    "start_audio_off": True,
    "eject_after_elapsed": 600,
    "lang": "fr",
    "enable_recording_ui": False,
    "permissions": PERMISSIONS,
}


def room_json(index: int, name: str) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "name": name,
        "api_created": True,
        "privacy": "public",
        "url": f"https://acme.daily.co/{name}",
        "created_at": f"2026-01-01T00:00:{index:02d}.000Z",
        "config": {},
    }


class MockDaily:
    """Records every request; answers like Daily for the operations these tests use."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.rooms: list[dict[str, Any]] = []  # oldest first
        self.fail: dict[str, int] = {}  # room name -> status its DELETE answers

    def add_rooms(self, *names: str) -> None:
        for name in names:
            self.rooms.append(room_json(len(self.rooms) + 1, name))

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.headers.get("authorization") != f"Bearer {KEY}":
            return httpx.Response(401, json={"error": "authentication-error"})
        path = request.url.path.removeprefix("/v1")
        parts = path.strip("/").split("/")
        if path == "/":
            return httpx.Response(200, json={"domain_name": "acme", "domain_id": DOMAIN_ID})
        if parts == ["rooms"] and request.method == "POST":
            return self.create_room(json.loads(request.content))
        if parts == ["batch", "rooms"] and request.method == "DELETE":
            return self.delete_batch(json.loads(request.content)["rooms"])
        if parts[0] == "rooms" and len(parts) == 1:
            return self.list_rooms(request)
        if parts[0] == "rooms":
            return self.room(request, parts[1], parts[2:])
        if parts[0] == "meeting-tokens" and request.method == "POST":
            properties = json.loads(request.content)["properties"]
            return httpx.Response(200, json={"token": daily_signs(properties)})
        if parts[0] == "meeting-tokens":
            return self.validate(parts[1], request)
        return httpx.Response(404, json={"error": "not-found"})

    def create_room(self, body: dict[str, Any]) -> httpx.Response:
        self.add_rooms(body.get("name", f"random-{len(self.rooms)}"))
        room = self.rooms[-1]
        room["privacy"] = body.get("privacy", "public")
        defaults = {"enable_chat": False, "enable_prejoin_ui": False, "start_video_off": False}
        defaults.update(enable_emoji_reactions=False, eject_at_room_exp=False)
        properties = body.get("properties", {}).items()
        room["config"] = {k: v for k, v in properties if v is not None and defaults.get(k) != v}
        return httpx.Response(200, json=room)

    def delete_batch(self, names: list[str]) -> httpx.Response:
        """All or nothing: a missing room, or one whose own DELETE would fail, refuses all."""
        present = {room["name"] for room in self.rooms}
        spoilt = [name for name in names if name not in present or name in self.fail]
        if spoilt:
            info = f"room {spoilt[0]} cannot be deleted; no rooms were deleted"
            return httpx.Response(400, json={"error": "invalid-request-error", "info": info})
        self.rooms = [room for room in self.rooms if room["name"] not in names]
        return httpx.Response(200, json={"deleted_count": len(set(names))})

    def list_rooms(self, request: httpx.Request) -> httpx.Response:
        query = {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}
        limit = int(query.get("limit", 100))
        newest_first = list(reversed(self.rooms))
        ids = [room["id"] for room in newest_first]
        if "starting_after" in query:
            page = newest_first[ids.index(query["starting_after"]) + 1 :][:limit]
        elif query.get("ending_before") == "OLDEST":
            page = newest_first[-limit:]
        elif "ending_before" in query:
            page = newest_first[: ids.index(query["ending_before"])][-limit:]
        else:
            page = newest_first[:limit]
        return httpx.Response(200, json={"total_count": len(self.rooms), "data": page})

    def room(self, request: httpx.Request, name: str, rest: list[str]) -> httpx.Response:
        found = [room for room in self.rooms if room["name"] == name]
        if name in self.fail:
            return httpx.Response(self.fail[name], json={"error": "server-error"})
        if not found:
            return httpx.Response(
                404, json={"error": "not-found", "info": f"room {name} not found"}
            )
        room = found[0]
        if rest == ["presence"]:
            participant = {
                "id": "p-1",
                "userId": "u-1",
                "userName": "Ann",
                "joinTime": "2026-01-01T00:00:00.000Z",
                "duration": 5,
            }
            return httpx.Response(200, json={"total_count": 1, "data": [participant]})
        if request.method == "DELETE":
            self.rooms.remove(room)
            return httpx.Response(200, json={"deleted": True, "name": name})
        if request.method == "POST":
            body = json.loads(request.content)
            room["privacy"] = body.get("privacy", room["privacy"])
            config = {**room["config"], **body.get("properties", {})}
            room["config"] = {k: v for k, v in config.items() if v is not None}
        return httpx.Response(200, json=room)

    def validate(self, token: str, request: httpx.Request) -> httpx.Response:
        # The tests' clock is in the future: iat is not checked against the real one.
        options = {"verify_nbf": request.url.params.get("ignoreNbf") != "true", "verify_iat": False}
        try:
            claims = jwt.decode(token, KEY, algorithms=["HS256"], options=options)
        except jwt.InvalidTokenError as exc:
            return httpx.Response(400, json={"error": "invalid-request-error", "info": str(exc)})
        long_names = {claim: name for name, claim in DOCUMENTED_CLAIMS.items()}
        body = {long_names[c]: v for c, v in claims.items() if c in long_names and c != "p"}
        body.pop("domain_id")
        return httpx.Response(200, json=body)


def _abbreviate_permissions(permissions: dict[str, Any]) -> dict[str, Any]:
    """Daily's ``p`` claim for PERMISSIONS (the only permissions these tests sign)."""
    assert permissions == PERMISSIONS
    return PERMISSIONS_CLAIM


def daily_signs(properties: dict[str, Any]) -> str:
    """A token the way Daily issues one: abbreviated claims, ``d`` and ``iat``, HS256."""
    claims = {DOCUMENTED_CLAIMS[name]: value for name, value in properties.items()}
    if "p" in claims:
        claims["p"] = _abbreviate_permissions(claims["p"])
    claims.update(d=DOMAIN_ID, iat=int(NOW) + 1)
    return jwt.encode(claims, KEY, algorithm="HS256")
