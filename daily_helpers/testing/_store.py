"""The fake's state: rooms in one domain, with Daily's expiry and list-order rules.
Times are Unix seconds from the injected clock."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._rules import iso_millis, non_default, random_room_name

__all__ = ["Room", "RoomStore"]


@dataclass
class Room:
    id: str
    name: str
    privacy: str
    created_at: float
    properties: dict[str, Any] = field(default_factory=dict)

    def expired(self, now: float) -> bool:
        """A room whose ``exp`` has passed is gone for most of the API."""
        exp = self.properties.get("exp")
        return exp is not None and exp <= now

    def sort_key(self) -> tuple[int, str]:
        # Daily orders by created_at at 1-second granularity, then by id.
        return (int(self.created_at), self.id)

    def to_json(self, domain_name: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "api_created": True,
            "privacy": self.privacy,
            "url": f"https://{domain_name}.daily.co/{self.name}",
            "created_at": iso_millis(self.created_at),
            "config": _with_sip_uri(non_default(self.properties), self.id, domain_name),
        }


def _with_sip_uri(config: dict[str, Any], room_id: str, domain_name: str) -> dict[str, Any]:
    # A room with SIP dial-in gets its SIP address from Daily (read-only).
    if isinstance(config.get("sip"), dict):
        from ._telephony import room_sip_uri

        config["sip_uri"] = room_sip_uri(room_id, domain_name)
    return config


class RoomStore:
    """Rooms by name. Expired rooms stay until deleted or replaced (Daily collects them
    later) but are invisible to get, list and update."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._rooms: dict[str, Room] = {}
        # Sort keys of every room ever made, so a cursor stays usable after its room is deleted.
        self._keys: dict[str, tuple[int, str]] = {}

    def now(self) -> float:
        return self._clock()

    def live(self, name: str) -> Room | None:
        room = self._rooms.get(name)
        if room is None or room.expired(self.now()):
            return None
        return room

    def stored(self, name: str) -> Room | None:
        """The room under ``name``, expired or not."""
        return self._rooms.get(name)

    def exists(self, name: str) -> bool:
        return self.live(name) is not None

    def create(
        self,
        name: str | None,
        privacy: str,
        properties: Mapping[str, Any],
        created_at: float | None = None,
    ) -> Room:
        while name is None or self.exists(name):
            if name is not None:
                raise ValueError(f"a room named {name} already exists")
            name = random_room_name()
        room = Room(
            id=str(uuid.uuid4()),
            name=name,
            privacy=privacy,
            created_at=self.now() if created_at is None else created_at,
            properties={k: v for k, v in properties.items() if v is not None},
        )
        self._rooms[name] = room
        self._keys[room.id] = room.sort_key()
        return room

    def update(self, room: Room, privacy: str | None, properties: Mapping[str, Any]) -> None:
        """Merge properties; ``None`` resets one to its default."""
        if privacy is not None:
            room.privacy = privacy
        for key, value in properties.items():
            if value is None:
                room.properties.pop(key, None)
            else:
                room.properties[key] = value

    def remove(self, name: str) -> None:
        del self._rooms[name]

    def clear(self) -> None:
        """Forget every room and every cursor."""
        self._rooms.clear()
        self._keys.clear()

    def names(self) -> list[str]:
        now = self.now()
        return sorted(n for n, r in self._rooms.items() if not r.expired(now))

    def page(
        self, limit: int, starting_after: str | None, ending_before: str | None
    ) -> tuple[list[Room], int]:
        """One page, newest first, and the number of live rooms. A cursor is a room id;
        ``ending_before="OLDEST"`` is the oldest page. An unknown id gives an empty page."""
        now = self.now()
        ordered = sorted(
            (r for r in self._rooms.values() if not r.expired(now)),
            key=Room.sort_key,
            reverse=True,
        )
        total = len(ordered)
        rooms = ordered
        if starting_after is not None:
            key = self._keys.get(starting_after)
            rooms = [] if key is None else [r for r in rooms if r.sort_key() < key]
        if ending_before == "OLDEST":
            return rooms[-limit:], total
        if ending_before is not None:
            key = self._keys.get(ending_before)
            rooms = [] if key is None else [r for r in rooms if r.sort_key() > key]
            return rooms[-limit:], total
        return rooms[:limit], total
