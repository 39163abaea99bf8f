"""Rooms: the request of every room endpoint, its body checked against the spec
(:mod:`daily_helpers._checks`), and the answers read into the facade's models.

Requests are built by the generated client's public ``build_request`` functions; answers are
read straight into :mod:`daily_helpers.models`, leniently: fields and values Daily adds later
are kept (in ``extra``, or as plain strings), so nothing breaks on them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from daily_openapi_client.api.rooms import create_room as api_create_room
from daily_openapi_client.api.rooms import delete_room as api_delete_room
from daily_openapi_client.api.rooms import get_room as api_get_room
from daily_openapi_client.api.rooms import get_room_presence as api_get_room_presence
from daily_openapi_client.api.rooms import list_rooms as api_list_rooms
from daily_openapi_client.api.rooms import update_room as api_update_room
from daily_openapi_client.types import UNSET

from ._calls import call, json_object
from ._checks import UnknownPolicy, check, check_value
from ._deprecations import warn_deprecated_room_properties
from ._engine import Call, Context, Operation, perform
from ._policy import RetrySafety
from .errors import DailyValidationError
from .models import DailyRoomObject, DailyRoomParams, DailyRoomProperties, RoomPage
from .urls import check_room_name

__all__ = [
    "changed_room_properties",
    "create_room",
    "delete_room",
    "delete_room_call",
    "get_room",
    "get_room_presence",
    "list_rooms",
    "room_from_json",
    "room_properties_json",
    "update_room",
]

ROOM_DOCS = "https://docs.daily.co/reference/rest-api/rooms/config"
#: Room properties Daily sets itself (in a room's ``config``); sending one is refused.
READ_ONLY_ROOM_PROPERTIES = frozenset({"sip_uri", "dialin_code"})


# --- reading answers -----------------------------------------------------------------------


def room_from_json(data: Any) -> DailyRoomObject:
    """A room object as Daily returns it; unknown fields and values kept."""
    room = json_object(data)
    # A null in config means "Daily's default", which is what an absent field means too.
    config = {k: v for k, v in json_object(room["config"], "config").items() if v is not None}
    return DailyRoomObject(
        id=room["id"],
        name=room["name"],
        api_created=room["api_created"],
        privacy=room["privacy"],
        url=room["url"],
        created_at=room["created_at"],
        config=DailyRoomProperties(**config),
    )


def _room_page(
    data: Any, *, limit: int, starting_after: str | None, ending_before: str | None
) -> RoomPage:
    """A page of ``GET /rooms`` (newest first) with the cursors of its neighbours: a full
    page may have more beyond it; a short one is the end in the direction it was read."""
    page = json_object(data)
    items = page["data"]
    if not isinstance(items, list):
        raise TypeError(f"data is not a list but {type(items).__name__}")
    rooms = [room_from_json(item) for item in items]
    full = len(rooms) >= limit
    if ending_before is not None:  # read towards newer rooms
        older = rooms[-1].id if rooms and ending_before != "OLDEST" else None
        newer = rooms[0].id if full else None
    else:
        older = rooms[-1].id if full else None
        newer = rooms[0].id if rooms and starting_after is not None else None
    return RoomPage(
        rooms=rooms, total_count=page["total_count"], next_cursor=older, previous_cursor=newer
    )


def _deleted(data: Any) -> bool:
    deleted = json_object(data)
    if not isinstance(deleted["deleted"], bool) or not isinstance(deleted["name"], str):
        raise TypeError("deleted is not true or false, or name is not a string")
    return True


def _presence(data: Any) -> list[dict[str, Any]]:
    presence = json_object(data)
    if isinstance(presence["total_count"], bool) or not isinstance(presence["total_count"], int):
        raise TypeError("total_count is not an integer")
    items = presence["data"]
    if not isinstance(items, list):
        raise TypeError(f"data is not a list but {type(items).__name__}")
    return [dict(json_object(item, "a participant")) for item in items]


# --- building requests ---------------------------------------------------------------------


def changed_room_properties(properties: DailyRoomProperties) -> dict[str, Any]:
    """The fields of ``properties`` that differ from the model's defaults, and its extras."""
    defaults = _defaults()
    return {k: v for k, v in properties.to_dict().items() if k not in defaults or defaults[k] != v}


@functools.cache
def _defaults() -> dict[str, Any]:
    """``DailyRoomProperties()`` as JSON, built once (only read)."""
    return DailyRoomProperties().to_dict()


