"""The calls of every endpoint: request bodies built and checked, and answers read into the
facade's models. The retry loop that sends them is in :mod:`daily_helpers._engine`.

Request bodies and paths come from the generated client's request builders and models, so
what we send is what the spec says; responses are read through the generated models.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
from daily_openapi_client.api.domain import get_domain as api_get_domain
from daily_openapi_client.api.meeting_tokens import (
    create_meeting_token as api_create_meeting_token,
)
from daily_openapi_client.api.meeting_tokens import (
    validate_meeting_token as api_validate_meeting_token,
)
from daily_openapi_client.api.rooms import create_room as api_create_room
from daily_openapi_client.api.rooms import delete_room as api_delete_room
from daily_openapi_client.api.rooms import get_room as api_get_room
from daily_openapi_client.api.rooms import get_room_presence as api_get_room_presence
from daily_openapi_client.api.rooms import list_rooms as api_list_rooms
from daily_openapi_client.api.rooms import update_room as api_update_room
from daily_openapi_client.models import (
    CreateMeetingTokenRequest,
    CreateRoomRequest,
    Domain,
    MeetingToken,
    MeetingTokenProperties,
    MeetingTokenValidation,
    Presence,
    Room,
    RoomDeleted,
    RoomList,
    RoomProperties,
    UpdateRoomRequest,
)
from daily_openapi_client.types import UNSET

from ._deprecations import warn_deprecated_room_properties
from ._engine import Call, Request
from ._memo import RoundTrip
from ._permissions import check_permissions
from ._policy import RetrySafety
from ._strict import check_model
from .errors import (
    DailyValidationError,
)
from .models import (
    DailyMeetingTokenProperties,
    DailyRoomObject,
    DailyRoomParams,
    DailyRoomProperties,
    RoomPage,
)
from .urls import check_room_name

logger = logging.getLogger("daily_helpers")

T = TypeVar("T")

#: Room properties Daily sets itself; sending one is a mistake we catch before sending.
_READ_ONLY_ROOM_PROPERTIES = frozenset({"sip_uri", "dialin_code"})
_ROOM_PROPERTY_NAMES = frozenset(a.name for a in attrs.fields(RoomProperties)) - {
    "additional_properties"
}
_TOKEN_PROPERTY_NAMES = frozenset(a.name for a in attrs.fields(MeetingTokenProperties)) - {
    "additional_properties"
}
#: A JWT in compact form: three base64url parts (the signature may be empty).
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_ROOM_DOCS = "https://docs.daily.co/reference/rest-api/rooms/config"
_TOKEN_DOCS = "https://docs.daily.co/reference/rest-api/meeting-tokens/config"
#: ``user_id`` longer than this is rejected by Daily.
USER_ID_MAX_CHARS = 36


#: ``json.dumps(value, separators=(",", ":"))``, without building an encoder per call.
_compact_json = json.JSONEncoder(separators=(",", ":")).encode


def _request_from_kwargs(kwargs: Mapping[str, Any]) -> Request:
    body = kwargs.get("json")
    params = kwargs.get("params")
    return Request(
        method=kwargs["method"].upper(),
        path=kwargs["url"],
        params={k: _query_value(v) for k, v in params.items()} if params else None,
        content=None if body is None else _compact_json(body).encode(),
    )


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# --- reading responses ---------------------------------------------------------------------


def _expect_object(data: Any) -> Mapping[str, Any]:
    if type(data) is not dict and not isinstance(data, Mapping):  # skip the ABC check for dicts
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return data


def _same(*paths: tuple[str, ...], kind: type) -> tuple[tuple[Any, Any, type], ...]:
    return tuple((path, path, kind) for path in paths)


#: A room read through the generated model; memoized per shape (ids, names, times vary).
_ROOM_JSON = RoundTrip(
    lambda data: Room.from_dict(data).to_dict(),
    _same(("id",), ("name",), ("url",), ("created_at",), kind=str)
    + _same(("config", "exp"), ("config", "nbf"), kind=int),
    from_json=True,  # room_from_json reads parsed response bodies only
)


def room_from_json(data: Any) -> DailyRoomObject:
    """A room object as Daily returns it, unknown fields and values kept."""
    room = _ROOM_JSON(_expect_object(data))
    # A null in config means "Daily's default", which is what an absent field means too.
    config = {k: v for k, v in room["config"].items() if v is not None}
    return DailyRoomObject(
        id=room["id"],
        name=room["name"],
        api_created=room["api_created"],
        privacy=room["privacy"],
        url=room["url"],
        created_at=room["created_at"],
        config=DailyRoomProperties(**config),
    )


def room_page_from_json(
    data: Any, *, limit: int, starting_after: str | None, ending_before: str | None
) -> RoomPage:
    """A page of ``GET /rooms`` (newest first) with the cursors of its neighbours: a full
    page may have more beyond it; a short one is the end in the direction it was read."""
    RoomList.from_dict(_expect_object(data))  # checks total_count and data
    page = _expect_object(data)
    rooms = [room_from_json(item) for item in page["data"]]
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


def token_from_json(data: Any) -> str:
    token = MeetingToken.from_dict(_expect_object(data)).token
    if not isinstance(token, str) or not token:
        raise TypeError("token is not a non-empty string")
    return token


def deleted_from_json(data: Any) -> bool:
    RoomDeleted.from_dict(_expect_object(data))
    return True


def validation_from_json(data: Any) -> DailyMeetingTokenProperties:
    return DailyMeetingTokenProperties(
        **MeetingTokenValidation.from_dict(_expect_object(data)).to_dict()
    )


def presence_from_json(data: Any) -> list[dict[str, Any]]:
    presence = Presence.from_dict(_expect_object(data))
    return [participant.to_dict() for participant in presence.data]


def domain_from_json(data: Any) -> Domain:
    domain = Domain.from_dict(_expect_object(data))
    if not isinstance(domain.domain_id, str) or not domain.domain_id:
        raise TypeError("domain_id is not a non-empty string")
    return domain


# --- building requests ---------------------------------------------------------------------


def _dropped_key(given: Any, kept: Any, where: str = "") -> str | None:
    """The first key of ``given`` that the generated model's round trip left out, if any:
    the models read leniently, but what we send must not lose what the caller asked for."""
    if isinstance(given, Mapping) and isinstance(kept, Mapping):
        for key, value in given.items():
            if key not in kept:
                return f"{where}{key}"
            found = _dropped_key(value, kept[key], f"{where}{key}.")
            if found is not None:
                return found
    return None


def _strict_round_trip(
    model: Callable[[dict[str, Any]], Any], given: dict[str, Any], what: str, docs: str
) -> dict[str, Any]:
    if given.get("permissions") is not None:
        check_permissions(given["permissions"])
    try:
        built = model(given)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        detail = str(exc) or f"{type(exc).__name__} while reading the values"
        raise DailyValidationError(f"invalid {what}: {detail}") from None
    check_model(built, "properties")
    kept: dict[str, Any] = built.to_dict()
    dropped = _dropped_key(given, kept)
    if dropped is not None:
        raise DailyValidationError(f"unknown {what} {dropped!r}; see {docs}")
    return kept


@functools.cache
def _room_property_defaults() -> dict[str, Any]:
    """``DailyRoomProperties()`` as JSON, built once (only read)."""
    return DailyRoomProperties().to_dict()


def changed_room_properties(properties: DailyRoomProperties) -> dict[str, Any]:
    """The fields of ``properties`` that differ from the model's defaults, and its extras."""
    defaults = _room_property_defaults()
    return {k: v for k, v in properties.to_dict().items() if k not in defaults or defaults[k] != v}


