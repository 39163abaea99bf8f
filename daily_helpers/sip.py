"""SIP clients: the models of ``/sip-clients`` with pipecat's names, and Daily's rules for
what we send (checked before anything is sent).

A SIP client's password is a secret: it never appears in a ``repr``, a log line or an error.
Daily returns it only when the client is created and when its password is rotated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import field
from attrs.validators import deep_iterable, instance_of, optional

from .errors import DailyValidationError

__all__ = [
    "EXPIRES_IN_SECONDS_MAX",
    "EXPIRES_IN_SECONDS_MIN",
    "PASSWORD_MAX_CHARS",
    "PASSWORD_MIN_CHARS",
    "USERNAME_MAX_CHARS",
    "DailySIPClientObject",
    "DailySIPClientPage",
    "DailySIPClientParams",
    "check_expires_in_seconds",
    "check_sip_password",
    "check_sip_username",
    "redact_passwords",
]

USERNAME_MAX_CHARS = 64
PASSWORD_MIN_CHARS = 12
PASSWORD_MAX_CHARS = 64
EXPIRES_IN_SECONDS_MIN = 60
EXPIRES_IN_SECONDS_MAX = 2_592_000  # 30 days
#: Room-name characters, optionally followed by ``.<digits>`` (``myroom.0``).
_USERNAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[0-9]+)?")
_HIDDEN = "'***'"


def check_sip_username(username: object) -> str:
    """``username`` if Daily accepts it as a SIP client's username, else
    :class:`DailyValidationError`."""
    if not isinstance(username, str):
        raise DailyValidationError(f"username must be a str, not {type(username).__name__}")
    if len(username) > USERNAME_MAX_CHARS:
        raise DailyValidationError(
            f"username is {len(username)} characters long; Daily allows at most "
            f"{USERNAME_MAX_CHARS}"
        )
    if _USERNAME.fullmatch(username) is None:
        raise DailyValidationError(
            f"username {username!r} must be letters, digits, '-' and '_', optionally followed "
            "by '.' and digits (e.g. 'myroom.0')"
        )
    return username


def check_sip_password(password: object) -> str:
    """``password`` if Daily accepts it (12-64 characters, a letter and a digit), else
    :class:`DailyValidationError`; the message never quotes the password."""
    if not isinstance(password, str):
        raise DailyValidationError(f"password must be a str, not {type(password).__name__}")
    if not PASSWORD_MIN_CHARS <= len(password) <= PASSWORD_MAX_CHARS:
        raise DailyValidationError(
            f"password is {len(password)} characters long; Daily needs "
            f"{PASSWORD_MIN_CHARS} to {PASSWORD_MAX_CHARS}"
        )
    if not any(c.isascii() and c.isalpha() for c in password) or not any(
        c.isascii() and c.isdigit() for c in password
    ):
        raise DailyValidationError("password needs at least one letter and one digit")
    return password


def check_expires_in_seconds(seconds: object) -> int:
    """``seconds`` if it is an int from 60 to 2,592,000 (30 days), else
    :class:`DailyValidationError`."""
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise DailyValidationError(
            f"expires_in_seconds must be an int, not {type(seconds).__name__}"
        )
    if not EXPIRES_IN_SECONDS_MIN <= seconds <= EXPIRES_IN_SECONDS_MAX:
        raise DailyValidationError(
            f"expires_in_seconds must be from {EXPIRES_IN_SECONDS_MIN} to "
            f"{EXPIRES_IN_SECONDS_MAX} (30 days), not {seconds}"
        )
    return seconds


_PASSWORD_IN_JSON = re.compile(r'("password"\s*:\s*)"(?:[^"\\]|\\.)*"')


def redact_passwords(text: str, *secrets: str | None) -> str:
    """``text`` with every JSON ``"password"`` value and each of ``secrets`` replaced by
    ``***``."""
    text = _PASSWORD_IN_JSON.sub(r'\1"***"', text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _password_repr(value: object) -> str:
    return "None" if value is None else _HIDDEN


def _opt_int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")


def _int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")


_str = instance_of(str)
_opt_str = optional(instance_of(str))


@attrs.define
class DailySIPClientParams:
    """What to create: ``username`` (room-name characters, optionally ``.<digits>``, at most
    64), an optional ``password`` (12-64 characters with a letter and a digit; Daily generates
    one when it is ``None``) and an optional lifetime, ``expires_in_seconds`` (60 s to 30
    days; ``None``: until deleted). Daily's rules are checked when the params are sent."""

    username: str = field(validator=_str)
    password: str | None = field(default=None, validator=_opt_str, repr=_password_repr)
    expires_in_seconds: int | None = field(default=None, validator=_opt_int)

    def to_dict(self) -> dict[str, Any]:
        """The request body: only the fields that are set (it holds the password)."""
        body: dict[str, Any] = {"username": self.username}
        if self.password is not None:
            body["password"] = self.password
        if self.expires_in_seconds is not None:
            body["expires_in_seconds"] = self.expires_in_seconds
        return body


@attrs.define
class DailySIPClientObject:
    """A SIP client as Daily returns it. ``password`` is set only in the answers to create
    and rotate; ``expires_at`` is an ISO 8601 time, or ``None`` for a client that lives until
    deleted. ``sip_uri`` is what the client registers as."""

    username: str = field(validator=_str)
    domain: str = field(validator=_str)
    sip_uri: str = field(validator=_str)
    password: str | None = field(default=None, validator=_opt_str, repr=_password_repr)
    expires_at: str | None = field(default=None, validator=_opt_str)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DailySIPClientObject:
        """Read Daily's JSON; unknown fields are ignored."""
        return cls(
            username=data["username"],
            domain=data["domain"],
            sip_uri=data["sip_uri"],
            password=data.get("password"),
            expires_at=data.get("expires_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        """As Daily's JSON (the password only when it is set)."""
        out: dict[str, Any] = {
            "username": self.username,
            "domain": self.domain,
            "sip_uri": self.sip_uri,
            "expires_at": self.expires_at,
        }
        if self.password is not None:
            out["password"] = self.password
        return out


@attrs.define
class DailySIPClientPage:
    """One page of ``GET /sip-clients``: the clients (no passwords), ``total`` clients in the
    domain, and the ``limit`` and ``offset`` Daily applied."""

    sip_clients: list[DailySIPClientObject] = field(
        validator=deep_iterable(instance_of(DailySIPClientObject), instance_of(list))
    )
    total: int = field(validator=_int)
    limit: int = field(validator=_int)
    offset: int = field(validator=_int)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DailySIPClientPage:
        clients = data["sip_clients"]
        if not isinstance(clients, list):
            raise TypeError("sip_clients is not a list")
        return cls(
            sip_clients=[DailySIPClientObject.from_dict(_mapping(c)) for c in clients],
            total=data["total"],
            limit=data["limit"],
            offset=data["offset"],
        )


def _mapping(value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value
