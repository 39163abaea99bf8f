"""Meeting-token rules: ``get_token``'s defaults and overrides, Daily's claim table, signing and
decoding. The only place that knows how a token's properties are chosen or abbreviated.

Times are Unix seconds; ``expiry_time`` is a duration in seconds.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping
from typing import Any

from ._safety import loads
from .errors import DailyValidationError
from .models import DailyMeetingTokenParams, DailyMeetingTokenProperties

__all__ = [
    "CLAIMS",
    "PERMISSION_CLAIMS",
    "claims_from_properties",
    "decode_token",
    "properties_from_claims",
    "sign_claims",
    "token_properties",
]

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
    for key in ("nbf", "exp"):
        if isinstance(properties.get(key), float):
            properties[key] = int(properties[key])
    properties["room_name"] = room_name
    properties["exp"] = int(now + expiry_time)
    properties["is_owner"] = owner
    properties["eject_at_token_exp"] = eject_at_token_exp
    return properties


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
                f"token property {name!r} has no documented self-signed claim; "
                "use get_token() to have Daily issue a token with it"
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