def _checked_room_properties(
    properties: DailyRoomProperties | Mapping[str, Any], *, changed_only: bool = False
) -> dict[str, Any]:
    """Room properties as JSON with known names only and times as int; values are checked by
    :func:`_validated_room_properties`. With ``changed_only``, a model's fields left at their
    defaults are not included."""
    if isinstance(properties, DailyRoomProperties):
        body = changed_room_properties(properties) if changed_only else properties.to_dict()
    elif isinstance(properties, Mapping):
        body = dict(properties)
    else:
        raise TypeError(
            f"properties must be DailyRoomProperties or a mapping, not {type(properties).__name__}"
        )
    for name in body:
        if name in _READ_ONLY_ROOM_PROPERTIES:
            raise DailyValidationError(f"room property {name!r} is read-only: Daily sets it")
        if name not in _ROOM_PROPERTY_NAMES:
            raise DailyValidationError(
                f"unknown room property {name!r}; see {_ROOM_DOCS} for the documented ones"
            )
    for name in ("exp", "nbf"):
        value = body.get(name)
        if isinstance(value, float):
            body[name] = int(value)
    warn_deprecated_room_properties(body)
    return body


def _validated_room_properties(body: Mapping[str, Any]) -> dict[str, Any]:
    return _strict_round_trip(RoomProperties.from_dict, dict(body), "room property", _ROOM_DOCS)


