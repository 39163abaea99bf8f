"""Meeting-token rules, all of them: ``get_token``'s defaults and overrides, the check of a
token's properties against the spec, the requests that mint and validate tokens, Daily's
claim table, signing and decoding. The only place that knows how a token's properties are
chosen, checked or abbreviated.

Times are Unix seconds; ``expiry_time`` is a duration in seconds.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from daily_openapi_client.api.domain import get_domain as api_get_domain
from daily_openapi_client.api.meeting_tokens import (
    create_meeting_token as api_create_meeting_token,
)
from daily_openapi_client.api.meeting_tokens import (
    validate_meeting_token as api_validate_meeting_token,
)
from daily_openapi_client.types import UNSET

from ._calls import call
from ._checks import UnknownPolicy, check
from ._engine import Call
from ._safety import loads
from ._spec_schemas import SCHEMAS
from .errors import DailyValidationError
from .models import DailyMeetingTokenParams, DailyMeetingTokenProperties

__all__ = [
    "CLAIMS",
    "PERMISSION_CLAIMS",
    "Domain",
    "check_signable",
    "check_token_properties",
    "claims_from_properties",
    "claims_to_sign",
    "create_meeting_token",
    "decode_token",
    "get_domain",
    "properties_from_claims",
    "sign_claims",
    "signed_token",
    "token_properties",
    "validate_meeting_token",
]

TOKEN_DOCS = "https://docs.daily.co/reference/rest-api/meeting-tokens/config"
#: The meeting-token properties the spec names.
_TOKEN_PROPERTY_NAMES = frozenset(SCHEMAS["MeetingTokenProperties"]["properties"])
#: The longest meeting token sent (it goes in a URL): far beyond real ones (a token with every
#: property is under 2 KB), far below URL limits.
MAX_TOKEN_CHARS = 8192
#: A JWT in compact form: three base64url parts (the signature may be empty).
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

#: Daily's documented self-signed claim for each long property name.
CLAIMS: Mapping[str, str] = {
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
_PROPERTIES = {claim: name for name, claim in CLAIMS.items()}

#: Abbreviations inside the ``p`` (permissions) claim.
PERMISSION_CLAIMS: Mapping[str, str] = {
    "hasPresence": "hp",
    "canSend": "cs",
    "canReceive": "cr",
    "canAdmin": "ca",
}
_RECEIVE_CLAIMS = {"base": "b", "byUserId": "u", "byParticipantId": "p"}
_MEDIA_CLAIMS = {
    "video": "v",
    "audio": "a",
    "screenVideo": "sv",
    "screenAudio": "sa",
    "customVideo": "cv",
    "customAudio": "ca",
}
_ADMIN_CLAIMS = {"participants": "p", "streaming": "s", "transcription": "t"}


def _invert(table: Mapping[str, str]) -> dict[str, str]:
    return {short: long for long, short in table.items()}


def token_properties(
    *,
    room_name: str,
    expiry_time: float,
    eject_at_token_exp: bool,
    owner: bool,
    params: DailyMeetingTokenParams | None,
    now: float,
) -> dict[str, Any]:
    """The properties ``get_token`` and ``sign_token`` put in a token.

    The set fields of ``params.properties``, then ``room_name``, ``exp = int(now +
    expiry_time)``, ``is_owner`` and ``eject_at_token_exp`` from the arguments, which win.
    ``params`` is never changed.
    """
    if isinstance(expiry_time, bool) or not isinstance(expiry_time, (int, float)):
        raise TypeError(
            f"expiry_time must be a number of seconds, not {type(expiry_time).__name__}"
        )
    if not math.isfinite(expiry_time) or expiry_time <= 0:
        raise DailyValidationError(
            f"expiry_time must be a positive number of seconds, not {expiry_time!r}"
        )
    for name, flag in (("owner", owner), ("eject_at_token_exp", eject_at_token_exp)):
        if not isinstance(flag, bool):
            raise TypeError(f"{name} must be a bool, not {type(flag).__name__}")
    if params is not None and not isinstance(params, DailyMeetingTokenParams):
        raise TypeError(f"params must be DailyMeetingTokenParams, not {type(params).__name__}")
    properties = params.properties.to_dict() if params is not None else {}
    properties["room_name"] = room_name
    properties["exp"] = int(now + expiry_time)
    properties["is_owner"] = owner
    properties["eject_at_token_exp"] = eject_at_token_exp
    return properties


def check_token_properties(
    properties: Mapping[str, Any], *, unknown: UnknownPolicy
) -> dict[str, Any]:
    """Token properties checked against the spec in one pass (times as integers): the JSON
    to send or sign. Unknown properties are handled as ``unknown`` says."""
    return check(
        "MeetingTokenProperties",
        properties,
        what="meeting-token property",
        unknown=unknown,
        docs=TOKEN_DOCS,
    )


def check_signable(properties: Mapping[str, Any]) -> dict[str, Any]:
    """Token properties checked for a self-signed token: the JSON to abbreviate into claims.

    A token Daily did not issue can carry only properties Daily documents a claim for, so a
    property the spec does not name is refused whatever ``unknown_properties`` says. The
    checks run in PORTING.md's order, each over every property, so that the first failing
    rule, not the order of the properties, decides the error: unknown names; ``room_name``
    and ``user_id``; ``permissions``; every other value. (Properties with no claim are refused
    by :func:`claims_from_properties`.)"""
    unknown = [name for name in properties if name not in _TOKEN_PROPERTY_NAMES]
    if unknown:
        raise DailyValidationError(
            f"unknown meeting-token property {unknown[0]!r}: not in Daily's API spec as "
            "daily-helpers knows it, so Daily documents no self-signed claim for it and "
            "sign_token cannot put it in a token (whatever unknown_properties says); use "
            f"get_token() to have Daily issue a token with it; see {TOKEN_DOCS}"
        )
    for first in (("room_name", "user_id"), ("permissions",)):
        check_token_properties(
            {name: properties[name] for name in first if name in properties}, unknown="send"
        )
        if "permissions" in first and isinstance(properties.get("permissions"), Mapping):
            _abbreviate_permissions(properties["permissions"])  # unknown keys have no claim
    return check_token_properties(properties, unknown="send")


# --- the requests --------------------------------------------------------------------------


def _token(data: Any) -> str:
    token = data["token"] if isinstance(data, Mapping) else None
    if not isinstance(token, str) or not token:
        raise TypeError("token is not a non-empty string")
    return token


def _validation(data: Any) -> DailyMeetingTokenProperties:
    if not isinstance(data, Mapping):
        raise TypeError(f"the body is not a JSON object but {type(data).__name__}")
    return DailyMeetingTokenProperties(**data)


class Domain(NamedTuple):
    """What ``GET /`` says of the key's domain."""

    domain_name: str
    domain_id: str


