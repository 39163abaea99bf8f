"""Room URL and room name rules: the only place that decides what a room name is.

A room URL is ``http(s)://<host>/<room-name>``. Nothing is guessed: a string that does not
follow the rules raises :class:`~daily_helpers.errors.InvalidRoomURLError` instead of being
turned into a name that might address (or delete) another room.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote, urlsplit

from .errors import InvalidRoomNameError, InvalidRoomURLError

__all__ = ["ROOM_NAME_PATTERN", "check_room_name", "get_name_from_url", "room_name_or_url"]

#: Daily's room-name rule: ASCII letters, digits, ``-`` and ``_``; 1 to 128 characters.
ROOM_NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,128}")

#: How much of a rejected input an error message quotes (characters).
_QUOTE_CHARS = 100


def _quoted(value: str) -> str:
    if len(value) > _QUOTE_CHARS:
        value = value[: _QUOTE_CHARS - 1] + "…"
    return repr(value)


def check_room_name(room_name: object) -> str:
    """Return ``room_name`` if it is a valid Daily room name, else raise.

    Raises :class:`TypeError` for a non-``str`` and
    :class:`~daily_helpers.errors.InvalidRoomNameError` for a string that breaks the rule.
    """
    if not isinstance(room_name, str):
        raise TypeError(f"room name must be a str, not {type(room_name).__name__}")
    if ROOM_NAME_PATTERN.fullmatch(room_name) is None:
        if not room_name:
            reason = "is empty"
        elif len(room_name) > 128:
            reason = f"is {len(room_name)} characters long (at most 128)"
        else:
            reason = "may only contain A-Z, a-z, 0-9, '-' and '_'"
        raise InvalidRoomNameError(f"invalid room name {_quoted(room_name)}: {reason}")
    return room_name


def get_name_from_url(room_url: object) -> str:
    """Return the room name of a Daily room URL such as ``https://acme.daily.co/standup``.

    The rules: surrounding whitespace is ignored; the scheme is ``http`` or ``https`` (any case)
    and the host is not empty; query and fragment are ignored; the path, after dropping one
    trailing ``/``, is ``/`` and exactly one segment, which is percent-decoded and must be a
    valid room name. Anything else raises
    :class:`~daily_helpers.errors.InvalidRoomURLError`; a non-``str`` raises :class:`TypeError`.
    """
    if not isinstance(room_url, str):
        raise TypeError(f"room URL must be a str, not {type(room_url).__name__}")
    return _name_from_url(room_url)


@functools.lru_cache(maxsize=1024)
def _name_from_url(room_url: str) -> str:
    """:func:`get_name_from_url` for a ``str``; memoized, as apps look up the same URLs
    (create, token, delete) and an invalid one raises every time (errors are not cached)."""

    def invalid(reason: str) -> InvalidRoomURLError:
        return InvalidRoomURLError(f"not a Daily room URL: {reason}: {_quoted(room_url)}")

    text = room_url.strip()
    if not text:
        raise invalid("it is empty")
    try:
        parts = urlsplit(text)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise invalid(f"it cannot be parsed ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        if not parts.scheme:
            raise invalid("it has no scheme (expected https://<domain>.daily.co/<room>)")
        raise invalid(f"scheme {parts.scheme!r} is not http or https")
    if not hostname:
        raise invalid("it has no host")
    path = parts.path
    if path.endswith("/"):
        path = path[:-1]
    if not path.startswith("/") or len(path) < 2:
        raise invalid("it has no room name in its path")
    segment = path[1:]
    if "/" in segment:
        raise invalid("its path has more than one segment")
    try:
        name = unquote(segment, errors="strict") if "%" in segment else segment
    except UnicodeDecodeError:
        raise invalid("its path has a percent-escape that is not UTF-8") from None
    if ROOM_NAME_PATTERN.fullmatch(name) is None:
        raise invalid(
            f"room name {_quoted(name)} may only contain A-Z, a-z, 0-9, '-' and '_' "
            "(1 to 128 characters)"
        )
    return name


def room_name_or_url(room: object) -> str:
    """A room name given either as a name or as a room URL (for bulk operations)."""
    if isinstance(room, str) and "/" in room:
        return get_name_from_url(room)
    return check_room_name(room)
