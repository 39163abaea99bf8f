"""The calls of the telephony endpoints (SIP clients, pinless dial-in, eject, app messages,
domain presence): requests built and checked, answers read. Sans-IO, like
:mod:`daily_helpers._rooms`: requests come from the generated ``build_request`` functions
(:mod:`daily_helpers._calls`); the helpers' methods are in :mod:`daily_helpers._telephony_methods`.

Retry safety: creating a SIP client, rotating its password, patching a call
(``pinless_call_update``) and sending an app message are not repeated once they may have
reached Daily (a second rotate would change the password again); reads, deletes and ejects
are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from daily_openapi_client.api.dialin import pinless_call_update as api_pinless_call_update
from daily_openapi_client.api.presence import get_presence as api_get_presence
from daily_openapi_client.api.rooms import eject_participants as api_eject_participants
from daily_openapi_client.api.rooms import send_app_message as api_send_app_message
from daily_openapi_client.api.sip_clients import create_sip_client as api_create_sip_client
from daily_openapi_client.api.sip_clients import delete_sip_client as api_delete_sip_client
from daily_openapi_client.api.sip_clients import get_sip_client as api_get_sip_client
from daily_openapi_client.api.sip_clients import list_sip_clients as api_list_sip_clients
from daily_openapi_client.api.sip_clients import (
    rotate_sip_client_password as api_rotate_sip_client_password,
)
from daily_openapi_client.models import (
    AppMessageRequest,
    CreateSipClientRequest,
    Ejected,
    EjectRequest,
    PinlessCallUpdateRequest,
    RotateSipClientRequest,
)
from daily_openapi_client.types import UNSET

from ._calls import call, compact_json, json_object
from ._engine import Call, Context, Operation, perform
from ._policy import RetrySafety
from .errors import DailyAPIError, DailyValidationError, UnexpectedResponseError
from .sip import (
    DailySIPClientObject,
    DailySIPClientPage,
    DailySIPClientParams,
    check_expires_in_seconds,
    check_sip_password,
    check_sip_username,
    redact_passwords,
)
from .urls import check_room_name

__all__ = [
    "APP_MESSAGE_MAX_BYTES",
    "EJECT_MAX_IDS",
    "create_sip_client",
    "delete_sip_client",
    "eject_participants",
    "get_presence",
    "get_sip_client",
    "list_sip_clients",
    "pinless_call_update",
    "rotate_sip_client_password",
    "send_app_message",
    "sip_operation",
]

T = TypeVar("T")

#: ``send_app_message``'s ``data``, as compact JSON, may be at most this many bytes.
APP_MESSAGE_MAX_BYTES = 4096
#: ``eject_participants`` takes at most this many ``ids`` and as many ``user_ids``.
EJECT_MAX_IDS = 100
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SIP_URI = re.compile(r"sips?:\S+")


# --- reading answers -----------------------------------------------------------------------


def sip_client_from_json(data: Any) -> DailySIPClientObject:
    return DailySIPClientObject.from_dict(json_object(data))


def sip_client_page_from_json(data: Any) -> DailySIPClientPage:
    return DailySIPClientPage.from_dict(json_object(data))


def _ignore_body(data: Any) -> None:
    return None


def ejected_from_json(data: Any) -> list[str]:
    ids = Ejected.from_dict(json_object(data)).ejected_ids
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise TypeError("ejectedIds is not a list of strings")
    return list(ids)


def domain_presence_from_json(data: Any) -> dict[str, list[dict[str, Any]]]:
    """Room name -> its participants, each as Daily sent it (unknown fields kept)."""
    presence: dict[str, list[dict[str, Any]]] = {}
    for room, participants in json_object(data).items():
        if not isinstance(participants, list) or not all(isinstance(p, dict) for p in participants):
            raise TypeError(f"the participants of {room!r} are not a list of objects")
        presence[room] = [dict(p) for p in participants]
    return presence


# --- SIP clients ---------------------------------------------------------------------------


def create_sip_client(params: DailySIPClientParams) -> Call[DailySIPClientObject]:
    """``POST /sip-clients`` with the set fields of ``params`` only. Not repeated once it
    may have reached Daily (a retry could meet a 409 for a client that was created)."""
    if not isinstance(params, DailySIPClientParams):
        raise TypeError(f"params must be DailySIPClientParams, not {type(params).__name__}")
    body: dict[str, Any] = {"username": check_sip_username(params.username)}
    if params.password is not None:
        body["password"] = check_sip_password(params.password)
    if params.expires_in_seconds is not None:
        body["expires_in_seconds"] = check_expires_in_seconds(params.expires_in_seconds)
    kwargs = api_create_sip_client.build_request(body=CreateSipClientRequest.from_dict(body))
    return call(kwargs, sip_client_from_json, safety=RetrySafety.UNSAFE)


def _check_page_int(name: str, value: object, low: int, high: int | None) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        span = f"from {low} to {high}" if high is not None else f">= {low}"
        raise DailyValidationError(f"{name} must be an int {span}, not {value!r}")
    return value


def list_sip_clients(*, limit: int | None, offset: int | None) -> Call[DailySIPClientPage]:
    """``GET /sip-clients``: only the parameters that are set go in the query."""
    kwargs = api_list_sip_clients.build_request(
        limit=UNSET if limit is None else _check_page_int("limit", limit, 1, 100),
        offset=UNSET if offset is None else _check_page_int("offset", offset, 0, None),
    )
    return call(kwargs, sip_client_page_from_json, safety=RetrySafety.IDEMPOTENT)


def get_sip_client(username: str) -> Call[DailySIPClientObject]:
    kwargs = api_get_sip_client.build_request(check_sip_username(username))
    return call(kwargs, sip_client_from_json, safety=RetrySafety.IDEMPOTENT)


def _deleted(data: Any) -> bool:
    return True


def delete_sip_client(username: str) -> Call[bool]:
    """``DELETE /sip-clients/{username}``: ``True``, also when Daily answered 404 (already
    gone), through the engine's one rule for deletes (``gone``)."""
    kwargs = api_delete_sip_client.build_request(check_sip_username(username))
    return call(kwargs, _deleted, gone=_deleted_already)