def _domain(data: Any) -> Domain:
    if not isinstance(data, Mapping):
        raise TypeError(f"the body is not a JSON object but {type(data).__name__}")
    name, domain_id = data["domain_name"], data["domain_id"]
    if not isinstance(domain_id, str) or not domain_id:
        raise TypeError("domain_id is not a non-empty string")
    if not isinstance(name, str):
        raise TypeError("domain_name is not a string")
    return Domain(name, domain_id)


def create_meeting_token(properties: Mapping[str, Any], *, unknown: UnknownPolicy) -> Call[str]:
    """``POST /meeting-tokens`` with ``properties`` checked; Daily's token."""
    body = {"properties": check_token_properties(properties, unknown=unknown)}
    return call(api_create_meeting_token.build_request(body=body), _token)


def validate_meeting_token(token: str, *, ignore_nbf: bool) -> Call[DailyMeetingTokenProperties]:
    """``GET /meeting-tokens/{token}``: the token's properties by long name."""
    if isinstance(token, str) and len(token) > MAX_TOKEN_CHARS:
        raise DailyValidationError(
            f"token is {len(token)} characters long: a meeting token is at most "
            f"{MAX_TOKEN_CHARS} (it goes in the URL)"
        )
    if not isinstance(token, str) or _JWT.fullmatch(token) is None:
        raise DailyValidationError(
            "token must be a meeting token (a JWT: three dot-separated parts)"
        )
    if not isinstance(ignore_nbf, bool):
        raise TypeError(f"ignore_nbf must be a bool, not {type(ignore_nbf).__name__}")
    built = api_validate_meeting_token.build_request(
        token, ignore_nbf=True if ignore_nbf else UNSET
    )
    return call(built, _validation)


def get_domain() -> Call[Domain]:
    """``GET /``: the domain's name and id (self-signed tokens carry the id as ``d``)."""
    return call(api_get_domain.build_request(), _domain)


# --- self-signed tokens: Daily's claim table -----------------------------------------------


def _short(table: Mapping[str, str], key: str, where: str) -> str:
    try:
        return table[key]
    except KeyError:
        known = ", ".join(table)
        raise DailyValidationError(f"{where}: {key!r} is not one of {known}") from None


