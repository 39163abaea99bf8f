"""Daily's ``permissions`` object, checked strictly before it is sent or signed.

The generated models read it leniently (a string where a list belongs, or an unknown media
name, would pass through), so requests are checked here against the spec's ``Permissions``
schema: ``hasPresence`` bool; ``canSend``/``canAdmin`` bool or a list of distinct names;
``canReceive`` with ``base``, ``byUserId``, ``byParticipantId``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import DailyValidationError

__all__ = ["check_permissions"]

SEND = ("video", "audio", "screenVideo", "screenAudio")
ADMIN = ("participants", "streaming", "transcription")
_MEDIA_FLAGS = frozenset(SEND)
_MEDIA_TRACKS = frozenset({"customVideo", "customAudio"})


def _fail(where: str, what: str) -> DailyValidationError:
    return DailyValidationError(f"{where} must be {what}")


def _bool(value: Any, where: str) -> None:
    if not isinstance(value, bool):
        raise _fail(where, f"true or false, not {value!r}")


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise _fail(where, f"an object, not {value!r}")
    return value


def _names(value: Any, allowed: tuple[str, ...], where: str) -> None:
    if isinstance(value, bool):
        return
    if (
        not isinstance(value, list)
        or any(item not in allowed for item in value)
        or len(set(value)) != len(value)
    ):
        raise _fail(where, f"true, false or a list of distinct names from {', '.join(allowed)}")


def _media(value: Any, where: str) -> None:
    """``true``/``false``, or per media type: flags, and per-track maps for custom media."""
    if isinstance(value, bool):
        return
    for key, item in _object(value, where).items():
        if key in _MEDIA_FLAGS:
            _bool(item, f"{where}.{key}")
        elif key in _MEDIA_TRACKS:
            for track, flag in _object(item, f"{where}.{key}").items():
                _bool(flag, f"{where}.{key}.{track}")
        else:
            known = ", ".join([*SEND, *sorted(_MEDIA_TRACKS)])
            raise DailyValidationError(f"{where}.{key} is not a media type ({known})")


def _receive(value: Any, where: str) -> None:
    for key, item in _object(value, where).items():
        if key == "base":
            _media(item, f"{where}.base")
        elif key in ("byUserId", "byParticipantId"):
            for sender, media in _object(item, f"{where}.{key}").items():
                _media(media, f"{where}.{key}.{sender}")
        else:
            raise DailyValidationError(
                f"{where}.{key} is not one of base, byUserId, byParticipantId"
            )


def check_permissions(value: Any, where: str = "permissions") -> None:
    """Raise :class:`DailyValidationError` unless ``value`` follows Daily's contract."""
    for key, item in _object(value, where).items():
        if key == "hasPresence":
            _bool(item, f"{where}.hasPresence")
        elif key == "canSend":
            _names(item, SEND, f"{where}.canSend")
        elif key == "canAdmin":
            _names(item, ADMIN, f"{where}.canAdmin")
        elif key == "canReceive":
            _receive(item, f"{where}.canReceive")
        else:
            raise DailyValidationError(
                f"{where}.{key} is not one of hasPresence, canSend, canReceive, canAdmin"
            )
