from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSipClientRequest")


@_attrs_define
class CreateSipClientRequest:
    """
    Attributes:
        username (str): Room-name characters, optionally followed by . and digits (e.g. myroom.0); at most 64.
        password (str | Unset): 12 to 64 characters with at least one letter and one digit.
        expires_in_seconds (int | Unset): Lifetime (60 s to 30 days); without it the client lives until deleted.
    """

    username: str
    password: str | Unset = UNSET
    expires_in_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        expires_in_seconds = self.expires_in_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if expires_in_seconds is not UNSET:
            field_dict["expires_in_seconds"] = expires_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password", UNSET)

        expires_in_seconds = d.pop("expires_in_seconds", UNSET)

        create_sip_client_request = cls(
            username=username,
            password=password,
            expires_in_seconds=expires_in_seconds,
        )

        return create_sip_client_request
