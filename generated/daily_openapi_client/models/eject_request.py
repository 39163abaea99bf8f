from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EjectRequest")


@_attrs_define
class EjectRequest:
    """
    Attributes:
        ids (list[str] | Unset): Participant (session) ids.
        user_ids (list[str] | Unset): User ids (the token's user_id).
        ban (bool | Unset): Keep these user ids out while the meeting lasts.
    """

    ids: list[str] | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    ban: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        ban = self.ban

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if ban is not UNSET:
            field_dict["ban"] = ban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        ban = d.pop("ban", UNSET)

        eject_request = cls(
            ids=ids,
            user_ids=user_ids,
            ban=ban,
        )

        return eject_request