def room_properties_json(
    properties: DailyRoomProperties | Mapping[str, Any],
    *,
    unknown: UnknownPolicy,
    changed_only: bool = False,
) -> dict[str, Any]:
    """Room properties as the JSON to send, checked against the spec in one pass (times as
    integers). With ``changed_only``, a model's fields left at their defaults are left out."""
    body: Mapping[str, Any]
    if isinstance(properties, DailyRoomProperties):
        body = changed_room_properties(properties) if changed_only else properties.to_dict()
    elif isinstance(properties, Mapping):
        body = properties
    else:
        raise TypeError(
            f"properties must be DailyRoomProperties or a mapping, not {type(properties).__name__}"
        )
    for name in READ_ONLY_ROOM_PROPERTIES.intersection(body):
        raise DailyValidationError(f"room property {name!r} is read-only: Daily sets it")
    checked = check("RoomProperties", body, what="room property", unknown=unknown, docs=ROOM_DOCS)
    warn_deprecated_room_properties(checked)
    return checked


def _privacy(privacy: object) -> str:
    return str(check_value("Privacy", privacy, name="privacy"))


def create_room(params: DailyRoomParams | None, *, unknown: UnknownPolicy) -> Call[DailyRoomObject]:
    """``POST /rooms`` with ``params`` (name, privacy, properties); retried only when Daily
    surely did not act, so a retry never creates a second room."""
    if params is None:
        return _default_create_room()
    if not isinstance(params, DailyRoomParams):
        raise TypeError(f"params must be DailyRoomParams, not {type(params).__name__}")
    body: dict[str, Any] = {}
    if params.name is not None:
        body["name"] = check_room_name(params.name)
    body["privacy"] = _privacy(params.privacy)
    body["properties"] = room_properties_json(params.properties, unknown=unknown)
    built = api_create_room.build_request(body=body)
    return call(built, room_from_json, safety=RetrySafety.UNSAFE)


@functools.cache
def _default_create_room() -> Call[DailyRoomObject]:
    """``create_room(None)``: its body never changes (and has nothing unknown), and a Call is
    immutable, so it is built once."""
    return create_room(DailyRoomParams(), unknown="error")


def update_room(
    room_name: str,
    *,
    privacy: str | None,
    properties: DailyRoomProperties | Mapping[str, Any] | None,
    unknown: UnknownPolicy,
) -> Call[DailyRoomObject]:
    """``POST /rooms/{name}``: only what is given. A ``None`` value in a properties mapping
    is sent as ``null``, which resets that property to Daily's default; a
    :class:`DailyRoomProperties` sends only the fields that differ from its defaults."""
    check_room_name(room_name)
    body: dict[str, Any] = {}
    if privacy is not None:
        body["privacy"] = _privacy(privacy)
    if properties is not None:
        body["properties"] = room_properties_json(properties, unknown=unknown, changed_only=True)
    if not body:
        raise DailyValidationError("update_room needs privacy or properties to change")
    return call(api_update_room.build_request(room_name, body=body), room_from_json)


def get_room(room_name: str) -> Call[DailyRoomObject]:
    """``GET /rooms/{name}``."""
    return call(api_get_room.build_request(check_room_name(room_name)), room_from_json)


def _already_gone() -> bool:
    return False


def delete_room_call(room_name: str) -> Call[bool]:
    """``DELETE /rooms/{name}``: ``True`` when deleted now, ``False`` when Daily answered 404
    (the room was already gone: deleted, or expired). The one place where a 404 on delete
    means gone; every other error is raised."""
    built = api_delete_room.build_request(check_room_name(room_name))
    return call(built, _deleted, bucket="room_delete", gone=_already_gone)


def delete_room(room_name: str, ctx: Context) -> Operation[bool]:
    """:func:`delete_room_call` as an operation (for composite operations)."""
    return (yield from perform(delete_room_call(room_name), ctx))


def list_rooms(
    *, limit: int, starting_after: str | None, ending_before: str | None
) -> Call[RoomPage]:
    """``GET /rooms``: one page, newest first."""
    check_value("list_rooms.limit", limit, name="limit")
    for name, cursor in (("starting_after", starting_after), ("ending_before", ending_before)):
        if cursor is not None and (not isinstance(cursor, str) or not cursor):
            raise DailyValidationError(f"{name} must be a room id, not {cursor!r}")
        if cursor is not None:
            check_value(f"list_rooms.{name}", cursor, name=name)
    if starting_after is not None and ending_before is not None:
        raise DailyValidationError("give starting_after or ending_before, not both")
    built = api_list_rooms.build_request(
        limit=limit,
        starting_after=starting_after if starting_after is not None else UNSET,
        ending_before=ending_before if ending_before is not None else UNSET,
    )
    parse = functools.partial(
        _room_page, limit=limit, starting_after=starting_after, ending_before=ending_before
    )
    return call(built, parse)


def get_room_presence(room_name: str) -> Call[list[dict[str, Any]]]:
    """``GET /rooms/{name}/presence``: who is in the room now."""
    return call(api_get_room_presence.build_request(check_room_name(room_name)), _presence)