def _room_properties_body(
    properties: DailyRoomProperties | Mapping[str, Any], *, changed_only: bool = False
) -> dict[str, Any]:
    """The strict JSON of room properties: known names only, values checked against the
    spec's types, times as int."""
    return _validated_room_properties(
        _checked_room_properties(properties, changed_only=changed_only)
    )


def _create_room_kwargs(body: dict[str, Any]) -> dict[str, Any]:
    properties = _validated_room_properties(body["properties"])
    return api_create_room._get_kwargs(
        body=CreateRoomRequest.from_dict({**body, "properties": properties})
    )


_TIMES = ("exp",), ("nbf",)
#: ``POST /rooms`` built by the generated client, memoized per shape (name and times vary).
_CREATE_ROOM = RoundTrip(
    _create_room_kwargs,
    (
        (("name",), ("json", "name"), str),
        *((("properties", *t), ("json", "properties", *t), int) for t in _TIMES),
    ),
    exposed=False,
)


@functools.cache
def _default_room_body() -> dict[str, Any]:
    """The checked body of ``DailyRoomParams()``, built once (never mutated: only read)."""
    params = DailyRoomParams()
    return {
        "privacy": _check_privacy(params.privacy),
        "properties": _checked_room_properties(params.properties),
    }


@functools.cache
def _default_create_room_call() -> Call[DailyRoomObject]:
    """``create_room(None)``'s call, built once: its body never changes and a Call is frozen."""
    return _create_room_call(_default_room_body())


def _check_privacy(privacy: object) -> str:
    if privacy not in ("public", "private"):
        raise DailyValidationError(f"privacy must be 'public' or 'private', not {privacy!r}")
    return str(privacy)


def create_room(params: DailyRoomParams | None) -> Call[DailyRoomObject]:
    """``POST /rooms`` with the set fields of ``params``."""
    if params is None:
        return _default_create_room_call()
    if not isinstance(params, DailyRoomParams):
        raise TypeError(f"params must be DailyRoomParams, not {type(params).__name__}")
    body: dict[str, Any] = {}
    if params.name is not None:
        body["name"] = check_room_name(params.name)
    body["privacy"] = _check_privacy(params.privacy)
    body["properties"] = _checked_room_properties(params.properties)
    return _create_room_call(body)


def _create_room_call(body: dict[str, Any]) -> Call[DailyRoomObject]:
    kwargs = _CREATE_ROOM(body)
    return Call(_request_from_kwargs(kwargs), RetrySafety.UNSAFE, "general", room_from_json)


