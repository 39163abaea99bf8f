"""Room URL and room name rules: the only place that decides what a room name is.

A room URL is ``http(s)://<host>/<room-name>``. Nothing is guessed: a string that does not
follow the rules raises :class:`~daily_helpers.errors.InvalidRoomURLError` instead of being
turned into a name that might address (or delete) another room. The rules are written out
step by step (no URL library) so that ports in other languages can follow them exactly; the
error's ``kind`` names the broken rule (``URL_ERROR_KINDS``, ``conformance/room_urls.json``).
"""

from __future__ import annotations

import functools
import ipaddress
import re

from .errors import InvalidRoomNameError, InvalidRoomURLError

__all__ = [
    "ROOM_NAME_PATTERN",
    "URL_ERROR_KINDS",
    "check_room_name",
    "get_name_from_url",
    "room_name_or_url",
]

#: Daily's room-name rule: ASCII letters, digits, ``-`` and ``_``; 1 to 128 characters.
ROOM_NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,128}")

#: Every ``InvalidRoomURLError.kind``, in the order the rules are checked.
URL_ERROR_KINDS = (
    "empty",
    "control_character",
    "no_scheme",
    "bad_scheme",
    "no_host",
    "bad_host",
    "bad_port",
    "no_room",
    "multiple_segments",
    "bad_escape",
    "invalid_name",
)

#: The whitespace stripped from both ends: ASCII only, so every language agrees on it.
_WHITESPACE = " \t\n\r\f\v"
#: Control characters (tab and newline included) are refused anywhere: a parser that dropped
#: them would turn "ro\tom" into "room", a guess.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_PORT = re.compile(r"[0-9]*")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")

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


def _split_host_port(authority: str) -> tuple[str, str] | str:
    """``(host, port)`` of an authority (userinfo dropped), or the kind of error."""
    host_port = authority.rpartition("@")[2]
    if host_port.startswith("["):
        host, bracket, after = host_port[1:].partition("]")
        if not bracket or (after and not after.startswith(":")):
            return "bad_host"
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return "bad_host"
        return host, after[1:]
    if "[" in host_port or "]" in host_port:
        return "bad_host"
    host, _, port = host_port.partition(":")
    return host, port


def _percent_decode(segment: str) -> str | None:
    """``segment`` with each run of ``%XX`` escapes decoded as UTF-8 (a ``%`` not followed by
    two hex digits stays as it is), or ``None`` when a run is not UTF-8."""
    try:
        return _ESCAPES.sub(lambda m: bytes.fromhex(m[0].replace("%", "")).decode(), segment)
    except UnicodeDecodeError:
        return None


def get_name_from_url(room_url: object) -> str:
    """Return the room name of a Daily room URL such as ``https://acme.daily.co/standup``.

    The rules, in order (each failure's ``kind`` in brackets): ASCII whitespace around it is
    ignored [``empty``]; no control characters [``control_character``]; the scheme is ``http``
    or ``https``, any case [``no_scheme``, ``bad_scheme``]; then ``//`` and a non-empty host,
    an IPv6 host in brackets, an optional decimal port up to 65535 [``no_host``, ``bad_host``,
    ``bad_port``]; query and fragment are ignored; the path, after dropping one trailing ``/``,
    is ``/`` and exactly one segment [``no_room``, ``multiple_segments``], which is
    percent-decoded as UTF-8 [``bad_escape``] and must be a valid room name
    [``invalid_name``]. A non-``str`` raises :class:`TypeError`.
    """
    if not isinstance(room_url, str):
        raise TypeError(f"room URL must be a str, not {type(room_url).__name__}")
    if len(room_url) > _CACHED_CHARS:
        return _parse_name_from_url(room_url)
    return _name_from_url(room_url)


#: Longer URLs are parsed but not memoized: the cache then holds at most about
#: 1024 × 1 KB (a room URL is under 200 characters: host, and a name of at most 128).
_CACHED_CHARS = 1024


def _parse_name_from_url(room_url: str) -> str:
    """:func:`get_name_from_url` for a ``str``; memoized for URLs up to ``_CACHED_CHARS``
    (``_name_from_url``), as apps look up the same URLs (create, token, delete) and an invalid
    one raises every time (errors are not cached)."""

    def invalid(kind: str, reason: str) -> InvalidRoomURLError:
        return InvalidRoomURLError(
            f"not a Daily room URL: {reason}: {_quoted(room_url)}", kind=kind
        )

    text = room_url.strip(_WHITESPACE)
    if not text:
        raise invalid("empty", "it is empty")
    if _CONTROL.search(text):
        raise invalid(
            "control_character",
            "it contains a control character (whitespace or control such as tab or newline)",
        )
    scheme = _SCHEME.match(text)
    if scheme is None:
        raise invalid("no_scheme", "it has no scheme (expected https://<domain>.daily.co/<room>)")
    if scheme[1].lower() not in ("http", "https"):
        raise invalid("bad_scheme", f"scheme {scheme[1]!r} is not http or https")
    rest = text[scheme.end() :].partition("#")[0].partition("?")[0]
    if not rest.startswith("//"):
        raise invalid("no_host", "it has no host")
    authority, slash, path = rest[2:].partition("/")
    host_port = _split_host_port(authority)
    if isinstance(host_port, str):
        raise invalid(
            "bad_host",
            "its host or port cannot be parsed (unbalanced brackets or a bad IPv6 address)",
        )
    host, port = host_port
    digits = port.lstrip("0")
    if _PORT.fullmatch(port) is None or len(digits) > 5 or (digits and int(digits) > 65535):
        raise invalid("bad_port", "its host or port cannot be parsed (the port must be 0 to 65535)")
    if not host:
        raise invalid("no_host", "it has no host")
    path = slash + path
    if path.endswith("/"):
        path = path[:-1]
    if not path.startswith("/") or len(path) < 2:
        raise invalid("no_room", "it has no room name in its path")
    segment = path[1:]
    if "/" in segment:
        raise invalid("multiple_segments", "its path has more than one segment")
    name = _percent_decode(segment)
    if name is None:
        raise invalid("bad_escape", "its path has a percent-escape that is not UTF-8")
    if ROOM_NAME_PATTERN.fullmatch(name) is None:
        # The URL is quoted already; quoting the name too would show the input twice.
        if len(name) > 128:
            raise invalid(
                "invalid_name", f"its room name is {len(name)} characters long (at most 128)"
            )
        raise invalid("invalid_name", "its room name may only contain A-Z, a-z, 0-9, '-' and '_'")
    return name


_name_from_url = functools.lru_cache(maxsize=1024)(_parse_name_from_url)


def room_name_or_url(room: object) -> str:
    """A room name given either as a name or as a room URL (for bulk operations)."""
    if isinstance(room, str) and "/" in room:
        return get_name_from_url(room)
    return check_room_name(room)