def _deleted_already() -> bool:
    return True


def rotate_sip_client_password(username: str, password: str | None) -> Call[DailySIPClientObject]:
    """``POST /sip-clients/{username}/rotate`` with ``{}`` (Daily generates the password) or
    ``{"password": ...}``. Not repeated once it may have reached Daily: a second rotate would
    change the password again."""
    check_sip_username(username)
    body = {} if password is None else {"password": check_sip_password(password)}
    kwargs = api_rotate_sip_client_password.build_request(
        username, body=RotateSipClientRequest.from_dict(body)
    )
    return call(kwargs, sip_client_from_json, safety=RetrySafety.UNSAFE)


def sip_operation(call: Call[T], ctx: Context, *secrets: str | None) -> Operation[T]:
    """``call`` with retries; an error never carries a password (Daily's JSON ``password``
    values and the caller's ``secrets`` are replaced by ``***``)."""
    try:
        return (yield from perform(call, ctx))
    except DailyAPIError as exc:
        _redact(exc, secrets)
        raise


def deleted_sip_client_operation(call: Call[bool], ctx: Context) -> Operation[bool]:
    """``call`` (:func:`delete_sip_client`), ``True`` also when Daily's 2xx body was not the
    JSON we expect: the client is deleted either way."""
    try:
        return (yield from perform(call, ctx))
    except UnexpectedResponseError as exc:
        if not 200 <= exc.status_code < 300:
            raise
    return True


def _redact(exc: DailyAPIError, secrets: Sequence[str | None]) -> None:
    if exc.info is not None:
        exc.info = redact_passwords(exc.info, *secrets)
    if isinstance(exc.body, str):
        exc.body = redact_passwords(exc.body, *secrets)
    elif isinstance(exc.body, Mapping):
        exc.body = _redacted_json(exc.body, secrets)
    exc.args = (exc.status_code, exc.error_type, exc.info)


def _redacted_json(value: Any, secrets: Sequence[str | None]) -> Any:
    if isinstance(value, Mapping):
        return {
            k: "***" if k == "password" else _redacted_json(v, secrets) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redacted_json(v, secrets) for v in value]
    if isinstance(value, str):
        return redact_passwords(value, *secrets)
    return value