def _abbreviate_media(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {_short(_MEDIA_CLAIMS, k, "permissions.canReceive"): v for k, v in value.items()}
    return value


def _abbreviate_permissions(permissions: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in permissions.items():
        claim = PERMISSION_CLAIMS.get(key)
        if claim is None:
            raise DailyValidationError(f"permissions.{key} has no documented self-signed claim")
        if key == "canSend" and isinstance(value, list):
            value = ",".join(_short(_MEDIA_CLAIMS, v, "permissions.canSend") for v in value)
        elif key == "canAdmin" and isinstance(value, list):
            value = ",".join(_short(_ADMIN_CLAIMS, v, "permissions.canAdmin") for v in value)
        elif key == "canReceive" and isinstance(value, Mapping):
            receive: dict[str, Any] = {}
            for rkey, rvalue in value.items():
                short = _short(_RECEIVE_CLAIMS, rkey, "permissions.canReceive")
                if rkey == "base":
                    receive[short] = _abbreviate_media(rvalue)
                else:
                    receive[short] = {who: _abbreviate_media(v) for who, v in rvalue.items()}
            value = receive
        out[claim] = value
    return out


def _sorted(value: Any) -> Any:
    """``value`` with every object's keys in sorted order, at every depth (canonical JSON)."""
    if isinstance(value, Mapping):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def _expand_media(value: Any) -> Any:
    if isinstance(value, Mapping):
        media = _invert(_MEDIA_CLAIMS)
        return {media.get(k, k): v for k, v in value.items()}
    return value


def _expand_permissions(claims: Mapping[str, Any]) -> dict[str, Any]:
    names = _invert(PERMISSION_CLAIMS)
    out: dict[str, Any] = {}
    for claim, value in claims.items():
        key = names.get(claim, claim)
        if key == "canSend" and isinstance(value, str):
            media = _invert(_MEDIA_CLAIMS)
            value = [media.get(v, v) for v in value.split(",") if v]
        elif key == "canAdmin" and isinstance(value, str):
            admin = _invert(_ADMIN_CLAIMS)
            value = [admin.get(v, v) for v in value.split(",") if v]
        elif key == "canReceive" and isinstance(value, Mapping):
            receive_names = _invert(_RECEIVE_CLAIMS)
            receive: dict[str, Any] = {}
            for rclaim, rvalue in value.items():
                rkey = str(receive_names.get(rclaim, rclaim))
                if rkey == "base" or not isinstance(rvalue, Mapping):
                    receive[rkey] = _expand_media(rvalue)
                else:
                    receive[rkey] = {who: _expand_media(v) for who, v in rvalue.items()}
            value = receive
        out[key] = value
    return out


def claims_from_properties(
    properties: Mapping[str, Any], *, domain_id: str, issued_at: int
) -> dict[str, Any]:
    """Daily's abbreviated claims for a self-signed token, sorted by name at every depth (so
    the signed JSON is canonical, whatever order the properties came in).

    Raises :class:`DailyValidationError` for a property Daily documents no claim for
    (such a token would carry a guess).
    """
    claims: dict[str, Any] = {"d": domain_id, "iat": issued_at}
    for name, value in properties.items():
        claim = CLAIMS.get(name)
        if claim is None or name == "domain_id":
            raise DailyValidationError(
                f"token property {name!r} has no documented self-signed claim: Daily documents "
                "an abbreviated claim for each property a self-signed token may carry, and "
                "none for this one, so sign_token cannot put it in a token (whatever "
                "unknown_properties says); use get_token() to have Daily issue a token with it"
            )
        if name == "permissions" and isinstance(value, Mapping):
            value = _abbreviate_permissions(value)
        claims[claim] = value
    return dict(_sorted(claims))


def properties_from_claims(claims: Mapping[str, Any]) -> DailyMeetingTokenProperties:
    """A token's claims read back into long property names. ``d`` and ``iat`` land in
    ``extra`` as ``domain_id`` and ``iat``; unknown claims are kept there under their own name."""
    long: dict[str, Any] = {}
    for claim, value in claims.items():
        name = _PROPERTIES.get(claim, claim)
        if name == "permissions" and isinstance(value, Mapping):
            value = _expand_permissions(value)
        long[name] = value
    try:
        return DailyMeetingTokenProperties(**long)
    except TypeError as exc:
        raise DailyValidationError(f"token claims have an unexpected type: {exc}") from None


def sign_claims(claims: Mapping[str, Any], key: str) -> str:
    """An HS256 JWT of ``claims`` signed with ``key`` (the domain's API key)."""
    import jwt  # imported here: signing is rare next to importing the package

    return jwt.encode(dict(claims), key, algorithm="HS256")


def claims_to_sign(
    properties: Mapping[str, Any], *, issued_at: float, domain_id: str | None
) -> dict[str, Any]:
    """The claims of a self-signed token of ``properties`` (``token_properties``' result),
    issued at ``issued_at`` (Unix seconds), all checked before any request; ``d`` is left
    empty until :func:`signed_token` fills it, keeping its place in the canonical order."""
    checked = check_signable(properties)
    if domain_id is not None:
        _check_domain_id(domain_id)
    return claims_from_properties(checked, domain_id="", issued_at=int(issued_at))


def signed_token(claims: dict[str, Any], *, domain_id: str, key: str) -> str:
    """``claims`` (from :func:`claims_to_sign`) for domain ``domain_id``, signed with ``key``."""
    claims["d"] = _check_domain_id(domain_id)
    return sign_claims(claims, key)


def _check_domain_id(domain_id: object) -> str:
    if not isinstance(domain_id, str) or not domain_id:
        raise DailyValidationError("domain_id must be a non-empty string (GET / answers it)")
    return domain_id


def decode_token(token: object) -> DailyMeetingTokenProperties:
    """Read a meeting token's claims into long property names, without verifying it."""
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, not {type(token).__name__}")
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise DailyValidationError("not a meeting token: a JWT has three dot-separated parts")
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = loads(raw)
    except (binascii.Error, ValueError, RecursionError):
        raise DailyValidationError("not a meeting token: its payload is not base64 JSON") from None
    if not isinstance(claims, dict):
        raise DailyValidationError("not a meeting token: its payload is not a JSON object")
    return properties_from_claims(claims)