def update_room(
    room_name: str,
    *,
    privacy: str | None,
    properties: DailyRoomProperties | Mapping[str, Any] | None,
) -> Call[DailyRoomObject]:
    """``POST /rooms/{name}``: only what is given. A ``None`` value in a properties mapping
    is sent as ``null``, which resets that property to Daily's default; a
    :class:`DailyRoomProperties` sends only the fields that differ from its defaults."""
    check_room_name(room_name)
    body: dict[str, Any] = {}
    if privacy is not None:
        body["privacy"] = _check_privacy(privacy)
    if properties is not None:
        body["properties"] = _room_properties_body(properties, changed_only=True)
    if not body:
        raise DailyValidationError("update_room needs privacy or properties to change")
    kwargs = api_update_room._get_kwargs(room_name, body=UpdateRoomRequest.from_dict(body))
    return Call(_request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", room_from_json)


def get_room(room_name: str) -> Call[DailyRoomObject]:
    check_room_name(room_name)
    kwargs = api_get_room._get_kwargs(room_name)
    return Call(_request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", room_from_json)


def delete_room(room_name: str) -> Call[bool]:
    check_room_name(room_name)
    kwargs = api_delete_room._get_kwargs(room_name)
    return Call(
        _request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "room_delete", deleted_from_json
    )


def list_rooms(
    *, limit: int, starting_after: str | None, ending_before: str | None
) -> Call[RoomPage]:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise DailyValidationError(f"limit must be an int from 1 to 100, not {limit!r}")
    for name, cursor in (("starting_after", starting_after), ("ending_before", ending_before)):
        if cursor is not None and (not isinstance(cursor, str) or not cursor):
            raise DailyValidationError(f"{name} must be a room id, not {cursor!r}")
    if starting_after is not None and ending_before is not None:
        raise DailyValidationError("give starting_after or ending_before, not both")
    kwargs = api_list_rooms._get_kwargs(
        limit=limit,
        starting_after=starting_after if starting_after is not None else UNSET,
        ending_before=ending_before if ending_before is not None else UNSET,
    )
    parse = functools.partial(
        room_page_from_json,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )
    return Call(_request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", parse)


def get_room_presence(room_name: str) -> Call[list[dict[str, Any]]]:
    check_room_name(room_name)
    kwargs = api_get_room_presence._get_kwargs(room_name)
    return Call(_request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", presence_from_json)


def _checked_token_properties(properties: Mapping[str, Any]) -> dict[str, Any]:
    """Token properties with known names, a valid room name and a short enough ``user_id``;
    enums and shapes are checked by :func:`_validated_token_properties`."""
    for name in properties:
        if name not in _TOKEN_PROPERTY_NAMES:
            raise DailyValidationError(
                f"unknown meeting-token property {name!r}; see {_TOKEN_DOCS}"
            )
    room_name = properties.get("room_name")
    if room_name is not None:
        check_room_name(room_name)
    user_id = properties.get("user_id")
    if isinstance(user_id, str) and len(user_id) > USER_ID_MAX_CHARS:
        raise DailyValidationError(
            f"user_id is {len(user_id)} characters long; Daily allows at most {USER_ID_MAX_CHARS}"
        )
    return dict(properties)


def _validated_token_properties(properties: Mapping[str, Any]) -> dict[str, Any]:
    return _strict_round_trip(
        MeetingTokenProperties.from_dict, dict(properties), "meeting-token property", _TOKEN_DOCS
    )


_TOKEN_STRINGS = ("room_name",), ("user_name",), ("user_id",)
#: Token properties through the generated model, memoized per shape (names and times vary).
_TOKEN_PROPERTIES = RoundTrip(
    _validated_token_properties, _same(*_TOKEN_STRINGS, kind=str) + _same(*_TIMES, kind=int)
)


def strict_token_properties(properties: Mapping[str, Any]) -> dict[str, Any]:
    """Check token properties against Daily's contract before they are sent or signed."""
    return _TOKEN_PROPERTIES(_checked_token_properties(properties))


def _create_token_kwargs(body: dict[str, Any]) -> dict[str, Any]:
    properties = _validated_token_properties(body["properties"])
    return api_create_meeting_token._get_kwargs(
        body=CreateMeetingTokenRequest.from_dict({"properties": properties})
    )


#: ``POST /meeting-tokens`` built by the generated client, memoized per shape.
_CREATE_TOKEN = RoundTrip(
    _create_token_kwargs,
    tuple(
        (("properties", *t), ("json", "properties", *t), kind)
        for names, kind in ((_TOKEN_STRINGS, str), (_TIMES, int))
        for t in names
    ),
    exposed=False,
)


def create_meeting_token(properties: Mapping[str, Any]) -> Call[str]:
    kwargs = _CREATE_TOKEN({"properties": _checked_token_properties(properties)})
    return Call(_request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", token_from_json)


def validate_meeting_token(token: str, *, ignore_nbf: bool) -> Call[DailyMeetingTokenProperties]:
    if not isinstance(token, str) or _JWT.fullmatch(token) is None:
        raise DailyValidationError(
            "token must be a meeting token (a JWT: three dot-separated parts)"
        )
    if not isinstance(ignore_nbf, bool):
        raise TypeError(f"ignore_nbf must be a bool, not {type(ignore_nbf).__name__}")
    kwargs = api_validate_meeting_token._get_kwargs(token, ignore_nbf=True if ignore_nbf else UNSET)
    return Call(
        _request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", validation_from_json
    )


def get_domain() -> Call[Domain]:
    kwargs = api_get_domain._get_kwargs()
    return Call(_request_from_kwargs(kwargs), RetrySafety.IDEMPOTENT, "general", domain_from_json)
