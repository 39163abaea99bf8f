"""Daily's documented rules as the fake knows them: room names, default room properties and the
meeting-token claim table. Written independently of the client's copies on purpose, so a
mistake cannot hide in both."""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

_NAME = re.compile(r"[A-Za-z0-9_-]{1,128}")
MAX_NAME = 128


def room_name_problem(name: str) -> str | None:
    """Daily's message for a bad room name, or ``None`` when the name is fine."""
    if not name:
        return "room name must not be empty"
    if len(name) > MAX_NAME:
        return f"{name} is too long (room names can be at most {MAX_NAME} characters)"
    if _NAME.fullmatch(name) is None:
        return (
            f"{name} contains invalid characters "
            "(room names can contain A-Z, a-z, 0-9, '-', and '_')"
        )
    return None


def random_room_name() -> str:
    """A name like Daily's generated ones (20 letters and digits)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(20))


def iso_millis(unix_seconds: float) -> str:
    """``2019-01-26T09:01:22.000Z``: UTC, milliseconds, ``Z``."""
    moment = datetime.fromtimestamp(unix_seconds, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


#: Documented defaults of room properties. A room's ``config`` lists only properties that
#: differ from these (a property without a documented default shows whenever it is set).
ROOM_DEFAULTS: Mapping[str, Any] = {
    "max_participants": 200,
    "enable_screenshare": True,
    "enable_video_processing_ui": True,
    "enable_chat": False,
    "enable_shared_chat_history": True,
    "start_video_off": False,
    "start_audio_off": False,
    "owner_only_broadcast": False,
    "eject_at_room_exp": False,
    "enable_advanced_chat": False,
    "enable_hidden_participants": False,
    "sfu_switchover": 0.5,
    "enable_adaptive_simulcast": True,
    "enable_multiparty_adaptive_simulcast": False,
    "enforce_unique_user_ids": False,
    "lang": "en",
    "disable_rtmp_geo_fallback": False,
    "enable_terse_logging": False,
    "enable_transcription_storage": False,
    "recordings_template": "{domain_name}/{room_name}/{epoch_time}",
    "transcription_template": "{domain_name}/{room_name}/{epoch_time}.vtt",
    "enable_dialout": False,
}


def non_default(properties: Mapping[str, Any]) -> dict[str, Any]:
    """The properties Daily shows in a room's ``config``: set, not null, not the default."""
    shown: dict[str, Any] = {}
    for key, value in properties.items():
        if value is None:
            continue
        if key in ROOM_DEFAULTS and _same(ROOM_DEFAULTS[key], value):
            continue
        shown[key] = value
    return shown


def _same(default: Any, value: Any) -> bool:
    # True == 1 in Python; a default of 200 must not hide max_participants=True (and vice versa).
    return type(default) is type(value) and default == value


#: Daily's abbreviated JWT claim for each token property (its self-signing table).
TOKEN_CLAIMS: Mapping[str, str] = {
    "room_name": "r",
    "domain_id": "d",
    "user_name": "u",
    "user_id": "ud",
    "is_owner": "o",
    "nbf": "nbf",
    "exp": "exp",
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
_PROPERTY_OF_CLAIM = {claim: prop for prop, claim in TOKEN_CLAIMS.items()}

_PERMISSION = {"hasPresence": "hp", "canSend": "cs", "canReceive": "cr", "canAdmin": "ca"}
_RECEIVE = {"base": "b", "byUserId": "u", "byParticipantId": "p"}
_MEDIA = {
    "video": "v",
    "audio": "a",
    "screenVideo": "sv",
    "screenAudio": "sa",
    "customVideo": "cv",
    "customAudio": "ca",
}
_ADMIN = {"participants": "p", "streaming": "s", "transcription": "t"}


def _swap(table: Mapping[str, str]) -> dict[str, str]:
    return {v: k for k, v in table.items()}


def _rename(value: Any, table: Mapping[str, str]) -> Any:
    if isinstance(value, Mapping):
        return {table.get(k, k): v for k, v in value.items()}
    return value


def _receive(value: Any, receive: Mapping[str, str], media: Mapping[str, str]) -> Any:
    if not isinstance(value, Mapping):
        return value
    out: dict[str, Any] = {}
    for key, inner in value.items():
        name = receive.get(key, key)
        if key in ("base", "b"):
            out[name] = _rename(inner, media)
        elif isinstance(inner, Mapping):
            out[name] = {who: _rename(v, media) for who, v in inner.items()}
        else:
            out[name] = inner
    return out


def _permissions(value: Any, *, to_claims: bool) -> Any:
    if not isinstance(value, Mapping):
        return value
    keys = _PERMISSION if to_claims else _swap(_PERMISSION)
    media = _MEDIA if to_claims else _swap(_MEDIA)
    admin = _ADMIN if to_claims else _swap(_ADMIN)
    receive = _RECEIVE if to_claims else _swap(_RECEIVE)
    out: dict[str, Any] = {}
    for key, inner in value.items():
        name = str(keys.get(key, key))
        if name in ("cs", "canSend") or name in ("ca", "canAdmin"):
            table = media if name in ("cs", "canSend") else admin
            if to_claims and isinstance(inner, list):
                inner = ",".join(str(table.get(v, v)) for v in inner)
            elif not to_claims and isinstance(inner, str):
                inner = [table.get(v, v) for v in inner.split(",") if v]
        elif name in ("cr", "canReceive"):
            inner = _receive(inner, receive, media)
        out[name] = inner
    return out


def claims_of(properties: Mapping[str, Any]) -> dict[str, Any]:
    """Token properties as Daily's abbreviated claims. A property with no documented claim
    keeps its long name (Daily documents no abbreviation for it)."""
    claims: dict[str, Any] = {}
    for name, value in properties.items():
        if name == "permissions":
            value = _permissions(value, to_claims=True)
        claims[TOKEN_CLAIMS.get(name, name)] = value
    return claims


def properties_of(claims: Mapping[str, Any]) -> dict[str, Any]:
    """A token's claims by long property name, without ``d`` and ``iat``."""
    properties: dict[str, Any] = {}
    for claim, value in claims.items():
        if claim in ("d", "iat"):
            continue
        name = _PROPERTY_OF_CLAIM.get(claim, claim)
        if name == "permissions":
            value = _permissions(value, to_claims=False)
        properties[name] = value
    return properties