# --- dial-in -------------------------------------------------------------------------------


def pinless_call_update(*, call_id: str, call_domain: str, sip_uri: str) -> Call[None]:
    """``POST /dialin/pinlessCallUpdate``: patch a held call into the room at ``sip_uri``.
    Not repeated once it may have reached Daily (patching a call twice is not known to be
    safe)."""
    for name, value in (("call_id", call_id), ("call_domain", call_domain)):
        if not isinstance(value, str) or _UUID.fullmatch(value) is None:
            raise DailyValidationError(
                f"{name} must be a UUID (from the dial-in webhook), not {value!r}"
            )
    if not isinstance(sip_uri, str) or _SIP_URI.fullmatch(sip_uri) is None:
        raise DailyValidationError(f"sip_uri must be a 'sip:' URI (the room's), not {sip_uri!r}")
    body = PinlessCallUpdateRequest(call_id=call_id, call_domain=call_domain, sip_uri=sip_uri)
    kwargs = api_pinless_call_update.build_request(body=body)
    return call(kwargs, _ignore_body, safety=RetrySafety.UNSAFE)


# --- in-call control -----------------------------------------------------------------------


def _id_list(name: str, value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise DailyValidationError(f"{name} must be a list of str, not {type(value).__name__}")
    ids = list(value)
    if not all(isinstance(i, str) and i for i in ids):
        raise DailyValidationError(f"{name} must hold non-empty strings")
    if len(ids) > EJECT_MAX_IDS:
        raise DailyValidationError(
            f"{name} has {len(ids)} entries; Daily takes at most {EJECT_MAX_IDS} per call"
        )
    return ids


def eject_participants(
    room_name: str,
    *,
    ids: Sequence[str] | None,
    user_ids: Sequence[str] | None,
    ban: bool,
) -> Call[list[str]]:
    """``POST /rooms/{name}/eject`` with the given ``ids`` and/or ``user_ids`` (at most 100
    each); ``ban`` is sent only when true (Daily's default is false)."""
    check_room_name(room_name)
    if not isinstance(ban, bool):
        raise TypeError(f"ban must be a bool, not {type(ban).__name__}")
    body: dict[str, Any] = {}
    for name, value in (("ids", ids), ("user_ids", user_ids)):
        checked = _id_list(name, value)
        if checked:
            body[name] = checked
    if not body:
        raise DailyValidationError("eject_participants needs ids or user_ids (not empty)")
    if ban:
        body["ban"] = True
    kwargs = api_eject_participants.build_request(room_name, body=EjectRequest.from_dict(body))
    return call(kwargs, ejected_from_json, safety=RetrySafety.IDEMPOTENT)


def send_app_message(room_name: str, data: Mapping[str, Any], *, recipient: str) -> Call[None]:
    """``POST /rooms/{name}/send-app-message``; ``data`` over 4,096 bytes of compact JSON is
    refused before sending. Not repeated once it may have reached Daily (it would arrive
    twice)."""
    check_room_name(room_name)
    if not isinstance(data, Mapping):
        raise DailyValidationError(f"data must be a JSON object, not {type(data).__name__}")
    if not isinstance(recipient, str) or not recipient:
        raise DailyValidationError(f"recipient must be a participant id or '*', not {recipient!r}")
    try:
        size = len(compact_json(data).encode())
    except (TypeError, ValueError) as exc:
        raise DailyValidationError(f"data is not JSON: {exc}") from None
    if size > APP_MESSAGE_MAX_BYTES:
        raise DailyValidationError(
            f"data is {size} bytes as JSON; Daily takes at most {APP_MESSAGE_MAX_BYTES}"
        )
    body = AppMessageRequest.from_dict({"data": dict(data), "recipient": recipient})
    kwargs = api_send_app_message.build_request(room_name, body=body)
    return call(kwargs, _ignore_body, safety=RetrySafety.UNSAFE)


def get_presence() -> Call[dict[str, list[dict[str, Any]]]]:
    """``GET /presence``: room name -> participants, for every active room."""
    kwargs = api_get_presence.build_request()
    return call(kwargs, domain_presence_from_json, safety=RetrySafety.IDEMPOTENT)
